def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The rule file and the line of the expression, the rule id, and the CEL error with its position.
assert log =~ /src\/main\/modelops\/team-rules\.yaml:13:\d+/
assert log.contains('team.broken-syntax')
assert log =~ /1:\d+/
assert !log.contains('team.has-inventory-number: ')
assert !new File(basedir, 'target/modelops').exists()

// A user mistake is reported as a sentence, never as a Java stack trace.
assert !log.contains("\\tat dev.modelops") : "stack trace in the log"
assert !log.contains("Exception:") : "exception name in the log"

return true
