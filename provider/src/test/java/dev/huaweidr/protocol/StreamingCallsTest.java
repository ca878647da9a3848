package dev.huaweidr.protocol;

import static dev.huaweidr.framework.TestValues.object;
import static dev.huaweidr.framework.TestValues.str;
import static dev.huaweidr.protocol.ProtocolHarness.PING;
import static dev.huaweidr.protocol.ProtocolHarness.THING;
import static dev.huaweidr.protocol.ProtocolHarness.decode;
import static dev.huaweidr.protocol.ProtocolHarness.errors;
import static dev.huaweidr.protocol.ProtocolHarness.msgpack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import dev.huaweidr.proto.tfplugin6.ApplyResourceChange;
import dev.huaweidr.proto.tfplugin6.InvokeAction;
import dev.huaweidr.proto.tfplugin6.ListResource;
import dev.huaweidr.proto.tfplugin6.PlanResourceChange;
import dev.huaweidr.proto.tfplugin6.StopProvider;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** InvokeAction and ListResource: server streams that must end properly whatever happens. */
class StreamingCallsTest {
    private static final Object END = new Object();

    @RegisterExtension
    final ProtocolHarness tf = new ProtocolHarness();

    @BeforeEach
    void configure() {
        assertEquals(List.of(), tf.configure());
    }

    private InvokeAction.Request ping(String message, long times, Long delayMs) {
        Value config = object(tf.pingType(), "message", str(message), "times", Value.number(times),
                "delay_ms", delayMs == null ? Value.nullOf(Type.NUMBER) : Value.number(delayMs));
        return InvokeAction.Request.newBuilder().setActionType(PING).setConfig(msgpack(config, tf.pingType())).build();
    }

    private List<InvokeAction.Event> invoke(InvokeAction.Request request) {
        List<InvokeAction.Event> events = new ArrayList<>();
        tf.blocking.invokeAction(request).forEachRemaining(events::add);
        return events;
    }

    @Test
    void progressArrivesInOrderBeforeCompleted() {
        List<InvokeAction.Event> events = invoke(ping("hello", 3, null));
        assertEquals(4, events.size(), events.toString());
        for (int i = 0; i < 3; i++) {
            assertEquals("ping " + (i + 1) + " of 3: hello", events.get(i).getProgress().getMessage());
        }
        assertTrue(events.get(3).hasCompleted());
        assertEquals(List.of(), events.get(3).getCompleted().getDiagnosticsList());
    }

    @Test
    void aFailingActionCompletesWithItsError() {
        Value config = object(tf.pingType(), "message", str("x"), "fail", Value.bool(true));
        List<InvokeAction.Event> events = invoke(InvokeAction.Request.newBuilder().setActionType(PING)
                .setConfig(msgpack(config, tf.pingType())).build());
        InvokeAction.Event last = events.get(events.size() - 1);
        assertTrue(last.hasCompleted());
        assertEquals(List.of("Ping failed: Asked to fail after 2 pings."), errors(last.getCompleted().getDiagnosticsList()));
    }

    @Test
    void stopProviderEndsALongActionPromptlyAndTheProcessServesOn() throws InterruptedException {
        BlockingQueue<Object> events = collect(ping("slow", 5, 600_000L));
        Object first = events.poll(10, TimeUnit.SECONDS);
        assertTrue(first instanceof InvokeAction.Event && ((InvokeAction.Event) first).hasProgress(), "" + first);

        long stopped = System.nanoTime();
        assertEquals(StopProvider.Response.getDefaultInstance(),
                tf.blocking.stopProvider(StopProvider.Request.getDefaultInstance()));
        assertEquals(END, events.poll(5, TimeUnit.SECONDS), "a stop less than a second after the last progress line "
                + "ends the stream cleanly with no further event, lest Terraform 1.15 take two after its stop");
        assertTrue(System.nanoTime() - stopped < TimeUnit.SECONDS.toNanos(5));

        List<InvokeAction.Event> later = invoke(ping("again", 2, 1L));
        assertEquals(3, later.size(), "a stop ends the calls in flight only: " + later);
        assertEquals(List.of(), later.get(2).getCompleted().getDiagnosticsList());
    }

    @Test
    void aStopLongAfterTheLastProgressLineStillEndsWithTheCompletedEventAndItsErrors() throws InterruptedException {
        BlockingQueue<Object> events = collect(ping("slow", 5, 600_000L));
        Object first = events.poll(10, TimeUnit.SECONDS);
        assertTrue(first instanceof InvokeAction.Event && ((InvokeAction.Event) first).hasProgress(), "" + first);
        Thread.sleep(1_500); // more than the gap that makes the completed event safe to send after a stop

        tf.blocking.stopProvider(StopProvider.Request.getDefaultInstance());
        Object completed = events.poll(5, TimeUnit.SECONDS);
        assertTrue(completed instanceof InvokeAction.Event && ((InvokeAction.Event) completed).hasCompleted(),
                "the action's own \"stopped after\" line is dropped, its errors are sent: " + completed);
        assertEquals(List.of("Ping stopped: Stopped after 1 of 5 pings."),
                errors(((InvokeAction.Event) completed).getCompleted().getDiagnosticsList()));
        assertEquals(END, events.poll(5, TimeUnit.SECONDS));
    }

    /** Starts {@code request}; its events, then its error or {@link #END}, arrive in the queue returned. */
    private BlockingQueue<Object> collect(InvokeAction.Request request) {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        tf.async.invokeAction(request, new StreamObserver<>() {
            @Override
            public void onNext(InvokeAction.Event event) {
                events.add(event);
            }

            @Override
            public void onError(Throwable t) {
                events.add(t);
            }

            @Override
            public void onCompleted() {
                events.add(END);
            }
        });
        return events;
    }

    @Test
    void listingStreamsOneEventPerObjectWithIdentity() {
        Set<String> ids = Set.of(create("alpha"), create("beta"), create("gamma"));
        List<ListResource.Event> events = list(true, 0);
        assertEquals(3, events.size());
        Set<String> listed = events.stream()
                .map(e -> decode(e.getIdentity().getIdentityData(), tf.thingIdentityType()).attr("id").asString())
                .collect(Collectors.toSet());
        assertEquals(ids, listed);
        for (ListResource.Event event : events) {
            assertEquals(List.of(), event.getDiagnosticList());
            Value object = decode(event.getResourceObject(), tf.thingType());
            assertEquals(event.getDisplayName(), object.attr("name").asString());
            assertEquals(object.attr("name").asString().toUpperCase(), object.attr("upper_name").asString());
        }
        assertFalse(list(false, 0).get(0).hasResourceObject(), "objects only when asked for");
        assertEquals(2, list(false, 2).size(), "the limit");
    }

    @Test
    void aListingErrorEndsTheStreamWithADiagnosticsOnlyEvent() throws IOException {
        create("alpha");
        Files.writeString(tf.store().resolve("zzzzzzzz.json"), "{ not json");
        List<ListResource.Event> events = list(false, 0);
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.get(0).hasIdentity());
        assertEquals("alpha", events.get(0).getDisplayName());
        ListResource.Event last = events.get(1);
        assertFalse(last.hasIdentity());
        assertEquals(1, errors(last.getDiagnosticList()).size(), last.toString());
    }

    private List<ListResource.Event> list(boolean includeObjects, long limit) {
        Value config = object(tf.listType());
        List<ListResource.Event> events = new ArrayList<>();
        tf.blocking.listResource(ListResource.Request.newBuilder().setTypeName(THING)
                .setConfig(msgpack(config, tf.listType())).setIncludeResourceObject(includeObjects).setLimit(limit)
                .build()).forEachRemaining(events::add);
        return events;
    }

    /** Creates a thing through plan and apply, as Terraform would; returns its id. */
    private String create(String name) {
        Value config = object(tf.thingType(), "name", str(name));
        PlanResourceChange.Response plan = tf.blocking.planResourceChange(PlanResourceChange.Request.newBuilder()
                .setTypeName(THING).setPriorState(msgpack(Value.nullOf(tf.thingType()), tf.thingType()))
                .setProposedNewState(msgpack(config, tf.thingType())).setConfig(msgpack(config, tf.thingType()))
                .build());
        ApplyResourceChange.Response apply = tf.blocking.applyResourceChange(ApplyResourceChange.Request.newBuilder()
                .setTypeName(THING).setPriorState(msgpack(Value.nullOf(tf.thingType()), tf.thingType()))
                .setPlannedState(plan.getPlannedState()).setConfig(msgpack(config, tf.thingType())).build());
        assertEquals(List.of(), apply.getDiagnosticsList());
        String id = decode(apply.getNewState(), tf.thingType()).attr("id").asString();
        assertNotNull(id);
        return id;
    }
}
