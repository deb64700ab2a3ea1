// init refused: it said which of its files exist, without a stack trace, and changed nothing.
import java.security.MessageDigest

def lines = []
basedir.eachFileRecurse { file ->
    String path = basedir.toPath().relativize(file.toPath()).toString()
    if (path != 'build.log' && path != 'before.txt') {
        lines << (file.isDirectory() ? "${path}/" : "${path} ${MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex()}")
    }
}
String before = new File(basedir, 'before.txt').getText('UTF-8')
assert before.contains('.github/workflows/ladder-check.yml ') : 'the existing workflow was not part of the test'
assert lines.sort().join('\n') == before : 'init changed, added or removed files'

String log = new File(basedir, 'build.log').getText('UTF-8')
String folder = basedir.canonicalFile.toPath().toAbsolutePath().normalize().toString()
assert log.contains("[ERROR] '${folder}' already has pom.xml, README.md, content/, .github/workflows/ladder-check.yml: "
        + 'init never replaces a file, so it wrote nothing; run it in a new or empty folder, or move these away first')
assert log.contains('Ladder: init did not finish; the reason is listed above')
assert !log.contains('Ladder: wrote')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'the build printed a stack trace'
assert !log.contains('Caused by')
return true
