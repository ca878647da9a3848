package dev.huaweidr.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.huaweidr.framework.diag.Diagnostic;
import dev.huaweidr.framework.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each part of an import ID or identity is checked before the cloud is asked, and a bad one is named. */
class ImportIdsTest {
    private static final String FORMAT = "`[REGION:]PRIMARY/[REGION:]STANDBY`";
    private static final String HOME = "ap-southeast-1";

    private static List<Diagnostic> errors(String part, String id) {
        Diagnostics diagnostics = new Diagnostics();
        assertNull(ImportIds.part(part, "instance id", "standby", id, HOME, FORMAT, diagnostics));
        return diagnostics.all();
    }

    @Test
    void aPartIsAnIdInTheProvidersRegionOrPrefixedWithItsOwn() {
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(new ImportIds.Named("redis-b-in12", HOME),
                ImportIds.part("redis-b-in12", "instance id", "standby", "a/redis-b-in12", HOME, FORMAT, diagnostics));
        assertEquals(new ImportIds.Named("redis-b-in12", "ap-southeast-3"),
                ImportIds.part("ap-southeast-3:redis-b-in12", "instance id", "standby", "x", HOME, FORMAT, diagnostics));
        assertEquals(List.of(), diagnostics.all());
        assertEquals("ap-southeast-3:redis-b-in12", new ImportIds.Named("redis-b-in12", "ap-southeast-3").idPart(HOME));
        assertEquals("redis-b-in12", new ImportIds.Named("redis-b-in12", HOME).idPart(HOME));
    }

    @Test
    void eachBadPartIsNamedWithWhatIsWrongAndWhatIsExpected() {
        assertEquals("The region \"NOT A REGION\" in the standby part of import ID \"a/NOT A REGION:b\" is not a "
                + "region name such as `ap-southeast-1` or `cn-north-4`. Expected " + FORMAT + ".",
                errors("NOT A REGION:b", "a/NOT A REGION:b").get(0).detail());
        assertEquals("The instance id \"..\" in the standby part of import ID \"a/..\" is not an id of letters, "
                + "digits, `-`, `_` and `.` that starts with a letter or digit, such as "
                + "`3149aee486d748f68db1ee81e95b9f56in06`. Expected " + FORMAT + ".", errors("..", "a/..").get(0).detail());
        assertEquals("The instance id in the standby part of import ID \"a/\" is empty. Expected " + FORMAT + ".",
                errors("", "a/").get(0).detail());
        assertEquals("The region in the standby part of import ID \"a/:b\" is empty. Expected " + FORMAT + ".",
                errors(":b", "a/:b").get(0).detail());
        assertEquals(2, errors(":", "a/:").size(), "an empty region and an empty id");
        assertEquals("Invalid import ID", errors("x y", "a/x y").get(0).summary());
    }

    @Test
    void anIdentityNamesTheAttributeThatIsWrong() {
        Diagnostics diagnostics = new Diagnostics();
        assertNull(ImportIds.identity("standby_instance_id", "..", "standby_region", "NOT A REGION", HOME, diagnostics));
        assertEquals(List.of("The identity's `standby_region` (\"NOT A REGION\") is not a region name such as "
                + "`ap-southeast-1` or `cn-north-4`.", "The identity's `standby_instance_id` (\"..\") is not an id "
                + "of letters, digits, `-`, `_` and `.` that starts with a letter or digit, such as "
                + "`3149aee486d748f68db1ee81e95b9f56in06`."),
                diagnostics.all().stream().map(Diagnostic::detail).toList());
        assertEquals(new ImportIds.Named("b", HOME), ImportIds.identity("id", "b", "region", null, HOME, diagnostics));
    }
}
