def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/modelops')

// The waiver expired before the build's "as of" day: the violation blocks again, and the expiry is named.
assert log.contains('BUILD FAILURE')
assert log.contains('1 governance violation at or above severity high (modelops.failOnSeverity):')
assert log =~ /\[high\] core\.slice-thresholds-met on fraud-alerts: .*is 0\.8999, below the minimum 0\.9.* \(waiver MRM-F-2026-077 expired on 2026-10-31\)/
assert log.contains('[WARNING] Expired waiver MRM-F-2026-077 (core.slice-thresholds-met on fraud-alerts, src/main/modelops/waivers.yaml:3) expired on 2026-10-31')

def results = new groovy.json.JsonSlurper().parse(new File(out, 'results.json'))
def finding = results.findings.find { it.rule == 'core.slice-thresholds-met' }
assert finding.status == 'failed'
assert finding.blocking == true
assert finding.waiver == null
assert results.waivers*.state == ['expired']
assert !log.contains("\\tat dev.modelops") : "stack trace in the log"

return true
