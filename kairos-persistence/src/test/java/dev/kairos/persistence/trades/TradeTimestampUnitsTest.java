package dev.kairos.persistence.trades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.persistence.csv.TimeWindow;
import dev.kairos.persistence.csv.TimestampUnit;
import dev.kairos.persistence.fixtures.SharedDataFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Trade files with timestamps in seconds, milliseconds, microseconds and nanoseconds (Kraken exports
 * seconds, Tardis microseconds, NautilusTrader nanoseconds): the same trades in every unit give the same
 * series, the unit is reported per file, a row in another unit is malformed.
 */
class TradeTimestampUnitsTest {
    /** 2023-01-01T00:03:56Z, a Kraken BCH/EUR trade time. */
    private static final long T0 = 1_672_531_436_000L;

    @TempDir
    Path dir;

    private static long in(TimestampUnit unit, long ms) {
        return switch (unit) {
            case SECONDS -> ms / 1000;
            case MILLISECONDS -> ms;
            case MICROSECONDS -> ms * 1000 + 731;
            case NANOSECONDS -> ms * 1_000_000 + 999_999;
        };
    }

    /** Four trades, two in the same second, timestamps written by {@code ts}. */
    private static String trades(LongFunction<Long> ts) {
        return "timestamp,price,amount,side\n"
                + ts.apply(T0) + ",90.54,1.1044842,buy\n"
                + ts.apply(T0) + ",90.50,0.5,sell\n"
                + ts.apply(T0 + 35_000) + ",90.45,,sell\n"
                + ts.apply(T0 + 3_600_000) + ",91,2,buy\n";
    }

    private static TradeCsvResult read(String text) {
        return new TradeCsvReader().read(new StringReader(text), "kraken_BCH-EUR_trades.csv");
    }

    @ParameterizedTest
    @EnumSource(TimestampUnit.class)
    void tradesInEveryUnitReadAsTheMillisecondFile(TimestampUnit unit) {
        TradeCsvResult ms = read(trades(t -> t));
        TradeCsvResult r = read(trades(t -> in(unit, t)));

        assertThat(r.report().timestampUnit()).isEqualTo(unit);
        assertThat(ms.report().timestampUnit()).isEqualTo(TimestampUnit.MILLISECONDS);
        assertThat(r.report().accepted()).isEqualTo(4);
        TradeSeries t = r.trades();
        for (int i = 0; i < 4; i++) {
            assertThat(t.timestamp(i)).isEqualTo(ms.trades().timestamp(i));
            assertThat(t.price(i)).isEqualTo(ms.trades().price(i));
            assertThat(Double.compare(t.amount(i), ms.trades().amount(i))).isZero();
        }
        assertThat(t.timestamp(3)).isEqualTo(T0 + 3_600_000);
        assertThat(r.report().toString()).endsWith(unit == TimestampUnit.MILLISECONDS ? "1 without amount"
                : "1 without amount; timestamps in epoch " + unit.displayName());
    }

    @Test
    void tradesInOneMillisecondStayInOrder() {
        long ns = T0 * 1_000_000;
        TradeCsvResult r = read(ns + ",10\n" + (ns + 400_000) + ",11\n" + (ns + 999_999) + ",12\n"
                + (ns + 1_000_000) + ",13\n");
        assertThat(r.report().header()).as("19 digits are a timestamp, not a header").isFalse();
        assertThat(r.report().timestampUnit()).isEqualTo(TimestampUnit.NANOSECONDS);
        assertThat(r.report().accepted()).isEqualTo(4);
        assertThat(List.of(r.trades().timestamp(0), r.trades().timestamp(1), r.trades().timestamp(2),
                r.trades().timestamp(3))).containsExactly(T0, T0, T0, T0 + 1);
    }

    @Test
    void aRowInAnotherUnitIsMalformedAndTheStrictPolicyNamesLineAndUnits() throws IOException {
        String text = "timestamp,price\n"
                + T0 / 1000 + ",10\n"            // 2 seconds: the file's unit
                + T0 + ",11\n"                   // 3 milliseconds
                + (T0 / 1000 + 1) + ",12\n";     // 4 ok
        TradeCsvReport rep = read(text).report();
        assertThat(rep.timestampUnit()).isEqualTo(TimestampUnit.SECONDS);
        assertThat(rep.accepted()).isEqualTo(2);
        assertThat(rep.count(TradeDefect.WRONG_TIMESTAMP_UNIT)).isEqualTo(1);
        assertThat(rep.defectSummary()).isEqualTo("timestamp in milliseconds in a file of seconds ×1 (line 3)");

        Path f = Files.writeString(dir.resolve("kraken_BCH-EUR_trades.csv"), text);
        TradeCsvReader strict = new TradeCsvReader(TradeCsvOptions.DEFAULTS.withBadRows(BadRowPolicy.FAIL));
        assertThatExceptionOfType(TradeFileException.class).isThrownBy(() -> strict.read(f))
                .satisfies(e -> {
                    assertThat(e.problem()).isEqualTo(TradeFileException.Problem.MALFORMED_ROWS);
                    assertThat(e.getMessage()).isEqualTo(f + ": 1 malformed row of 3 parsed: "
                            + "timestamp in milliseconds in a file of seconds ×1 (line 3)");
                });
    }

    @Test
    void eachFileOfATapeHasItsOwnUnit() throws IOException {
        Path a = Files.writeString(dir.resolve("kraken_BCH-EUR_1.csv"), T0 / 1000 + ",10\n" + (T0 / 1000 + 60) + ",11\n");
        Path b = Files.writeString(dir.resolve("kraken_BCH-EUR_2.csv"), (T0 + 60_000) * 1_000_000 + ",12\n"
                + (T0 + 59_000) * 1_000_000 + ",13\n"    // earlier than file a's last trade: out of order
                + (T0 + 120_000) * 1_000_000 + ",14\n");
        TradeCsvResult r = new TradeCsvReader().read(List.of(a, b));
        assertThat(r.reports()).extracting(TradeCsvReport::timestampUnit)
                .containsExactly(TimestampUnit.SECONDS, TimestampUnit.NANOSECONDS);
        assertThat(r.trades().size()).isEqualTo(4);
        assertThat(r.trades().timestamp(3)).isEqualTo(T0 + 120_000);
        assertThat(r.reports().get(1).count(TradeDefect.OUT_OF_ORDER_TIMESTAMP)).isEqualTo(1);
    }

    @Test
    void theWindowIsInMilliseconds() {
        TradeCsvReader windowed = new TradeCsvReader(TradeCsvOptions.DEFAULTS.withWindow(
                TimeWindow.between(T0 + 1, T0 + 3_600_000)));
        TradeCsvResult r = windowed.read(new StringReader(trades(t -> t / 1000)), "kraken_BCH-EUR.csv");
        assertThat(r.report().accepted()).isEqualTo(1);
        assertThat(r.report().skipped()).isEqualTo(3);
    }

    @Test
    void timestampsBeyondALongAreBadTimestamps() {
        TradeCsvReport rep = read(T0 / 1000 + ",10\n9223372036854775808,11\n9223372036854775807,12\n").report();
        assertThat(rep.count(TradeDefect.BAD_TIMESTAMP)).isEqualTo(1);
        assertThat(rep.count(TradeDefect.WRONG_TIMESTAMP_UNIT)).isEqualTo(1);
        assertThat(rep.accepted()).isEqualTo(1);
        assertThat(TradeCsvReader.parseLong("9223372036854775807", 0, 19)).isEqualTo(Long.MAX_VALUE);
        assertThat(TradeCsvReader.parseLong("-1704067200000000000", 0, 20)).isEqualTo(-1_704_067_200_000_000_000L);
    }

    @Test
    void theSharedTradeFileIsInMilliseconds() {
        TradeCsvReport rep = new TradeCsvReader().read(SharedDataFiles.file("trades/binance_XRP-ETH_trades.csv"))
                .report();
        assertThat(rep.timestampUnit()).isEqualTo(TimestampUnit.MILLISECONDS);
        assertThat(rep.malformed()).isZero();
        assertThat(rep.toString()).doesNotContain("timestamps in");
    }
}
