package dev.huaweidr.framework.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.diag.Diagnostic;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages users read when a value is refused, and which values are refused. */
class ValidatorsTest {
    private static final AttributePath PATH = AttributePath.root().attr("settings").attr("mode");

    private static List<Diagnostic> check(Validator validator, Value value) {
        Diagnostics diagnostics = new Diagnostics();
        validator.validate(PATH, value, diagnostics);
        return diagnostics.all();
    }

    private static void accepts(Validator validator, Value... values) {
        for (Value value : values) {
            assertEquals(List.of(), check(validator, value), value.toString());
        }
    }

    private static void refuses(Validator validator, Value... values) {
        for (Value value : values) {
            List<Diagnostic> diagnostics = check(validator, value);
            assertEquals(1, diagnostics.size(), value.toString());
            assertTrue(diagnostics.get(0).isError());
            assertEquals(PATH, diagnostics.get(0).path());
        }
    }

    private static Value s(String text) {
        return Value.string(text);
    }

    @Test
    void theMessageNamesTheAttributeTheRuleAndTheValue() {
        Diagnostic d = check(Validators.oneOf("fast", "safe"), s("slow")).get(0);
        assertEquals("Invalid value for settings.mode", d.summary());
        assertEquals("Must be one of `fast`, `safe`; got \"slow\".", d.detail());
        assertEquals("Must be one of `fast`, `safe`.", Validators.oneOf("fast", "safe").description());
        Diagnostic n = check(Validators.integerBetween(1, 10), Value.number(11)).get(0);
        assertEquals("Must be a whole number from 1 to 10; got 11.", n.detail());
    }

    @Test
    void aSensitiveValueIsNeverShown() {
        Diagnostic d = check(Validators.lengthBetween(8, 64), s("hunter2").sensitive()).get(0);
        assertFalse(d.detail().contains("hunter2"), d.detail());
        assertEquals("Must be between 8 and 64 characters long; got a sensitive value.", d.detail());
    }

    @Test
    void oneOf() {
        accepts(Validators.oneOf("fast", "safe"), s("fast"), s("safe"));
        refuses(Validators.oneOf("fast", "safe"), s("Fast"), s(""), s("fast "));
    }

    @Test
    void matchesTheWholeValue() {
        Validator id = Validators.matches("i-[0-9]+", "an instance id such as `i-1`");
        accepts(id, s("i-1"), s("i-4711"));
        refuses(id, s("xi-1"), s("i-1x"), s("i-"));
    }

    @Test
    void lengthCountsCharactersAsUsersSeeThem() {
        Validator length = Validators.lengthBetween(1, 5);
        accepts(length, s("a"), s("abcde"), s("\u00e9\u00e9\u00e9\u00e9\u00e9"), s("\ud83d\ude00\ud83d\ude00\ud83d\ude00"));
        refuses(length, s(""), s("abcdef"));
    }

    @Test
    void notBlank() {
        accepts(Validators.notBlank(), s("x"), s(" x "));
        refuses(Validators.notBlank(), s(""), s("   "), s("\t\n"));
    }

    @Test
    void integerBetween() {
        Validator range = Validators.integerBetween(1, 10);
        accepts(range, Value.number(1), Value.number(10), Value.number(new BigDecimal("5.0")));
        refuses(range, Value.number(0), Value.number(11), Value.number(new BigDecimal("1.5")),
                Value.number(new BigDecimal("1e30")));
    }

    @Test
    void eachElementIsCheckedWhereItIs() {
        Validator regions = Validators.each(Validators.matches("[a-z]+-[0-9]", "a region such as `ap-1`"));
        accepts(regions, Value.list(Type.STRING, List.of(s("ap-1"), s("eu-2"))));
        Diagnostics diagnostics = new Diagnostics();
        regions.validate(PATH, Value.list(Type.STRING, List.of(s("ap-1"), s("Mars"))), diagnostics);
        assertEquals(List.of(PATH.index(1)), diagnostics.all().stream().map(Diagnostic::path).toList());
        assertEquals("Each element must be a region such as `ap-1`.", regions.description());
    }

    @Test
    void aMapsBadKeyIsNamedAtThatKeyWithoutRepeatingTheMap() {
        Value endpoints = Value.map(Type.STRING, Map.of("geminidb", s("https://gemini.example/very/long"),
                "s3", s("https://s3.example")));
        Diagnostics diagnostics = new Diagnostics();
        Validators.keysAmong("geminidb", "dws").validate(PATH, endpoints, diagnostics);
        Diagnostic d = diagnostics.all().get(0);
        assertEquals(1, diagnostics.all().size());
        assertEquals(PATH.key("s3"), d.path());
        assertEquals("`s3` is not one of `geminidb`, `dws`.", d.detail());
        assertFalse(d.summary().contains("example") || d.detail().contains("example"), d.toString());
    }

    @Test
    void eachMapValueIsCheckedAtItsKey() {
        Validator urls = Validators.eachValue(Validators.httpUrl());
        Diagnostics diagnostics = new Diagnostics();
        urls.validate(PATH, Value.map(Type.STRING, Map.of("dws", s("https://dws.example"),
                "dcs", s("ftp://dcs.example"), "vpc", Value.unknown(Type.STRING))), diagnostics);
        assertEquals(List.of(PATH.key("dcs")), diagnostics.all().stream().map(Diagnostic::path).toList());
        assertEquals("Must be an absolute `http://` or `https://` URL; got \"ftp://dcs.example\".",
                diagnostics.all().get(0).detail());
    }

    @Test
    void anOpenEndedRangeReadsAsALowerBound() {
        assertEquals("Must be a whole number of at least 0.",
                Validators.integerBetween(0, Long.MAX_VALUE).description());
    }

    @Test
    void duration() {
        accepts(Validators.duration(), s("30s"), s("10m"), s("1h30m"));
        refuses(Validators.duration(), s("soon"), s("10"), s("1d"));
    }

    @Test
    void httpUrl() {
        accepts(Validators.httpUrl(), s("https://dws.ap-southeast-1.myhuaweicloud.com"), s("http://127.0.0.1:8080/v3"));
        refuses(Validators.httpUrl(), s("ftp://example.com"), s("https:///no-host"), s("not a url"), s("example.com"),
                s("https://exa mple.com"));
    }
}
