package dev.huaweidr.resources.dcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.acc.CloudEmulator;
import dev.huaweidr.cloud.Backoff;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudConfig;
import dev.huaweidr.cloud.Service;
import dev.huaweidr.cloud.TlsTrust;
import dev.huaweidr.cloud.auth.Credentials;
import dev.huaweidr.framework.action.Invoke;
import dev.huaweidr.framework.diag.Diagnostic;
import dev.huaweidr.framework.model.Models;
import dev.huaweidr.framework.resource.ProviderData;
import dev.huaweidr.framework.resource.StopSignal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C while the swap job runs: Terraform's StopProvider raises the action's stop signal, and the action
 * stops waiting at once, says how far it got, and leaves the job alone (the real CLI shows this message as
 * "Action failed: ... Interrupted while ...").
 */
class DcsSwapInterruptTest {
    private static CloudEmulator emulator;
    private static Cloud cloud;

    @BeforeAll
    static void start() {
        emulator = CloudEmulator.start();
        Map<Service, String> overrides = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            overrides.put(service, emulator.baseUrl());
        }
        cloud = Cloud.builder(new CloudConfig("ap-southeast-1", null, Credentials.iamToken("demo-token"), overrides,
                TlsTrust.SYSTEM, 5)).pollIntervals(new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), 2))
                .build();
    }

    @AfterAll
    static void stop() {
        cloud.close();
        emulator.close();
    }

    @Test
    void stopEndsTheWaitAndSaysHowFarTheSwapGot() throws InterruptedException {
        emulator.fault("{\"path\":\"async-swap$\",\"job_millis\":60000,\"times\":1}");
        DcsSwap swap = new DcsSwap();
        StopSignal stop = new StopSignal();
        CountDownLatch started = new CountDownLatch(1);
        List<String> shown = new CopyOnWriteArrayList<>();
        Invoke op = new Invoke(stop, ProviderData.of(cloud),
                Models.write(new DcsSwap.Config("dcs-ha-01", null, null), swap.schema().type()), line -> {
                    shown.add(line);
                    if (line.startsWith("Started swap job")) {
                        started.countDown();
                    }
                });
        Thread action = new Thread(() -> swap.invoke(op));
        action.start();
        assertTrue(started.await(30, TimeUnit.SECONDS), "the swap job started: " + shown);
        long raised = System.nanoTime();
        stop.raise();
        action.join(10_000);
        assertTrue(!action.isAlive() && System.nanoTime() - raised < TimeUnit.SECONDS.toNanos(5),
                "the action returned promptly");

        assertEquals(1, op.diagnostics().all().size(), op.diagnostics().toString());
        Diagnostic d = op.diagnostics().all().get(0);
        assertEquals("Interrupted while swapping master and replica of DCS instance dcs-ha-01", d.summary());
        assertTrue(d.detail().contains("Completed: Checked dcs-ha-01: RUNNING, master/standby, master dcs-ha-node-0 "
                + "(10.1.1.51); Started swap job"), d.detail());
        assertTrue(d.detail().contains("Anything it started may still be running in the cloud: read the roles with "
                + "the `huaweidr_dcs_instance_roles` data source"), d.detail());
        assertEquals(1, emulator.calls("PUT /v2/{project_id}/instances/{instance_id}/async-swap"));
    }
}
