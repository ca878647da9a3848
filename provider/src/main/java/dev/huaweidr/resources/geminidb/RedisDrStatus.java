package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.Cloud;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.geminidb.SyncStatus;
import dev.huaweidr.framework.datasource.DataSource;
import dev.huaweidr.framework.datasource.ReadData;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.NestingMode;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.resources.CloudAccess;
import dev.huaweidr.resources.CloudErrors;
import dev.huaweidr.resources.CloudIds;
import dev.huaweidr.resources.Regions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code huaweidr_geminidb_redis_dr_status}: the Redis DR pair an instance is in, as the cloud reports it now:
 * who is primary, the synchronization status and, asked on the primary, replication figures and RPO/RTO.
 */
public final class RedisDrStatus implements DataSource {
    static final String TYPE = "huaweidr_geminidb_redis_dr_status";
    private static final Duration READ = Duration.ofMinutes(5);

    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("instance_id").required()
                    .validators(CloudIds.validator())
                    .description("A GeminiDB Redis instance, either one of the pair."),
            Regions.attribute("Region of the instance; the provider's region when not set.").computed(),
            Attribute.string("role").computed()
                    .description("The instance's role in its pair: `master` (primary) or `slave` (standby); null "
                            + "when it is in no pair."),
            Attribute.string("master_instance_id").computed()
                    .description("The pair's primary now; null when the instance is in no pair."),
            Attribute.string("slave_instance_id").computed().description("The pair's standby now."),
            Attribute.string("sync_status").computed()
                    .description("`NA` (in no pair), `NEW` (being built), `SYNCING`, `SUSPENDING`, `SUSPENDED` or "
                            + "`RECOVERYING` (resuming)."),
            Attribute.single("data_sync_indicators",
                    Attribute.number("rsync_ops").computed().description("Replicated operations per second."),
                    Attribute.number("rsync_wal_size").computed().description("Write-ahead log not yet sent, MB."),
                    Attribute.number("rsync_push_cost").computed().description("Push latency, microseconds."),
                    Attribute.number("rsync_send_cost").computed().description("Send latency, microseconds."),
                    Attribute.number("rsync_max_push_cost").computed().description("Highest push latency, µs."),
                    Attribute.number("rsync_max_send_cost").computed().description("Highest send latency, µs."),
                    Attribute.number("rsync_status").computed().description("`1` while syncing, else `0`."))
                    .computed()
                    .description("Replication figures; reported only when `instance_id` is the primary of a built "
                            + "pair, null otherwise."),
            Attribute.nested("rto_and_rpo", NestingMode.MAP,
                    Attribute.number("rpo").computed()
                            .description("Recovery point objective, seconds: how much recent data may be lost."),
                    Attribute.number("rto").computed()
                            .description("Recovery time objective, seconds: how long writes are unavailable."))
                    .computed()
                    .description("RPO and RTO by scene (`SWITCHOVER`, `FAILOVER`), e.g. "
                            + "`rto_and_rpo[\"FAILOVER\"].rpo`; reported only on the primary, empty otherwise."))
            .description("The GeminiDB Redis DR pair an instance is in, as it is now: who is primary, the "
                    + "synchronization status and, read on the primary, replication figures and RPO/RTO per scene. "
                    + "Useful before `huaweidr_geminidb_redis_dr_switchover` or `_failover`, and to check them after."
                    + "\n\nAPI: `GET /v3/{project_id}/instances/{instance_id}/disaster-recovery/"
                    + "data-synchronization`."));

    record Status(String instanceId, String region, String role, String masterInstanceId, String slaveInstanceId,
            String syncStatus, SyncStatus.SyncIndicators dataSyncIndicators, Map<String, Objectives> rtoAndRpo) {
    }

    record Objectives(Long rpo, Long rto) {
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public void read(ReadData op) {
        Status config = op.config().as(Status.class);
        Cloud cloud = CloudAccess.of(op, READ);
        String region = Regions.orHome(config.region(), cloud.region());
        String id = config.instanceId();
        try {
            SyncStatus pair = cloud.geminiDb(region).syncStatus(id);
            Map<String, Objectives> objectives = new LinkedHashMap<>();
            pair.rtoAndRpoIndicators().forEach(i -> objectives.put(i.scene(), new Objectives(i.rpo(), i.rto())));
            String role = !pair.isInPair() ? null : id.equals(pair.masterInstanceId()) ? "master" : "slave";
            op.setResult(new Status(id, region, role, orNull(pair.masterInstanceId()), orNull(pair.slaveInstanceId()),
                    pair.status(), pair.dataSyncIndicators(), objectives));
        } catch (CloudException e) {
            CloudErrors.report(op.diagnostics(), "reading the DR status of GeminiDB instance " + id + " in " + region,
                    e);
        }
    }

    private static String orNull(String id) {
        return id == null || id.isEmpty() ? null : id;
    }
}
