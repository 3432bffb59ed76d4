// Validates target/modelops/modelops.sarif against the OASIS SARIF 2.1.0 schema checked in under
// src/test/resources/sarif/, with the networknt validator the plugin itself depends on (its jars and Jackson's are in
// the IT repository, where the plugin's dependencies were installed), then checks what code scanning will show.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/modelops')
def sarifFile = new File(out, 'modelops.sarif')

assert log.contains('BUILD SUCCESS')
assert log.contains('SARIF for code scanning: ' + sarifFile.canonicalPath) || log.contains('SARIF for code scanning: ' + sarifFile.absolutePath)
assert log.contains('modelops.haltOnFailure is false')

// ---- A real validation: the networknt validator on the checked-in schema, formats asserted.
def repository = localRepositoryPath instanceof File ? localRepositoryPath : new File(localRepositoryPath.toString())
def jar = { String group, String artifact ->
    def folder = new File(repository, group.replace('.', '/') + '/' + artifact)
    def jars = []
    folder.eachFileRecurse { if (it.name.endsWith('.jar') && it.name.startsWith(artifact + '-')) jars << it }
    assert jars : "no $group:$artifact in $repository"
    // One version is installed for the plugin; should several be, the newest is taken.
    jars.sort { a, b -> compareVersions(a.parentFile.name, b.parentFile.name) }.last()
}
def urls = [
        jar('com.networknt', 'json-schema-validator'),
        jar('com.ethlo.time', 'itu'),
        jar('com.fasterxml.jackson.core', 'jackson-databind'),
        jar('com.fasterxml.jackson.core', 'jackson-core'),
        jar('com.fasterxml.jackson.core', 'jackson-annotations'),
        jar('com.fasterxml.jackson.dataformat', 'jackson-dataformat-yaml'),
        jar('org.yaml', 'snakeyaml'),
        jar('org.slf4j', 'slf4j-api'),
].collect { it.toURI().toURL() } as URL[]
def loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())
def registryClass = loader.loadClass('com.networknt.schema.SchemaRegistry')
def draft7 = loader.loadClass('com.networknt.schema.SpecificationVersion').getField('DRAFT_7').get(null)
def json = loader.loadClass('com.networknt.schema.InputFormat').getField('JSON').get(null)
def config = loader.loadClass('com.networknt.schema.SchemaRegistryConfig').builder().formatAssertionsEnabled(true).build()
def registry = registryClass.withDefaultDialect(draft7, { builder -> builder.schemaRegistryConfig(config) } as java.util.function.Consumer)
def schemaFile = basedir.toPath().resolve('../../../src/test/resources/sarif/sarif-schema-2.1.0.json').normalize().toFile()
def schema = schemaFile.withInputStream { registry.getSchema(it, json) }
def mapper = loader.loadClass('com.fasterxml.jackson.databind.ObjectMapper').getDeclaredConstructor().newInstance()
def errors = schema.validate(mapper.readTree(sarifFile))
assert errors.isEmpty() : "modelops.sarif does not validate against the SARIF 2.1.0 schema: $errors"
println "modelops.sarif validated against ${schemaFile.name} with ${urls[0].path.tokenize('/').last()}: ${errors.size()} errors"
// The validator does reject what the schema forbids, so an empty list above means something.
def broken = mapper.readTree(sarifFile)
broken.get('runs').get(0).get('results').get(0).put('level', 'blocking')
assert schema.validate(broken).size() == 1

// ---- What code scanning will show.
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'modelops'
assert run.tool.driver.semanticVersion ==~ /[0-9]+\.[0-9]+\.[0-9]+.*/
assert run.automationDetails.id == 'modelops/fraud-models/'
assert run.invocations[0].executionSuccessful == true
assert run.properties.asOf == '2026-11-20T00:00:00Z'
def ruleIds = run.tool.driver.rules*.id
assert ruleIds.contains('core.developer-named') && ruleIds.contains('core.owner-reachable') && ruleIds.contains('core.slice-thresholds-met')
assert run.tool.driver.rules.find { it.id == 'core.developer-named' }.defaultConfiguration.level == 'error'
assert run.tool.driver.rules.find { it.id == 'core.owner-reachable' }.defaultConfiguration.level == 'warning'
assert run.tool.driver.rules.find { it.id == 'core.owner-present' }.properties.tags.containsAll(['core', 'SR 11-7', 'EU AI Act'])

def byRule = run.results.collectEntries { [(it.ruleId): it] }
assert byRule.keySet() == ['core.developer-named', 'core.owner-reachable', 'core.slice-thresholds-met'] as Set
run.results.each { result ->
    assert ruleIds[result.ruleIndex] == result.ruleId
    def artifact = result.locations[0].physicalLocation.artifactLocation
    assert artifact.uriBaseId == '%SRCROOT%'
    assert !artifact.uri.startsWith('/') && !artifact.uri.contains(':') : artifact.uri
    assert new File(basedir, artifact.uri).isFile() : "${artifact.uri} is not a file of the project"
    assert result.locations[0].physicalLocation.region.startLine >= 1
    assert result.locations[0].logicalLocations[0].name == 'fraud-alerts'
    assert result.partialFingerprints['modelopsFinding/v1'] ==~ /[0-9a-f]{64}/
    assert result.message.text.endsWith('(model fraud-alerts 1.4.0)')
}
assert !sarifFile.text.contains(basedir.canonicalPath) && !sarifFile.text.contains(basedir.absolutePath)

def developer = byRule['core.developer-named']
assert developer.level == 'error'
assert developer.properties.blocking == true
assert developer.locations[0].physicalLocation.artifactLocation.uri == 'src/main/models/fraud-alerts/model.yaml'
def peopleLine = new File(basedir, 'src/main/models/fraud-alerts/model.yaml').readLines().findIndexOf { it.startsWith('people:') } + 1
assert developer.locations[0].physicalLocation.region.startLine == peopleLine

def owner = byRule['core.owner-reachable']
assert owner.level == 'warning'
assert owner.properties.blocking == false
assert !owner.suppressions

def slice = byRule['core.slice-thresholds-met']
assert slice.level == 'error' : 'a waived violation keeps its level; the suppression hides it'
assert slice.properties.status == 'waived'
assert slice.properties.blocking == false
assert slice.locations[0].physicalLocation.artifactLocation.uri == 'src/main/models/fraud-alerts/evaluations/regions.csv'
def northLine = new File(basedir, 'src/main/models/fraud-alerts/evaluations/regions.csv').readLines().findIndexOf { it.contains('region=north') } + 1
assert slice.locations[0].physicalLocation.region.startLine == northLine
assert slice.suppressions.size() == 1
def suppression = slice.suppressions[0]
assert suppression.kind == 'external'
assert suppression.status == 'accepted'
assert suppression.justification == 'North-region AUC is 0.0001 below its floor; alerts there get a second analyst review <until> re-training.'
assert suppression.properties.ticket == 'MRM-F-2026-101'
assert suppression.properties.approver == 'Rita Novak <rita.novak@example.com>'
assert suppression.properties.expires == '2027-03-31'
assert suppression.location.physicalLocation.artifactLocation.uri == 'src/main/modelops/waivers.yaml'
assert suppression.location.physicalLocation.region.startLine == 3

return true

static int compareVersions(String left, String right) {
    def a = left.tokenize('.-')
    def b = right.tokenize('.-')
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        def x = a[i].isInteger() && b[i].isInteger() ? a[i].toInteger() <=> b[i].toInteger() : a[i] <=> b[i]
        if (x != 0) {
            return x
        }
    }
    return a.size() <=> b.size()
}
