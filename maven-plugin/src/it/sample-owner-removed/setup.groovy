// A copy of the sample project's models and rules, with the credit-scoring model's owner removed.
def fixtures = basedir.toPath().resolve("../../../src/it/fixtures").normalize()
def copyTree = evaluate(fixtures.resolve("copy-tree.groovy").toFile())
def removeOwner = evaluate(fixtures.resolve('remove-owner.groovy').toFile())

def sample = basedir.toPath().resolve('../../../../sample-project').normalize()
['src/main/models', 'src/main/modelops'].each { folder ->
    copyTree(sample.resolve(folder), basedir.toPath().resolve(folder))
}
removeOwner(basedir.toPath().resolve('src/main/models/credit-scoring/model.yaml'))
return true
