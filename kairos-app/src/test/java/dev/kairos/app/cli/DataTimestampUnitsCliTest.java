package dev.kairos.app.cli;

import static dev.kairos.app.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kairos data inspect | aggregate | resample} on files whose timestamps are not in milliseconds: the
 * unit is shown (table, JSON, a log note), the dates are right, and a row in another unit is a bad row.
 */
class DataTimestampUnitsCliTest {
    @TempDir
    Path dir;

    /** Five 4h bars of 2024-01-01 in epoch seconds, 00:00 to 20:00 without 08:00. */
    private Path secondsBars() throws IOException {
        return Files.writeString(dir.resolve("coinbase_BTC-USD_4h.csv"), """
                timestamp,open,high,low,close,volume
                1704067200,42000,42500,41800,42300,10.5
                1704081600,42300,42600,42100,42400,8
                1704110400,42400,42900,42300,42800,12
                1704124800,42800,43000,42700,42900,9
                1704139200,42900,43100,42600,42700,7.25
                """);
    }

    @Test
    void inspectShowsTheUnitAndTheRightDatesForASecondsFile() throws IOException {
        Path f = secondsBars();

        InProcessCli.Run table = run("data", "inspect", f.toString());
        assertThat(table.exit()).as(table.describe()).isZero();
        assertThat(table.out())
                .contains("timestamps      epoch seconds, converted to ms")
                .contains("range           2024-01-01T00:00:00Z .. 2024-01-01T20:00:00Z (bar open times)")
                .contains("timeframe       4h (inferred")
                .contains("1 gaps, 1 missing bars");
        assertThat(table.err()).isEqualTo("kairos: " + f + ": timestamps read as epoch seconds and converted to ms"
                + System.lineSeparator());

        InProcessCli.Run json = run("data", "inspect", f.toString(), "--json");
        assertThat(json.exit()).as(json.describe()).isZero();
        JsonNode j = json.json();
        assertThat(j.get("timestamp_unit").asText()).isEqualTo("seconds");
        assertThat(j.get("first_bar").asText()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(j.get("first_bar_ms").asLong()).isEqualTo(1_704_067_200_000L);
        assertThat(j.get("last_bar").asText()).isEqualTo("2024-01-01T20:00:00Z");
        assertThat(j.get("timeframe").asText()).isEqualTo("4h");
        assertThat(j.get("gaps").get("missing_bars").asLong()).isEqualTo(1);
    }

    @Test
    void inspectOfAMillisecondFileSaysSoAndLogsNothing() {
        Path btc = InProcessCli.BTC;
        InProcessCli.Run table = run("data", "inspect", btc.toString());
        assertThat(table.exit()).as(table.describe()).isZero();
        assertThat(table.out()).contains("timestamps      epoch milliseconds\n".replace("\n", System.lineSeparator()));
        assertThat(table.err()).isEmpty();
        assertThat(run("data", "inspect", btc.toString(), "--json").json().get("timestamp_unit").asText())
                .isEqualTo("milliseconds");
    }

    @Test
    void inspectCountsARowInAnotherUnitWithBothUnitsNamed() throws IOException {
        Path f = Files.writeString(dir.resolve("x_BTC-USD_1h.csv"), """
                timestamp,open,high,low,close,volume
                1704067200000,10,11,9,10,1
                1704070800,10,11,9,10,1
                1704070800000,10,11,9,10,1
                """);
        JsonNode j = run("data", "inspect", f.toString(), "--json").json();
        assertThat(j.get("timestamp_unit").asText()).isEqualTo("milliseconds");
        assertThat(j.get("accepted").asLong()).isEqualTo(2);
        JsonNode kind = j.get("malformed_by_kind").get("wrong_timestamp_unit");
        assertThat(kind.get("count").asLong()).isEqualTo(1);
        assertThat(kind.get("first_lines").get(0).asLong()).isEqualTo(3);
        assertThat(kind.get("description").asText()).isEqualTo("timestamp in seconds in a file of milliseconds");

        InProcessCli.Run table = run("data", "inspect", f.toString());
        assertThat(table.out()).contains("bad rows        timestamp in seconds in a file of milliseconds ×1 (line 3)");
    }

    @Test
    void aggregateOfMicrosecondTradesLogsAndReportsTheUnit() throws IOException {
        Path trades = Files.writeString(dir.resolve("tardis_BTC-USD_trades.csv"), """
                timestamp,price,amount,side
                1704067200123456,42000,0.5,buy
                1704067259999999,42010,0.25,sell
                1704067260000001,41990,1,buy
                """);
        Path out = dir.resolve("btc_1m.csv");

        InProcessCli.Run r = run("data", "aggregate", "--trades", trades.toString(), "--timeframe", "1m", "--out",
                out.toString(), "--json");
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.err()).contains("kairos: " + trades + ": 3 parsed, 3 accepted, 0 skipped (outside window), "
                + "0 malformed, 0 blank; timestamps in epoch microseconds")
                .contains("kairos: " + trades + ": timestamps read as epoch microseconds and converted to ms "
                        + "(rounded down to the millisecond)");
        assertThat(r.json().get("files").get(0).get("timestamp_unit").asText()).isEqualTo("microseconds");
        assertThat(r.json().get("first_bar").asText()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(Files.readString(out)).isEqualTo("""
                timestamp,open,high,low,close,volume
                1704067200000,42000,42010,42000,42010,0.75
                1704067260000,41990,41990,41990,41990,1
                """);
    }

    @Test
    void resampleOfASecondsFileWritesMilliseconds() throws IOException {
        Path f = secondsBars();
        Path out = dir.resolve("btc_1d.csv");
        InProcessCli.Run r = run("data", "resample", "--data", f.toString(), "--timeframe", "1d", "--out",
                out.toString(), "--json");
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.json().get("input").get("timestamp_unit").asText()).isEqualTo("seconds");
        assertThat(r.err()).contains(f + ": timestamps read as epoch seconds and converted to ms");
        assertThat(Files.readAllLines(out)).element(1).asString().startsWith("1704067200000,42000,43100,41800,42700,");
    }
}
