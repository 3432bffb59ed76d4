// The sample project, with the latest monthly PSI of one input feature of the credit scorer at 0.31: above the
// 0.25 at which drift is significant.
def fixtures = basedir.toPath().resolve('../../../src/it/fixtures').normalize()
evaluate(fixtures.resolve('copy-sample.groovy').toFile())(basedir)
def replaceText = evaluate(fixtures.resolve('replace-text.groovy').toFile())
replaceText(basedir.toPath().resolve('credit-risk/src/main/models/credit-scoring/monitoring/2026-11-15.csv'),
        'psi,0.121,feature=months_since_last_search,', 'psi,0.31,feature=months_since_last_search,')
return true
