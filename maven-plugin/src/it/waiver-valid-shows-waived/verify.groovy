def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/modelops')

// The slice violation would block (the POM raises the rule to high), but a waiver in force covers it.
assert log.contains('BUILD SUCCESS')
assert log.contains('0 blocking, 0 warnings')
assert log =~ /\[INFO\] Waived: \[high\] core\.slice-thresholds-met on fraud-alerts waived until 2027-03-31 \(MRM-F-2026-101, approved by Rita Novak\): .*auc on region=north .* is 0\.8999/
assert !log.contains('Unused waiver')
assert !log.contains('Expired waiver')

def results = new groovy.json.JsonSlurper().parse(new File(out, 'results.json'))
def finding = results.findings.find { it.rule == 'core.slice-thresholds-met' }
assert finding.status == 'waived'
assert finding.blocking == false
assert finding.waiver.ticket == 'MRM-F-2026-101'
assert finding.waiver.expires == '2027-03-31'
assert finding.waiver.approver.name == 'Rita Novak'
assert finding.waiver.file == 'src/main/modelops/waivers.yaml'
assert finding.waiver.line == 3
assert results.summary.waived == 1
assert results.waivers*.state == ['applied']
assert results.waiversFile.path == 'src/main/modelops/waivers.yaml'
assert results.waiversFile.sha256 ==~ /[0-9a-f]{64}/

// The report shows the waiver next to the finding and in its Waivers section; the justification is text.
def index = new File(out, 'index.html').text
assert index.contains('North-region AUC is 0.0001 below its floor; alerts there get a second analyst review &lt;until&gt; re-training.')
assert !index.contains('<until>')
assert index.contains('id="waivers"')
assert index.contains('>waived<')
def junit = new File(out, 'junit/TEST-modelops.fraud-alerts.xml').text
assert junit.contains('<skipped message="waived: MRM-F-2026-101 until 2027-03-31: North-region AUC')

return true
