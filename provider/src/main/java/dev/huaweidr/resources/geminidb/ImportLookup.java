package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.geminidb.Instance;
import dev.huaweidr.cloud.geminidb.Look;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.resources.ImportIds;
import java.util.function.Function;

/**
 * An instance an import names, read from the cloud in the region the import names (the provider's by
 * default); when it is not there, the account's other regions are searched so that the error can say which
 * region to name.
 */
record ImportLookup(ImportIds.Named named, String datastore, Instance instance,
        InstanceSearch.Whereabouts elsewhere) {
    /** The instance {@code named}, expected to be of {@code datastore} ({@code redis}, {@code cassandra}). */
    static ImportLookup of(Cloud cloud, ImportIds.Named named, String datastore) {
        Instance instance = cloud.geminiDb(named.region()).findInstance(named.id(), Look.first(datastore))
                .orElse(null);
        return new ImportLookup(named, datastore, instance,
                instance != null ? null : InstanceSearch.elsewhere(cloud, named.id(), named.region()));
    }

    boolean isFound() {
        return instance != null;
    }

    /** The instance in the region it really is in, when the search found it elsewhere; as named otherwise. */
    ImportIds.Named corrected() {
        return instance == null && elsewhere.isFound()
                ? new ImportIds.Named(named.id(), elsewhere.region()) : named;
    }

    /**
     * Reports an instance that is missing, or not of the datastore expected; {@code fix} tells what to import
     * once the instance is named in the region it is in. Returns whether the instance is there and fit.
     */
    boolean check(Function<ImportIds.Named, String> fix, String format, Diagnostics diagnostics) {
        String at = named.id() + " in " + named.region();
        if (instance == null) {
            diagnostics.error("Instance not found in " + named.region(), "There is no GeminiDB instance " + at
                    + (elsewhere.isFound() ? ". It is in " + elsewhere.region() + ": import it with "
                            + fix.apply(corrected()) + "."
                            : ", and " + elsewhere.notFound() + ". Check the id; an instance outside the provider's "
                                    + "region is named with its region: " + format + "."));
            return false;
        }
        if (instance.datastore() == null || !datastore.equals(instance.datastore().type())) {
            String wanted = "GeminiDB " + Character.toUpperCase(datastore.charAt(0)) + datastore.substring(1);
            diagnostics.error("Not a " + wanted + " instance", "Instance " + at + " is "
                    + (instance.datastore() == null ? "of no known kind" : "GeminiDB " + instance.datastore().type())
                    + ", not " + wanted + ".");
            return false;
        }
        return true;
    }
}
