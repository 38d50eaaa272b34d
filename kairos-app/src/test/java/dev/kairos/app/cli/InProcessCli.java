package dev.kairos.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the {@code kairos} command line in this JVM, as {@link dev.kairos.app.Main} does, with stdout and
 * stderr captured. The installation directory is the repository root, so the default data file resolves.
 */
final class InProcessCli {
    /** The repository root: the nearest folder up from the working directory that has {@code kairos} and {@code data/}. */
    static final Path HOME = findHome();
    static final Path BTC = HOME.resolve("data/coinbase_BTC-USD_4h.csv");
    static final Path ETH = HOME.resolve("data/coinbase_ETH-USD_4h.csv");

    private static final ObjectMapper JSON = new ObjectMapper();

    private InProcessCli() {
    }

    /** What one command did. */
    record Run(int exit, String out, String err) {
        /** stdout parsed as JSON, after checking it holds exactly one JSON object and nothing else. */
        JsonNode json() {
            try (var parser = JSON.createParser(out)) {
                JsonNode node = JSON.readTree(parser);
                assertThat(node).as("stdout: %s%nstderr: %s", out, err).isNotNull();
                assertThat(node.isObject()).as("stdout is a JSON object").isTrue();
                assertThat(parser.nextToken()).as("nothing after the JSON object on stdout").isNull();
                return node;
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + e.getMessage() + "\nstdout: " + out + "\nstderr: "
                        + err, e);
            }
        }

        /** Everything the command printed, for assertion messages. */
        String describe() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            exit = KairosCommand.commandLine(HOME, o, e).execute(args);
        }
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path findHome() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("kairos")) && Files.isDirectory(p.resolve("data"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (a folder with 'kairos' and 'data/') above "
                + Path.of("").toAbsolutePath());
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
