package dev.huaweidr.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.logging.LogRecord;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Library log records as Terraform will show them: at hclog's level, a stack trace reduced to its causes. */
class JavaLoggingTest {
    @Test
    void levelsMapOntoHclogs() {
        assertEquals(Level.ERROR, JavaLogging.level(java.util.logging.Level.SEVERE));
        assertEquals(Level.WARN, JavaLogging.level(java.util.logging.Level.WARNING));
        assertEquals(Level.INFO, JavaLogging.level(java.util.logging.Level.INFO));
        assertEquals(Level.DEBUG, JavaLogging.level(java.util.logging.Level.FINE));
    }

    @Test
    void aRecordWithParametersAndCausesIsOneLine() {
        LogRecord record = new LogRecord(java.util.logging.Level.INFO, "Socket failed to {0}");
        record.setParameters(new Object[] {"handshake"});
        record.setThrown(new SSLHandshakeException("Empty client certificate chain"));
        record.getThrown().initCause(new IOException("closed"));
        assertEquals("Socket failed to handshake: javax.net.ssl.SSLHandshakeException: Empty client certificate "
                + "chain: java.io.IOException: closed", new JavaLogging().message(record));
    }
}
