def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The log names the rule id, the model and the report path.
assert log =~ /\[high\] core\.owner-present on credit-scoring: /
assert log.contains('See the compliance report: ' + new File(basedir, 'credit-risk/target/modelops/index.html').absolutePath)
// The module's other model is still reported, and only credit-scoring blocks.
def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'credit-risk/target/modelops/results.json'))
def sampleModels = new File(basedir, 'credit-risk/src/main/models').listFiles().findAll { it.directory }*.name.sort()
assert sampleModels.size() >= 2 && sampleModels.contains('card-fraud-detector')
assert results.models*.id == sampleModels
assert results.findings.findAll { it.blocking }*.model.unique() == ['credit-scoring']
assert !log.contains('\tat dev.modelops')

return true
