// Copies the shared fixture model into this IT's models folder, then removes its owner; writes the Ed25519 key pair
// the site's attestation is signed with (PKCS#8 private key) and checked against (X.509 public key).
import java.nio.file.Files
import java.security.KeyPairGenerator

def fixtures = basedir.toPath().resolve("../../../src/it/fixtures").normalize()
def copyTree = evaluate(fixtures.resolve("copy-tree.groovy").toFile())
def removeOwner = evaluate(fixtures.resolve('remove-owner.groovy').toFile())

def model = basedir.toPath().resolve('src/main/models/fraud-alerts')
copyTree(fixtures.resolve('complete-model'), model)
removeOwner(model.resolve('model.yaml'))
def pem = { String label, byte[] der ->
    "-----BEGIN ${label}-----\n" + Base64.getMimeEncoder(64, '\n'.bytes).encodeToString(der) + "\n-----END ${label}-----\n"
}
def keys = KeyPairGenerator.getInstance('Ed25519').generateKeyPair()
def folder = Files.createDirectories(basedir.toPath().resolve('keys'))
Files.writeString(folder.resolve('site-key.pem'), pem('PRIVATE KEY', keys.private.encoded))
Files.writeString(folder.resolve('site-key.pub.pem'), pem('PUBLIC KEY', keys.public.encoded))
return true
