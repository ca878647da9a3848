package dev.huaweidr.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.Service;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointsTest {
    private final Endpoints publicHosts = new Endpoints(Map.of(), "ap-southeast-1");

    @Test
    void defaultHostsPerServiceAndRegion() {
        assertEquals("https://gaussdb-nosql.ap-southeast-3.myhuaweicloud.com/",
                publicHosts.endpoint(Service.GEMINIDB, "ap-southeast-3").baseUrl().toString());
        assertEquals("https://dws.ap-southeast-1.myhuaweicloud.com/",
                publicHosts.endpoint(Service.DWS, "ap-southeast-1").baseUrl().toString());
        assertEquals("https://dcs.cn-north-4.myhuaweicloud.com/", publicHosts.endpoint(Service.DCS, "cn-north-4").baseUrl().toString());
        assertEquals("https://vpc.af-south-1.myhuaweicloud.com/", publicHosts.endpoint(Service.VPC, "af-south-1").baseUrl().toString());
        assertEquals("https://iam.myhuaweicloud.com/", publicHosts.endpoint(Service.IAM, "ap-southeast-3").baseUrl().toString());
    }

    @Test
    void regionalDomainsFromTheSdkTables() {
        assertEquals("gaussdb-nosql.eu-west-101.myhuaweicloud.eu",
                publicHosts.endpoint(Service.GEMINIDB, "eu-west-101").baseUrl().host());
        assertEquals("dws.cn-north-12.myhuaweicloud.cn", publicHosts.endpoint(Service.DWS, "cn-north-12").baseUrl().host());
        assertEquals("dcs.cn-north-12.myhuaweicloud.com", publicHosts.endpoint(Service.DCS, "cn-north-12").baseUrl().host());
    }

    @Test
    void overridesWithAndWithoutRegionPlaceholder() {
        Endpoints endpoints = new Endpoints(Map.of(
                Service.GEMINIDB, "http://127.0.0.1:18080",
                Service.DCS, "https://dcs-{region}.internal.example:8443/prefix/"), "ap-southeast-1");
        assertEquals("http://127.0.0.1:18080/", endpoints.endpoint(Service.GEMINIDB, "ap-southeast-3").baseUrl().toString());
        assertEquals("https://dcs-ap-southeast-3.internal.example:8443/prefix/",
                endpoints.endpoint(Service.DCS, "ap-southeast-3").baseUrl().toString());
        assertEquals("https://dws.ap-southeast-3.myhuaweicloud.com/",
                endpoints.endpoint(Service.DWS, "ap-southeast-3").baseUrl().toString());
    }

    @Test
    void anEndpointIsNamedByItsKeyOrAsTheDefaultAndNeverShowsAPassword() {
        Endpoints endpoints = new Endpoints(Map.of(Service.DCS, "https://user:s3cret@dcs.internal.example:8443/"),
                "ap-southeast-1");
        assertEquals("the DCS endpoint https://dcs.internal.example:8443/ (`endpoints.dcs`)",
                endpoints.endpoint(Service.DCS, "ap-southeast-1").toString());
        assertEquals("the DWS endpoint https://dws.ap-southeast-1.myhuaweicloud.com/ (the default; `endpoints.dws` "
                + "sets another)", endpoints.endpoint(Service.DWS, "ap-southeast-1").toString());
    }

    @Test
    void iamOverridePlaceholderTakesTheHomeRegion() {
        Endpoints endpoints = new Endpoints(Map.of(Service.IAM, "https://iam.{region}.example"), "ap-southeast-1");
        assertEquals("iam.ap-southeast-1.example", endpoints.endpoint(Service.IAM, "cn-north-4").baseUrl().host());
    }

    @Test
    void badOverrideIsRefusedWithTheServiceName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Endpoints(Map.of(Service.DWS, "dws.example.com"), "ap-southeast-1"));
        assertTrue(e.getMessage().startsWith("endpoint override for dws (\"dws.example.com\")"), e.getMessage());
    }

    @Test
    void aBaseUrlIsWhatTheOverridesAccept() {
        assertTrue(Endpoints.isBaseUrl("https://dcs-{region}.internal.example:8443/prefix/"));
        for (String bad : new String[] {"http://127.0.0.1:1/?x=1", "dws.example.com", "ftp://x.example", "http://a b"}) {
            assertFalse(Endpoints.isBaseUrl(bad), bad);
            assertThrows(IllegalArgumentException.class,
                    () -> new Endpoints(Map.of(Service.DWS, bad), "ap-southeast-1"), bad);
        }
    }

    @Test
    void regionThatCouldBreakAHostNameIsRefused() {
        for (String bad : new String[] {"", "AP-1", "ap-southeast-1.evil.com", "ap/1", "-ap", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> publicHosts.endpoint(Service.GEMINIDB, bad));
            assertTrue(e.getMessage().contains("region id such as ap-southeast-1"));
        }
    }
}
