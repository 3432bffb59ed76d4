def log = new File(basedir, 'build.log').text
// Same broken copy of the sample project, but -Dmodelops.skip=true: the build passes.
assert log.contains('Skipping modelops:check because modelops.skip is true')
assert log.contains('BUILD SUCCESS')

return true
