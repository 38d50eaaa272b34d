package dev.kairos.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code kairos} command. */
@Command(name = "kairos", mixinStandardHelpOptions = true, versionProvider = KairosCommand.Version.class,
        description = "Kairos: research, test and run automated crypto strategies.",
        subcommands = {BacktestCommand.class, StrategiesCommand.class, JournalCommand.class, DataCommand.class,
                IndicatorsCommand.class, SentimentCommand.class, RegimesCommand.class})
public final class KairosCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Builds the command line with the contract's exit codes and error style. */
    public static CommandLine commandLine(Path home, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new KairosCommand(), new Factory(home));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandName() + ": error: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("kairos: internal error: " + ex);
            if (System.getenv("KAIROS_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("(set KAIROS_DEBUG=1 for the stack trace)");
            }
            return ExitCode.INTERNAL;
        });
        return cl;
    }

    /** Gives subcommands the installation directory. */
    private record Factory(Path home) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == BacktestCommand.class) {
                return cls.cast(new BacktestCommand(home));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kairos " + version()};
        }
    }

    static String version() {
        String v = KairosCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
