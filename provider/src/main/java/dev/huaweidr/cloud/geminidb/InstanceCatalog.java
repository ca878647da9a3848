package dev.huaweidr.cloud.geminidb;

import dev.huaweidr.cloud.CallContext;
import dev.huaweidr.cloud.CancelledException;
import dev.huaweidr.cloud.CloudException;
import dev.huaweidr.cloud.DeadlineExceededException;
import dev.huaweidr.log.Logger;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What one provider process has read of the GeminiDB instances of one datastore type in one region and
 * project, and the first looks ({@link Look#first}) at such instances while it reads them.
 * <p>
 * The API has no single-instance read: each lookup is the list filtered by one id, one call. Terraform plans
 * and refreshes up to ten resources at once in one provider process, and a plan of 500 links looks up 1,000
 * instances; the list of a region's instances of one type pages 100 at a time. So:
 * <ul>
 * <li>A lone lookup is one filtered call, as before: nothing else for this catalog is in flight, and none
 * began within {@link #TOGETHER} before it.</li>
 * <li>A lookup that arrives while another one is in flight, or within {@code TOGETHER} of the start of the last
 * one, reads the list instead, a page at a time, and lookups arriving meanwhile wait for it; each is answered
 * as soon as a page holds its instance. The window looks back, so a lone lookup never waits for it; it catches
 * Terraform's concurrent operations where a fast provider's calls end before the next one starts (measured:
 * docs/cloud-client.md, "First looks").</li>
 * <li>A page is read only while it can pay: while this process has looked up at least as many instances of the
 * catalog as pages are left to read. Terraform's walk is even, so the lookups seen so far foretell as many to
 * come: a plan of 100 links in a region of 1,000 instances reads all 10 pages, one of 3 links stops after the
 * first and looks the others up on their own. The first page is the only gamble: one call more than single
 * calls would have made, at most, per catalog and process.</li>
 * <li>Every instance of the pages read answers later first looks at it without a call. An instance a read
 * list does not hold (of another type, created since, or skipped because the list moved while it was paged)
 * is read on its own: absence is never taken from a list.</li>
 * <li>A page that cannot be read ends the listing for the process: every lookup it did not answer, and every
 * later one, is a filtered call, which fails, if it does, with the same error as before.</li>
 * </ul>
 * The catalog lives as long as the configured provider: one Terraform command (a warm process configures a
 * provider per command). {@link Look#now} reads never come here.
 */
final class InstanceCatalog {
    private static final Logger LOG = Logger.named("cloud");
    static final int PAGE = 100;
    /**
     * How soon after the start of one lookup another one counts as arriving with it: Terraform starts up to
     * ten operations at once, whose lookups begin within a few milliseconds of each other, while against a
     * cloud endpoint one resource's lookups in turn are a round trip apart, tens of milliseconds or more.
     */
    static final long TOGETHER = Duration.ofMillis(20).toNanos();

    private final String name;
    private final Map<String, Instance> listed = new HashMap<>();
    private int pagesRead;
    private int itemsRead;
    private Integer total;
    private boolean complete;
    private boolean listFailed;
    private int lookups;
    private int inFlight;
    /** When the last lookup began; at first, as long ago as makes the first one alone. */
    private long lastStart = System.nanoTime() - TOGETHER;
    /** Completed when the next page has been read or the listing ended; null while no listing runs. */
    private CompletableFuture<Void> nextPage;

    /** {@code name} is for logs, e.g. "cassandra instances of ap-southeast-1". */
    InstanceCatalog(String name) {
        this.name = name;
    }

    /**
     * The instance {@code id} as a first look: from the pages this process read, from the list read for the
     * lookups arriving together, or from {@code single}, the filtered call. {@code page} reads the list's page of
     * that index; both run on the caller's call context, {@code context}, which bounds its wait for a listing.
     */
    Optional<Instance> find(String id, IntFunction<Envelopes.InstanceList> page,
            Supplier<Optional<Instance>> single, CallContext context) {
        boolean lead;
        synchronized (this) {
            lookups++;
            Instance known = listed.get(id);
            if (known != null) {
                return Optional.of(known);
            }
            long now = System.nanoTime();
            boolean together = inFlight > 0 || now - lastStart < TOGETHER;
            lastStart = now;
            lead = nextPage == null && together && !complete && !listFailed && worthReading();
            if (lead) {
                nextPage = new CompletableFuture<>();
            }
            inFlight++;
        }
        try {
            Optional<Instance> listedNow = lead ? readPages(id, page) : awaitListing(id, context);
            return listedNow.isPresent() ? listedNow : single.get();
        } finally {
            synchronized (this) {
                inFlight--;
            }
        }
    }

    /** Reads pages while they pay; the instance {@code id} if one of them held it. */
    private Optional<Instance> readPages(String id, IntFunction<Envelopes.InstanceList> page) {
        int first;
        synchronized (this) {
            first = pagesRead;
        }
        try {
            while (true) {
                int index;
                synchronized (this) {
                    if (complete || !worthReading()) {
                        break;
                    }
                    index = pagesRead;
                }
                Envelopes.InstanceList read = page.apply(index);
                CompletableFuture<Void> waiting;
                synchronized (this) {
                    read.instances().forEach(i -> listed.put(i.id(), i));
                    pagesRead++;
                    itemsRead += read.instances().size();
                    total = read.totalCount();
                    complete = read.instances().size() < PAGE || (total != null && itemsRead >= total);
                    waiting = nextPage;
                    nextPage = new CompletableFuture<>();
                }
                waiting.complete(null);
            }
        } catch (CancelledException | DeadlineExceededException e) {
            throw e;
        } catch (CloudException e) {
            synchronized (this) {
                listFailed = true;
            }
            LOG.debug("instance list failed: single lookups from now on", "list", name, "error", e.getMessage());
        } finally {
            CompletableFuture<Void> waiting;
            synchronized (this) {
                waiting = nextPage;
                nextPage = null;
                LOG.debug("instance list read", "list", name, "pages", pagesRead - first, "complete", complete,
                        "lookups", lookups);
            }
            waiting.complete(null);
        }
        synchronized (this) {
            return Optional.ofNullable(listed.get(id));
        }
    }

    /** Waits page by page while a listing runs; the instance once a page held it, empty if none did. */
    private Optional<Instance> awaitListing(String id, CallContext context) {
        while (true) {
            CompletableFuture<Void> next;
            synchronized (this) {
                Instance known = listed.get(id);
                if (known != null || nextPage == null) {
                    return Optional.ofNullable(known);
                }
                next = nextPage;
            }
            await(next, context, id);
        }
    }

    /** Whether the pages left cost no more than the lookups this process has made of the catalog. */
    private boolean worthReading() {
        int left = total == null ? 1 : Math.max(1, (total + PAGE - 1) / PAGE - pagesRead);
        return left <= lookups;
    }

    /** Waits for {@code next}, ending early (with the caller's own exception) on Ctrl-C or its deadline. */
    private static void await(CompletableFuture<Void> next, CallContext context, String id) {
        String doing = "looking up GeminiDB instance " + id;
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        try (var hook = context.cancellation().onCancel(() -> stopped.complete(null))) {
            Duration left = context.deadline().remaining();
            CompletableFuture.anyOf(next, stopped).get(left == null ? Long.MAX_VALUE : left.toNanos(),
                    TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the deadline: checked below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException(doing);
        }
        context.check(doing);
    }
}
