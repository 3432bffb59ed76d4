def log = new File(basedir, 'build.log').text

// The coordinates, the artifact looked for, every repository tried, and no stack trace: a user's mistake.
assert log.contains('modelops:inventory cannot resolve the published results of 1 project:')
assert log.contains('dev.modelops.it:no-such-project:9.9 is not in the repositories tried: neither its POM nor its '
        + 'results (dev.modelops.it:no-such-project:json:modelops-results:9.9) could be resolved')
assert log =~ /Repositories tried: the local repository \S+, .*it-file-repo \(file:\S+\/repo\)/
assert log.contains('No inventory was written.')
assert !log.contains('at dev.modelops')
assert !new File(basedir, 'target/modelops-inventory').exists()
return true
