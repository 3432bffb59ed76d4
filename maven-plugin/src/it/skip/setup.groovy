// Copies the shared fixture model into this IT's models folder, then removes its owner.
import java.nio.file.*

def source = basedir.toPath().resolve('../../../src/it/fixtures/complete-model').normalize()
def target = basedir.toPath().resolve('src/main/models/fraud-alerts')
Files.walk(source).sorted().each { path ->
    def destination = target.resolve(source.relativize(path).toString())
    if (Files.isDirectory(path)) {
        Files.createDirectories(destination)
    } else {
        Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING)
    }
}

// Remove the owner entry (four lines) from the people list.
def model = target.resolve('model.yaml')
def lines = Files.readAllLines(model)
int owner = lines.findIndexOf { it.trim() == 'role: owner' }
assert owner > 0
lines.subList(owner - 2, owner + 2).clear()
Files.write(model, lines)

return true
