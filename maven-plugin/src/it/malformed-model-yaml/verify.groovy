def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// File, line and column, then what was wrong and what was expected.
assert log =~ /src\/main\/models\/broken\/model\.yaml:7:\d+: malformed YAML/
assert log.contains('expected well-formed YAML')
assert !new File(basedir, 'target/modelops').exists()

// A user mistake is reported as a sentence, never as a Java stack trace.
assert !log.contains("\\tat dev.modelops") : "stack trace in the log"
assert !log.contains("Exception:") : "exception name in the log"

return true
