def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The log names the rule id, the model and the report path.
assert log =~ /\[high\] core\.owner-present on credit-scoring: /
assert log.contains('See the compliance report: ' + new File(basedir, 'target/modelops/index.html').absolutePath)
// The other sample models are still reported, and only credit-scoring blocks.
def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/modelops/results.json'))
assert results.models*.id == ['churn-prediction', 'complaint-summarizer', 'credit-scoring']
assert results.findings.findAll { it.blocking }*.model.unique() == ['credit-scoring']
assert !log.contains('\tat dev.modelops')

return true
