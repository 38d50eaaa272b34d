package dev.kairos.app.cli;

import static dev.kairos.app.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.engine.journal.RunManifest;
import dev.kairos.persistence.journal.EntryKind;
import dev.kairos.persistence.journal.JournalReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kairos backtest --funding} (and {@code backtest.funding} in YAML) on hand-written files: a perpetual's
 * hourly bars and its 8-hourly funding rates, in a temporary directory.
 */
class FundingCliTest {
    private static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00Z
    private static final long HOUR = 3_600_000L;
    private static final int BARS = 96;
    private static final int FUNDINGS = 12;

    @TempDir
    Path dir;
    private Path perp;
    private Path funding;
    private int outs;

    @BeforeEach
    void writeFiles() throws IOException {
        perp = bars("tst_TST-USDT-PERP_1h.csv");
        List<String> rates = new ArrayList<>(List.of("timestamp,rate"));
        for (int k = 0; k < FUNDINGS; k++) {
            rates.add((T0 + k * 8 * HOUR + 17) + "," + (k % 3 == 2 ? "-0.0004" : "0.001"));
        }
        funding = Files.write(dir.resolve("tst_TST-USDT-PERP_funding_8h.csv"), rates);
    }

    /** A zigzag of hourly bars that sma-cross 2/5 trades long and short. */
    private Path bars(String name) throws IOException {
        List<String> lines = new ArrayList<>(List.of("timestamp,open,high,low,close,volume"));
        double prev = 100;
        for (int i = 0; i < BARS; i++) {
            double close = Math.rint((100 + 6 * Math.sin(i / 3.0)) * 100) / 100;
            lines.add((T0 + i * HOUR) + "," + prev + "," + (Math.max(prev, close) + 0.5) + ","
                    + (Math.min(prev, close) - 0.5) + "," + close + ",1000");
            prev = close;
        }
        return Files.write(dir.resolve(name), lines);
    }

    private String out() {
        return dir.resolve("runs-" + ++outs).toString();
    }

    private InProcessCli.Run backtest(String... more) {
        List<String> args = new ArrayList<>(List.of("backtest", "--json", "--param", "fast=2", "--param", "slow=5",
                "--out", out()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void fundingIsChargedReportedRowCountedHashedAndJournaled() throws IOException {
        InProcessCli.Run r = backtest("--data", perp.toString(), "--funding", funding.toString());
        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode json = r.json();
        CliContractTest.assertContract(json, r);
        assertThat(json.get("funding_paid").asDouble()).as("funding_paid").isNotZero();
        assertThat(json.get("bars").asLong()).isEqualTo(BARS);

        JsonNode rows = json.get("rows").get(funding.toString());
        assertThat(rows.get("kind").asText()).isEqualTo("funding");
        assertThat(rows.get("symbol").asText()).isEqualTo("TST-USDT-PERP");
        assertThat(rows.get("parsed").asLong()).isEqualTo(FUNDINGS);
        assertThat(rows.get("accepted").asLong()).isEqualTo(FUNDINGS);
        assertThat(rows.get("malformed").asLong()).isZero();
        assertThat(rows.get("sha256").asText()).isEqualTo(sha256(funding));
        assertThat(json.get("rows").get(perp.toString()).get("kind").asText()).isEqualTo("bars");
        assertThat(r.err()).contains(funding + ": TST-USDT-PERP funding, " + FUNDINGS + " rows parsed, " + FUNDINGS
                + " accepted, 0 malformed");

        assertThat(InProcessCli.read(Path.of(json.get("report").asText()))).contains(funding
                + " (TST-USDT-PERP funding rates): " + FUNDINGS + " rows parsed", sha256(funding));

        try (JournalReader journal = JournalReader.open(Path.of(json.get("journal").asText()))) {
            long charged = journal.count(EntryKind.FUNDING_APPLIED);
            // funding at 0:00 + 17 ms falls in the first bar, before any position: at most 11 are charged
            assertThat(charged).isPositive().isLessThanOrEqualTo(FUNDINGS - 1);
            RunManifest manifest = journal.manifest().orElseThrow();
            assertThat(manifest.data()).contains(new RunManifest.DataFile(funding.toString(), "TST-USDT-PERP",
                    sha256(funding), FUNDINGS));
            assertThat(manifest.data()).extracting(RunManifest.DataFile::path).containsExactly(perp.toString(),
                    funding.toString());
            assertThat(manifest.config()).containsEntry("backtest.funding", funding.toString());
        }

        // the same run from YAML gives the same journal hash; without funding, none is paid
        Path yaml = Files.write(dir.resolve("perp.yaml"), List.of("backtest:", "  data: [" + perp + "]",
                "  funding:", "    - " + funding));
        InProcessCli.Run fromYaml = backtest("--config", yaml.toString());
        assertThat(fromYaml.exit()).as(fromYaml.describe()).isZero();
        assertThat(fromYaml.json().get("journal_hash").asText()).isEqualTo(json.get("journal_hash").asText());
        InProcessCli.Run without = backtest("--data", perp.toString());
        assertThat(without.exit()).as(without.describe()).isZero();
        assertThat(without.json().get("funding_paid").asDouble()).isZero();
        assertThat(without.json().get("rows").size()).isEqualTo(1);
    }

    @Test
    void malformedFundingRowsAreCountedOrFailTheRun() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(funding));
        lines.add(4, "not-a-time,0.001");
        Files.write(funding, lines);
        InProcessCli.Run skip = backtest("--data", perp.toString(), "--funding", funding.toString());
        assertThat(skip.exit()).as(skip.describe()).isZero();
        JsonNode rows = skip.json().get("rows").get(funding.toString());
        assertThat(rows.get("parsed").asLong()).isEqualTo(FUNDINGS + 1);
        assertThat(rows.get("malformed").asLong()).isEqualTo(1);
        assertThat(rows.get("malformed_by_kind").get("non_numeric").get("first_lines").get(0).asLong()).isEqualTo(5);

        InProcessCli.Run fail = backtest("--data", perp.toString(), "--funding", funding.toString(), "--on-bad-row",
                "fail");
        assertError(fail, ExitCode.DATA, funding.toString(), "1 malformed funding rows");
    }

    @Test
    void aFundingFileNeedsALoadedPerpetualOfItsNameAndOnlyOnce() throws IOException {
        Path other = Files.copy(funding, dir.resolve("tst_OTHER-USDT-PERP_funding_8h.csv"));
        assertError(backtest("--data", perp.toString(), "--funding", other.toString()), ExitCode.USAGE, "--funding",
                other.toString(), "funding of OTHER-USDT-PERP", "no --data file holds OTHER-USDT-PERP",
                "loaded: TST-USDT-PERP");

        Path spot = bars("tst_TST-USDT_1h.csv");
        Path spotFunding = Files.copy(funding, dir.resolve("tst_TST-USDT_funding_8h.csv"));
        assertError(backtest("--data", spot.toString(), "--funding", spotFunding.toString()), ExitCode.USAGE,
                "--funding", "TST-USDT is SPOT", "only perpetual instruments");

        Path unnamed = Files.copy(funding, dir.resolve("funding rates.csv"));
        assertError(backtest("--data", perp.toString(), "--funding", unnamed.toString()), ExitCode.USAGE,
                "--funding", "no instrument in file name");

        Path second = Files.copy(funding, dir.resolve("copy_TST-USDT-PERP_funding_8h.csv"));
        assertError(backtest("--data", perp.toString(), "--funding", funding.toString(), "--funding",
                second.toString()), ExitCode.USAGE, "--funding " + second, "already has funding from " + funding);
        assertError(backtest("--data", perp.toString(), "--funding", funding.toString(), "--funding",
                funding.toString()), ExitCode.USAGE, "--funding", "given twice");

        // every mismatch at once, before any funding file is read (the missing one would be a data error)
        InProcessCli.Run both = backtest("--data", perp.toString(), "--funding", other.toString(), "--funding",
                unnamed.toString());
        assertThat(both.exit()).as(both.describe()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("OTHER-USDT-PERP", "no instrument in file name");
    }

    @Test
    void aMissingOrEmptyFundingFileIsADataError() throws IOException {
        Path missing = dir.resolve("gone_TST-USDT-PERP_funding_8h.csv");
        assertError(backtest("--data", perp.toString(), "--funding", missing.toString()), ExitCode.DATA,
                missing.toString(), "file not found");
        Path headerOnly = Files.write(dir.resolve("hdr_TST-USDT-PERP_funding_8h.csv"), List.of("timestamp,rate"));
        assertError(backtest("--data", perp.toString(), "--funding", headerOnly.toString()), ExitCode.DATA,
                headerOnly.toString(), "no funding rows");
        Path wrong = Files.write(dir.resolve("bad_TST-USDT-PERP_funding_8h.csv"), List.of("time,value", "1,0.1"));
        assertError(backtest("--data", perp.toString(), "--funding", wrong.toString()), ExitCode.DATA,
                wrong.toString(), "timestamp,rate");
    }

    private static void assertError(InProcessCli.Run r, int exit, String... fragments) {
        assertThat(r.exit()).as(r.describe()).isEqualTo(exit);
        assertThat(r.out()).as(r.describe()).isEmpty();
        List<String> errors = r.err().lines().filter(l -> !l.startsWith("kairos: ")).toList();
        assertThat(errors).as(r.describe()).hasSize(1);
        assertThat(errors.getFirst()).as(r.describe()).contains(fragments).startsWith("kairos backtest: ");
        assertThat(r.err()).as(r.describe()).doesNotContain("\tat ", "Exception", "internal error");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
