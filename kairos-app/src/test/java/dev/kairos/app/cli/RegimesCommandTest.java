package dev.kairos.app.cli;

import static dev.kairos.app.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kairos regimes}, in-process, on the shipped BTC 4h candles of 2023–2024: the per-bar CSV (exact header,
 * empty cells while warming up, probabilities that sum to 1), the summary as JSON (shares sum to 1, transition
 * rows sum to 1), the SVG picture, the quality document, and the exit codes of bad input.
 */
class RegimesCommandTest {
    private static final String HEADER =
            "timestamp,regime,confidence,level,p_bull_trend,p_bear_trend,p_volatile_range,p_quiet_range";

    @TempDir
    Path dir;

    private static String data() {
        return InProcessCli.HOME.resolve("data/coinbase_BTC-USD_4h.csv").toString();
    }

    @Test
    void writesOneRowPerBarAndSummarisesTheTimelineAsJson() throws IOException {
        Path csv = dir.resolve("regimes.csv");
        Path svg = dir.resolve("regimes.svg");
        InProcessCli.Run r = run("regimes", "--data", data(), "--from", "2023-01-01", "--to", "2025-01-01",
                "--detector", "volatility", "--detector", "trend", "--detector", "momentum", "--out", csv.toString(),
                "--svg", svg.toString(), "--json");

        assertThat(r.exit()).as(r.describe()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        JsonNode json = r.json();
        int bars = json.get("bars").asInt();
        assertThat(lines).hasSize(bars + 1);
        assertThat(bars).as("two years of 4h bars").isBetween(4_300, 4_400);
        // warm-up rows have no regime; later rows name one of the four with a level and probabilities summing to 1
        assertThat(lines.get(1).split(",", -1)[1]).isEmpty();
        String[] last = lines.get(lines.size() - 1).split(",", -1);
        assertThat(last[1]).isIn("bull_trend", "bear_trend", "volatile_range", "quiet_range");
        assertThat(last[3]).isIn("LOW", "MEDIUM", "HIGH");
        double sum = 0;
        for (int c = 4; c < 8; c++) {
            sum += Double.parseDouble(last[c]);
        }
        assertThat(sum).isCloseTo(1.0, within(1e-5));

        assertThat(json.get("detectors")).hasSize(3);
        double share = 0;
        for (JsonNode regime : json.get("regimes")) {
            share += regime.get("share").asDouble();
            assertThat(regime.get("mean_duration_bars").asDouble()).isNotNegative();
        }
        assertThat(share).isCloseTo(1.0, within(1e-9));
        for (JsonNode row : json.get("transition_matrix")) {
            double rowSum = 0;
            for (JsonNode p : row) {
                rowSum += p.asDouble();
            }
            assertThat(rowSum).satisfiesAnyOf(x -> assertThat(x).isCloseTo(1.0, within(1e-9)),
                    x -> assertThat(x).isZero());
        }
        assertThat(json.get("mean_confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(Files.readString(svg)).startsWith("<svg").contains("bull_trend");
    }

    @Test
    void withoutJsonTheCsvGoesToStdoutAndTheSummaryToStderr() {
        InProcessCli.Run r = run("regimes", "--data", data(), "--from", "2024-06-01", "--to", "2024-09-01",
                "--detector", "trend");

        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.out()).startsWith(HEADER + "\n");
        assertThat(r.err()).contains("transition matrix").contains("quiet_range").contains("mean confidence");
    }

    @Test
    void badInputIsAUsageOrDataError() {
        InProcessCli.Run unknown = run("regimes", "--data", data(), "--detector", "garch");
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("--detector garch: unknown detector").contains("hmm");
        assertThat(unknown.out()).isEmpty();

        InProcessCli.Run noData = run("regimes");
        assertThat(noData.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noData.err()).contains("--data: required");

        InProcessCli.Run both = run("regimes", "--data", data(), "--switch-margin", "1.5", "--min-dwell-bars", "0");
        assertThat(both.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).as("every problem at once").contains("--switch-margin: must be in [0, 1), got 1.5")
                .contains("--min-dwell-bars: must be at least 1, got 0");

        InProcessCli.Run missing = run("regimes", "--data", dir.resolve("nope.csv").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.DATA);
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void qualityWritesTheMarkdownWithItsVerdictAndTables() throws IOException {
        Path md = dir.resolve("regimes.md");
        InProcessCli.Run r = run("regimes", "quality", "--seed", "3", "--bars", "1500", "--detector", "trend",
                "--detector", "momentum", "--out", md.toString());

        assertThat(r.exit()).as(r.describe()).isZero();
        String doc = Files.readString(md);
        assertThat(doc).startsWith("# Regime detection: measured quality")
                .contains("kairos regimes quality --seed 3 --bars 1500 --detector trend --detector momentum")
                .contains("**Targets.**").contains("| trend |").contains("| momentum |").contains("| ensemble |")
                .contains("### Settled accuracy per seed");
        assertThat(run("regimes", "quality", "--bars", "10").exit()).isEqualTo(ExitCode.USAGE);
    }
}
