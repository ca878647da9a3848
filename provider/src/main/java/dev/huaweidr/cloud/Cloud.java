package dev.huaweidr.cloud;

import dev.huaweidr.cloud.dcs.Dcs;
import dev.huaweidr.cloud.dws.Dws;
import dev.huaweidr.cloud.geminidb.FirstLooks;
import dev.huaweidr.cloud.geminidb.GeminiDb;
import dev.huaweidr.cloud.http.Api;
import dev.huaweidr.cloud.http.AttemptLimits;
import dev.huaweidr.cloud.http.CloudHttp;
import dev.huaweidr.cloud.http.Endpoints;
import dev.huaweidr.cloud.iam.Iam;
import dev.huaweidr.cloud.vpc.SubnetCidrs;
import dev.huaweidr.cloud.vpc.Vpc;
import dev.huaweidr.cloud.wait.Waiter;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The Huawei Cloud client of one provider instance: the entry to every service class and the waiter.
 * <pre>{@code
 * Cloud op = cloud.withDeadline(timeout);               // the resource operation's timeout
 * GeminiDb gemini = op.geminiDb("ap-southeast-1");
 * ConstructResult r = gemini.construct(primaryId, ConstructRequest.primary(alias, password, peer));
 * op.waiter().await(gemini.watchJob(r.jobId()), progress::report);
 * }</pre>
 * Views made by {@link #withDeadline} share connections, discovered project ids and what the configured
 * provider read for first looks ({@link FirstLooks}); {@link #close} the root.
 */
public final class Cloud implements AutoCloseable {
    private final CloudConfig config;
    private final CloudHttp http;
    private final Endpoints endpoints;
    private final ProjectIds projects;
    private final Reads reads;
    private final Backoff pollIntervals;
    private final CallContext context;

    /** What the configured provider keeps of its reads, for the command it serves. */
    private record Reads(FirstLooks firstLooks, SubnetCidrs subnetCidrs) {
    }

    private Cloud(CloudConfig config, CloudHttp http, Endpoints endpoints, ProjectIds projects, Reads reads,
            Backoff pollIntervals, CallContext context) {
        this.config = config;
        this.http = http;
        this.endpoints = endpoints;
        this.projects = projects;
        this.reads = reads;
        this.pollIntervals = pollIntervals;
        this.context = context;
    }

    /** A client with production timing, the system clock and its own cancellation token. */
    public static Cloud create(CloudConfig config) {
        return builder(config).build();
    }

    public static Builder builder(CloudConfig config) {
        return new Builder(config);
    }

    /** A view whose calls and waits end by {@code timeout} from now (and on cancellation). */
    public Cloud withDeadline(Duration timeout) {
        return new Cloud(config, http, endpoints, projects, reads, pollIntervals,
                new CallContext(context.cancellation(), Deadline.in(timeout)));
    }

    /**
     * A view for one operation: its calls and waits end when {@code cancellation} is cancelled (Ctrl-C) or
     * {@code timeout} from now has passed.
     */
    public Cloud with(Cancellation cancellation, Duration timeout) {
        return new Cloud(config, http, endpoints, projects, reads, pollIntervals,
                new CallContext(cancellation, Deadline.in(timeout)));
    }

    /** The token StopProvider cancels: all calls and waits of every view end at once. */
    public Cancellation cancellation() {
        return context.cancellation();
    }

    /** The provider's home region. */
    public String region() {
        return config.region();
    }

    /** The IAM project id of {@code region} (discovered once when not configured). */
    public String projectId(String region) {
        return projectId(region, null);
    }

    /**
     * The IAM project id of {@code region}: the configured or already known one, else {@code remembered}
     * (null for none: an id a resource kept from an earlier process, which spares that process the IAM
     * request), else discovered.
     */
    public String projectId(String region, String remembered) {
        return projects.of(Endpoints.requireRegion(region), remembered, name -> iam().projects(name));
    }

    public GeminiDb geminiDb(String region) {
        return geminiDb(region, null);
    }

    /** GeminiDB in {@code region} under {@code projectId}; null for the region's (discovered) project. */
    public GeminiDb geminiDb(String region, String projectId) {
        return new GeminiDb(api(Service.GEMINIDB, region, projectId), reads.firstLooks());
    }

    public Dws dws(String region) {
        return dws(region, null);
    }

    /** DWS in {@code region} under {@code projectId}; null for the region's (discovered) project. */
    public Dws dws(String region, String projectId) {
        return new Dws(api(Service.DWS, region, projectId));
    }

    public Dcs dcs(String region) {
        return new Dcs(api(Service.DCS, region, null));
    }

    public Vpc vpc(String region) {
        return vpc(region, null);
    }

    /** VPC in {@code region} under {@code projectId}; null for the region's (discovered) project. */
    public Vpc vpc(String region, String projectId) {
        return new Vpc(api(Service.VPC, region, projectId), reads.subnetCidrs());
    }

    public Iam iam() {
        return new Iam(new Api(http, endpoints.endpoint(Service.IAM, config.region()), config.region(), null,
                context));
    }

    /** The waiter bound to this view's deadline and cancellation. */
    public Waiter waiter() {
        return new Waiter(pollIntervals, context);
    }

    private Api api(Service service, String region, String projectId) {
        String r = Endpoints.requireRegion(region);
        Supplier<String> project = projectId != null ? () -> projectId : () -> projectId(r);
        return new Api(http, endpoints.endpoint(service, r), r, project, context);
    }

    @Override
    public void close() {
        http.close();
    }

    /** Timing and clock are injectable so tests run fast and can fake clock skew. */
    public static final class Builder {
        private final CloudConfig config;
        private Cancellation cancellation = new Cancellation();
        private Backoff retryBackoff = Backoff.RETRY;
        private Backoff pollIntervals = Backoff.POLL;
        private AttemptLimits attemptLimits = AttemptLimits.DEFAULT;
        private Clock clock = Clock.systemUTC();

        private Builder(CloudConfig config) {
            this.config = config;
        }

        public Builder cancellation(Cancellation value) {
            this.cancellation = value;
            return this;
        }

        public Builder retryBackoff(Backoff value) {
            this.retryBackoff = value;
            return this;
        }

        public Builder pollIntervals(Backoff value) {
            this.pollIntervals = value;
            return this;
        }

        /** How long one attempt may wait to connect, for the TLS handshake and for an answer. */
        public Builder attemptLimits(AttemptLimits value) {
            this.attemptLimits = value;
            return this;
        }

        /** The clock that dates AK/SK signatures. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Cloud build() {
            Endpoints endpoints = new Endpoints(config.endpointOverrides(), config.region());
            CloudHttp http = new CloudHttp(config.credentials(), config.tls(), attemptLimits, config.maxRetries(),
                    retryBackoff, clock);
            return new Cloud(config, http, endpoints, new ProjectIds(config.region(), config.projectId()),
                    new Reads(new FirstLooks(), new SubnetCidrs()), pollIntervals,
                    new CallContext(cancellation, Deadline.none()));
        }
    }
}
