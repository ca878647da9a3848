package dev.huaweidr.cloud.wait;

/** Receives a line whenever the status or progress of what is awaited changes. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = line -> { };

    void progress(String line);
}
