package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What go-plugin's client puts in the environment, read as Terraform 1.15 sets it (protocol spec §1.2). */
class PluginEnvironmentTest {
    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    private static Map<String, String> terraform() {
        Map<String, String> env = new HashMap<>();
        env.put(PluginEnvironment.COOKIE_KEY, PluginEnvironment.COOKIE_VALUE);
        env.put("PLUGIN_PROTOCOL_VERSIONS", "5,6");
        env.put("PLUGIN_MIN_PORT", "10000");
        env.put("PLUGIN_MAX_PORT", "25000");
        env.put("PLUGIN_CLIENT_CERT", PEM);
        return env;
    }

    private static PluginEnvironment with(String name, String value) {
        Map<String, String> env = terraform();
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return PluginEnvironment.from(env);
    }

    @Test
    void readsWhatTerraformSets() {
        PluginEnvironment env = PluginEnvironment.from(terraform());
        assertTrue(env.cookieValid());
        assertTrue(env.accepts(6));
        assertEquals(10000, env.minPort());
        assertEquals(25000, env.maxPort());
        assertTrue(env.autoMtls());
        assertEquals(PEM, env.clientCertificatePem());
    }

    @Test
    void aMissingOrWrongCookieMeansAHumanRanIt() {
        assertFalse(with(PluginEnvironment.COOKIE_KEY, null).cookieValid());
        assertFalse(with(PluginEnvironment.COOKIE_KEY, "").cookieValid());
        assertFalse(with(PluginEnvironment.COOKIE_KEY, PluginEnvironment.COOKIE_VALUE + " ").cookieValid());
    }

    @Test
    void protocolSixMustBeOffered() {
        assertTrue(with("PLUGIN_PROTOCOL_VERSIONS", "5,6").accepts(6));
        assertTrue(with("PLUGIN_PROTOCOL_VERSIONS", "6,5").accepts(6), "Go map order is not stable");
        assertTrue(with("PLUGIN_PROTOCOL_VERSIONS", " 6 ").accepts(6));
        assertFalse(with("PLUGIN_PROTOCOL_VERSIONS", "5").accepts(6), "Terraform before 0.15");
        assertTrue(with("PLUGIN_PROTOCOL_VERSIONS", null).accepts(6), "a client that names none gets ours");
        PluginStartException e = assertThrows(PluginStartException.class,
                () -> with("PLUGIN_PROTOCOL_VERSIONS", "five,6"));
        assertTrue(e.getMessage().contains("PLUGIN_PROTOCOL_VERSIONS"), e.getMessage());
    }

    @Test
    void badPortsAreRefusedWithTheirName() {
        for (String bad : new String[] {"abc", "70000", "-1", "10000.5", "1e4"}) {
            PluginStartException e = assertThrows(PluginStartException.class, () -> with("PLUGIN_MIN_PORT", bad), bad);
            assertTrue(e.getMessage().contains("PLUGIN_MIN_PORT") && e.getMessage().contains(bad), e.getMessage());
        }
        assertEquals(0, with("PLUGIN_MIN_PORT", null).minPort());
        assertEquals(0, with("PLUGIN_MAX_PORT", " ").maxPort());
        assertEquals(12000, with("PLUGIN_MAX_PORT", " 12000 ").maxPort());
    }

    @Test
    void withoutAClientCertificateTlsIsOff() {
        assertFalse(with("PLUGIN_CLIENT_CERT", null).autoMtls());
        PluginEnvironment blank = with("PLUGIN_CLIENT_CERT", "  \n");
        assertFalse(blank.autoMtls());
        assertNull(blank.clientCertificatePem());
    }
}
