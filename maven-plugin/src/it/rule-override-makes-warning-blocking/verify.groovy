def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/modelops')

assert log.contains('BUILD FAILURE')
// The override raised the slice rule to high, so its violation blocks, naming the rule and the exact value.
assert log.contains('1 governance violation at or above severity high (modelops.failOnSeverity):')
assert log =~ /\[high\] core\.slice-thresholds-met on fraud-alerts: .*auc on region=north .* is 0\.8999, below the minimum 0\.9/
// The POM's maxAgeDays reaches the rule: approvals of May 2026 are older than 180 days on 2026-11-20.
assert log =~ /\[WARNING\] \[medium\] core\.approval-current on fraud-alerts: .* more than 180 days old on 2026-11-20/
// A rule switched off is named in the log and neither evaluated nor reported.
assert log.contains('1 rule switched off (enforcement off), not evaluated: core.license-declared')

// Report first, then fail: results.json records the overrides.
def results = new groovy.json.JsonSlurper().parse(new File(out, 'results.json'))
def slice = results.rules.find { it.id == 'core.slice-thresholds-met' }
assert slice.severity == 'high'
assert slice.enforcement == 'fail'
assert results.rules.find { it.id == 'core.approval-current' }.params.maxAgeDays == 180
assert !results.rules.any { it.id == 'core.license-declared' }
def finding = results.findings.find { it.rule == 'core.slice-thresholds-met' }
assert finding.status == 'failed'
assert finding.blocking == true
assert finding.file == 'src/main/models/fraud-alerts/evaluations/regions.csv'

assert !log.contains("\\tat dev.modelops") : "stack trace in the log"

return true
