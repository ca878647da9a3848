package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.ErrorClass;
import dev.huaweidr.cloud.OutcomeUnknownException;
import dev.huaweidr.cloud.geminidb.ConstructRequest;
import dev.huaweidr.cloud.geminidb.ConstructResult;
import dev.huaweidr.cloud.geminidb.DrPeer;
import dev.huaweidr.cloud.geminidb.GeminiDb;
import dev.huaweidr.cloud.geminidb.Instance;
import dev.huaweidr.cloud.geminidb.Job;
import dev.huaweidr.cloud.geminidb.Look;
import dev.huaweidr.cloud.geminidb.PrecheckRequest;
import dev.huaweidr.cloud.geminidb.SyncStatus;
import dev.huaweidr.cloud.wait.ProgressListener;
import dev.huaweidr.resources.Overtaken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The choreography of a GeminiDB Redis DR pair over its two instances, each in its own region and project
 * (spec §3.6-3.12): every step that the API takes per instance is done on both, in the order the service
 * requires, and every job is awaited.
 */
final class RedisDrPair {
    private static final String CONSTRUCT_JOB = "ConstructDisasterRecovery";
    private static final String PAUSE_JOB = "PauseDisasterRecovery";
    private static final String RESUME_JOB = "ResumeDisasterRecovery";
    private final Cloud cloud;
    private final Side primary;
    private final Side standby;
    private final ProgressListener progress;

    /** One instance of the pair. {@code projectId} may be null: the region's project is then discovered. */
    record Side(String instanceId, String region, String projectId) {
    }

    RedisDrPair(Cloud cloud, Side primary, Side standby, ProgressListener progress) {
        this.cloud = cloud;
        this.primary = primary;
        this.standby = standby;
        this.progress = progress;
    }

    /** Both instances as the other one's construction describes them, after both prechecks passed. */
    record Peers(DrPeer primary, DrPeer standby) {
    }

    /**
     * Looks both instances up (nodes, subnet CIDRs) as {@code look} allows and runs the construction precheck on
     * each: the cloud's own verdict on the pair (ports, CIDRs, flavors), with its error codes. Changes nothing.
     */
    Peers precheck(Look look) {
        Instance p = api(primary).instance(primary.instanceId(), look);
        Instance s = api(standby).instance(standby.instanceId(), look);
        Peers peers = new Peers(peer(primary, p), peer(standby, s));
        api(primary).precheck(primary.instanceId(), PrecheckRequest.construction(precheckPeer(peers.standby(), s)));
        api(standby).precheck(standby.instanceId(), PrecheckRequest.construction(precheckPeer(peers.primary(), p)));
        return peers;
    }

    /** The two construction jobs of a pair, running in the cloud. */
    record Construction(String disasterRecoveryId, String primaryJob, String standbyJob) {
    }

    /**
     * Constructs the pair after the prechecks: on the primary, then on the standby with the primary's DR id
     * and the same password. {@code constructed} learns as soon as the primary side exists, with its DR id
     * (null when a lost answer left the id unknown), so that a later failure can still record what exists.
     * The returned jobs finish in the cloud whatever happens to this process; {@link #await} follows them.
     */
    Construction construct(String alias, String password, Consumer<String> constructed) {
        Peers peers = precheck(Look.now());
        ConstructResult onPrimary;
        try {
            onPrimary = api(primary).construct(primary.instanceId(),
                    ConstructRequest.primary(alias, password, peers.standby()));
        } catch (OutcomeUnknownException e) {
            // The answer was lost: the construction may have happened. Never repeat it blindly; look. A look
            // that fails (the deadline passed, say) proves nothing, so the pair is then taken to exist.
            if (mayBeInPair()) {
                constructed.accept(null);
            }
            throw e;
        }
        constructed.accept(onPrimary.disasterRecoveryId());
        ConstructResult onStandby = api(standby).construct(standby.instanceId(),
                ConstructRequest.standby(onPrimary.disasterRecoveryId(), alias, password, peers.primary()));
        return new Construction(onPrimary.disasterRecoveryId(), onPrimary.jobId(), onStandby.jobId());
    }

    /** Waits for both construction jobs. */
    void await(Construction construction) {
        cloud.waiter().await(api(primary).watchJob(construction.primaryJob()), progress);
        cloud.waiter().await(api(standby).watchJob(construction.standbyJob()), progress);
    }

    /** Whether the primary is in a DR pair, or a failed look leaves it open. */
    boolean mayBeInPair() {
        try {
            return status().isInPair();
        } catch (CloudException unreadable) {
            return true;
        }
    }

    /**
     * Whether the pair is built on one side only with no construction job left running: it will never
     * complete (a job failed after Terraform stopped waiting for it, or a removal failed half-way) and must be
     * built again.
     */
    boolean isStalled() {
        return "NEW".equals(statusOfEitherSide().status())
                && List.of(primary, standby).stream().allMatch(side -> api(side)
                        .runningJob(CONSTRUCT_JOB, side.instanceId()).isEmpty());
    }

    /**
     * Brings data synchronization to running or paused on both instances, and waits for it. The API pauses and
     * resumes one instance at a time (§3.9) and resumes only a pair paused on both, so a pair left half-way
     * ({@code SUSPENDING} or {@code RECOVERYING}, one instance refused) is first taken where it was going, then
     * where {@code running} says.
     */
    void setSyncRunning(boolean running) {
        String status = status().status();
        if (running ? "SUSPENDING".equals(status) : "RECOVERYING".equals(status)) {
            status = step(!running, status);
        }
        step(running, status);
    }

    /**
     * Pauses or resumes both instances, unless {@code status} shows it done. The status does not say which
     * instance of a half-done pair is behind, so both are asked: the one that took the step already refuses,
     * and the status read afterwards decides whether a refusal matters, never the refusal's error code.
     */
    private String step(boolean resume, String status) {
        String done = resume ? "SYNCING" : "SUSPENDED";
        if (done.equals(status)) {
            return status;
        }
        Map<Side, String> jobs = new LinkedHashMap<>();
        ApiException refusal = null;
        for (Side side : List.of(primary, standby)) {
            GeminiDb api = api(side);
            try {
                jobs.put(side, resume ? api.resumeSync(side.instanceId()) : api.pauseSync(side.instanceId()));
            } catch (ApiException e) {
                if (!isRefusal(e)) {
                    throw e;
                }
                refusal = refusal == null ? e : refusal;
            }
        }
        jobs.forEach((side, job) -> cloud.waiter().await(api(side).watchJob(job), progress));
        if (refusal != null && !done.equals(status().status())) {
            throw refusal;
        }
        return done;
    }

    /** A 4xx answer that is about the request, not about who asked or what exists. */
    private static boolean isRefusal(ApiException e) {
        return e.httpStatus() / 100 == 4 && e.errorClass() != ErrorClass.AUTH && !e.isNotFound();
    }

    /**
     * The instances that are not {@code normal}, as "ID is STATUS", read as {@code look} allows: pausing and
     * resuming need both normal (§3.9).
     */
    List<String> notNormal(Look look) {
        return List.of(primary, standby).stream().map(side -> api(side).instance(side.instanceId(), look))
                .filter(instance -> !"normal".equals(instance.status()))
                .map(instance -> instance.id() + " is " + instance.status()).toList();
    }

    /**
     * Of a pair paused (or resumed) on one instance only, the instance that has not followed, as each one's most
     * recent pause or resume job tells; empty when the jobs do not tell. The cloud documents no names for these
     * jobs ({@link #PAUSE_JOB} and {@link #RESUME_JOB} are the emulator's), so this only words a message.
     */
    Optional<String> behind(boolean pausing) {
        String awaited = pausing ? PAUSE_JOB : RESUME_JOB;
        List<Side> behind = List.of(primary, standby).stream()
                .filter(side -> !awaited.equals(api(side).latestCompletedJob(side.instanceId(), PAUSE_JOB, RESUME_JOB)
                        .map(Job::name).orElse("")))
                .toList();
        return behind.size() == 1 ? Optional.of(behind.get(0).instanceId()) : Optional.empty();
    }

    /** The pair as the primary instance reports it ({@code NA} when it is in no pair). */
    SyncStatus status() {
        return statusOf(primary);
    }

    /**
     * The pair as the primary reports it or, once the primary is out of it, as the standby does: a removal
     * that failed half-way leaves the standby in the pair, which must not be forgotten.
     */
    SyncStatus statusOfEitherSide() {
        SyncStatus onPrimary = status();
        return onPrimary.isInPair() ? onPrimary : statusOf(standby);
    }

    /** The pair either instance is in now, as the first one in a pair reports it; empty when neither is. */
    Optional<SyncStatus> existingPair() {
        return List.of(primary, standby).stream().map(side -> api(side).syncStatus(side.instanceId()))
                .filter(SyncStatus::isInPair).findFirst();
    }

    /**
     * Removes the pair: prechecked and deconstructed on each instance still in it, jobs awaited. Safe to
     * repeat after a partial failure: an instance already out of the pair is skipped. An instance that leaves
     * the pair meanwhile (another destroy of it, the console) has nothing left to do, and so neither has a
     * pair found gone: that is what a destroy wants.
     */
    void teardown() {
        List<Side> inPair = List.of(primary, standby).stream().filter(side -> statusOf(side).isInPair()).toList();
        List<Side> leaving = new ArrayList<>();
        for (Side side : inPair) {
            unlessLeft(side, () -> {
                api(side).precheck(side.instanceId(), PrecheckRequest.deconstruction());
                return side;
            }).ifPresent(leaving::add);
        }
        Map<Side, String> jobs = new LinkedHashMap<>();
        for (Side side : leaving) {
            unlessLeft(side, () -> api(side).deconstruct(side.instanceId())).ifPresent(job -> jobs.put(side, job));
        }
        jobs.forEach((side, job) -> cloud.waiter().await(api(side).watchJob(job), progress));
    }

    /** {@code request}'s answer; empty when it failed because {@code side} has left the pair since it was read. */
    private <T> Optional<T> unlessLeft(Side side, Supplier<T> request) {
        return Overtaken.unlessGone(request, () -> !api(side).syncStatus(side.instanceId()).isInPair());
    }

    /**
     * The pair as {@code side} reports it. An instance missing from its recorded region is looked for in the
     * account's other regions: found elsewhere it is a {@link MisplacedInstanceException}; gone everywhere it
     * is in no pair ({@code NA}).
     */
    private SyncStatus statusOf(Side side) {
        try {
            return api(side).syncStatus(side.instanceId());
        } catch (CloudException e) {
            if (!e.isNotFound()) {
                throw e;
            }
            InstanceSearch.requireGone(cloud, side.instanceId(), side.region());
            return SyncStatus.NONE;
        }
    }

    private GeminiDb api(Side side) {
        return cloud.geminiDb(side.region(), side.projectId());
    }

    /** How the other instance of the pair describes {@code instance}: region, subnet CIDR, node IPs. */
    private DrPeer peer(Side side, Instance instance) {
        String cidr = cloud.vpc(side.region(), side.projectId()).subnetCidr(instance.subnetId());
        return new DrPeer(instance.id(), side.region(), List.of(cidr), instance.nodeIps());
    }

    /**
     * The precheck wants the peer's VPC CIDR; the instance list names only its subnet, and the subnet's CIDR
     * is the narrowest block known to hold every peer node, which is what the check is about.
     */
    private static PrecheckRequest.Peer precheckPeer(DrPeer peer, Instance instance) {
        return new PrecheckRequest.Peer(peer.subnetCidrs().get(0), instance.specCode(), peer.nodeIps());
    }
}
