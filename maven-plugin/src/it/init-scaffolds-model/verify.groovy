import java.nio.file.*
import java.util.concurrent.TimeUnit

def log = new File(basedir, 'build.log').text
def folder = basedir.toPath().resolve('src/main/models/fraud-score')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('modelops') }
assert runs.size() == 3 : "expected three builds in build.log, found ${runs.size()}"

// 1: the files, with the id in place, listed in the log with what to do next.
['model.yaml', 'evaluations/example.json', 'lineage.yaml'].each {
    assert Files.isRegularFile(folder.resolve(it)) : it
    assert runs[0].contains('[INFO]   src/main/models/fraud-score/' + it)
}
assert runs[0].contains('Created model fraud-score:')
assert runs[0].contains("Next: replace every value starting with 'REPLACE:'")
assert runs[0].contains('BUILD SUCCESS')
def model = Files.readString(folder.resolve('model.yaml'))
assert model.contains('id: "fraud-score"\n')
assert Files.readString(folder.resolve('lineage.yaml')).contains('to: train-fraud-score\n')

// 2: unfilled, the check names each placeholder with its file and line, and writes no report.
assert runs[1].contains('BUILD FAILURE')
assert runs[1].contains('src/main/models/fraud-score/model.yaml:32:')
assert runs[1].contains("at /people/0/name: found the placeholder 'REPLACE: the owner's full name' (written by modelops:init)")
assert runs[1].contains("at /riskTier: found the placeholder 'REPLACE: low, medium, high or critical'")
assert runs[1].contains('src/main/models/fraud-score/evaluations/example.json:')
assert !Files.exists(basedir.toPath().resolve('target/modelops/index.html'))

// 3: a second init refuses to overwrite.
assert runs[2].contains('The model folder src/main/models/fraud-score already exists; modelops:init never overwrites a model')
assert Files.readString(folder.resolve('model.yaml')) == model

// Fill in every placeholder, as a user would.
def values = [
    "the model's name as people know it, such as Card fraud scorer": '"Card payment fraud score"',
    'the version, such as 1.0.0': '"1.0.0"',
    'classifier, regression, llm, ranking, rules or other': 'classifier',
    'what the model does and how it works': '"Gradient-boosted trees scoring card payments for fraud."',
    'proprietary or a licence id such as Apache-2.0': 'proprietary',
    'low, medium, high or critical': 'high',
    'development, validation, production or retired': 'validation',
    "the owner's full name": '"Alex Moreau"',
    "the owner's e-mail address": 'alex.moreau@example.com',
    "the owner's team or department": '"Fraud Analytics"',
    "the developer's full name": '"Sam Okafor"',
    "the developer's e-mail address": 'sam.okafor@example.com',
    "the developer's team": '"Fraud Analytics"',
    "the validator's full name (not the owner, not the developer)": '"Rita Novak"',
    "the validator's e-mail address": 'rita.novak@example.com',
    "the validator's team, such as Model Validation": '"Model Validation"',
    'the use the model was built and validated for': '"Rank card payments for review by fraud analysts."',
    'a use the model must not be put to': '"Blocking cards without human review."',
    'a known limitation of the model': '"Not validated on business cards."',
    'an ethical consideration and how it was addressed': '"Alert rates are reviewed per region."',
    "the training dataset's name and period": '"Card payments 2024-2025"',
    "the test dataset's name and period": '"Card payments 2026 Q1"',
    'the model file, relative to this folder or a URI, such as artifacts/model.onnx': 'artifacts/fraud-score.onnx',
    "the file's SHA-256, 64 lower-case hexadecimal digits": '3f4c2b1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b',
    'onnx, pickle, safetensors, pmml or other': 'onnx',
    'the day the evaluation was run, as YYYY-MM-DD': '"2026-04-20"',
    'the AUC measured on the test data, a number such as 0.87': '0.91',
    'the lowest acceptable AUC, fixed before testing, a number such as 0.8': '0.85',
    "the training dataset's name": '"Card payments 2024-2025"',
    'where the data comes from, such as jdbc:postgresql://lake/cards/transactions': '"jdbc:postgresql://lake/cards/payments"',
    'the team accountable for the data': '"Card Data Office"',
    "the test dataset's name": '"Card payments 2026 Q1"',
    'where the test data comes from': '"jdbc:postgresql://lake/cards/payments"',
    'the team accountable for the test data': '"Card Data Office"',
    'what the training job is called': '"Train the fraud score"',
    'who runs the training': '"Sam Okafor"',
    "the training code's repository and commit, such as git+https://git.example.com/team/model.git@4be1f09":
        '"git+https://git.example.com/fraud/score.git@4be1f09"',
]
def placeholder = ~/"REPLACE: ([^"]*)"/
Files.walk(folder).filter { Files.isRegularFile(it) }.each { file ->
    def filled = Files.readString(file).replaceAll(placeholder) { all, text ->
        assert values.containsKey(text) : "no value for the placeholder '$text' of $file"
        values[text]
    }
    assert !(filled =~ placeholder).find()
    Files.writeString(file, filled)
}

// Maven once more, on the filled-in project: the same Maven, settings and local repository as the builds above.
def mavenHome = System.getProperty('maven.home')
assert mavenHome : 'maven.home is not set in the JVM running the invoker'
def windows = System.getProperty('os.name').toLowerCase(Locale.ROOT).contains('windows')
def mvn = Paths.get(mavenHome, 'bin', windows ? 'mvn.cmd' : 'mvn').toString()
// The IT settings, the IT's local repository standing in for the outer one (offline: nothing is fetched).
def itSettings = basedir.toPath().resolve('../../../src/it/settings.xml').normalize()
def settings = basedir.toPath().resolve('filled-in-settings.xml')
Files.writeString(settings, Files.readString(itSettings)
        .replace('@localRepositoryUrl@', localRepositoryPath.toURI().toString()))
def filledLog = new File(basedir, 'filled-in.log')
def process = new ProcessBuilder(mvn, '-B', '-o', '-s', settings.toString(),
        '-Dmaven.repo.local=' + localRepositoryPath.absolutePath, 'verify')
        .directory(basedir).redirectErrorStream(true).redirectOutput(filledLog).start()
assert process.waitFor(10, TimeUnit.MINUTES) : 'mvn verify on the filled-in scaffold did not finish in 10 minutes'
def filledText = filledLog.text
assert process.exitValue() == 0 : "mvn verify on the filled-in scaffold failed:\n$filledText"
assert filledText.contains('Governance check: 1 model, 30 rules:')
assert filledText.contains(' 0 failed, 0 errors,')
assert filledText.contains('0 blocking, 0 warnings')
assert Files.isRegularFile(basedir.toPath().resolve('target/modelops/cards/fraud-score.html'))
return true
