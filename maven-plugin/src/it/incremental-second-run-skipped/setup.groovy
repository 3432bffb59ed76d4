// Copies the shared fixture model into this IT's models folder.
def fixtures = basedir.toPath().resolve("../../../src/it/fixtures").normalize()
def copyTree = evaluate(fixtures.resolve("copy-tree.groovy").toFile())

copyTree(fixtures.resolve('complete-model'), basedir.toPath().resolve('src/main/models/fraud-alerts'))
return true
