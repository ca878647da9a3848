package dev.huaweidr.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ErrorBodyTest {
    @Test
    void readsErrorCodeAndMessage() {
        assertEquals(new ErrorBody("DBS.200001", "Parameter error", ""),
                ErrorBody.parse("{\"error_code\":\"DBS.200001\",\"error_msg\":\"Parameter error\"}"));
    }

    @Test
    void readsGatewayRequestId() {
        assertEquals(new ErrorBody("APIGW.0301", "Incorrect IAM authentication information", "r-1"),
                ErrorBody.parse("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication"
                        + " information\",\"request_id\":\"r-1\"}"));
    }

    @Test
    void readsCodeAndMessage() {
        assertEquals(new ErrorBody("111400063", "Invalid parameter", ""),
                ErrorBody.parse("{\"code\":\"111400063\",\"message\":\"Invalid parameter\"}"));
    }

    @Test
    void readsNestedDcsV1Shape() {
        assertEquals(new ErrorBody("111404022", "This DCS instance does not exist.", ""),
                ErrorBody.parse("{\"error\":{\"code\":\"111404022\",\"message\":\"This DCS instance does not exist.\"}}"));
    }

    @Test
    void readsSiblingGaussDbShape() {
        assertEquals(new ErrorBody("DBS.1", "boom", ""),
                ErrorBody.parse("{\"errCode\":\"DBS.1\",\"externalMessage\":\"boom\"}"));
    }

    @Test
    void dcsV2ExtraFieldIsIgnored() {
        assertEquals("DCS.4049", ErrorBody.parse(
                "{\"error_code\":\"DCS.4049\",\"error_msg\":\"not running\",\"error_ext_msg\":null}").code());
    }

    @Test
    void bodyThatIsNotAnErrorBodyHasNoCodeAndAShortExcerpt() {
        ErrorBody html = ErrorBody.parse("<html>\n<body>Not Found</body></html>");
        assertFalse(html.hasCode());
        assertEquals("<html> <body>Not Found</body></html>", html.message());
        ErrorBody longText = ErrorBody.parse("x".repeat(500));
        assertEquals(203, longText.message().length());
        assertFalse(ErrorBody.parse("{\"error_code\":\"\",\"error_msg\":\"\"}").hasCode());
        assertFalse(ErrorBody.parse("").hasCode());
    }
}
