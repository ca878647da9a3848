package dev.huaweidr.resources;

import dev.huaweidr.framework.diag.Diagnostics;

/**
 * The cloud objects an import names, each as {@code [REGION:]ID} in an import ID or as an id and a region
 * attribute of an identity. Every part is checked before anything is asked of the cloud; a bad one is an
 * error that names it.
 */
public final class ImportIds {
    private ImportIds() {
    }

    /** An object an import names (an instance, a DR task), in the region it names or else the provider's. */
    public record Named(String id, String region) {
        /** As an import ID names it: the region is left out when it is {@code home}. */
        public String idPart(String home) {
            return region.equals(home) ? id : region + ":" + id;
        }
    }

    /**
     * Why a create was refused when what it would make exists already, unrecorded (made outside this
     * configuration, or by a run that ended before it could record it), and the import that adopts it.
     */
    public static String existsAlready(String what, String type, String id) {
        return what + " exists already, but this state does not hold it: it was made outside this configuration, "
                + "or by a run that ended before it could record it. Import it instead of making it again: "
                + "`terraform import " + type + ".NAME " + id + "` (NAME being this resource's name), or an `import` "
                + "block with `id = \"" + id + "\"`.";
    }

    /**
     * {@code text}, the {@code part} ("primary", "standby"; "" for the whole) of import ID {@code id}, or null
     * with an error when it is not {@code [REGION:]ID}; {@code idName} says what the id is ("instance id"),
     * {@code format} what the whole ID looks like.
     */
    public static Named part(String text, String idName, String part, String id, String home, String format,
            Diagnostics diagnostics) {
        int colon = text.indexOf(':');
        String region = colon < 0 ? null : text.substring(0, colon);
        String objectId = colon < 0 ? text : text.substring(colon + 1);
        String where = (part.isEmpty() ? "" : " in the " + part + " part") + " of import ID \"" + id + "\"";
        boolean valid = region == null || check("region", region, Regions.problem(region), where, format, diagnostics);
        valid &= check(idName, objectId, CloudIds.problem(objectId), where, format, diagnostics);
        return valid ? new Named(objectId, region == null ? home : region) : null;
    }

    /**
     * The object an import block's identity names with {@code idAttribute} and the optional
     * {@code regionAttribute}, or null with an error naming the attribute that is not valid.
     */
    public static Named identity(String idAttribute, String id, String regionAttribute, String region, String home,
            Diagnostics diagnostics) {
        boolean valid = region == null || identityCheck(regionAttribute, region, Regions.problem(region), diagnostics);
        valid &= identityCheck(idAttribute, id, CloudIds.problem(id), diagnostics);
        return valid ? new Named(id, region == null ? home : region) : null;
    }

    private static boolean check(String what, String value, String problem, String where, String format,
            Diagnostics diagnostics) {
        if (problem != null) {
            diagnostics.error("Invalid import ID", "The " + what + (value.isEmpty() ? "" : " \"" + value + "\"") + where
                    + " is " + problem + ". Expected " + format + ".");
        }
        return problem == null;
    }

    private static boolean identityCheck(String attribute, String value, String problem, Diagnostics diagnostics) {
        if (problem != null) {
            diagnostics.error("Invalid import identity", "The identity's `" + attribute + "`"
                    + (value == null || value.isEmpty() ? "" : " (\"" + value + "\")") + " is " + problem + ".");
        }
        return problem == null;
    }
}
