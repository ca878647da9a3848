package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The one stdout line go-plugin's client parses (protocol spec §1.6). */
class HandshakeLineTest {
    @Test
    void formatsCoreAppNetworkAddressProtocolAndCertificate() throws Exception {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 10042);
        assertEquals("1|6|tcp|127.0.0.1:10042|grpc|MIIBcert", HandshakeLine.format(address, "MIIBcert"));
    }

    @Test
    void plaintextLeavesTheCertificateFieldEmpty() throws Exception {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 10042);
        assertEquals("1|6|tcp|127.0.0.1:10042|grpc|", HandshakeLine.format(address, null));
    }

    @Test
    void anIpv6AddressIsBracketedAsGoDialsIt() throws Exception {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("::1"), 10042);
        assertEquals("1|6|tcp|[0:0:0:0:0:0:0:1]:10042|grpc|", HandshakeLine.format(address, null));
    }
}
