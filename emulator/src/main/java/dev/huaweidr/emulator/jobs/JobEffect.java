package dev.huaweidr.emulator.jobs;

import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.World;

/**
 * What a completed job does to the world. Effects must tolerate a world changed meanwhile (an out-of-band
 * change may have removed their target): then they do nothing.
 */
public interface JobEffect {

    void succeed(World world, Job job);

    /** A failed job changes nothing unless the operation says otherwise. */
    default void fail(World world, Job job) {
    }
}
