package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.CancelledException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.DeadlineExceededException;
import dev.huaweidr.cloud.geminidb.Look;
import dev.huaweidr.cloud.iam.Project;
import dev.huaweidr.resources.Regions;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a GeminiDB instance is when it is not in the region it was said to be in: each region of the account
 * (its IAM projects) is asked in turn. Only an error path pays for it (an import or a destroy that named the
 * wrong region), so that the error can say which region to name instead of leaving the user to guess.
 */
final class InstanceSearch {
    private InstanceSearch() {
    }

    /**
     * What a search found: the {@code region} the instance is in, or null with {@code notFound} saying where it
     * was looked for; {@code complete} when every region of the account could be asked.
     */
    record Whereabouts(String region, boolean complete, String notFound) {
        boolean isFound() {
            return region != null;
        }

        /** Found nowhere, and every region was asked: the instance does not exist. */
        boolean isGone() {
            return region == null && complete;
        }
    }

    /** The region other than {@code notIn} where {@code instanceId} is. */
    static Whereabouts elsewhere(Cloud cloud, String instanceId, String notIn) {
        List<Project> regions;
        try {
            regions = cloud.iam().projects().stream()
                    .filter(p -> p.enabled() && p.id() != null && Regions.isValid(p.name()) && !p.name().equals(notIn))
                    .toList();
        } catch (CancelledException | DeadlineExceededException e) {
            throw e;
        } catch (CloudException e) {
            return new Whereabouts(null, false, "the account's regions could not be listed (" + e.getMessage() + ")");
        }
        List<String> searched = new ArrayList<>();
        List<String> unsearchable = new ArrayList<>();
        for (Project region : regions) {
            try {
                if (cloud.geminiDb(region.name(), region.id()).findInstance(instanceId, Look.now()).isPresent()) {
                    return new Whereabouts(region.name(), true, "");
                }
                searched.add(region.name());
            } catch (CancelledException | DeadlineExceededException e) {
                throw e;
            } catch (CloudException e) {
                unsearchable.add(region.name());
            }
        }
        String none = searched.isEmpty() ? "no other region of the account" : "none of the account's other regions "
                + String.join(", ", searched);
        return unsearchable.isEmpty() ? new Whereabouts(null, true, "it is in " + none)
                : new Whereabouts(null, false, "it is in " + none + ", and " + String.join(", ", unsearchable)
                        + " could not be searched");
    }

    /**
     * Confirms that {@code instanceId}, found missing in {@code region}, exists nowhere: an instance that is
     * elsewhere, or may be, is a {@link MisplacedInstanceException}, never taken for one that is gone.
     */
    static void requireGone(Cloud cloud, String instanceId, String region) {
        Whereabouts whereabouts = elsewhere(cloud, instanceId, region);
        if (!whereabouts.isGone()) {
            throw new MisplacedInstanceException(instanceId, region, whereabouts);
        }
    }
}
