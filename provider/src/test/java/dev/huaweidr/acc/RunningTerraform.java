package dev.huaweidr.acc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Terraform command running in the background, as in a user's terminal, so that it can be interrupted with
 * Ctrl-C (SIGINT to this very process, never to anything else).
 */
public final class RunningTerraform {
    private final List<String> command;
    private final Process process;
    private final Path out;
    private final Path err;

    RunningTerraform(List<String> command, Process process, Path out, Path err) {
        this.command = command;
        this.process = process;
        this.out = out;
        this.err = err;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /**
     * Ctrl-C: SIGINT to the Terraform process, whose handler asks the providers to stop (StopProvider). Returns
     * false, sending nothing, if the command has already ended.
     */
    public boolean interrupt() {
        if (!process.isAlive()) {
            return false;
        }
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                if (!process.isAlive()) {
                    return false;
                }
                throw new IllegalStateException("could not send SIGINT to " + process.pid());
            }
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kill -9}: Terraform ends at once, with no chance to stop or shut down its providers. */
    public void kill() {
        process.destroyForcibly();
    }

    /** What the command has printed to stdout so far. */
    public String outputSoFar() {
        return read(out);
    }

    /** Waits for the command to end and returns what it did; kills it if it takes longer than {@code timeout}. */
    public TerraformCli.Result finish(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeout);
            }
            TerraformCli.Result result = new TerraformCli.Result(command, process.exitValue(), read(out), read(err));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
