package dev.huaweidr.emulator.model;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one lock around the {@link World}. Every access first lets due jobs complete (jobs are settled lazily
 * against the clock, so reads are deterministic for a given clock), and every change is handed to the
 * persistence hook. Correctness first: one lock for everything is plenty for an emulator.
 */
public final class Store {
    private final Predicate<World> settler;
    private final Consumer<World> persister;
    private World world;

    /**
     * @param settler   completes due jobs; returns whether it changed anything
     * @param persister called after each change (e.g. writes the state file)
     */
    public Store(World world, Predicate<World> settler, Consumer<World> persister) {
        this.world = world;
        this.settler = settler;
        this.persister = persister;
    }

    public synchronized <T> T read(Function<World, T> reader) {
        return access(false, reader);
    }

    public synchronized <T> T write(Function<World, T> writer) {
        return access(true, writer);
    }

    /** Replaces the whole world (reset to the seed). */
    public synchronized void replace(World fresh) {
        world = fresh;
        persister.accept(world);
    }

    private <T> T access(boolean writes, Function<World, T> body) {
        boolean changed = settler.test(world);
        try {
            return body.apply(world);
        } finally {
            if (writes || changed) {
                persister.accept(world);
            }
        }
    }
}
