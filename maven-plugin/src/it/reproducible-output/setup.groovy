// Copies the shared fixture model into this IT's models folder.
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

return true
