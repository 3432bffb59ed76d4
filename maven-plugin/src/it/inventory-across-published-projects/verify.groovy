import java.nio.file.*

def root = basedir.toPath()
def repo = root.resolve('repo/dev/modelops/it/inventory')

// What the teams' builds published: results.json and the ML-BOMs, beside each project's POM.
assert Files.isRegularFile(repo.resolve('team-a/1.0/team-a-1.0-modelops-results.json'))
assert Files.isRegularFile(repo.resolve('team-a/1.0/team-a-1.0-mlbom-fraud-alerts.json'))
assert Files.isRegularFile(repo.resolve('team-b/1.0/team-b-1.0-modelops-results.json'))
assert Files.isRegularFile(repo.resolve('models-bom/1.0/models-bom-1.0.pom'))

def log = Files.readString(root.resolve('build.log'))
assert log.contains('Inventory of 2 projects, 2 models: 1 model blocking release')
assert log.contains('Blocking release: merchant-risk of dev.modelops.it.inventory:team-b:1.0')
assert log.contains('BUILD SUCCESS') : 'the inventory reports violations, it does not fail on them'

def out = root.resolve('inventory/target/modelops-inventory')
def inventory = new groovy.json.JsonSlurper().parse(out.resolve('inventory.json').toFile())
assert inventory.title == 'Enterprise model inventory'
assert inventory.asOf == '2026-12-01T00:00:00Z'
assert inventory.sources*.coordinates == ['dev.modelops.it.inventory:team-a:1.0', 'dev.modelops.it.inventory:team-b:1.0']
assert inventory.sources*.results*.file == ['dev.modelops.it.inventory:team-a:json:modelops-results:1.0',
                                           'dev.modelops.it.inventory:team-b:json:modelops-results:1.0']
def published = java.security.MessageDigest.getInstance('SHA-256')
        .digest(Files.readAllBytes(repo.resolve('team-a/1.0/team-a-1.0-modelops-results.json'))).encodeHex().toString()
assert inventory.sources[0].results.sha256 == published
assert inventory.models.collect { [it.source, it.id, it.verdict] } == [
        ['dev.modelops.it.inventory:team-a:1.0', 'fraud-alerts', 'passed'],
        ['dev.modelops.it.inventory:team-b:1.0', 'merchant-risk', 'failed']]
assert inventory.models[1].blocking > 0
assert inventory.findings.find { it.model == 'merchant-risk' && it.rule == 'core.owner-present' }.effect == 'blocks release'

def index = Files.readString(out.resolve('index.html'))
['dev.modelops.it.inventory:team-a:1.0', 'dev.modelops.it.inventory:team-b:1.0', 'Card fraud alert scorer',
 'Merchant risk scorer', 'PASSED', 'FAILED', 'core.owner-present'].each {
    assert index.contains(it) : "the inventory does not show $it"
}
assert Files.size(out.resolve('inventory.pdf')) > 10000
return true
