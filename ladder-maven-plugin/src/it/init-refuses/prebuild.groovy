// Records every file and folder with its bytes' hash, so that verify.groovy can show that init changed nothing.
import java.security.MessageDigest

def lines = []
basedir.eachFileRecurse { file ->
    String path = basedir.toPath().relativize(file.toPath()).toString()
    if (path != 'build.log' && path != 'before.txt') {
        lines << (file.isDirectory() ? "${path}/" : "${path} ${MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex()}")
    }
}
new File(basedir, 'before.txt').setText(lines.sort().join('\n'), 'UTF-8')
return true
