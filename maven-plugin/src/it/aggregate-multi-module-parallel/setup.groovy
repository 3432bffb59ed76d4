// Gives the two model modules their models (copies of the shared fixture with their own ids; team B has two),
// then copies the whole multi-module build to parallel/ and serial/, built by invoker.properties.
import java.nio.file.Path

def fixtures = basedir.toPath().resolve("../../../src/it/fixtures").normalize()
def copyTree = evaluate(fixtures.resolve("copy-tree.groovy").toFile())
def replaceText = evaluate(fixtures.resolve("replace-text.groovy").toFile())
def tree = basedir.toPath().resolve('tree')

def model = { String module, String id, String name ->
    Path folder = tree.resolve("$module/src/main/models/$id")
    copyTree(fixtures.resolve('complete-model'), folder)
    replaceText(folder.resolve('model.yaml'), 'id: fraud-alerts', "id: $id")
    replaceText(folder.resolve('model.yaml'), 'name: Card fraud alert scorer', "name: $name")
}
model('model-a', 'fraud-alerts', 'Card fraud alert scorer')
model('model-b', 'merchant-risk', 'Merchant risk scorer')
model('model-b', 'chargeback-predictor', 'Chargeback predictor')

def pluginCoordinates = evaluate(fixtures.resolve("plugin-coordinates.groovy").toFile())
pluginCoordinates(basedir.toPath().resolve('pom.xml'), tree)

copyTree(tree, basedir.toPath().resolve('parallel'))
copyTree(tree, basedir.toPath().resolve('serial'))
// Each copy is a repository of its own, as a team's checkout is: a .mvn folder at its top makes it the source
// root (maven.multiModuleProjectDirectory) that the SARIF log's paths start from, rather than this repository's.
['parallel', 'serial'].each { java.nio.file.Files.createDirectories(basedir.toPath().resolve(it).resolve('.mvn')) }
return true
