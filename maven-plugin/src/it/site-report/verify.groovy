// mvn site with modelops:report on a model without an owner (core.owner-present, high, blocking):
// the site is built, the page shows the model and its violation, and the full report sits beside it, its
// attestation signed with the project's key, which the second build (modelops:verify) accepts.
def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/site')

assert log.contains('BUILD SUCCESS')
// The violation is logged as a warning, never as the build's failure.
assert log =~ /\[WARNING\] 1 governance violation at or above severity high \(modelops.failOnSeverity\); a site report never fails the build/
assert log =~ /\[WARNING\]   \[high\] core\.owner-present on fraud-alerts: /

def page = new File(site, 'modelops.html')
assert page.isFile()
def html = page.text
// In the site menu, under Project Reports, with its own title.
assert html.contains('<title>Model governance')
assert html =~ /<li class="active"><a>Model governance<\/a><\/li>/
assert html.contains('Verdict: FAILED. 1 violation blocks the release (severity high or above), in 1 of 1 model.')
// The per-model row links to the card; the violation is listed with its rule and place.
assert html.contains('href="modelops/cards/fraud-alerts.html"')
assert html.contains('Card fraud alert scorer (fraud-alerts)')
assert html.contains('core.owner-present')
assert html.contains('src/main/models/fraud-alerts/model.yaml')
assert html.contains('href="modelops/index.html"')
// The asOf of build/pluginManagement reached the report.
assert html.contains('Rules evaluated as of 2026-11-21T00:00:00Z; rule packs in force: core.')
assert html.contains('href="modelops/compliance-report.pdf"')

// The full compliance report, under the site.
assert new File(site, 'modelops/index.html').isFile()
assert new File(site, 'modelops/cards/fraud-alerts.html').isFile()
assert new File(site, 'modelops/compliance-report.pdf').isFile()
def results = new groovy.json.JsonSlurper().parse(new File(site, 'modelops/results.json'))
assert results.findings.find { it.rule == 'core.owner-present' }.status == 'failed'
// The attestation of the site's report is signed, and verifies against the project's public key.
assert log.contains('Attestation signed with Ed25519 key ')
def envelope = new File(site, 'modelops/attestation/site-report-it.intoto.dsse.json')
assert envelope.isFile()
assert log.contains('signature verified with ')
assert log.contains('in-toto statement of https://modelops.dev/governance-result/v1')

// modelops:check did not run: nothing under target/modelops, and no staging folder left in the site.
assert !new File(basedir, 'target/modelops').exists()
assert !site.listFiles().any { it.name.contains('staging') || it.name.contains('previous') }

return true
