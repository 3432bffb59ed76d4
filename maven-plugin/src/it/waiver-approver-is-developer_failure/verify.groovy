def log = new File(basedir, 'build.log').text

// Separation of duties: a developer of the model may not approve an exception for it. Nothing is reported.
assert log.contains('BUILD FAILURE')
assert log.contains('modelops:check cannot use its inputs as written (1 problem):')
assert log.contains('src/main/modelops/waivers.yaml:3:5: at /waivers/0: the waiver of core.slice-thresholds-met for '
        + 'fraud-alerts is approved by Sam Okafor, who is a developer of fraud-alerts, expected an approver who is '
        + 'neither an owner nor a developer of the model (separation of duties)')
assert !new File(basedir, 'target/modelops/results.json').exists()
assert !log.contains("\\tat dev.modelops") : "stack trace in the log"

return true
