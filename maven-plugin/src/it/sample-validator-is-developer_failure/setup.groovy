// The sample project, with the credit-scoring model's validator also listed as one of its developers.
def fixtures = basedir.toPath().resolve('../../../src/it/fixtures').normalize()
evaluate(fixtures.resolve('copy-sample.groovy').toFile())(basedir)
def replaceText = evaluate(fixtures.resolve('replace-text.groovy').toFile())
replaceText(basedir.toPath().resolve('credit-risk/src/main/models/credit-scoring/model.yaml'),
        '  - name: Sofia Lindqvist\n    email: sofia.lindqvist@example.com\n',
        '  - name: Priya Raman\n    email: priya.raman@example.com\n')
return true
