package dev.huaweidr.emulator;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.huaweidr.emulator.admin.AdminApi;
import dev.huaweidr.emulator.admin.CallCounter;
import dev.huaweidr.emulator.admin.Faults;
import dev.huaweidr.emulator.auth.Authenticator;
import dev.huaweidr.emulator.dcs.DcsApi;
import dev.huaweidr.emulator.dws.DwsApi;
import dev.huaweidr.emulator.geminidb.GeminiDbApi;
import dev.huaweidr.emulator.http.CloudRoutes;
import dev.huaweidr.emulator.iam.IamApi;
import dev.huaweidr.emulator.jobs.JobEngine;
import dev.huaweidr.emulator.model.Store;
import dev.huaweidr.emulator.model.MillisSetting;
import dev.huaweidr.emulator.model.World;
import dev.huaweidr.emulator.seed.Seed;
import dev.huaweidr.emulator.seed.StateFile;
import dev.huaweidr.emulator.server.CloudDispatcher;
import dev.huaweidr.emulator.server.HttpFront;
import dev.huaweidr.emulator.server.RequestLog;
import dev.huaweidr.emulator.server.TlsContext;
import dev.huaweidr.emulator.vpc.VpcApi;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running emulator of the Huawei Cloud APIs huaweidr uses, serving every service and region on one
 * loopback address. Start with {@link #start(EmulatorOptions)}, stop with {@link #close()}.
 */
public final class Emulator implements AutoCloseable {
    static {
        // The JDK's HTTP server leaves Nagle's algorithm on unless told (it reads this once, at its first use):
        // each answer's body then waits for the client's delayed ACK, 40 ms a call that no cloud endpoint has.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;

    private Emulator(HttpServer server, ExecutorService executor, String scheme) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Loads the seed (or the state file, when it exists) and starts serving.
     *
     * @throws dev.huaweidr.emulator.seed.SeedException when the seed or state file is unusable
     * @throws IOException when the port cannot be bound or the TLS files cannot be read
     */
    public static Emulator start(EmulatorOptions options) throws IOException {
        Seed seed = options.seed() == null ? Seed.quickstart() : Seed.fromFile(options.seed());
        StateFile stateFile = options.state() == null ? null : new StateFile(options.state());
        World world = stateFile != null && stateFile.exists() ? stateFile.load() : seed.world();

        MillisSetting jobMillis = new MillisSetting("job_millis", options.jobMillis());
        JobEngine jobs = new JobEngine(options.clock(), jobMillis);
        Store store = new Store(world, jobs::settle, stateFile == null ? w -> { } : stateFile::save);
        CloudRoutes routes = new CloudRoutes();
        new GeminiDbApi(jobs).register(routes);
        new DwsApi(jobs).register(routes);
        new DcsApi(jobs).register(routes);
        new IamApi().register(routes);
        new VpcApi().register(routes);

        Faults faults = new Faults();
        CallCounter calls = new CallCounter();
        MillisSetting latency = new MillisSetting("latency_ms", options.latencyMillis());
        Authenticator authenticator = new Authenticator(() -> store.read(w -> w.credentials), options.clock());
        AdminApi admin = new AdminApi(store, seed, faults, calls, jobMillis, latency, authenticator);
        CloudDispatcher cloud = new CloudDispatcher(routes, calls, latency, faults, authenticator, store);

        HttpServer server = bind(options);
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", new HttpFront(admin, cloud, new RequestLog(options.requestLog())));
        server.start();
        return new Emulator(server, executor, options.tlsCert() != null ? "https" : "http");
    }

    private static HttpServer bind(EmulatorOptions options) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port());
        try {
            if (options.tlsCert() == null) {
                return HttpServer.create(address, 0);
            }
            HttpsServer https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(TlsContext.fromPem(options.tlsCert(), options.tlsKey())));
            return https;
        } catch (BindException e) {
            throw new IOException("cannot listen on 127.0.0.1:" + options.port() + ": " + e.getMessage(), e);
        }
    }

    /** E.g. {@code http://127.0.0.1:18080}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "huaweidr-emulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
