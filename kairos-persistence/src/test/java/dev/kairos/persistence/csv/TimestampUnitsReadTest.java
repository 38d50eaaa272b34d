package dev.kairos.persistence.csv;

import static dev.kairos.persistence.csv.CsvText.HEADER;
import static dev.kairos.persistence.csv.CsvText.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bar and funding files with timestamps in seconds, milliseconds, microseconds and nanoseconds: the same
 * data in every unit reads into the same series, the unit is reported, a row in another unit is malformed.
 */
class TimestampUnitsReadTest {
    /** 2024-01-01T00:00:00Z. */
    static final long T0 = 1_704_067_200_000L;
    static final long H4 = 4 * 3_600_000L;
    static final InstrumentId PERP = InstrumentId.of("XRP-USDT-PERP");

    @TempDir
    Path dir;

    /** {@code ms} written in {@code unit}; finer units get sub-millisecond digits that must be floored away. */
    static long in(TimestampUnit unit, long ms) {
        return switch (unit) {
            case SECONDS -> ms / 1000;
            case MILLISECONDS -> ms;
            case MICROSECONDS -> ms * 1000 + 999;
            case NANOSECONDS -> ms * 1_000_000 + 123_456;
        };
    }

    /** Five 4h bars from {@link #T0}, timestamps written by {@code ts}. */
    static String fiveBars(LongFunction<Long> ts) {
        List<String> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 5; i++) {
            rows.add(ts.apply(T0 + i * H4) + "," + (100 + i) + "," + (102 + i) + "," + (99 + i) + "," + (101 + i) + ","
                    + (10.5 * (i + 1)));
        }
        return lines(rows.toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(TimestampUnit.class)
    void barsInEveryUnitReadAsTheMillisecondFile(TimestampUnit unit) {
        BarCsvResult ms = CsvText.read(fiveBars(t -> t));
        BarCsvResult r = CsvText.read(fiveBars(t -> in(unit, t)));

        assertThat(r.report().timestampUnit()).isEqualTo(unit);
        assertThat(r.report().malformed()).isZero();
        BarSeries s = r.series();
        assertThat(s.timestamps()).containsExactly(T0, T0 + H4, T0 + 2 * H4, T0 + 3 * H4, T0 + 4 * H4);
        assertThat(s.timestamps()).containsExactly(ms.series().timestamps());
        assertThat(s.intervalMs()).isEqualTo(H4);
        for (int i = 0; i < s.size(); i++) {
            assertThat(new double[] {s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i)})
                    .containsExactly(ms.series().open(i), ms.series().high(i), ms.series().low(i),
                            ms.series().close(i), ms.series().volume(i));
        }
        assertThat(r.report().gaps()).isEqualTo(ms.report().gaps());
        assertThat(ms.report().timestampUnit()).isEqualTo(TimestampUnit.MILLISECONDS);
        assertThat(r.report().toString()).as("the one-line report names a unit other than ms")
                .endsWith(unit == TimestampUnit.MILLISECONDS ? "no gaps" : "; timestamps in epoch " + unit.displayName());
    }

    @Test
    void aSecondsFileIsNotReadAsNineteenSeventy() {
        BarCsvResult r = CsvText.read(fiveBars(t -> t / 1000));
        assertThat(java.time.Instant.ofEpochMilli(r.series().timestamp(0))).hasToString("2024-01-01T00:00:00Z");
        assertThat(java.time.Instant.ofEpochMilli(r.series().timestamp(4))).hasToString("2024-01-01T16:00:00Z");
    }

    @Test
    void aRowInAnotherUnitIsMalformedAndNamesBothUnits() {
        String text = lines(HEADER,
                T0 + ",10,11,9,10,1",                          // 2 ms: the file's unit
                (T0 + H4) / 1000 + ",10,11,9,10,1",            // 3 seconds
                (T0 + H4) + ",10,11,9,10,1",                   // 4 ok
                (T0 + 2 * H4) * 1_000_000 + ",10,11,9,10,1",   // 5 nanoseconds
                (T0 + 2 * H4) + ",10,11,9,10,1");              // 6 ok
        BarCsvReport r = CsvText.read(text).report();

        assertThat(r.timestampUnit()).isEqualTo(TimestampUnit.MILLISECONDS);
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.malformed()).isEqualTo(2);
        DefectCount d = r.defect(RowDefect.WRONG_TIMESTAMP_UNIT).orElseThrow();
        assertThat(d.firstLines()).containsExactly(3L, 5L);
        assertThat(d).hasToString("timestamp in seconds or nanoseconds in a file of milliseconds ×2 (lines 3, 5)");
        assertThat(r.defectSummary()).isEqualTo(d.toString());
    }

    @Test
    void theStrictPolicyFailsNamingTheLineAndTheUnits() {
        String text = lines(HEADER,
                T0 / 1000 + ",10,11,9,10,1",
                (T0 + H4) / 1000 + ",10,11,9,10,1",
                (T0 + 2 * H4) + ",10,11,9,10,1");              // 4 milliseconds in a file of seconds
        BarCsvOptions strict = BarCsvOptions.DEFAULTS.withBadRows(BadRowPolicy.FAIL);

        assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> CsvText.read(text, strict))
                .satisfies(e -> {
                    assertThat(e.problem()).isEqualTo(DataFileException.Problem.MALFORMED_ROWS);
                    assertThat(e.getMessage()).isEqualTo("test_BTC-USD_1m.csv: 1 malformed row of 3 parsed: "
                            + "timestamp in milliseconds in a file of seconds ×1 (line 4)");
                    assertThat(e.report().orElseThrow().timestampUnit()).isEqualTo(TimestampUnit.SECONDS);
                });
    }

    @Test
    void theUnitComesFromTheFirstValidRow() {
        String text = lines(HEADER,
                T0 / 1000 + ",10,x,9,10,1",                    // 2 non-numeric: says nothing about the unit
                T0 + ",10,9,11,10,1",                          // 3 high below low: neither
                (T0 + H4) + ",10,11,9,10,1",                   // 4 the first valid row: milliseconds
                (T0 + 2 * H4) + ",10,11,9,10,1");
        BarCsvReport r = CsvText.read(text).report();
        assertThat(r.timestampUnit()).isEqualTo(TimestampUnit.MILLISECONDS);
        assertThat(r.count(RowDefect.NON_NUMERIC)).isEqualTo(1);
        assertThat(r.count(RowDefect.HIGH_BELOW_LOW)).isEqualTo(1);
        assertThat(r.count(RowDefect.WRONG_TIMESTAMP_UNIT)).isZero();
        assertThat(r.accepted()).isEqualTo(2);
    }

    @Test
    void barsInOneMillisecondBecomeDuplicates() {
        long us = T0 * 1000;
        String text = lines(HEADER,
                us + ",10,11,9,10,1",
                (us + 999) + ",10,11,9,10,1",                  // same millisecond: duplicate
                (us + 1000) + ",10,11,9,10,1");                // next millisecond
        BarCsvResult r = CsvText.read(text);
        assertThat(r.report().timestampUnit()).isEqualTo(TimestampUnit.MICROSECONDS);
        assertThat(r.series().timestamps()).containsExactly(T0, T0 + 1);
        BarCsvReaderTest.assertLines(r.report(), RowDefect.DUPLICATE_TIMESTAMP, 3L);
    }

    @Test
    void theTimeWindowIsInMillisecondsWhateverTheFileUnit() {
        BarCsvOptions window = BarCsvOptions.DEFAULTS.withWindow(TimeWindow.between(T0 + H4, T0 + 3 * H4));
        for (TimestampUnit unit : TimestampUnit.values()) {
            BarCsvResult r = CsvText.read(fiveBars(t -> in(unit, t)), window);
            assertThat(r.series().timestamps()).as("%s", unit).containsExactly(T0 + H4, T0 + 2 * H4);
            assertThat(r.report().skipped()).isEqualTo(3);
        }
    }

    @Test
    void numbersTooLargeForAnyUnitAreMalformedNotWrappedIntoDates() {
        String text = lines(HEADER,
                T0 / 1000 + ",10,11,9,10,1",                   // 2 seconds
                "9223372036854775807,10,11,9,10,1",            // 3 the largest long: nanoseconds
                "9223372036854775808,10,11,9,10,1",            // 4 beyond a long
                "-9223372036854775808,10,11,9,10,1",           // 5 Long.MIN_VALUE has no magnitude
                "100000000000000000000,10,11,9,10,1",          // 6 21 digits
                (T0 + H4) / 1000 + ",10,11,9,10,1");           // 7 ok
        BarCsvResult r = CsvText.read(text);
        assertThat(r.series().timestamps()).containsExactly(T0, T0 + H4);
        BarCsvReaderTest.assertLines(r.report(), RowDefect.WRONG_TIMESTAMP_UNIT, 3L);
        BarCsvReaderTest.assertLines(r.report(), RowDefect.NON_NUMERIC, 4L, 5L, 6L);
        assertThat(r.report().defect(RowDefect.WRONG_TIMESTAMP_UNIT).orElseThrow().description())
                .isEqualTo("timestamp in nanoseconds in a file of seconds");
    }

    @Test
    void aHeaderlessNanosecondFileIsStillAMissingHeader() {
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> CsvText.read(lines(T0 * 1_000_000 + ",10,11,9,10,1")))
                .satisfies(e -> assertThat(e.problem()).isEqualTo(DataFileException.Problem.MISSING_HEADER));
    }

    // ---- funding

    private Path funding(LongFunction<Long> ts, String... extraRows) throws IOException {
        List<String> rows = new ArrayList<>(List.of("timestamp,rate"));
        for (int i = 0; i < 4; i++) {
            rows.add(ts.apply(T0 + i * 8 * 3_600_000L) + "," + (0.0001 * (i + 1)));
        }
        rows.addAll(List.of(extraRows));
        return Files.writeString(dir.resolve("binance_XRP-USDT-PERP_funding_8h.csv"), String.join("\n", rows) + "\n");
    }

    @ParameterizedTest
    @EnumSource(TimestampUnit.class)
    void fundingInEveryUnitReadsAsTheMillisecondFile(TimestampUnit unit) throws IOException {
        FundingCsvReader reader = new FundingCsvReader(BadRowPolicy.FAIL);
        FundingCsvReader.Result ms = reader.read(funding(t -> t), PERP);
        FundingCsvReader.Result r = reader.read(funding(t -> in(unit, t)), PERP);

        assertThat(r.timestampUnit()).isEqualTo(unit);
        assertThat(ms.timestampUnit()).isEqualTo(TimestampUnit.MILLISECONDS);
        assertThat(r.accepted()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            assertThat(r.rates().time(i)).isEqualTo(T0 + i * 8 * 3_600_000L).isEqualTo(ms.rates().time(i));
            assertThat(r.rates().rate(i)).isEqualTo(ms.rates().rate(i));
        }
    }

    @Test
    void fundingRowsInAnotherUnitAreMalformed() throws IOException {
        long later = T0 + 40 * 3_600_000L;
        Path f = funding(t -> t / 1000, later + ",0.0005", later / 1000 + ",0.0006", (later / 1000) * 1000 + 5 + ",1");
        FundingCsvReader.Result r = new FundingCsvReader(BadRowPolicy.SKIP).read(f, PERP);
        assertThat(r.timestampUnit()).isEqualTo(TimestampUnit.SECONDS);
        assertThat(r.accepted()).isEqualTo(5);
        assertThat(r.rates().time(4)).isEqualTo(later);
        assertThat(r.defects()).singleElement().hasToString(
                "timestamp in milliseconds in a file of seconds ×2 (lines 6, 8)");

        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> new FundingCsvReader(BadRowPolicy.FAIL).read(f, PERP))
                .withMessage(f + ": 2 malformed funding rows: timestamp in milliseconds in a file of seconds ×2 "
                        + "(lines 6, 8)");
    }

    @Test
    void fundingTimesInOneMillisecondAreDuplicates() throws IOException {
        Path f = Files.writeString(dir.resolve("f.csv"), "timestamp,rate\n" + T0 * 1000 + ",0.1\n" + (T0 * 1000 + 500)
                + ",0.2\n");
        FundingCsvReader.Result r = new FundingCsvReader(BadRowPolicy.SKIP).read(f, PERP);
        assertThat(r.timestampUnit()).isEqualTo(TimestampUnit.MICROSECONDS);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.defects()).singleElement().satisfies(d -> {
            assertThat(d.defect()).isEqualTo(RowDefect.DUPLICATE_TIMESTAMP);
            assertThat(d.firstLines()).containsExactly(3L);
        });
    }

    // ---- the shared real data: every file is in milliseconds and reads as before

    @Test
    void everySharedBarFileIsInMilliseconds() throws IOException {
        Path ohlcv = SharedData.file("ohlcv/coinbase_BTC-USD_4h.csv").getParent();
        int read = 0;
        for (Path folder : List.of(ohlcv, ohlcv.resolve("lean"))) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.csv")) {
                for (Path file : files) {
                    BarCsvReport r = new BarCsvReader().read(file).report();
                    assertThat(r.timestampUnit()).as("%s", file).isEqualTo(TimestampUnit.MILLISECONDS);
                    assertThat(r.count(RowDefect.WRONG_TIMESTAMP_UNIT)).as("%s", file).isZero();
                    read++;
                }
            }
        }
        assertThat(read).isGreaterThan(20);
        FundingCsvReader.Result f = new FundingCsvReader(BadRowPolicy.FAIL)
                .read(SharedData.file("futures/binance_XRP-USDT-PERP_funding_8h.csv"), PERP);
        assertThat(f.timestampUnit()).isEqualTo(TimestampUnit.MILLISECONDS);
    }
}
