def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/modelops')

// With -Dmodelops.failOnUnusedWaiver=true a waiver that matches no violation fails the build, after the reports.
assert log.contains('BUILD FAILURE')
assert log.contains('[WARNING] Unused waiver MRM-F-2026-101 (core.slice-thresholds-met on fraud-alerts, '
        + 'src/main/modelops/waivers.yaml:3): it matches no violation')
assert log.contains('1 unused waiver (modelops.failOnUnusedWaiver):')
assert !log.contains('governance violation at or above')

def results = new groovy.json.JsonSlurper().parse(new File(out, 'results.json'))
assert results.waivers*.state == ['unused']
assert results.findings.find { it.rule == 'core.slice-thresholds-met' }.status == 'passed'
assert !log.contains("\\tat dev.modelops") : "stack trace in the log"

return true
