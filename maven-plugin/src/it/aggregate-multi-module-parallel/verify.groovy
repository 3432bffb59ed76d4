import java.nio.file.*

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Inventory of 2 projects, 3 models')

def parallel = basedir.toPath().resolve('parallel')
def serial = basedir.toPath().resolve('serial')
def aggregate = parallel.resolve('report/target/modelops-aggregate')

// Every model of every module, with its module.
def inventory = new groovy.json.JsonSlurper().parse(aggregate.resolve('inventory.json').toFile())
assert inventory.sources*.label == ['dev.modelops.it.aggregate:model-a:1.0', 'dev.modelops.it.aggregate:model-b:1.0']
assert inventory.sources*.report == ['../../../model-a/target/modelops/index.html', '../../../model-b/target/modelops/index.html']
assert inventory.sources*.results*.file == ['../model-a/target/modelops/results.json', '../model-b/target/modelops/results.json']
assert inventory.models.collect { it.source + ' ' + it.id } == [
        'dev.modelops.it.aggregate:model-a:1.0 fraud-alerts',
        'dev.modelops.it.aggregate:model-b:1.0 chargeback-predictor',
        'dev.modelops.it.aggregate:model-b:1.0 merchant-risk']
assert inventory.models*.verdict == ['passed', 'passed', 'passed']
assert inventory.models*.owners == [['Alex Moreau'], ['Alex Moreau'], ['Alex Moreau']]
assert inventory.title == 'Bank model inventory'
assert inventory.asOf == '2026-11-20T00:00:00Z'

def index = Files.readString(aggregate.resolve('index.html'))
['Card fraud alert scorer', 'Merchant risk scorer', 'Chargeback predictor', 'Bank model inventory'].each {
    assert index.contains(it) : "the aggregate does not show $it"
}
assert index.contains('href="../../../model-b/target/modelops/index.html"')
assert Files.size(aggregate.resolve('inventory.pdf')) > 10000
// The digest recorded is the digest of the module's results.json.
def digest = java.security.MessageDigest.getInstance('SHA-256')
        .digest(Files.readAllBytes(parallel.resolve('model-a/target/modelops/results.json'))).encodeHex().toString()
assert inventory.sources[0].results.sha256 == digest

// The parallel and the serial build wrote the same bytes: the aggregate and each module's own report.
def tree = { Path root ->
    def files = [:] as TreeMap
    Files.walk(root).filter { Files.isRegularFile(it) }.each { files[root.relativize(it).toString()] = it }
    files
}
['report/target/modelops-aggregate', 'model-a/target/modelops', 'model-b/target/modelops'].each { folder ->
    def a = tree(parallel.resolve(folder))
    def b = tree(serial.resolve(folder))
    assert !a.isEmpty()
    assert a.keySet() == b.keySet() : "$folder: the two builds wrote different files"
    a.each { name, path ->
        assert Arrays.equals(Files.readAllBytes(path), Files.readAllBytes(b[name])) : "$folder/$name differs between -T 4 and serial"
    }
}
return true
