// Copies the shared fixture model, then puts in the build an artifact file that is not the one its model.yaml pins:
// the bytes a deployment would ship differ from the validated ones.
def fixtures = basedir.toPath().resolve("../../../src/it/fixtures").normalize()
def copyTree = evaluate(fixtures.resolve("copy-tree.groovy").toFile())

def model = basedir.toPath().resolve('src/main/models/fraud-alerts')
copyTree(fixtures.resolve('complete-model'), model)
def artifact = model.resolve('artifacts/fraud-alerts-1.4.0.onnx')
java.nio.file.Files.createDirectories(artifact.parent)
artifact.toFile().setText('not the validated model\n', 'US-ASCII')
return true
