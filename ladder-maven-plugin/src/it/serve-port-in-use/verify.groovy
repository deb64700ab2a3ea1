// ladder:serve on a port in use fails with one sentence naming the option, no stack trace, and writes no site.
String log = new File(basedir, 'build.log').getText('UTF-8')
def socket = System.getProperties().remove('ladder.it.takenPort')
if (socket != null) {
    socket.close()
}

assert log.contains('Ladder: port 47313 on 127.0.0.1 is in use by another program (perhaps another preview); '
        + 'stop it, or choose a free port with -Dladder.port=47314')
assert !log.contains('at dev.ladder') : 'a Java stack trace reached the build log'
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'a stack frame reached the build log'
assert !new File(basedir, 'site').exists() : 'the preview wrote the project\'s site folder'
return true
