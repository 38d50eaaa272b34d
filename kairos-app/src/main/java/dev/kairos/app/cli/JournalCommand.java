package dev.kairos.app.cli;

import dev.kairos.persistence.journal.JournalException;
import dev.kairos.persistence.journal.JournalVerifier;
import dev.kairos.persistence.journal.Verification;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kairos journal ...}: journal tools. */
@Command(name = "journal", mixinStandardHelpOptions = true, description = "Inspect run journals.",
        subcommands = {JournalCommand.Verify.class})
final class JournalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a journal command is required (verify)");
    }

    /** {@code kairos journal verify DB}: recomputes the hash chain. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check a journal's hash chain: exit 0 when intact, 1 naming the first broken row.",
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:chain intact", "1:chain broken", "2:not a journal / no such file"})
    static final class Verify implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DB", description = "journal.db of a run")
        Path db;

        @Override
        public Integer call() {
            try {
                Verification v = JournalVerifier.verify(db);
                if (v.ok()) {
                    spec.commandLine().getOut().println(v.summary());
                    spec.commandLine().getOut().flush();
                    return ExitCode.OK;
                }
                spec.commandLine().getErr().println("kairos journal verify: " + v.summary());
                return ExitCode.BROKEN;
            } catch (JournalException e) {
                spec.commandLine().getErr().println("kairos journal verify: error: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
    }
}
