package dev.huaweidr.cloud.wait;

import java.util.function.Supplier;

/** Something the {@link Waiter} polls until it succeeds or fails: a job, a DR task, an instance settling. */
public interface Watch<T> {
    /** Names it in errors, e.g. {@code job 1a6b4c1e-...} or {@code GeminiDB instance 3149...}. */
    String subject();

    /** Reads the current state once (API errors propagate). */
    Observation<T> observe();

    static <T> Watch<T> of(String subject, Supplier<Observation<T>> observe) {
        return new Watch<>() {
            @Override
            public String subject() {
                return subject;
            }

            @Override
            public Observation<T> observe() {
                return observe.get();
            }
        };
    }
}
