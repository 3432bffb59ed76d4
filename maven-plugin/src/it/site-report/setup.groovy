// Copies the shared fixture model into this IT's models folder, then removes its owner.
def fixtures = basedir.toPath().resolve("../../../src/it/fixtures").normalize()
def copyTree = evaluate(fixtures.resolve("copy-tree.groovy").toFile())
def removeOwner = evaluate(fixtures.resolve('remove-owner.groovy').toFile())

def model = basedir.toPath().resolve('src/main/models/fraud-alerts')
copyTree(fixtures.resolve('complete-model'), model)
removeOwner(model.resolve('model.yaml'))
return true
