package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.framework.diag.Diagnostics;

/**
 * An instance the state places in one region was not found there, and is in another region (or the other
 * regions could not be searched). Nothing is done on a pair or link whose instances are not where the state
 * says, and it is never taken for gone: the resource reports how to correct the state.
 */
final class MisplacedInstanceException extends CloudException {
    private final String instanceId;
    private final String actualRegion;

    MisplacedInstanceException(String instanceId, String recordedRegion, InstanceSearch.Whereabouts whereabouts) {
        super(whereabouts.isFound()
                ? "The state records instance " + instanceId + " in " + recordedRegion + ", but it is in "
                        + whereabouts.region() + "."
                : "Instance " + instanceId + " is not in " + recordedRegion + ", where the state records it, and "
                        + whereabouts.notFound() + ".");
        this.instanceId = instanceId;
        this.actualRegion = whereabouts.region();
    }

    /**
     * The error of a {@code type} resource that found this: nothing was done, and the state is corrected by
     * importing the resource again with {@code importId} (Markdown), which names the instance where it is.
     */
    void report(Diagnostics diagnostics, String type, String importId) {
        diagnostics.error("Instance not where the state records it", getMessage() + " Nothing was changed in the "
                + "cloud. Correct the state: `terraform state rm " + type + ".NAME`, then `terraform import " + type
                + ".NAME ID` with the ID " + importId + " (NAME being this resource's name), and run this command "
                + "again.");
    }

    String instanceId() {
        return instanceId;
    }

    /** The region the instance was found in; null when the search could not tell. */
    String actualRegion() {
        return actualRegion;
    }
}
