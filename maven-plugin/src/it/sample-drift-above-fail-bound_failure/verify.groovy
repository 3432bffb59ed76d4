def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def line = log.readLines().find { it.contains('[high] monitoring.drift-within-limit on credit-scoring') }
assert line != null
assert line.contains('months_since_last_search')
assert line.contains('0.31')
assert line.contains('0.25')
// The finding points at the monitoring file's row (line 5: header, then the fourth result).
assert line.contains('(src/main/models/credit-scoring/monitoring/2026-11-15.csv:5)')
def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'credit-risk/target/modelops/results.json'))
def finding = results.findings.find { it.rule == 'monitoring.drift-within-limit' && it.model == 'credit-scoring' }
assert finding.status == 'failed' && finding.blocking
assert results.findings.find { it.rule == 'monitoring.drift-watch' && it.model == 'credit-scoring' }.status == 'passed'
assert !log.contains('\tat dev.modelops') : 'stack trace in the log'
return true
