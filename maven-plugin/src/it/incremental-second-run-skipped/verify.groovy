import java.nio.file.*

def log = new File(basedir, 'build.log').text
def out = basedir.toPath().resolve('target/modelops')
def record = out.resolve('.inputs.sha256')

// The three builds, in order: each one's log starts where Maven starts scanning the project.
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('modelops') }
assert runs.size() == 3 : "expected three builds in build.log, found ${runs.size()}"
runs.each { assert it.contains('BUILD SUCCESS') && it.contains('Governance check: 1 model,') }

def skipped = ~/Reports up to date, not rendered again: nothing changed since the run that wrote (.+) \(inputs digest ([0-9a-f]{64})\); -Dmodelops.force renders them anyway/
assert !(runs[0] =~ skipped).find() : 'the first build rendered'
def second = runs[1] =~ skipped
assert second.find() : 'the second build said it skipped rendering'
assert Paths.get(second.group(1)).toRealPath() == out.toRealPath()
assert !(runs[2] =~ skipped).find() : 'the forced build rendered'

// The digest in the log is the one published with the reports; the reports of every build are there.
assert Files.readString(record).contains('sha256 ' + second.group(2) + '\n')
['index.html', 'cards/fraud-alerts.html', 'cards/fraud-alerts.pdf', 'results.json', 'bom/fraud-alerts.cdx.json'].each {
    assert Files.isRegularFile(out.resolve(it)) : it
}
// The skipped build still attached the ML-BOM it did not write again.
assert runs[1].contains('classifiers mlbom-fraud-alerts')
return true
