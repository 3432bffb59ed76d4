def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('1 governance violation at or above severity high (modelops.failOnSeverity):')
// The ratio is printed rounded down, so that a failing ratio never reads as passing, with the bound.
def line = log.readLines().find { it.contains('[high] fairness.disparate-impact-ratio on credit-scoring') }
assert line != null
assert line.contains('age_band=18-25 on credit-dev-holdout-2024h1 is 0.779')
assert line.contains('selection rate 0.508 against 0.652 for age_band=41-60')
assert line.contains('the minimum is 0.8')
assert line.contains('src/main/models/credit-scoring/evaluations/fairness-slices-2026q3.csv:')
// The spread of approval rates is now above 0.1 too: a medium finding, a warning only.
assert log =~ /\[WARNING\] \[medium\] fairness\.demographic-parity on credit-scoring: /
assert !log.contains('\tat dev.modelops') : 'stack trace in the log'
return true
