def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// Both the core rule (same person) and the SR 11-7 rule (independence) block, naming the person and the model.
assert log =~ /\[high\] core\.validator-independent on credit-scoring: The validation of model credit-scoring is not independent; also developer or owner: Priya Raman/
assert log =~ /\[high\] sr-11-7\.validator-organizationally-independent on credit-scoring: The validation of model credit-scoring is not independent: validator Priya Raman \(is also the developer\)/
assert log.contains('See the compliance report: ' + new File(basedir, 'credit-risk/target/modelops/index.html').absolutePath)
def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'credit-risk/target/modelops/results.json'))
assert results.findings.findAll { it.blocking }*.rule.sort() ==
        ['core.validator-independent', 'sr-11-7.validator-organizationally-independent']
assert !log.contains('\tat dev.modelops') : 'stack trace in the log'
return true
