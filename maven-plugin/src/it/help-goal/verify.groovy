// modelops:help -Ddetail -Dgoal=check prints the goal, its parameters and the property that sets each one.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log.contains('modelops:check')
assert log.contains('Checks every model of the project against the governance rules in force')
// Each parameter with its user property, as maven-plugin-plugin's help goal prints them.
['asOf', 'failOnSeverity', 'modelsDirectory', 'packs', 'pdf', 'skip', 'waiversFile'].each { parameter ->
    assert log =~ /(?m)^\s+${parameter}( \(Default: [^)]*\))?\s*$/ : "parameter ${parameter} not listed"
    assert log.contains("User property: modelops.${parameter}") : "no user property for ${parameter}"
}
assert log.contains('Default: high')
// Only the goal asked for.
assert !log.contains('modelops:report')

return true
