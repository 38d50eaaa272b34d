package dev.kairos.app.cli;

import dev.kairos.engine.strategy.ParamSpec;
import dev.kairos.engine.strategy.StrategyCatalog;
import dev.kairos.engine.strategy.StrategyDefinition;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kairos strategies}: the built-in strategies with their parameters: numbers with their default and
 * range, text with its default (or "required"), and nested families such as consensus's
 * {@code <member>.<param>=VALUE}.
 */
@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = "List the built-in strategies, their parameters and defaults.")
final class StrategiesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        for (StrategyDefinition d : StrategyCatalog.builtIn().all()) {
            w.printf(Locale.ROOT, "%s%n  %s%n", d.name(), d.description());
            for (ParamSpec p : d.params()) {
                switch (p.kind()) {
                    case INTEGER, REAL -> w.printf(Locale.ROOT, "  --param %-12s default %-8s range [%s, %s]  %s%n",
                            p.name() + "=", p.defaultText(), p.format(p.min()), p.format(p.max()), p.description());
                    case TEXT -> w.printf(Locale.ROOT, "  --param %-12s %-16s text  %s%n", p.name() + "=",
                            p.required() ? "required" : "default " + (p.defaultText().isEmpty() ? "\"\""
                                    : p.defaultText()), p.description());
                    case NESTED -> w.printf(Locale.ROOT, "  --param %s=VALUE  %s%n", p.name(), p.description());
                }
            }
            w.println();
        }
        w.flush();
        return ExitCode.OK;
    }
}
