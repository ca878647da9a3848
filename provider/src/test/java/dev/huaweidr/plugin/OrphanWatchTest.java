package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Attributes;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The connection half of the watch (the parent half is {@code KilledTerraformAccTest}'s): a Terraform whose
 * connection closed without Shutdown is gone; a connection closed on the way to a Shutdown exit, or one that
 * never became ready, says nothing.
 */
class OrphanWatchTest {
    @Test
    void aConnectionClosedWithoutShutdownEndsTheProcess() throws InterruptedException {
        OrphanWatch watch = new OrphanWatch();
        CountDownLatch exited = new CountDownLatch(1);
        Thread thread = watch.start(exited::countDown);
        watch.transportTerminated(watch.transportReady(Attributes.EMPTY));
        assertTrue(exited.await(10, TimeUnit.SECONDS), "the process exits");
        thread.join(10_000);
    }

    @Test
    void connectionsClosedAfterShutdownOrBeforeTheirPrefaceDoNotEndIt() throws InterruptedException {
        OrphanWatch shutDown = new OrphanWatch();
        OrphanWatch stillConnected = new OrphanWatch();
        CountDownLatch exited = new CountDownLatch(2);
        Thread first = shutDown.start(exited::countDown);
        Thread second = stillConnected.start(exited::countDown);

        Attributes connection = shutDown.transportReady(Attributes.EMPTY);
        shutDown.shuttingDown();
        shutDown.transportTerminated(connection);
        stillConnected.transportReady(Attributes.EMPTY);
        stillConnected.transportTerminated(Attributes.EMPTY); // closed before its HTTP/2 preface: never ready

        assertFalse(exited.await(3, TimeUnit.SECONDS), "three checks passed without an exit");
        assertEquals(2, exited.getCount());
        first.interrupt();
        second.interrupt();
    }
}
