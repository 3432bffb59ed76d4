// Copies the shared fixture model, then breaks it three ways: no developer (blocking, as the POM raises the rule to
// high), an owner without an email (a warning) and the north region's AUC below its floor (waived by the waivers file).
def fixtures = basedir.toPath().resolve("../../../src/it/fixtures").normalize()
def copyTree = evaluate(fixtures.resolve("copy-tree.groovy").toFile())
def replaceText = evaluate(fixtures.resolve("replace-text.groovy").toFile())

def model = basedir.toPath().resolve('src/main/models/fraud-alerts')
copyTree(fixtures.resolve('complete-model'), model)
def metadata = model.resolve('model.yaml')
replaceText(metadata, '''  - name: Sam Okafor
    email: sam.okafor@example.com
    role: developer
    organization: Fraud Analytics
''', '')
replaceText(metadata, '''    email: alex.moreau@example.com
    role: owner''', '''    role: owner''')
replaceText(model.resolve('evaluations/regions.csv'), 'auc,0.927,region=north,', 'auc,0.8999,region=north,')
return true
