package dev.huaweidr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The machine a run measured: the figures mean little without it. */
final class Machine {
    private Machine() {
    }

    static String describe(Path terraform, List<Path> javas, Builds builds) throws IOException, InterruptedException {
        StringBuilder out = new StringBuilder("## Run of ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append("\n\n");
        out.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" processors (nproc), ")
                .append(memory()).append(", ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append(", load average ").append(load()).append(" at start\n");
        for (Path java : javas) {
            out.append("- JDK: `").append(java).append("`: ").append(firstLine(List.of(java.toString(), "-version"), "version")).append('\n');
        }
        out.append("- huaweidr: ").append(builds.nativeExecutable() != null
                ? "the native executable, what ships, and the JVM launcher\n"
                : "the JVM launcher only: no native executable was built\n");
        out.append("- Terraform: ").append(firstLine(List.of(terraform.toString(), "version"), "Terraform v")).append('\n');
        return out.toString();
    }

    private static String memory() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format(Locale.ROOT, "%.1f GiB memory", kb / 1024.0 / 1024.0);
            }
        }
        return "memory unknown";
    }

    /** The 1-minute load average: the other work on the machine, which stretches wall times. */
    static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    /** The first line of the command's output that holds {@code mark}: warnings may come before it. */
    private static String firstLine(List<String> command, String mark) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CHECKPOINT_DISABLE", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(30, TimeUnit.SECONDS);
        return output.lines().filter(line -> line.contains(mark)).findFirst().orElse("?").trim();
    }
}
