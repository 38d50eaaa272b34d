package dev.kairos.app.cli;

import static dev.kairos.app.cli.InProcessCli.BTC;
import static dev.kairos.app.cli.InProcessCli.ETH;
import static dev.kairos.app.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.app.backtest.TradeCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line contract of {@code kairos backtest}, {@code kairos strategies} and {@code kairos journal
 * verify}, run in-process on the data shipped in the repository.
 */
class CliContractTest {
    /** 18 months of 4h BTC bars: enough for trades, quick enough for a unit test. */
    private static final String[] WINDOW = {"--from", "2023-01-01", "--to", "2024-07-01"};

    private static final List<String> NUMBER_KEYS = List.of("initial_equity", "final_equity", "realized_pnl",
            "unrealized_pnl", "fees_paid", "funding_paid", "total_return", "cagr", "sharpe", "sortino", "calmar",
            "max_drawdown", "win_rate", "profit_factor", "expectancy", "avg_trade_bars", "exposure",
            "buy_and_hold_return");
    private static final List<String> INTEGER_KEYS = List.of("seed", "bars", "trades", "max_drawdown_duration_bars",
            "max_consecutive_losses");
    private static final List<String> TEXT_KEYS = List.of("run_id", "strategy", "journal", "journal_hash", "report");

    @TempDir
    static Path shared;

    /** The window run every test here may read: {@code backtest --json --seed 7 --export-trades ...}. */
    private static InProcessCli.Run windowRun;
    private static JsonNode window;
    private static Path tradesCsv;

    @BeforeAll
    static void runTheWindowOnce() {
        tradesCsv = shared.resolve("exports/trades.csv");
        windowRun = run(args("backtest", "--json", "--seed", "7", "--out", shared.resolve("runs").toString(),
                "--export-trades", tradesCsv.toString()));
        assertThat(windowRun.exit()).as(windowRun.describe()).isZero();
        window = windowRun.json();
    }

    @Test
    void jsonSummaryHasEveryContractKeyWithItsType() {
        assertContract(window, windowRun);
        assertThat(window.get("strategy").asText()).isEqualTo("sma-cross");
        assertThat(window.get("params").get("fast").asText()).isEqualTo("10");
        assertThat(window.get("params").get("slow").asText()).isEqualTo("30");
        assertThat(window.get("seed").asLong()).isEqualTo(7);
        assertThat(window.get("trades").asInt()).as("the 18-month window trades").isPositive();
        // all ratios of this run are defined (there are wins and losses), and ratios are fractions
        for (String key : NUMBER_KEYS) {
            assertThat(window.get(key).isNumber()).as("%s is a number in %s", key, window).isTrue();
        }
        assertThat(window.get("initial_equity").asDouble()).isEqualTo(10_000.0);
        assertThat(window.get("total_return").asDouble()).isCloseTo(
                window.get("final_equity").asDouble() / window.get("initial_equity").asDouble() - 1, within(1e-9));
        assertThat(window.get("fees_paid").asDouble()).as("10 bps default taker fee").isPositive();
        assertThat(window.get("funding_paid").asDouble()).as("spot pays no funding").isZero();
        assertThat(window.get("execution").get("avg_slippage_bps").asDouble()).as("5 bps default slippage")
                .isCloseTo(5.0, within(0.5));
        assertThat(window.get("execution").get("avg_latency_ms").asDouble()).isZero();
    }

    @Test
    void jsonSummaryHasTheRunsRiskFiguresAndHealth() throws SQLException {
        JsonNode risk = window.get("risk");
        assertThat(risk.get("confidence").asDouble()).isEqualTo(0.99);
        assertThat(risk.get("horizon").asInt()).isEqualTo(1);
        assertThat(risk.get("returns").asLong()).as("one return per bar close").isEqualTo(window.get("bars").asLong());
        for (String method : List.of("historical", "parametric", "monte_carlo")) {
            double var = risk.get("var").get(method).asDouble();
            double es = risk.get("es").get(method).asDouble();
            // a 4h bar of BTC at up to full exposure: a 99 % loss between 0 and 20 % of equity, ES beyond it
            assertThat(var).as("var.%s", method).isBetween(0.0, 0.2);
            assertThat(es).as("es.%s", method).isGreaterThanOrEqualTo(var).isLessThan(0.3);
        }
        assertThat(risk.get("denied")).isEqualTo(window.get("orders").get("denied_by_check"));
        JsonNode health = window.get("health");
        assertThat(health.get("min").asDouble()).isBetween(0.0, 100.0);
        assertThat(health.get("mean").asDouble()).isBetween(health.get("min").asDouble(), 100.0);
        // every order's check verdicts are in the journal, one row per check, denials included
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + window.get("journal").asText());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(DISTINCT order_id), sum(verdict = 'deny') FROM risk_checks")) {
            assertThat(rs.next()).isTrue();
            JsonNode orders = window.get("orders");
            assertThat(rs.getLong(1)).isEqualTo(orders.get("submitted").asLong() + orders.get("denied").asLong());
            assertThat(rs.getLong(2)).isEqualTo(orders.get("denied").asLong());
        }
    }

    @Test
    void rowsAccountForEveryLineOfTheFileAndTheWindow() throws IOException {
        JsonNode rows = window.get("rows");
        assertThat(names(rows)).containsExactly(BTC.toString());
        JsonNode btc = rows.get(BTC.toString());
        long dataLines = Files.readAllLines(BTC).size() - 1;
        assertThat(btc.get("parsed").asLong()).isEqualTo(dataLines);
        assertThat(btc.get("malformed").asLong()).isZero();
        assertThat(btc.get("accepted").asLong() + btc.get("skipped").asLong()).isEqualTo(dataLines);
        // 2023-01-01 .. 2024-07-01 is 547 days of six 4h bars; the shipped file has no gap there
        assertThat(btc.get("accepted").asLong()).isEqualTo(window.get("bars").asLong()).isEqualTo(547 * 6);
        assertThat(windowRun.err()).contains(BTC + ": BTC-USD, " + dataLines + " rows parsed, " + 547 * 6
                + " accepted");
    }

    @Test
    void reportAndJournalAreWrittenAndTheJournalVerifies() {
        Path journal = Path.of(window.get("journal").asText());
        Path report = Path.of(window.get("report").asText());
        assertThat(journal).isRegularFile().hasFileName("journal.db");
        assertThat(journal.getParent().getFileName().toString()).isEqualTo(window.get("run_id").asText());
        assertThat(journal.getParent().getParent()).isEqualTo(shared.resolve("runs"));
        assertThat(report).isRegularFile().hasFileName("report.html").hasParent(journal.getParent());
        assertThat(InProcessCli.read(report)).contains("<html", "sma-cross",
                "VaR 99.00 %, 1 bar (historical / parametric / Monte Carlo)", "Health min / mean");

        InProcessCli.Run verify = run("journal", "verify", journal.toString());
        assertThat(verify.exit()).as(verify.describe()).isZero();
        assertThat(verify.out()).startsWith("intact: ").contains(window.get("journal_hash").asText());
        assertThat(verify.err()).isEmpty();
    }

    @Test
    void sameInputsAndSeedGiveTheSameJournalHashAndATamperedJournalIsCaught(@TempDir Path out)
            throws SQLException {
        InProcessCli.Run again = run(args("backtest", "--json", "--seed", "7", "--out", out.toString()));
        assertThat(again.exit()).as(again.describe()).isZero();
        JsonNode second = again.json();
        assertThat(second.get("journal_hash").asText()).isEqualTo(window.get("journal_hash").asText());
        assertThat(second.get("final_equity").asDouble()).isEqualTo(window.get("final_equity").asDouble());
        assertThat(second.get("journal").asText()).isNotEqualTo(window.get("journal").asText());

        // edit one payload in place: the triggers forbid it, so drop them first as an attacker would
        Path journal = Path.of(second.get("journal").asText());
        long seq = 5;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal);
             Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER entries_no_update");
            int changed = st.executeUpdate("UPDATE entries SET payload = replace(payload, '1', '2') WHERE seq = "
                    + seq);
            assertThat(changed).isOne();
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM entries WHERE seq > " + seq)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).as("rows after the tampered one").isPositive();
            }
        }
        InProcessCli.Run verify = run("journal", "verify", journal.toString());
        assertThat(verify.exit()).as(verify.describe()).isEqualTo(1);
        assertThat(verify.out()).isEmpty();
        assertThat(verify.err()).contains("broken at seq " + seq, "hash_mismatch", (seq - 1) + " entries before it "
                + "are intact").doesNotContain("\tat ");
        assertThat(verify.err().lines()).hasSize(1);
    }

    @Test
    void theSeedIsPartOfTheRecordedRun(@TempDir Path out) {
        InProcessCli.Run other = run(args("backtest", "--json", "--seed", "8", "--out", out.toString()));
        assertThat(other.exit()).as(other.describe()).isZero();
        JsonNode json = other.json();
        assertThat(json.get("seed").asLong()).isEqualTo(8);
        assertThat(json.get("journal_hash").asText()).isNotEqualTo(window.get("journal_hash").asText());
    }

    @Test
    void exportTradesWritesOneRowPerClosedTrade() throws IOException {
        assertThat(window.get("trades_csv").asText()).isEqualTo(tradesCsv.toString());
        List<String> lines = Files.readAllLines(tradesCsv);
        assertThat(lines.getFirst()).isEqualTo(
                "symbol,side,entry_time,exit_time,quantity,entry_price,exit_price,pnl,fees,exit_reason")
                .isEqualTo(TradeCsv.HEADER);
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows).hasSize(window.get("trades").asInt());
        long from = 1_672_531_200_000L; // 2023-01-01
        long to = 1_719_792_000_000L; // 2024-07-01
        double pnl = 0;
        double fees = 0;
        for (String row : rows) {
            String[] f = row.split(",", -1);
            assertThat(f).as(row).hasSize(10);
            assertThat(f[0]).isEqualTo("BTC-USD");
            assertThat(f[1]).isIn("long", "short");
            long entry = Long.parseLong(f[2]);
            long exit = Long.parseLong(f[3]);
            assertThat(entry).as(row).isBetween(from, to + 4 * 3_600_000L).isLessThanOrEqualTo(exit);
            assertThat(Double.parseDouble(f[4])).as(row).isPositive();
            assertThat(Double.parseDouble(f[5])).as(row).isPositive();
            assertThat(Double.parseDouble(f[6])).as(row).isPositive();
            pnl += Double.parseDouble(f[7]);
            fees += Double.parseDouble(f[8]);
            assertThat(Double.parseDouble(f[8])).as(row).isNotNegative();
            assertThat(f[9]).as(row).isNotBlank();
        }
        // closed trades carry all the fees except those of the position still open at the end
        assertThat(fees).isLessThanOrEqualTo(window.get("fees_paid").asDouble() + 1e-6);
        assertThat(pnl).isNotZero();
    }

    @Test
    void severalDataFilesRunTogetherAndEachIsAccountedFor(@TempDir Path out) {
        InProcessCli.Run r = run("backtest", "--json", "--data", BTC.toString(), "--data", ETH.toString(),
                "--from", "2024-01-01", "--to", "2025-01-01", "--out", out.toString());
        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode json = r.json();
        assertContract(json, r);
        JsonNode rows = json.get("rows");
        assertThat(names(rows)).containsExactly(BTC.toString(), ETH.toString());
        assertThat(rows.get(BTC.toString()).get("symbol").asText()).isEqualTo("BTC-USD");
        assertThat(rows.get(ETH.toString()).get("symbol").asText()).isEqualTo("ETH-USD");
        long accepted = rows.get(BTC.toString()).get("accepted").asLong() + rows.get(ETH.toString()).get("accepted")
                .asLong();
        assertThat(json.get("bars").asLong()).isEqualTo(accepted);
        assertThat(rows.get(BTC.toString()).get("accepted").asLong()).isEqualTo(366 * 6);
        assertThat(rows.get(ETH.toString()).get("accepted").asLong()).isEqualTo(366 * 6);
        assertThat(r.err()).contains("BTC-USD, ", "ETH-USD, ");
    }

    /** The README's main job: {@code kairos backtest --json} with nothing else but where to put the run. */
    @Test
    void defaultRunOnTheWholeShippedFile(@TempDir Path out) throws IOException {
        long started = System.nanoTime();
        InProcessCli.Run r = run("backtest", "--json", "--out", out.toString());
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode json = r.json();
        assertContract(json, r);
        long dataLines = Files.readAllLines(BTC).size() - 1;
        JsonNode btc = json.get("rows").get(BTC.toString());
        assertThat(btc.get("parsed").asLong()).isEqualTo(dataLines);
        assertThat(btc.get("accepted").asLong()).isEqualTo(dataLines).isEqualTo(json.get("bars").asLong());
        assertThat(json.get("strategy").asText()).isEqualTo("sma-cross");
        assertThat(json.get("seed").asLong()).isEqualTo(42);
        assertThat(json.get("initial_equity").asDouble()).isEqualTo(10_000.0);
        assertThat(json.get("trades").asInt()).isGreaterThan(100);
        InProcessCli.Run verify = run("journal", "verify", json.get("journal").asText());
        assertThat(verify.exit()).as(verify.describe()).isZero();
        System.err.printf(Locale.ROOT, "default backtest of %d bars took %d ms in-process%n", dataLines, ms);
    }

    @Test
    void tableOutputShowsTheMainFigures(@TempDir Path out) {
        InProcessCli.Run r = run(args("backtest", "--seed", "7", "--out", out.toString()));
        assertThat(r.exit()).as(r.describe()).isZero();
        String table = r.out();
        assertThat(table.trim()).doesNotStartWith("{");
        assertThat(table).contains("Kairos backtest ", "sma-cross", "seed 7",
                String.format(Locale.ROOT, "%,d (BTC-USD)", window.get("bars").asLong()),
                String.format(Locale.ROOT, "%,.2f -> %,.2f", 10_000.0, window.get("final_equity").asDouble()),
                pct(window.get("total_return").asDouble()), "buy & hold " + pct(window.get(
                        "buy_and_hold_return").asDouble()),
                String.format(Locale.ROOT, "%.3f", window.get("sharpe").asDouble()),
                pct(window.get("max_drawdown").asDouble()),
                window.get("trades").asInt() + ", win rate " + pct(window.get("win_rate").asDouble()),
                String.format(Locale.ROOT, "fees %,.2f", window.get("fees_paid").asDouble()),
                "journal", "report", out.toString());
        for (String label : List.of("CAGR", "Sharpe / Sortino", "Calmar", "max drawdown", "expectancy", "exposure",
                "PnL", "execution")) {
            assertThat(table).as(label).containsPattern("(?m)^  " + Pattern.quote(label) + " +\\S");
        }
    }

    @Test
    void strategiesListsTheBuiltInsWithTheirParametersAndDefaults() {
        InProcessCli.Run r = run("strategies");
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.err()).isEmpty();
        String out = r.out();
        assertThat(out).containsPattern("(?m)^sma-cross$").containsPattern("(?m)^rsi-reversion$");
        assertThat(paramDefaults(out, "sma-cross")).containsExactly(entry("fast", "10"), entry("slow", "30"));
        assertThat(paramDefaults(out, "rsi-reversion")).containsKeys("period", "lower", "upper", "exit_long",
                "exit_short").containsEntry("period", "14").containsEntry("lower", "30.0")
                .containsEntry("upper", "70.0");
    }

    @Test
    void helpAndVersionExitZero() {
        InProcessCli.Run help = run("backtest", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--data", "--strategy", "--param", "--from", "--to", "--capital", "--fee-bps",
                "--slippage-bps", "--latency-ms", "--seed", "--config", "--out", "--export-trades", "--json",
                "--on-bad-row", "Exit codes");
        InProcessCli.Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("kairos ");
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The keys and types every {@code --json} summary has, the accounting identity and the row counts. */
    static void assertContract(JsonNode json, InProcessCli.Run run) {
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
        for (String key : TEXT_KEYS) {
            assertThat(json.get(key)).as(key).isNotNull();
            assertThat(json.get(key).isTextual()).as("%s is text: %s", key, json.get(key)).isTrue();
        }
        for (String key : INTEGER_KEYS) {
            assertThat(json.get(key)).as(key).isNotNull();
            assertThat(json.get(key).isIntegralNumber()).as("%s is an integer: %s", key, json.get(key)).isTrue();
        }
        for (String key : NUMBER_KEYS) {
            assertThat(json.has(key)).as(key).isTrue();
            assertThat(json.get(key).isNumber() || json.get(key).isNull()).as("%s is a number or null: %s", key,
                    json.get(key)).isTrue();
        }
        assertThat(json.get("journal_hash").asText()).matches("[0-9a-f]{64}");
        assertThat(json.get("params").isObject()).isTrue();
        for (String section : List.of("risk", "health")) {
            assertThat(json.get(section)).as(section).isNotNull();
            assertThat(json.get(section).isObject()).as("%s is an object", section).isTrue();
        }
        for (String key : List.of("var", "es", "denied")) {
            assertThat(json.get("risk").get(key).isObject()).as("risk.%s is an object", key).isTrue();
        }
        JsonNode execution = json.get("execution");
        assertThat(execution).isNotNull();
        for (String key : List.of("avg_slippage_bps", "avg_latency_ms", "fill_ratio")) {
            assertThat(execution.get(key)).as("execution.%s", key).isNotNull();
            assertThat(execution.get(key).isNumber()).as("execution.%s is a number", key).isTrue();
        }

        // exit orders per reason: all ten reasons, zeros included
        JsonNode exits = json.get("exits");
        assertThat(exits).as("exits").isNotNull();
        List<String> reasons = new ArrayList<>();
        exits.fieldNames().forEachRemaining(reasons::add);
        assertThat(reasons).containsExactly("tp1", "tp2", "tp3", "stop", "breakeven", "trailing", "time", "hard_stop",
                "signal", "risk");
        reasons.forEach(r -> assertThat(exits.get(r).isIntegralNumber() && exits.get(r).asLong() >= 0)
                .as("exits.%s is a count: %s", r, exits.get(r)).isTrue());

        // ratios are fractions
        assertThat(execution.get("fill_ratio").asDouble()).isBetween(0.0, 1.0);
        for (String key : List.of("max_drawdown", "win_rate", "exposure")) {
            assertThat(json.get(key).asDouble()).as(key).isBetween(0.0, 1.0);
        }

        // final − initial = realized (gross of fees) + unrealized − fees − funding
        double initial = json.get("initial_equity").asDouble();
        double change = json.get("final_equity").asDouble() - initial;
        double explained = json.get("realized_pnl").asDouble() + json.get("unrealized_pnl").asDouble()
                - json.get("fees_paid").asDouble() - json.get("funding_paid").asDouble();
        double scale = Math.max(Math.abs(change), initial);
        assertThat(Math.abs(change - explained) / scale).as("accounting identity: change %s, explained %s", change,
                explained).isLessThan(1e-6);

        JsonNode rows = json.get("rows");
        assertThat(rows.isObject() && !rows.isEmpty()).as("rows: %s", rows).isTrue();
        long accepted = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = rows.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode c = e.getValue();
            for (String key : List.of("parsed", "accepted", "skipped", "malformed")) {
                assertThat(c.get(key)).as("rows[%s].%s", e.getKey(), key).isNotNull();
                assertThat(c.get(key).isIntegralNumber()).as("rows[%s].%s", e.getKey(), key).isTrue();
                assertThat(c.get(key).asLong()).isNotNegative();
            }
            assertThat(c.get("parsed").asLong()).as(e.getKey()).isEqualTo(c.get("accepted").asLong()
                    + c.get("skipped").asLong() + c.get("malformed").asLong());
            assertThat(c.get("kind").asText()).as("rows[%s].kind", e.getKey()).isIn("bars", "funding");
            assertThat(c.get("sha256").asText()).as("rows[%s].sha256", e.getKey()).matches("[0-9a-f]{64}");
            if (c.get("kind").asText().equals("bars")) {
                accepted += c.get("accepted").asLong();
            }
        }
        assertThat(json.get("bars").asLong()).isEqualTo(accepted);
        assertThat(Path.of(json.get("journal").asText())).isRegularFile();
        assertThat(Path.of(json.get("report").asText())).isRegularFile();
    }

    private static String[] args(String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(WINDOW));
        return all.toArray(String[]::new);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v * 100);
    }

    /** {@code name → default} of the {@code --param} lines under a strategy's heading. */
    private static Map<String, String> paramDefaults(String listing, String strategy) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean in = false;
        Pattern param = Pattern.compile("^\\s+--param (\\w+)=\\s+default (\\S+)");
        for (String line : listing.lines().toList()) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                in = line.equals(strategy);
                continue;
            }
            Matcher m = param.matcher(line);
            if (in && m.find()) {
                out.put(m.group(1), m.group(2));
            }
        }
        assertThat(out).as("parameters of %s in%n%s", strategy, listing).isNotEmpty();
        return out;
    }
}
