package dev.huaweidr.cloud.emulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.ErrorClass;
import dev.huaweidr.cloud.NotFoundException;
import dev.huaweidr.cloud.geminidb.ConstructRequest;
import dev.huaweidr.cloud.geminidb.ConstructResult;
import dev.huaweidr.cloud.geminidb.DrPeer;
import dev.huaweidr.cloud.geminidb.GeminiDb;
import dev.huaweidr.cloud.geminidb.Instance;
import dev.huaweidr.cloud.geminidb.Job;
import dev.huaweidr.cloud.geminidb.Look;
import dev.huaweidr.cloud.geminidb.PrecheckRequest;
import dev.huaweidr.cloud.wait.Waiter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every GeminiDB call against the emulator: Cassandra active-active and the Redis DR life cycle. */
class GeminiDbEmulatorTest extends EmulatorTest {
    private GeminiDb sg1;
    private GeminiDb sg3;
    private Waiter waiter;

    @BeforeEach
    void fresh() {
        sg1 = cloud.geminiDb("ap-southeast-1");
        sg3 = cloud.geminiDb("ap-southeast-3");
        waiter = cloud.waiter();
    }

    @Test
    void readsInstancesByIdAndType() {
        Instance a = sg1.instance("redis-a-in12", Look.now());
        assertEquals("redis-a", a.name());
        assertEquals("8635", a.port());
        assertTrue(a.isIdle());
        assertEquals(List.of("10.1.1.11", "10.1.1.12", "10.1.1.13"), a.nodeIps());
        assertEquals("geminidb.redis.large.4", a.specCode());
        assertNull(a.dualActiveInfo());
        assertTrue(sg1.findInstance("nope-in12", Look.now()).isEmpty());
        NotFoundException e = assertThrows(NotFoundException.class, () -> sg1.instance("nope-in12", Look.now()));
        assertTrue(e.isNotFound());
        List<String> cassandra = sg1.instances("cassandra").stream().map(Instance::name).sorted().toList();
        assertEquals(List.of("cass-a", "cass-native"), cassandra);
    }

    @Test
    void cassandraActiveActiveLinkIsBuiltAndRemoved() {
        assertTrue(sg1.dualActiveRegions("cass-a-in06", "ap-southeast-3", Look.now()).contains("ap-southeast-3"));
        List<String> progress = new ArrayList<>();
        Job built = waiter.await(sg1.watchJob(sg1.createDualActive("cass-a-in06", "ap-southeast-3", "cass-b-in06")),
                progress::add);
        assertEquals("BuildBiActiveInstance", built.name());
        assertTrue(progress.get(progress.size() - 1).startsWith("BuildBiActiveInstance on cass-a: Completed"), progress.toString());
        assertEquals("master", sg1.instance("cass-a-in06", Look.now()).dualActiveInfo().role());
        assertEquals("slave", sg3.instance("cass-b-in06", Look.now()).dualActiveInfo().role());
        assertEquals("cass-a-in06", sg3.instance("cass-b-in06", Look.now()).dualActiveInfo().destinationInstanceId());

        waiter.await(sg3.watchJob(sg3.deleteDualActive("cass-b-in06")));
        assertNull(sg1.instance("cass-a-in06", Look.now()).dualActiveInfo());
        assertNull(sg3.instance("cass-b-in06", Look.now()).dualActiveInfo());
    }

    @Test
    void activeActiveOnCloudNativeStorageIsRefusedAsFatal() {
        ApiException e = assertThrows(ApiException.class,
                () -> sg1.createDualActive("cass-native-in06", "ap-southeast-3", "cass-b-in06"));
        assertEquals("DBS.280465", e.errorCode());
        assertEquals(ErrorClass.FATAL, e.errorClass());
    }

    @Test
    void redisDrLifeCycle() {
        Instance a = sg1.instance("redis-a-in12", Look.now());
        Instance b = sg3.instance("redis-b-in12", Look.now());
        DrPeer peerOfA = new DrPeer(b.id(), "ap-southeast-3",
                List.of(cloud.vpc("ap-southeast-3").subnet(b.subnetId()).cidr()), b.nodeIps());
        DrPeer peerOfB = new DrPeer(a.id(), "ap-southeast-1",
                List.of(cloud.vpc("ap-southeast-1").subnet(a.subnetId()).cidr()), a.nodeIps());
        sg1.precheck(a.id(), PrecheckRequest.construction(new PrecheckRequest.Peer("10.3.0.0/16", b.specCode(), b.nodeIps())));
        sg3.precheck(b.id(), PrecheckRequest.construction(new PrecheckRequest.Peer("10.1.0.0/16", a.specCode(), a.nodeIps())));

        ConstructResult primary = sg1.construct(a.id(), ConstructRequest.primary("dr-1", "Str0ng!Pass", peerOfA));
        assertEquals("NEW", sg1.syncStatus(a.id()).status());
        ConstructResult standby = sg3.construct(b.id(),
                ConstructRequest.standby(primary.disasterRecoveryId(), "dr-1", "Str0ng!Pass", peerOfB));
        waiter.await(sg1.watchJob(primary.jobId()));
        waiter.await(sg3.watchJob(standby.jobId()));
        assertEquals("SYNCING", sg1.syncStatus(a.id()).status());
        assertEquals(a.id(), sg3.syncStatus(b.id()).masterInstanceId());
        assertEquals("master", sg1.instanceRole(a.id()));
        assertEquals("slave", sg3.instanceRole(b.id()));
        assertEquals(1, sg1.jobs("ConstructDisasterRecovery", a.id()).size());

        waiter.await(sg1.watchJob(sg1.pauseSync(a.id())));
        waiter.await(sg3.watchJob(sg3.pauseSync(b.id())));
        assertEquals("SUSPENDED", sg1.syncStatus(a.id()).status());
        waiter.await(sg1.watchJob(sg1.resumeSync(a.id())));
        waiter.await(sg3.watchJob(sg3.resumeSync(b.id())));
        assertEquals("SYNCING", sg1.syncStatus(a.id()).status());

        waiter.await(sg1.watchJob(sg1.switchoverSlave(a.id())));
        waiter.await(sg3.watchJob(sg3.switchoverMaster(b.id(), false)));
        assertEquals("slave", sg1.instanceRole(a.id()));
        assertEquals("master", sg3.instanceRole(b.id()));

        sg1.precheck(a.id(), PrecheckRequest.deconstruction());
        waiter.await(sg1.watchJob(sg1.deconstruct(a.id())));
        waiter.await(sg3.watchJob(sg3.deconstruct(b.id())));
        assertFalse(sg1.syncStatus(a.id()).isInPair());
        assertEquals("", sg3.instanceRole(b.id()));
        waiter.await(sg1.watchIdle(a.id()));
    }

    @Test
    void drRulesAreRefusedWithTheServiceMessage() {
        DrPeer peer = new DrPeer("redis-b-in12", "ap-southeast-3", List.of("10.3.1.0/24"), List.of("10.3.1.11"));
        ApiException cidr = assertThrows(ApiException.class,
                () -> sg1.construct("redis-192-in12", ConstructRequest.primary("dr", "Str0ng!Pass", peer)));
        assertEquals("DBS.280462", cidr.errorCode());
        assertTrue(cidr.getMessage().startsWith("DBS.280462: Disaster recovery cannot be set up for subnets whose CIDR"
                + " starts with 192 or 172. (HTTP 400, POST /v3/proj-ap-southeast-1/instances/redis-192-in12/"
                + "disaster-recovery/construction, request id "), cidr.getMessage());
        assertFalse(cidr.getMessage().contains("Str0ng!Pass"));
        ApiException port = assertThrows(ApiException.class,
                () -> sg1.construct("redis-6379-in12", ConstructRequest.primary("dr", "Str0ng!Pass", peer)));
        assertEquals("DBS.280463", port.errorCode());
    }

    @Test
    void unknownJobIsNotFound() {
        assertTrue(sg1.findJob("no-such-job").isEmpty());
        assertThrows(NotFoundException.class, () -> sg1.job("no-such-job"));
    }
}
