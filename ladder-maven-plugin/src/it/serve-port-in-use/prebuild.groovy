// Takes port 47313 for the length of the test (or finds it taken already, which the test needs as well).
// The socket is kept in the system properties so that verify.groovy, run in this JVM, can close it.
try {
    def socket = new ServerSocket(47313, 1, InetAddress.getLoopbackAddress())
    System.getProperties().put('ladder.it.takenPort', socket)
} catch (BindException ignored) {
}
return true
