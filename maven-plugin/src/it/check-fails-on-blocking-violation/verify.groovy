def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/modelops')

assert log.contains('BUILD FAILURE')
// The failure names the rule, the model and the report.
assert log =~ /\[high\] core\.owner-present on fraud-alerts: /
assert log.contains('See the compliance report: ')
assert log.contains('target/modelops/index.html')
// Report first, then fail: every output exists.
assert new File(out, 'index.html').isFile()
assert new File(out, 'cards/fraud-alerts.html').isFile()
def results = new groovy.json.JsonSlurper().parse(new File(out, 'results.json'))
def finding = results.findings.find { it.rule == 'core.owner-present' }
assert finding.status == 'failed'
assert finding.file == 'src/main/models/fraud-alerts/model.yaml'

// A user mistake is reported as a sentence, never as a Java stack trace.
assert !log.contains("\\tat dev.modelops") : "stack trace in the log"
assert !log.contains("Exception:") : "exception name in the log"

return true
