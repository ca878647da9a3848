package dev.huaweidr.acc;

import dev.huaweidr.emulator.EmulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes the launcher's class archive, {@code lib/startup.jsa}, from a real Terraform session: the quickstart
 * story (apply, plan, destroy) against the emulator, through the packaged launcher, with a JVM that lists
 * every class it loads. The list of the provider process that loaded the most classes (the one that applied)
 * becomes {@code lib/startup.classlist}, from which {@code lib/make-startup-archive} makes the archive, as a
 * release install's launcher does for itself (where the build's archive cannot fit: Terraform's unzip gives
 * the jars new times).
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
        Path classes = dist.resolve("lib/startup.classlist");
        Files.deleteIfExists(archive);
        Files.deleteIfExists(dist.resolve("lib/startup.release"));
        Files.deleteIfExists(classes);
        if (terraform == null || terraform.isBlank()) {
            System.out.println("No TF_ACC_TERRAFORM_PATH: the launcher starts without a class archive.");
            return;
        }
        Path work = Files.createTempDirectory("startup-training-");
        try {
            Files.copy(train(dist, config, recorder(java, work), work), classes);
            dump(java, dist.resolve("lib"), work.resolve("dump.log"));
            System.out.printf("Startup archive: %d classes of a Terraform session, %s (%d MB)%n",
                    Files.readAllLines(classes).size(), archive, Files.size(archive) >> 20);
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

    private static void dump(Path java, Path lib, Path log) throws IOException, InterruptedException {
        Process maker = new ProcessBuilder(lib.resolve("make-startup-archive").toString(), java.toString(),
                lib.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (maker.waitFor() != 0) {
            throw new IllegalStateException("the JVM could not archive the classes:\n" + Files.readString(log));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
