def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('1 governance violation at or above severity high (modelops.failOnSeverity):')
assert log.contains('[high] sr-11-7.periodic-review-current on credit-scoring: The last validation of model '
        + 'credit-scoring was on 2025-12-01, 354 days before 2026-11-20; its risk tier high requires one every '
        + '270 days (reviewDaysHigh)')
// Still within core's one-year approval age: only the SR 11-7 review period is broken.
def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'credit-risk/target/modelops/results.json'))
assert results.findings.find { it.rule == 'core.approval-current' && it.model == 'credit-scoring' }.status == 'passed'
assert !log.contains('\tat dev.modelops') : 'stack trace in the log'
return true
