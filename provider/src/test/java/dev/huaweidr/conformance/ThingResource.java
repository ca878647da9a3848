package dev.huaweidr.conformance;

import dev.huaweidr.framework.resource.Create;
import dev.huaweidr.framework.resource.Delete;
import dev.huaweidr.framework.resource.IdentitySchema;
import dev.huaweidr.framework.resource.Import;
import dev.huaweidr.framework.resource.Read;
import dev.huaweidr.framework.resource.ResourceWithIdentity;
import dev.huaweidr.framework.resource.ResourceWithImport;
import dev.huaweidr.framework.resource.Update;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.RequiresReplace;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Timeouts;
import dev.huaweidr.framework.schema.UseStateForUnknown;
import dev.huaweidr.framework.schema.Validators;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@code conformance_thing}: one attribute for each kind of value and plan behaviour the framework offers. */
final class ThingResource implements ResourceWithImport, ResourceWithIdentity {
    static final Schema SCHEMA = Schema.of(Block.of(
            Attribute.string("id").computed().planModifiers(UseStateForUnknown.instance()),
            Attribute.string("name").required().validators(Validators.lengthBetween(1, 64)),
            Attribute.string("zone").optional().planModifiers(RequiresReplace.always()),
            Attribute.number("size").defaultValue(Value.number(1)),
            Attribute.of("tags", Type.map(Type.STRING)).optional(),
            Attribute.of("labels", Type.set(Type.STRING)).optional(),
            Attribute.single("settings",
                    Attribute.string("mode").required().validators(Validators.oneOf("fast", "safe")),
                    Attribute.number("level").optional()).optional(),
            Attribute.dynamic("payload").optional(),
            Attribute.string("secret").optional().sensitive(),
            Attribute.string("token_wo").optional().sensitive().writeOnly(),
            Attribute.number("token_wo_version").optional(),
            Attribute.string("token_fingerprint").computed(),
            Attribute.number("revision").computed(),
            Attribute.string("upper_name").computed())
            .withBlocks(Timeouts.readingAtMost(Duration.ofMinutes(1))
                    .create(Duration.ofMinutes(1)).update(Duration.ofMinutes(1)).delete(Duration.ofMinutes(1))
                    .block()));

    record Thing(String id, String name, String zone, BigDecimal size, Map<String, String> tags, Set<String> labels,
            Settings settings, Value payload, String secret, String tokenWo, Long tokenWoVersion,
            String tokenFingerprint, Long revision, String upperName, Value timeouts) {
        Thing saved(String id, String tokenFingerprint, long revision) {
            return new Thing(id, name, zone, size, tags, labels, settings, payload, secret, null, tokenWoVersion,
                    tokenFingerprint, revision, name.toUpperCase(Locale.ROOT), timeouts);
        }
    }

    record Settings(String mode, BigDecimal level) {
    }

    record Identity(String id) {
    }

    @Override
    public String typeName() {
        return "conformance_thing";
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public IdentitySchema identitySchema() {
        return IdentitySchema.of(IdentitySchema.Attribute.required("id", Type.STRING, "The thing's id."));
    }

    @Override
    public void create(Create op) {
        Thing plan = op.plan().as(Thing.class);
        String token = op.config().as(Thing.class).tokenWo();
        Thing created = plan.saved(UUID.randomUUID().toString().substring(0, 8), fingerprint(token), 1);
        save(op.provider(ThingStore.class), created);
        op.setState(created);
        op.setIdentity(new Identity(created.id()));
    }

    @Override
    public void read(Read op) {
        Thing current = op.current().as(Thing.class);
        Value stored = op.provider(ThingStore.class).load(current.id(), SCHEMA.type());
        if (stored == null) {
            op.removed();
            return;
        }
        op.setState(stored.withAttr("timeouts", op.current().get("timeouts")));
        op.setIdentity(new Identity(current.id()));
    }

    @Override
    public void update(Update op) {
        Thing plan = op.plan().as(Thing.class);
        Thing prior = op.prior().as(Thing.class);
        String token = op.config().as(Thing.class).tokenWo();
        String fingerprint = token != null ? fingerprint(token) : prior.tokenFingerprint();
        Thing updated = plan.saved(prior.id(), fingerprint, prior.revision() + 1);
        save(op.provider(ThingStore.class), updated);
        op.setState(updated);
    }

    @Override
    public void delete(Delete op) {
        op.provider(ThingStore.class).delete(op.prior().as(Thing.class).id());
    }

    @Override
    public void importState(Import op) {
        String id = op.requestedIdentity() != null ? op.requestedIdentity().as(Identity.class).id() : op.id();
        op.setState(new Thing(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        op.setIdentity(new Identity(id));
    }

    private static void save(ThingStore store, Thing thing) {
        store.save(thing.id(), dev.huaweidr.framework.model.Models.write(thing, SCHEMA.type())
                .withAttr("timeouts", Value.nullOf(SCHEMA.type().attributeType("timeouts"))), SCHEMA.type());
    }

    /** Proves the write-only value arrived, without keeping it. */
    private static String fingerprint(String token) {
        if (token == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
