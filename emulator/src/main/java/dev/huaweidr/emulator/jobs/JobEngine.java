package dev.huaweidr.emulator.jobs;

import dev.huaweidr.emulator.model.Job;
import dev.huaweidr.emulator.model.MillisSetting;
import dev.huaweidr.emulator.model.World;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts jobs and completes them lazily: whenever the world is accessed, every running job whose due time
 * has passed on the injected clock completes, in due-time order, applying its effect. No scheduler thread,
 * so a test that controls the clock controls the jobs.
 */
public final class JobEngine {
    /** Finished jobs kept for the jobs APIs; older ones are dropped so a long demo stays small. */
    private static final int FINISHED_JOBS_KEPT = 1000;

    private final Clock clock;
    /** How long a job takes unless a fault says otherwise. */
    private final MillisSetting jobMillis;
    private final Map<String, JobEffect> effects = new ConcurrentHashMap<>();

    public JobEngine(Clock clock, MillisSetting jobMillis) {
        this.clock = clock;
        this.jobMillis = jobMillis;
    }

    public void register(String kind, JobEffect effect) {
        if (effects.putIfAbsent(kind, effect) != null) {
            throw new IllegalStateException("job kind registered twice: " + kind);
        }
    }

    public long now() {
        return clock.millis();
    }

    public Job start(World world, JobSpec spec, JobFault fault) {
        if (!effects.containsKey(spec.kind())) {
            throw new IllegalStateException("no effect registered for job kind " + spec.kind());
        }
        Job job = new Job();
        job.id = UUID.randomUUID().toString();
        job.service = spec.service();
        job.projectId = spec.projectId();
        job.name = spec.name();
        job.kind = spec.kind();
        job.targets.addAll(spec.targets());
        job.params.putAll(spec.params());
        job.startMillis = now();
        job.durationMillis = fault.millis() != null ? fault.millis() : jobMillis.millis();
        job.plannedFailReason = fault.failReason();
        world.jobs.add(job);
        return job;
    }

    /** Completes the due jobs; returns whether any completed. */
    public boolean settle(World world) {
        long now = now();
        List<Job> due = world.jobs.stream()
                .filter(j -> j.running() && j.dueMillis() <= now)
                .sorted(Comparator.comparingLong(Job::dueMillis))
                .toList();
        for (Job job : due) {
            complete(world, job);
        }
        if (!due.isEmpty()) {
            dropOldFinishedJobs(world);
        }
        return !due.isEmpty();
    }

    public boolean busy(World world, String target) {
        return !runningOn(world, target).isEmpty();
    }

    public List<Job> runningOn(World world, String target) {
        return world.jobs.stream().filter(j -> j.running() && j.targets.contains(target)).toList();
    }

    /** Elapsed share of the job's duration, 0..100 (a running job never shows 100). */
    public int percentDone(Job job) {
        if (!job.running()) {
            return 100;
        }
        if (job.durationMillis <= 0) {
            return 99;
        }
        long elapsed = Math.max(0, now() - job.startMillis);
        return (int) Math.min(99, elapsed * 100 / job.durationMillis);
    }

    private void complete(World world, Job job) {
        job.endMillis = job.dueMillis();
        try {
            JobEffect effect = effects.get(job.kind);
            if (job.plannedFailReason != null) {
                job.status = Job.FAILED;
                job.failReason = job.plannedFailReason;
                effect.fail(world, job);
            } else {
                effect.succeed(world, job);
                job.status = Job.SUCCEEDED;
            }
        } catch (RuntimeException e) {
            // A broken effect (or a state file naming an unknown kind) fails its own job, not every request.
            System.err.println("emulator: job " + job.kind + " " + job.id + " failed internally: " + e);
            job.status = Job.FAILED;
            job.failReason = "internal error";
        }
    }

    private static void dropOldFinishedJobs(World world) {
        List<Job> finished = world.jobs.stream().filter(j -> !j.running()).toList();
        int excess = finished.size() - FINISHED_JOBS_KEPT;
        if (excess > 0) {
            world.jobs.removeAll(finished.subList(0, excess));
        }
    }
}
