package dev.huaweidr.cloud.emulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.cloud.ApiException;
import dev.huaweidr.cloud.ErrorClass;
import dev.huaweidr.cloud.dcs.Dcs;
import dev.huaweidr.cloud.dcs.LogicalNode;
import dev.huaweidr.cloud.dcs.Shard;
import dev.huaweidr.cloud.dws.CreateDisasterRecovery;
import dev.huaweidr.cloud.dws.DisasterRecovery;
import dev.huaweidr.cloud.dws.Dws;
import dev.huaweidr.cloud.vpc.Vpc;
import dev.huaweidr.cloud.wait.JobFailedException;
import dev.huaweidr.cloud.wait.Waiter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DWS DR tasks, DCS swaps and shard switchovers, and VPC subnets against the emulator. */
class DwsDcsVpcEmulatorTest extends EmulatorTest {
    private static final String TASK = "dws-dr-task-prod";
    private Dws dws;
    private Dcs dcs;
    private Waiter waiter;

    @BeforeEach
    void fresh() {
        dws = cloud.dws("ap-southeast-1");
        dcs = cloud.dcs("ap-southeast-1");
        waiter = cloud.waiter();
    }

    @Test
    void dwsSwitchoverFailoverAndRecovery() {
        DisasterRecovery dr = dws.disasterRecovery(TASK);
        assertEquals("running", dr.status());
        assertEquals("primary", dr.primaryCluster().role());
        assertTrue(dws.disasterRecoveries().stream().anyMatch(d -> d.id().equals(TASK)));

        dws.switchover(TASK);
        DisasterRecovery switched = waiter.await(dws.watchUntil(TASK, "running with roles swapped",
                d -> "running".equals(d.status()) && "primary".equals(d.standbyCluster().role())));
        assertEquals("standby", switched.primaryCluster().role());

        dws.failover(TASK);
        DisasterRecovery failedOver = waiter.await(dws.watchUntil(TASK, "stopped with roles swapped",
                d -> "stopped".equals(d.status()) && "primary".equals(d.primaryCluster().role())));
        assertEquals("standby", failedOver.standbyCluster().role());

        dws.recovery(TASK);
        assertEquals("running", waiter.await(dws.watchStatus(TASK, "running")).status());
        assertEquals("dws-prod", dws.cluster("dws-prod").id());
    }

    @Test
    void dwsTaskIsCreatedStartedPausedAndDeleted() {
        String id = dws.create(new CreateDisasterRecovery("dr-spare", "az", "dws-spare-a", "dws-spare-b", "20m",
                null, null, null, null));
        assertEquals("unstart", waiter.await(dws.watchStatus(id, "unstart")).status());
        assertEquals(id, dws.findByName("dr-spare").orElseThrow().id());
        dws.start(id);
        waiter.await(dws.watchStatus(id, "running"));
        ApiException refused = assertThrows(ApiException.class, () -> dws.recovery(id));
        assertEquals("DWS.10204", refused.errorCode());
        dws.pause(id);
        waiter.await(dws.watchStatus(id, "stopped"));
        dws.updateSyncPeriod(id, "2H");
        assertEquals("2H", dws.disasterRecovery(id).drSyncPeriod());
        dws.delete(id);
        waiter.await(dws.watchDeleted(id));
        ApiException gone = assertThrows(ApiException.class, () -> dws.disasterRecovery(id));
        assertTrue(gone.isNotFound());
        assertEquals("DWS.10101", gone.errorCode());
        assertTrue(dws.findDisasterRecovery(id).isEmpty());
    }

    @Test
    void aCrossRegionDwsTaskNamesTheStandbysRegionAndProjectWhichTheListShows() {
        String id = dws.create(new CreateDisasterRecovery("dr-far", "region", "dws-spare-a", "dws-spare-c", "1H",
                null, null, "ap-southeast-3", "proj-ap-southeast-3"));
        DisasterRecovery dr = waiter.await(dws.watchStatus(id, "unstart"));
        assertEquals("ap-southeast-3", dr.standbyCluster().region());
        assertEquals("proj-ap-southeast-3", dws.summary(id).orElseThrow().standbyClusterProjectId());
        assertTrue(dws.summary("dws-no-such-task").isEmpty());
        ApiException running = assertThrows(ApiException.class, () -> dws.updateSyncPeriod(TASK, "2H"));
        assertEquals("DWS.10204", running.errorCode(), "DWS changes the period only while the task is stopped");
    }

    @Test
    void dwsTransitionIsFollowedUntilTheTaskSettles() {
        emulator.fault("{\"path\":\"/failover$\",\"job_millis\":1000,\"times\":1}");
        dws.failover(TASK);
        List<String> lines = new ArrayList<>();
        DisasterRecovery done = waiter.await(dws.watchTransition(TASK, "switchovering", "roles swapped",
                d -> "primary".equals(d.standbyCluster().role())), lines::add);
        assertEquals("stopped", done.status());
        assertEquals(List.of("dr-prod: switchovering (dws-prod primary stopped, dws-dr standby stopped)",
                "dr-prod: stopped"), lines);

        emulator.fault("{\"path\":\"/recovery$\",\"job_fail_reason\":\"standby unreachable\",\"times\":1}");
        dws.recovery(TASK);
        JobFailedException failed = assertThrows(JobFailedException.class, () -> waiter.await(
                dws.watchTransition(TASK, "starting", "the task running", d -> "running".equals(d.status()))));
        assertEquals("stopped", failed.status(), "DWS puts a failed operation back to the status before");
        assertTrue(failed.getMessage().startsWith("DWS disaster recovery task " + TASK + " (dr-prod) failed with "
                + "status stopped: the task settled at stopped without the task running"), failed.getMessage());
    }

    @Test
    void dwsAbnormalTaskFailsTheWait() {
        dws.pause(TASK);
        emulator.drift("dws", TASK, "{\"action\":\"set_status\",\"status\":\"abnormal\"}");
        JobFailedException e = assertThrows(JobFailedException.class,
                () -> waiter.await(dws.watchStatus(TASK, "stopped")));
        assertEquals("abnormal", e.status());
    }

    @Test
    void dcsSwapMeetingABusyInstanceIsRefusedAtOnceNotRepeatedOnceTheTaskEnds() {
        String oldMaster = master("dcs-ha-01");
        // The first swap's job runs 1.5 s, so that the second swap surely meets it, however busy the machine.
        emulator.fault("{\"path\":\"async-swap\",\"job_millis\":1500,\"times\":1}");
        String first = dcs.asyncSwap("dcs-ha-01");
        // Waiting out "a background task is running" (111400017) would swap back once the first swap ended.
        ApiException busy = assertThrows(ApiException.class, () -> dcs.asyncSwap("dcs-ha-01"));
        assertEquals("111400017", busy.errorCode());
        assertTrue(busy.isBusy());
        assertEquals(2, emulator.calls("PUT /v2/{project_id}/instances/{instance_id}/async-swap"), "not repeated");
        assertEquals("SUCCESS", waiter.await(dcs.watchJob(first)).status());
        waiter.await(dcs.watchRunning("dcs-ha-01"));
        String newMaster = master("dcs-ha-01");
        assertTrue(!oldMaster.equals(newMaster), "swapped once");

        dcs.swap("dcs-ha-01");
        assertEquals(oldMaster, master("dcs-ha-01"), "the synchronous swap switches back");
    }

    @Test
    void dcsShardsAndAShardSwitchover() {
        List<Shard> shards = dcs.shards("dcs-proxy-01");
        assertEquals(List.of("dcs-proxy-01-group-0", "dcs-proxy-01-group-1"),
                shards.stream().map(Shard::groupId).toList(), "the proxy node is in no shard");
        Shard shard = shards.get(0);
        assertEquals("group-0 (dcs-proxy-01-group-0)", shard.describe());
        assertEquals("dcs-proxy-01-node-2 (10.1.1.81)", shard.master().orElseThrow().describe());
        assertTrue(!shard.node("dcs-proxy-01-node-4").orElseThrow().isMaster());

        String job = dcs.shardSwitchover("dcs-proxy-01", shard.groupId(), "dcs-proxy-01-node-4");
        assertEquals("SUCCESS", waiter.await(dcs.watchJob(job)).status());
        assertEquals("dcs-proxy-01-node-4", dcs.shards("dcs-proxy-01").get(0).master().orElseThrow().nodeId());
        assertEquals("dcs-proxy-01-node-5", dcs.shards("dcs-proxy-01").get(1).master().orElseThrow().nodeId());
    }

    @Test
    void dcsRefusalsAndNotFound() {
        // An instance type without the swap: the emulator's code (DCS.4973, docs/cloud-contract.md), a refusal
        // the client does not wait out, as it would not any other 400 code it does not know.
        ApiException cluster = assertThrows(ApiException.class, () -> dcs.asyncSwap("dcs-cluster-01"));
        assertEquals("DCS.4973", cluster.errorCode());
        assertEquals(ErrorClass.FATAL, cluster.errorClass());
        ApiException missing = assertThrows(ApiException.class, () -> dcs.instance("dcs-nope"));
        assertTrue(missing.isNotFound());
        assertTrue(dcs.findInstance("dcs-nope").isEmpty());
        assertEquals("111400063", assertThrows(ApiException.class, () -> dcs.job("no-job")).errorCode());
    }

    @Test
    void dcsInstanceNotRunningIsReportedAtOnceToASwapAndFailsTheWait() {
        emulator.drift("dcs", "dcs-ha-01", "{\"action\":\"set_status\",\"status\":\"ERROR\"}");
        ApiException e = assertThrows(ApiException.class, () -> dcs.asyncSwap("dcs-ha-01"));
        assertEquals("DCS.4049", e.errorCode());
        assertEquals(1, emulator.calls("PUT /v2/{project_id}/instances/{instance_id}/async-swap"),
                "a swap does not wait out a busy instance");
        assertThrows(JobFailedException.class, () -> waiter.await(dcs.watchRunning("dcs-ha-01")));
    }

    @Test
    void vpcSubnetAndItsAbsence() {
        Vpc vpc = cloud.vpc("ap-southeast-1");
        assertEquals("10.1.1.0/24", vpc.subnet("subnet-apse1-a").cidr());
        ApiException e = assertThrows(ApiException.class, () -> vpc.subnet("subnet-nope"));
        assertEquals("VPC.0202", e.errorCode());
        assertTrue(e.isNotFound());
    }

    private String master(String instanceId) {
        return dcs.logicalNodes(instanceId).stream().filter(LogicalNode::isMaster).findFirst().orElseThrow().nodeIp();
    }
}
