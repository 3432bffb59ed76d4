// A copy of the sample project's models and rules, with the credit-scoring model's owner removed.
import java.nio.file.*

def sample = basedir.toPath().resolve('../../../../sample-project').normalize()
['src/main/models', 'src/main/modelops'].each { folder ->
    def source = sample.resolve(folder)
    Files.walk(source).sorted().each { path ->
        def destination = basedir.toPath().resolve(folder).resolve(source.relativize(path).toString())
        if (Files.isDirectory(path)) {
            Files.createDirectories(destination)
        } else {
            Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
def model = basedir.toPath().resolve('src/main/models/credit-scoring/model.yaml')
def lines = Files.readAllLines(model)
int owner = lines.findIndexOf { it.trim() == 'role: owner' }
assert owner > 0 && lines[owner - 2].trim().startsWith('- name:')
lines.subList(owner - 2, owner + 2).clear()
Files.write(model, lines)
assert !Files.readString(model).contains('role: owner')

return true
