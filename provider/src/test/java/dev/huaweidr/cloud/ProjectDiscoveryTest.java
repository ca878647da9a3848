package dev.huaweidr.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.auth.Credentials;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectDiscoveryTest {
    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger iamCalls = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> paths = new ConcurrentLinkedQueue<>();
    private Cloud cloud;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getUrl().encodedPath().equals("/v3/projects")) {
                    iamCalls.incrementAndGet();
                    Thread.sleep(200);
                    String name = request.getUrl().queryParameter("name");
                    String body = name.equals("ap-southeast-3")
                            ? "{\"projects\":[{\"id\":\"p-sg3\",\"name\":\"ap-southeast-3\",\"enabled\":true}]}"
                            : "{\"projects\":[]}";
                    return new MockResponse.Builder().body(body).build();
                }
                paths.add(request.getUrl().encodedPath());
                return new MockResponse.Builder().body("{\"role\":\"\"}").build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        Map<Service, String> overrides = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            overrides.put(s, server.url("/").toString());
        }
        cloud = Cloud.create(new CloudConfig("ap-southeast-1", "p-home", Credentials.iamToken("t"), overrides,
                TlsTrust.SYSTEM, 0));
    }

    @AfterEach
    void stop() {
        cloud.close();
        server.close();
    }

    @Test
    void otherRegionsProjectIsDiscoveredOnceEvenUnderConcurrentFirstUse() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> cloud.geminiDb("ap-southeast-3").instanceRole("i-1")));
            }
            for (Future<String> r : results) {
                r.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        cloud.withDeadline(java.time.Duration.ofMinutes(1)).dcs("ap-southeast-3").logicalNodes("d-1");
        assertEquals(1, iamCalls.get());
        assertEquals(9, paths.size());
        assertTrue(paths.stream().allMatch(p -> p.startsWith("/v3/p-sg3/") || p.startsWith("/v2/p-sg3/")), paths.toString());
    }

    @Test
    void configuredProjectOfTheHomeRegionNeedsNoIam() {
        cloud.geminiDb("ap-southeast-1").instanceRole("i-1");
        assertEquals(0, iamCalls.get());
        assertEquals("/v3/p-home/instances/i-1/instance-role", paths.peek());
    }

    @Test
    void regionWithoutProjectIsAClearErrorAndIsAskedAgainNextTime() {
        CloudException e = assertThrows(CloudException.class, () -> cloud.geminiDb("eu-west-0").instanceRole("i"));
        assertEquals("IAM knows no enabled project for region eu-west-0: check the region name, or set project_id"
                + " for the provider's region", e.getMessage());
        assertThrows(CloudException.class, () -> cloud.geminiDb("eu-west-0").instanceRole("i"));
        assertEquals(2, iamCalls.get());
    }
}
