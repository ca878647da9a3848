package dev.huaweidr.acc;

import dev.huaweidr.emulator.EmulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes the launcher's class archive, {@code lib/startup.jsa}, from a real Terraform session: the quickstart
 * story (apply, plan, destroy) against the emulator, through the packaged launcher, with a JVM that lists
 * every class it loads. The provider process that loaded the most classes (the one that applied) is
 * archived: on JDK 24 and newer with its classes linked ahead of time (JEP 483), otherwise as AppCDS. The
 * JVM's {@code release} file goes beside it, for the launcher to tell whether a JVM is the one it fits, and
 * so does the class list itself, {@code lib/startup.classlist}, from which a release install (where the
 * build's archive cannot fit: Terraform's unzip gives the jars new times) makes its own.
 *
 * <p>The build runs it after packaging. Without a Terraform in {@code TF_ACC_TERRAFORM_PATH} it leaves the
 * launcher without archive, which only makes it start slower.
 *
 * <p>Usage: {@code StartupArchiveTraining DIST_DIR QUICKSTART_MAIN_TF [JAVA]}; JAVA is the java binary the
 * archive is for (by default the one running this class).
 */
public final class StartupArchiveTraining {
    private StartupArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]).toRealPath();
        String config = Files.readString(Path.of(args[1]));
        Path java = Path.of(args.length > 2 ? args[2] : ProcessHandle.current().info().command().orElseThrow());
        String terraform = System.getenv("TF_ACC_TERRAFORM_PATH");
        Path archive = dist.resolve("lib/startup.jsa");
        Path release = dist.resolve("lib/startup.release");
        Path classes = dist.resolve("lib/startup.classlist");
        Files.deleteIfExists(archive);
        Files.deleteIfExists(release);
        Files.deleteIfExists(classes);
        if (terraform == null || terraform.isBlank()) {
            System.out.println("No TF_ACC_TERRAFORM_PATH: the launcher starts without a class archive.");
            return;
        }
        Path work = Files.createTempDirectory("startup-training-");
        try {
            Path classList = train(dist, config, recorder(java, work), work);
            dump(java, classList, dist.resolve("lib/huaweidr-provider.jar"), archive, work.resolve("dump.log"));
            // The launcher passes the archive only to the JVM whose release file this is.
            Files.copy(java.toRealPath().getParent().resolveSibling("release"), release);
            // What a release install makes its own archive from (see the launcher).
            Files.copy(classList, classes);
            System.out.printf("Startup archive: %d classes of a Terraform session, %s (%d MB)%n",
                    Files.readAllLines(classList).size(), archive, Files.size(archive) >> 20);
        } finally {
            Directories.delete(work);
        }
    }

    /** A java that lists the classes it loads into a file of its own: Terraform starts several at once. */
    private static Path recorder(Path java, Path work) throws IOException {
        Path script = work.resolve("recording-java");
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -XX:DumpLoadedClassList='" + work
                + "'/$$.classlist \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    /** Runs the session; returns the longest class list. */
    private static Path train(Path dist, String config, Path recorder, Path work) throws IOException {
        try (CloudEmulator cloud = CloudEmulator.start(EmulatorOptions.defaults().withJobMillis(0));
                Workspace ws = new Workspace(TerraformCli.find(), Map.of("huaweidr/huaweidr", dist))) {
            String endpoint = "endpoint=" + cloud.baseUrl();
            ws.env("HUAWEIDR_JAVA", recorder.toString()).config(config);
            ws.apply("-var", endpoint);
            ws.ok("plan", "-var", endpoint);
            ws.ok("destroy", "-auto-approve", "-var", endpoint);
        }
        try (Stream<Path> lists = Files.list(work)) {
            return lists.filter(p -> p.toString().endsWith(".classlist"))
                    .max(Comparator.comparingLong(StartupArchiveTraining::size))
                    .orElseThrow(() -> new IllegalStateException("the session started no provider process"));
        }
    }

    private static void dump(Path java, Path classList, Path mainJar, Path archive, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive,
                // The archive keeps heap objects laid out for one collector: the launcher's.
                "-XX:+UseSerialGC", "-cp", mainJar.toString()));
        if (run(List.of(java.toString(), "-XX:+AOTClassLinking", "-version"), log) == 0) {
            command.add(1, "-XX:+AOTClassLinking");
        }
        if (run(command, log) != 0 || !Files.exists(archive)) {
            throw new IllegalStateException("the JVM could not archive the classes:\n" + Files.readString(log));
        }
    }

    private static int run(List<String> command, Path log) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
