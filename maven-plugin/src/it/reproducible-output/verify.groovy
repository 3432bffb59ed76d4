import java.nio.file.*

def first = basedir.toPath().resolve('target/first-run')
def second = basedir.toPath().resolve('target/second-run')
assert Files.isRegularFile(first.resolve('index.html'))
assert Files.isRegularFile(second.resolve('index.html'))

def tree = { Path root ->
    def files = [:] as TreeMap
    Files.walk(root).filter { Files.isRegularFile(it) }.each { files[root.relativize(it).toString()] = it }
    files
}
def a = tree(first)
def b = tree(second)
assert a.keySet() == b.keySet() : "the two runs wrote different files"
a.each { name, path ->
    assert Arrays.equals(Files.readAllBytes(path), Files.readAllBytes(b[name])) : "$name differs between two runs"
}

return true
