def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/modelops')

assert log.contains('BUILD SUCCESS')
assert log.contains('Governance check: 1 model,')
assert log.contains('Compliance report: ' + new File(out, 'index.html').canonicalPath) || log.contains('Compliance report: ' + new File(out, 'index.html').absolutePath)
assert new File(out, 'index.html').isFile()
assert new File(out, 'cards/fraud-alerts.html').isFile()
assert new File(out, 'results.json').isFile()
assert new File(out, 'junit/TEST-modelops.fraud-alerts.xml').isFile()
assert new File(out, 'bom/fraud-alerts.cdx.json').isFile()
assert log.contains('classifiers mlbom-fraud-alerts')

def card = new File(out, 'cards/fraud-alerts.html').text
assert card.contains('Card fraud alert scorer')
assert card.contains('e-commerce')
def results = new groovy.json.JsonSlurper().parse(new File(out, 'results.json'))
assert results.models*.id == ['fraud-alerts']
assert results.findings.every { it.status != 'failed' || it.severity in ['info', 'low', 'medium'] }
// No staging folder is left behind.
assert !new File(basedir, 'target').listFiles().any { it.name.contains('staging') }

return true
