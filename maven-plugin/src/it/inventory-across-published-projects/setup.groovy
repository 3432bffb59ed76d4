// Team A publishes the shared fixture model; team B a copy with its own id and no owner (a blocking violation,
// which team B's build lets through with haltOnFailure false). The POMs get the plugin's coordinates.
def fixtures = basedir.toPath().resolve("../../../src/it/fixtures").normalize()
def copyTree = evaluate(fixtures.resolve("copy-tree.groovy").toFile())
def replaceText = evaluate(fixtures.resolve("replace-text.groovy").toFile())
def removeOwner = evaluate(fixtures.resolve("remove-owner.groovy").toFile())
def pluginCoordinates = evaluate(fixtures.resolve("plugin-coordinates.groovy").toFile())

def root = basedir.toPath()
copyTree(fixtures.resolve('complete-model'), root.resolve('team-a/src/main/models/fraud-alerts'))
def teamB = root.resolve('team-b/src/main/models/merchant-risk')
copyTree(fixtures.resolve('complete-model'), teamB)
replaceText(teamB.resolve('model.yaml'), 'id: fraud-alerts', 'id: merchant-risk')
replaceText(teamB.resolve('model.yaml'), 'name: Card fraud alert scorer', 'name: Merchant risk scorer')
removeOwner(teamB.resolve('model.yaml'))
['team-a', 'team-b', 'bom', 'inventory'].each { pluginCoordinates(root.resolve('pom.xml'), root.resolve(it)) }
// The ITs' local repository outlives a run: a copy of the teams' artifacts an earlier run resolved into it would be
// read instead of what this run deploys, so it is removed first.
new File(localRepositoryPath, 'dev/modelops/it/inventory').deleteDir()
return true
