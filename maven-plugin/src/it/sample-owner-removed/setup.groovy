// A copy of the sample project, with the credit-scoring model's owner removed.
def fixtures = basedir.toPath().resolve('../../../src/it/fixtures').normalize()
evaluate(fixtures.resolve('copy-sample.groovy').toFile())(basedir)
def removeOwner = evaluate(fixtures.resolve('remove-owner.groovy').toFile())
removeOwner(basedir.toPath().resolve('credit-risk/src/main/models/credit-scoring/model.yaml'))
return true
