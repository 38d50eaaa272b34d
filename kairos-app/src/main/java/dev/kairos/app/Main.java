package dev.kairos.app;

import dev.kairos.app.cli.KairosCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point of the {@code kairos} launcher. The installation directory comes from {@code kairos.home}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("kairos.home", "."));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = KairosCommand.commandLine(home, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
