package dev.huaweidr.emulator;

import dev.huaweidr.emulator.seed.SeedException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator from the command line until SIGINT/SIGTERM:
 * {@code --port N} (default $EMULATOR_PORT, else 18080), {@code --seed FILE} (default: the bundled
 * quickstart seed), {@code --state FILE}, {@code --job-millis N} (default 2000), {@code --latency-ms N}
 * (default 0), {@code --tls-cert PEM --tls-key PEM}. Prints one line on stdout when ready; logs requests to stderr.
 */
public final class Main {
    static final int DEFAULT_PORT = 18080;
    private static final String USAGE = "usage: emulator [--port N] [--seed FILE] [--state FILE] [--job-millis N] "
            + "[--latency-ms N] [--tls-cert PEM --tls-key PEM]";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmulatorOptions options;
        try {
            options = parse(args, System.getenv("EMULATOR_PORT"));
        } catch (IllegalArgumentException e) {
            System.err.println("emulator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Emulator emulator;
        try {
            emulator = Emulator.start(options);
        } catch (SeedException | IOException e) {
            System.err.println("emulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            System.err.println("huaweidr emulator stopped");
            stopped.countDown();
        }, "emulator-shutdown"));
        System.out.println("huaweidr emulator listening on " + emulator.baseUrl());
        System.out.flush();
        stopped.await();
    }

    static EmulatorOptions parse(String[] args, String portFromEnv) {
        EmulatorOptions options = EmulatorOptions.defaults()
                .withPort(portFromEnv == null || portFromEnv.isBlank() ? DEFAULT_PORT : number("EMULATOR_PORT", portFromEnv))
                .withRequestLog(System.err);
        Path tlsCert = null;
        Path tlsKey = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if ("--help".equals(flag) || "-h".equals(flag)) {
                throw new IllegalArgumentException("help requested");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> options = options.withPort(number(flag, value));
                case "--seed" -> options = options.withSeed(Path.of(value));
                case "--state" -> options = options.withState(Path.of(value));
                case "--job-millis" -> options = options.withJobMillis(number(flag, value));
                case "--latency-ms" -> options = options.withLatencyMillis(number(flag, value));
                case "--tls-cert" -> tlsCert = Path.of(value);
                case "--tls-key" -> tlsKey = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return options.withTls(tlsCert, tlsKey);
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
        }
    }
}
