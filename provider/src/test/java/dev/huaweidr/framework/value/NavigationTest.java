package dev.huaweidr.framework.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Value.at, walk and transform. */
class NavigationTest {
    private static final ObjectType RULE = Type.object(Map.of("port", Type.NUMBER, "id", Type.STRING));
    private static final ObjectType RESOURCE = Type.object(Map.of(
            "name", Type.STRING,
            "id", Type.STRING,
            "tags", Type.map(Type.STRING),
            "rules", Type.list(RULE),
            "zones", Type.set(Type.STRING),
            "pair", Type.tuple(List.of(Type.STRING, Type.NUMBER)),
            "primary", RULE));
    private static final AttributePath ROOT = AttributePath.root();

    private static Value rule(long port) {
        return Value.object(RULE, Map.of("port", Value.number(port), "id", Value.nullOf(Type.STRING)));
    }

    private static Value resource() {
        return Value.object(RESOURCE, Map.of(
                "name", Value.string("db"),
                "id", Value.nullOf(Type.STRING),
                "tags", Value.map(Type.STRING, Map.of("env", Value.string("prod"))),
                "rules", Value.list(RULE, List.of(rule(80), rule(443))),
                "zones", Value.set(Type.STRING, List.of(Value.string("az1"))),
                "pair", Value.tuple(Type.tuple(List.of(Type.STRING, Type.NUMBER)),
                        List.of(Value.string("x"), Value.number(2))),
                "primary", Value.nullOf(RULE)));
    }

    @Test
    void navigatesEveryKindOfStep() {
        Value r = resource();
        assertEquals(Value.string("db"), r.at(ROOT.attr("name")));
        assertEquals(Value.string("prod"), r.at(ROOT.attr("tags").key("env")));
        assertEquals(Value.number(443), r.at(ROOT.attr("rules").index(1).attr("port")));
        assertEquals(Value.number(2), r.at(ROOT.attr("pair").index(1)));
        assertEquals(Value.string("az1"), r.at(ROOT.attr("zones").setElement(Value.string("az1"))));
        assertEquals(r, r.at(ROOT));
    }

    @Test
    void absentElementsAndNullParentsGiveTypedNulls() {
        Value r = resource();
        assertEquals(Value.nullOf(Type.STRING), r.at(ROOT.attr("tags").key("missing")));
        assertEquals(Value.nullOf(RULE), r.at(ROOT.attr("rules").index(7)));
        assertEquals(Value.nullOf(Type.NUMBER), r.at(ROOT.attr("rules").index(7).attr("port")));
        assertEquals(Value.nullOf(Type.NUMBER), r.at(ROOT.attr("primary").attr("port")));
        assertEquals(Value.nullOf(Type.STRING), r.at(ROOT.attr("zones").setElement(Value.string("az9"))));
    }

    @Test
    void unknownParentsGiveTypedUnknowns() {
        Value r = resource().withAttr("rules", Value.unknown(Type.list(RULE)));
        assertEquals(Value.unknown(Type.NUMBER), r.at(ROOT.attr("rules").index(0).attr("port")));
        assertEquals(Value.unknown(Type.DYNAMIC), Value.unknown(Type.DYNAMIC).at(ROOT.attr("x").index(3)));
    }

    @Test
    void stepsTheTypeCannotTakeAreErrors() {
        Value r = resource();
        assertThrows(IllegalArgumentException.class, () -> r.at(ROOT.attr("nope")));
        assertThrows(IllegalArgumentException.class, () -> r.at(ROOT.attr("tags").index(0)));
        assertThrows(IllegalArgumentException.class, () -> r.at(ROOT.attr("rules").key("0")));
        assertThrows(IllegalArgumentException.class, () -> r.at(ROOT.attr("name").attr("x")));
        assertThrows(IllegalArgumentException.class, () -> r.at(ROOT.attr("zones").index(0)));
        assertThrows(IllegalArgumentException.class, () -> r.at(ROOT.attr("pair").index(2)));
        assertThrows(IllegalArgumentException.class, () -> r.at(ROOT.index(0)));
    }

    @Test
    void walkVisitsParentsBeforeChildren() {
        List<String> seen = new ArrayList<>();
        Value.list(Type.list(Type.STRING), List.of(Value.list(Type.STRING, List.of(Value.string("a")))))
                .walk((path, v) -> seen.add(path.toString()));
        assertEquals(List.of("", "[0]", "[0][0]"), seen);
    }

    @Test
    void transformVisitsChildrenBeforeParents() {
        List<String> seen = new ArrayList<>();
        Value.list(Type.list(Type.STRING), List.of(Value.list(Type.STRING, List.of(Value.string("a")))))
                .transform((path, v) -> {
                    seen.add(path.toString());
                    return v;
                });
        assertEquals(List.of("[0][0]", "[0]", ""), seen);
    }

    /** The plan step the framework needs: computed attributes left null become unknown. */
    @Test
    void transformMarksComputedNullsUnknown() {
        Value planned = resource().transform((path, v) -> {
            boolean computed = !path.isRoot() && path.lastStep().equals(new PathStep.AttributeName("id"));
            return computed && v.isNull() ? Value.unknown(v.type()) : v;
        });
        assertEquals(Value.unknown(Type.STRING), planned.attr("id"));
        assertEquals(Value.unknown(Type.STRING), planned.at(ROOT.attr("rules").index(0).attr("id")));
        assertEquals(Value.nullOf(RULE), planned.attr("primary"));
        assertEquals(Value.string("db"), planned.attr("name"));
        assertTrue(resource().isWhollyKnown());
        assertTrue(!planned.isWhollyKnown());
    }

    @Test
    void transformReachesSetElementsByValue() {
        Value r = resource().transform((path, v) ->
                path.equals(ROOT.attr("zones").setElement(Value.string("az1"))) ? Value.string("az2") : v);
        assertEquals(Value.set(Type.STRING, List.of(Value.string("az2"))), r.attr("zones"));
    }

    @Test
    void transformRejectsReplacementsOfTheWrongType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resource().transform(
                (path, v) -> path.equals(ROOT.attr("name")) ? Value.number(1) : v));
        assertTrue(e.getMessage().contains("attribute \"name\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> resource().transform((path, v) -> null));
    }

    @Test
    void transformKeepsTheSensitiveMark() {
        Value secret = Value.list(Type.STRING, List.of(Value.string("a"))).sensitive();
        Value changed = secret.transform((path, v) -> path.isRoot() ? v : Value.string("b"));
        assertTrue(changed.isSensitive());
        assertEquals(Value.list(Type.STRING, List.of(Value.string("b"))), changed);
    }
}
