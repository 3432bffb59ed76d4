// In the site, bad input still fails the build, with the message modelops:check gives.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('modelops:report cannot use its inputs as written (1 problem):')
assert log =~ /src\/main\/models\/broken\/model\.yaml:7:\d+: malformed YAML/
assert log.contains('expected well-formed YAML')
assert !new File(basedir, 'target/site/modelops').exists()

// A user mistake is reported as a sentence, never as a Java stack trace.
assert !log.contains("\\tat dev.modelops") : "stack trace in the log"

return true
