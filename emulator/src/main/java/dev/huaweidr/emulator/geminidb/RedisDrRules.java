package dev.huaweidr.emulator.geminidb;

import dev.huaweidr.emulator.model.GeminiInstance;
import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.RedisDrPair;
import dev.huaweidr.emulator.model.World;

import java.util.Optional;

/** The Redis DR network rules and the pair's data-synchronization status. */
final class RedisDrRules {
    static final int DR_PORT = 8635;
    static final String PAUSE = "geminidb.redis_dr.pause";
    static final String RESUME = "geminidb.redis_dr.resume";

    private RedisDrRules() {
    }

    /** Port 8635 and a subnet outside 192.x/172.x, as the service demands of both DR instances. */
    static void requireFit(World world, GeminiInstance instance) {
        if (instance.port != DR_PORT) {
            throw GeminiErrors.portRefused();
        }
        world.subnet(instance.subnetId).ifPresent(s -> requireCidrAllowed(s.cidr()));
    }

    static void requireCidrAllowed(String cidr) {
        if (cidr.startsWith("192") || cidr.startsWith("172")) {
            throw GeminiErrors.cidrRefused();
        }
    }

    /**
     * NEW until both sides are constructed; then SUSPENDING/RECOVERYING while a pause/resume job runs or
     * only one side has been paused/resumed, SUSPENDED when both are paused, otherwise SYNCING.
     */
    static String status(World world, RedisDrPair pair) {
        if (!pair.fullyConstructed()) {
            return "NEW";
        }
        if (runningOnPair(world, pair, PAUSE)) {
            return "SUSPENDING";
        }
        if (runningOnPair(world, pair, RESUME)) {
            return "RECOVERYING";
        }
        if (pair.paused.isEmpty()) {
            return "SYNCING";
        }
        if (pair.paused.size() == 2) {
            return "SUSPENDED";
        }
        return "pause".equals(pair.lastSyncAction) ? "SUSPENDING" : "RECOVERYING";
    }

    private static boolean runningOnPair(World world, RedisDrPair pair, String kind) {
        return world.jobs.stream().anyMatch(j -> j.running() && kind.equals(j.kind) && pair.id.equals(j.param("pair")));
    }

    /** The pair a completed job acted on, if it still exists. */
    static Optional<RedisDrPair> pairOf(World world, Job job) {
        return world.drPair(job.param("pair"));
    }
}
