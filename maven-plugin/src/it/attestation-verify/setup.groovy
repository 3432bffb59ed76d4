// A model whose model.yaml declares a real artifact file with its SHA-256, and an Ed25519 key pair written as the
// PEM files a project supplies: the private key (PKCS#8) for check, the public key (X.509) for verify.
import java.nio.file.Files
import java.security.KeyPairGenerator
import java.security.MessageDigest

def fixtures = basedir.toPath().resolve("../../../src/it/fixtures").normalize()
def copyTree = evaluate(fixtures.resolve("copy-tree.groovy").toFile())
def model = basedir.toPath().resolve('src/main/models/fraud-alerts')
copyTree(fixtures.resolve('complete-model'), model)

def artifact = basedir.toPath().resolve('dist/fraud-alerts-1.4.0.onnx')
Files.createDirectories(artifact.parent)
Files.write(artifact, 'fraud-alerts 1.4.0 weights'.getBytes('UTF-8'))
def sha256 = MessageDigest.getInstance('SHA-256').digest(Files.readAllBytes(artifact)).encodeHex().toString()
def yaml = model.resolve('model.yaml')
Files.writeString(yaml, Files.readString(yaml).replaceFirst(/sha256: [0-9a-f]{64}/, "sha256: ${sha256}"))
assert Files.readString(yaml).contains(sha256)

def pem = { String label, byte[] der ->
    "-----BEGIN ${label}-----\n" + Base64.getMimeEncoder(64, '\n'.bytes).encodeToString(der) + "\n-----END ${label}-----\n"
}
def keys = KeyPairGenerator.getInstance('Ed25519').generateKeyPair()
def folder = basedir.toPath().resolve('keys')
Files.createDirectories(folder)
Files.writeString(folder.resolve('signing-key.pem'), pem('PRIVATE KEY', keys.private.encoded))
Files.writeString(folder.resolve('signing-key.pub.pem'), pem('PUBLIC KEY', keys.public.encoded))
// For the refusals: another project's key, and a file that is not the attested artifact.
def otherKeys = KeyPairGenerator.getInstance('Ed25519').generateKeyPair()
Files.writeString(folder.resolve('other-key.pub.pem'), pem('PUBLIC KEY', otherKeys.public.encoded))
Files.writeString(basedir.toPath().resolve('dist/retrained.onnx'), 'retrained weights, never checked')
return true
