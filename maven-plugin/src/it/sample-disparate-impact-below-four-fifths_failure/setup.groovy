// The sample project, with the holdout approval rate of credit applicants aged 18 to 25 lowered from 0.558 to
// 0.508: against 0.652 for ages 41 to 60, a disparate impact ratio of 0.779, below the four-fifths rule.
def fixtures = basedir.toPath().resolve('../../../src/it/fixtures').normalize()
evaluate(fixtures.resolve('copy-sample.groovy').toFile())(basedir)
def replaceText = evaluate(fixtures.resolve('replace-text.groovy').toFile())
replaceText(basedir.toPath().resolve('credit-risk/src/main/models/credit-scoring/evaluations/fairness-slices-2026q3.csv'),
        'selection_rate,0.558,age_band=18-25,,,,,,credit-dev-holdout-2024h1,',
        'selection_rate,0.508,age_band=18-25,,,,,,credit-dev-holdout-2024h1,')
return true
