package dev.huaweidr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time from /proc, in milliseconds (the kernel counts in clock ticks of 10 ms): the work done, which a
 * busy machine stretches less than the wall time.
 */
final class Cpu {
    private Cpu() {
    }

    /** User + system time of a running process. */
    static double ofProcess(long pid) throws IOException {
        String[] fields = stat(pid);
        return ticks(fields[11]) + ticks(fields[12]);
    }

    /**
     * User + system time of this process's children that have ended and been waited for, with their own
     * waited-for children: a {@code terraform} command with its provider processes.
     */
    static double ofEndedChildren() throws IOException {
        String[] fields = stat(ProcessHandle.current().pid());
        return ticks(fields[13]) + ticks(fields[14]);
    }

    /** The fields of /proc/PID/stat after the command name, from the state (the third field) on. */
    private static String[] stat(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    private static double ticks(String field) {
        return Long.parseLong(field) * 10.0;
    }
}
