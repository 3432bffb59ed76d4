def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/modelops')
def file = 'src/main/models/fraud-alerts/artifacts/fraud-alerts-1.4.0.onnx'
def actual = '112209599baebe6022d8e350025eaa52ee154ec700e16f70c18a12d4c7f759c5'
def declared = '3f4c2b1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b'

assert log.contains('BUILD FAILURE')
// The failure names the rule, the file and both digests.
assert log.contains("[critical] core.artifact-digest-matches on fraud-alerts: The artifact file $file of model"
        + " fraud-alerts does not have the digest declared for it: its SHA-256 is $actual, the model declares sha256"
        + " $declared")

def results = new groovy.json.JsonSlurper().parse(new File(out, 'results.json'))
def finding = results.findings.find { it.rule == 'core.artifact-digest-matches' }
assert finding.status == 'failed'
assert finding.severity == 'critical'
// The hashed file is part of the evidence the report lists.
def inputs = results.models.find { it.id == 'fraud-alerts' }.inputs
assert inputs.find { it.kind == 'artifact' && it.path == file && it.sha256 == actual }

// The card says the digest did not match, and shows the file's.
def card = new File(out, 'cards/fraud-alerts.html').text
assert card.contains("DOES NOT MATCH: the file $file has SHA-256 $actual")

assert !log.contains("\\tat dev.modelops") : "stack trace in the log"
return true
