// The sample project, with the credit scorer's last independent validation moved to 2025-12-01: 354 days before
// the build's as-of date (2026-11-20), more than the 270 days SR 11-7's pack allows a high-risk model.
def fixtures = basedir.toPath().resolve('../../../src/it/fixtures').normalize()
evaluate(fixtures.resolve('copy-sample.groovy').toFile())(basedir)
def replaceText = evaluate(fixtures.resolve('replace-text.groovy').toFile())
replaceText(basedir.toPath().resolve('credit-risk/src/main/models/credit-scoring/model.yaml'),
        '    role: validator\n    date: 2026-09-14\n', '    role: validator\n    date: 2025-12-01\n')
return true
