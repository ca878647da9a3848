package dev.huaweidr.plugin;

import dev.huaweidr.framework.provider.Provider;
import dev.huaweidr.resources.HuaweidrProvider;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * Entry point of {@code terraform-provider-huaweidr}. Terraform starts it as a go-plugin: the magic cookie
 * in the environment, the handshake line on stdout, then gRPC over mutual TLS until Terraform shuts it down.
 * With {@code --debug} (loopback, for a debugger) or {@code --warm} (a private unix socket, for CI runners) it
 * serves one long-lived process that Terraform commands attach to instead.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        run(args, new HuaweidrProvider());
    }

    /** Serves {@code provider} as a plugin; tests use it to serve providers of their own. */
    public static void run(String[] args, Provider provider) {
        // Only the handshake may reach stdout; whatever else a library prints goes to stderr instead.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            if (Arrays.asList(args).contains("--debug")) {
                ReattachProcess.serveDebug(stdout, provider);
                return;
            }
            if (Arrays.asList(args).contains("--warm")) {
                ReattachProcess.serveWarm(stdout, provider);
                return;
            }
            PluginEnvironment env = PluginEnvironment.from(System.getenv());
            if (!env.cookieValid()) {
                exit("This binary is a plugin. These are not meant to be executed directly.\n"
                        + "Please execute the program that consumes these plugins, which will load any plugins\n"
                        + "automatically: here, Terraform with the " + provider.typeName() + " provider configured.\n"
                        + "To debug the provider, run it with --debug and follow the instructions.");
            }
            PluginProcess.serve(env, stdout, provider);
        } catch (PluginStartException e) {
            exit(e.getMessage());
        }
    }

    private static void exit(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
