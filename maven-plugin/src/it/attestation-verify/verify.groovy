import java.security.MessageDigest

def fullLog = new File(basedir, 'build.log').text
def runs = fullLog.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('modelops') }
assert runs.size() == 4 : "expected four builds in build.log, found ${runs.size()}"
def log = runs[0] + runs[1]
def attestation = new File(basedir, 'target/modelops/attestation')
def envelope = new File(attestation, 'attestation-verify.intoto.dsse.json')
def publicKey = new File(basedir, 'keys/signing-key.pub.pem')

assert runs[0].contains('BUILD SUCCESS') && runs[1].contains('BUILD SUCCESS')
assert envelope.isFile()
assert new File(attestation, 'attestation-verify.intoto.json').isFile()

// check: signed with the project's key, its keyid the SHA-256 of the public key's DER.
def der = Base64.mimeDecoder.decode(publicKey.text.replaceAll(/-----[A-Z ]+-----/, ''))
def keyId = MessageDigest.getInstance('SHA-256').digest(der).encodeHex().toString()
assert log.contains('Attestation signed with Ed25519 key ')
assert log.contains("(keyid ${keyId})")
def json = new groovy.json.JsonSlurper().parse(envelope)
assert json.payloadType == 'application/vnd.in-toto+json'
assert json.signatures*.keyid == [keyId]
def statement = new groovy.json.JsonSlurper().parse(Base64.decoder.decode(json.payload))
assert statement._type == 'https://in-toto.io/Statement/v1'
assert statement.predicateType == 'https://modelops.dev/governance-result/v1'
assert statement.subject*.name == ['artifacts/fraud-alerts-1.4.0.onnx']
def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/modelops/results.json'))
assert statement.predicate.evidence.manifestSha256 == results.evidence.manifestSha256
assert log.contains('Evidence manifest SHA-256: ' + results.evidence.manifestSha256)
assert new File(basedir, 'target/modelops/index.html').text.contains(results.evidence.manifestSha256)

// verify: signature, statement, artifact and evidence.
assert log.contains("signature verified with ") && log.contains("in-toto statement of https://modelops.dev/governance-result/v1 with 1 subject")
assert log.contains('matches the subject artifacts/fraud-alerts-1.4.0.onnx: ' + statement.subject[0].digest.sha256)
assert log.contains('Evidence: every file of the manifest has its attested SHA-256')
// A wrong key and another artifact are refused, naming the key file, both keyids, and both digests; no stack trace.
def otherKey = new File(basedir, 'keys/other-key.pub.pem')
assert runs[2].contains('BUILD FAILURE')
assert runs[2].contains('does not verify with ' + otherKey.path) || runs[2].contains('does not verify with keys/other-key.pub.pem')
assert runs[2].contains("the envelope is signed by keyid ${keyId}")
assert runs[3].contains('BUILD FAILURE')
def retrained = MessageDigest.getInstance('SHA-256').digest(new File(basedir, 'dist/retrained.onnx').bytes).encodeHex().toString()
assert runs[3].contains("has SHA-256 ${retrained}; the attestation's subjects are artifacts/fraud-alerts-1.4.0.onnx: " + statement.subject[0].digest.sha256)
[runs[2], runs[3]].each { assert !it.contains('\tat dev.modelops') && !it.contains('Exception:') }
return true
