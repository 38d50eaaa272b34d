package dev.kairos.persistence.csv;

import static dev.kairos.persistence.csv.CsvText.HEADER;
import static dev.kairos.persistence.csv.CsvText.bar;
import static dev.kairos.persistence.csv.CsvText.lines;
import static dev.kairos.persistence.csv.CsvText.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarCsvReaderTest {

    /** One row per defect kind (two for some), with the file line number in the comment. */
    static final String EVERY_DEFECT = lines(
            HEADER,                              // 1
            "60000,10,11,9,10.5,100",            // 2 accepted
            "120000,10,11,9",                    // 3 wrong column count (too few)
            "120000,10,11,9,10.5,100,7",         // 4 wrong column count (too many)
            "abc,10,11,9,10.5,100",              // 5 non-numeric timestamp
            "120000,10,x,9,10.5,100",            // 6 non-numeric price
            "120000,NaN,11,9,10.5,100",          // 7 NaN
            "120000,10,inf,9,10.5,100",          // 8 infinite
            "120000,0,11,9,10.5,100",            // 9 zero price
            "120000,10,11,-9,10.5,100",          // 10 negative price
            "120000,10,9,11,10,100",             // 11 high below low
            "120000,12,11,9,10.5,100",           // 12 open above high
            "120000,10,11,9,8,100",              // 13 close below low
            "120000,10,11,9,10.5,-1",            // 14 negative volume
            "120000,10,11,9,10.5,100",           // 15 accepted
            "120000,10,11,9,10.5,100",           // 16 duplicate timestamp
            "60000,10,11,9,10.5,100",            // 17 out of order
            "180000,10,11,9,10.5,0",             // 18 accepted (zero volume is valid)
            "240000000000000,10,11,9,10.5,100"); // 19 microseconds in a file of milliseconds

    @Test
    void countsEveryDefectKindWithItsLines() {
        BarCsvReport r = read(EVERY_DEFECT).report();

        assertThat(r.defects()).extracting(DefectCount::defect).containsExactly(RowDefect.values());
        assertLines(r, RowDefect.WRONG_COLUMN_COUNT, 3L, 4L);
        assertLines(r, RowDefect.NON_NUMERIC, 5L, 6L);
        assertLines(r, RowDefect.NOT_FINITE, 7L, 8L);
        assertLines(r, RowDefect.NON_POSITIVE_PRICE, 9L, 10L);
        assertLines(r, RowDefect.HIGH_BELOW_LOW, 11L);
        assertLines(r, RowDefect.OHLC_OUTSIDE_RANGE, 12L, 13L);
        assertLines(r, RowDefect.NEGATIVE_VOLUME, 14L);
        assertLines(r, RowDefect.WRONG_TIMESTAMP_UNIT, 19L);
        assertThat(r.defect(RowDefect.WRONG_TIMESTAMP_UNIT).orElseThrow().description())
                .isEqualTo("timestamp in microseconds in a file of milliseconds");
        assertThat(r.timestampUnit()).isEqualTo(TimestampUnit.MILLISECONDS);
        assertLines(r, RowDefect.DUPLICATE_TIMESTAMP, 16L);
        assertLines(r, RowDefect.OUT_OF_ORDER_TIMESTAMP, 17L);
    }

    @Test
    void everyParsedRowIsAcceptedSkippedOrMalformed() {
        BarCsvResult res = read(EVERY_DEFECT);
        BarCsvReport r = res.report();

        assertThat(r.parsed()).isEqualTo(18);
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.skipped()).isZero();
        assertThat(r.malformed()).isEqualTo(15);
        assertThat(r.parsed()).isEqualTo(r.accepted() + r.skipped() + r.malformed());
        assertThat(r.defects().stream().mapToLong(DefectCount::count).sum()).isEqualTo(r.malformed());
        assertThat(res.series().timestamps()).containsExactly(60_000L, 120_000L, 180_000L);
        assertThat(res.series().volume(2)).isZero();
        assertThat(r.instrument()).isEqualTo(InstrumentId.of("BTC-USD"));
        assertThat(r.source()).isEqualTo("test_BTC-USD_1m.csv");
    }

    @Test
    void keepsTheFirstFiveLinesOfADefectAndCountsAll() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 7; i++) {
            text.append(bar(i)).append('\n').append("oops,1,1,1,1,1\n"); // bad rows on lines 3, 5, 7, ...
        }
        BarCsvReport r = read(text.toString()).report();

        assertThat(r.count(RowDefect.NON_NUMERIC)).isEqualTo(7);
        assertLines(r, RowDefect.NON_NUMERIC, 3L, 5L, 7L, 9L, 11L);
        assertThat(r.defect(RowDefect.NON_NUMERIC).orElseThrow())
                .hasToString("non-numeric field ×7 (lines 3, 5, 7, 9, 11, …)");
        assertThat(r.count(RowDefect.HIGH_BELOW_LOW)).isZero();
        assertThat(r.defect(RowDefect.HIGH_BELOW_LOW)).isEmpty();
    }

    @Test
    void rejectsNonDecimalSpellingsAndEmptyFields() {
        BarCsvReport r = read(lines(HEADER,
                bar(1),
                "120000,,11,9,10.5,100",       // 3 empty field
                "120000,10,11,9,10.5,1.5d",    // 4 Java suffix
                "120000,0x1p3,11,9,10.5,100",  // 5 hex float
                "1.2e5,10,11,9,10.5,100",      // 6 timestamp must be an integer
                "120000,10,11,9,10.5,1e2",     // 7 an exponent is fine
                "180000,10,11,9,10.5, 3 ",     // 8 spaces around a number are fine
                "240000,-Infinity,11,9,10.5,100", // 9 not finite
                "300000,10,11,9,10.5,nan")).report(); // 10 not finite

        assertLines(r, RowDefect.NON_NUMERIC, 3L, 4L, 5L, 6L);
        assertLines(r, RowDefect.NOT_FINITE, 9L, 10L);
        assertThat(r.accepted()).isEqualTo(3);
    }

    @Test
    void skipPolicyKeepsTheGoodRows() {
        BarCsvResult res = read(EVERY_DEFECT, BarCsvOptions.DEFAULTS.withBadRows(BadRowPolicy.SKIP));

        assertThat(res.series().size()).isEqualTo(3);
        assertThat(res.report().malformed()).isEqualTo(15);
    }

    @Test
    void failPolicyReadsEverythingThenListsEveryProblem() {
        BarCsvOptions fail = BarCsvOptions.DEFAULTS.withBadRows(BadRowPolicy.FAIL);

        assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> read(EVERY_DEFECT, fail))
                .satisfies(e -> {
                    assertThat(e.problem()).isEqualTo(DataFileException.Problem.MALFORMED_ROWS);
                    assertThat(e.file()).isEqualTo("test_BTC-USD_1m.csv");
                    assertThat(e.getMessage()).doesNotContain("\n").startsWith(
                            "test_BTC-USD_1m.csv: 15 malformed rows of 18 parsed: wrong column count ×2 (lines 3, 4); "
                                    + "non-numeric field ×2 (lines 5, 6); NaN or infinite value ×2 (lines 7, 8); "
                                    + "non-positive price ×2 (lines 9, 10); high below low ×1 (line 11); "
                                    + "open or close outside [low, high] ×2 (lines 12, 13); negative volume ×1 (line 14); "
                                    + "timestamp in microseconds in a file of milliseconds ×1 (line 19); "
                                    + "duplicate timestamp ×1 (line 16); "
                                    + "timestamp earlier than the previous row ×1 (line 17)");
                    BarCsvReport r = e.report().orElseThrow();
                    assertThat(r.malformed()).isEqualTo(15);
                    assertThat(r.accepted()).isEqualTo(3);
                });
    }

    @Test
    void failPolicyPassesACleanFile() {
        BarCsvResult res = read(lines(HEADER, bar(0), bar(1), bar(2)),
                BarCsvOptions.DEFAULTS.withBadRows(BadRowPolicy.FAIL));

        assertThat(res.series().size()).isEqualTo(3);
        assertThat(res.report().malformed()).isZero();
        assertThat(res.report().defects()).isEmpty();
    }

    @Test
    void instrumentInTheOptionsWinsOverTheName() {
        BarCsvResult res = read(lines(HEADER, bar(0)), BarCsvOptions.DEFAULTS.withInstrument(InstrumentId.of("ETH-EUR")));

        assertThat(res.series().instrument()).isEqualTo(InstrumentId.of("ETH-EUR"));
        assertThat(res.report().instrument()).isEqualTo(InstrumentId.of("ETH-EUR"));
    }

    @Nested
    class TimeWindowing {
        final String tenBars = lines(HEADER, bar(0), bar(1), bar(2), bar(3), bar(4), bar(5), bar(6), bar(7), bar(8),
                bar(9));

        @Test
        void keepsRowsInTheHalfOpenWindowAndCountsTheRestAsSkipped() {
            BarCsvResult res = read(tenBars,
                    BarCsvOptions.DEFAULTS.withWindow(TimeWindow.between(3 * 60_000L, 7 * 60_000L)));

            assertThat(res.series().timestamps()).containsExactly(180_000L, 240_000L, 300_000L, 360_000L);
            BarCsvReport r = res.report();
            assertThat(r.parsed()).isEqualTo(10);
            assertThat(r.accepted()).isEqualTo(4);
            assertThat(r.skipped()).isEqualTo(6);
            assertThat(r.malformed()).isZero();
            assertThat(r.window()).isEqualTo(TimeWindow.between(180_000L, 420_000L));
        }

        @Test
        void openEndedWindows() {
            assertThat(read(tenBars, BarCsvOptions.DEFAULTS.withWindow(TimeWindow.from(8 * 60_000L))).series().size())
                    .isEqualTo(2);
            assertThat(read(tenBars, BarCsvOptions.DEFAULTS.withWindow(TimeWindow.until(60_000L))).series().size())
                    .isEqualTo(1);
        }

        @Test
        void malformedRowsOutsideTheWindowAreStillMalformed() {
            BarCsvReport r = read(lines(HEADER, bar(0), "x,1,1,1,1,1", bar(5), bar(3), bar(6)),
                    BarCsvOptions.DEFAULTS.withWindow(TimeWindow.from(6 * 60_000L))).report();

            // bar(3) is earlier than the valid (skipped) bar(5): out of order whatever the window.
            assertLines(r, RowDefect.NON_NUMERIC, 3L);
            assertLines(r, RowDefect.OUT_OF_ORDER_TIMESTAMP, 5L);
            assertThat(r.skipped()).isEqualTo(2);
            assertThat(r.accepted()).isEqualTo(1);
        }

        @Test
        void aWindowMissingEveryRowIsAnError() {
            assertThatExceptionOfType(DataFileException.class)
                    .isThrownBy(() -> read(tenBars, BarCsvOptions.DEFAULTS.withWindow(TimeWindow.from(3_600_000L))))
                    .satisfies(e -> {
                        assertThat(e.problem()).isEqualTo(DataFileException.Problem.NO_ROWS_ACCEPTED);
                        assertThat(e.getMessage()).isEqualTo("test_BTC-USD_1m.csv: no rows accepted: 10 parsed, "
                                + "10 outside the window [1970-01-01T01:00:00Z, ..), 0 malformed");
                        assertThat(e.report().orElseThrow().skipped()).isEqualTo(10);
                    });
        }
    }

    @Nested
    class LayoutTolerance {
        @Test
        void blankLinesAreCountedNotParsed() {
            BarCsvReport r = read("\n" + HEADER + "\n\n" + bar(0) + "\n   \n\t\n" + bar(1) + "\nbad\n\n").report();

            assertThat(r.blank()).isEqualTo(5);
            assertThat(r.parsed()).isEqualTo(3);
            assertThat(r.accepted()).isEqualTo(2);
            assertLines(r, RowDefect.WRONG_COLUMN_COUNT, 8L); // blank lines still count as file lines
        }

        @Test
        void crlfLineEnds() {
            BarCsvResult res = read(HEADER + "\r\n" + bar(0) + "\r\n\r\n" + "120000,10,11,9,10.5,7.25\r\n" + "bad\r\n");

            assertThat(res.series().volume(1)).isEqualTo(7.25);
            assertThat(res.report().blank()).isEqualTo(1);
            assertLines(res.report(), RowDefect.WRONG_COLUMN_COUNT, 5L);
        }

        @Test
        void byteOrderMark() {
            BarCsvResult res = read("\uFEFF" + lines(HEADER, bar(0), bar(1)));

            assertThat(res.series().size()).isEqualTo(2);
        }

        @Test
        void lastLineWithoutNewline() {
            BarCsvResult res = read(HEADER + "\n" + bar(0) + "\n" + "60000,10,11,9,10.5,42");

            assertThat(res.series().size()).isEqualTo(2);
            assertThat(res.series().volume(1)).isEqualTo(42);
        }

        @Test
        void headerNamesIgnoreCaseAndSpaces() {
            assertThat(read(lines(" Timestamp, OPEN ,High,low,Close,Volume\r", bar(0))).series().size()).isEqualTo(1);
        }

        @Test
        void valuesAreParsedExactly() {
            BarSeries s = read(lines(HEADER, "1463544000000,456.16,456.81,455.3,456.02,561.88098307")).series();

            assertThat(s.timestamp(0)).isEqualTo(1_463_544_000_000L);
            assertThat(s.open(0)).isEqualTo(456.16);
            assertThat(s.high(0)).isEqualTo(456.81);
            assertThat(s.low(0)).isEqualTo(455.3);
            assertThat(s.close(0)).isEqualTo(456.02);
            assertThat(s.volume(0)).isEqualTo(561.88098307);
        }
    }

    @Nested
    class Chunking {
        @Test
        void rowsAcrossChunkBoundariesOfAFile(@TempDir Path dir) throws IOException {
            // ~2.2 MiB: several 1 MiB chunks, with a bad row every 10,007 rows and no final newline
            StringBuilder text = new StringBuilder(HEADER).append('\n');
            int rows = 80_000;
            int bad = 0;
            for (int i = 0; i < rows; i++) {
                text.append(i % 10_007 == 5 ? "broken,row" : bar(i)).append(i == rows - 1 ? "" : "\n");
                bad += i % 10_007 == 5 ? 1 : 0;
            }
            Path file = dir.resolve("kraken_ETH-EUR_1m.csv");
            Files.writeString(file, text);

            BarCsvResult res = new BarCsvReader().read(file);

            assertThat(Files.size(file)).isGreaterThan(2L << 20);
            assertThat(res.report().parsed()).isEqualTo(rows);
            assertThat(res.report().malformed()).isEqualTo(bad);
            assertThat(res.series().size()).isEqualTo(rows - bad);
            assertThat(res.series().timestamp(rows - bad - 1)).isEqualTo((rows - 1) * 60_000L);
            assertLines(res.report(), RowDefect.WRONG_COLUMN_COUNT, 7L, 10_014L, 20_021L, 30_028L, 40_035L);
            assertThat(res.series().instrument()).isEqualTo(InstrumentId.of("ETH-EUR"));
        }

        @Test
        void aStreamThatReturnsFewBytesAtATime() {
            String text = "\uFEFF" + lines(HEADER, bar(0), bar(1), "bad", bar(2));
            InputStream trickle = new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return super.read(b, off, Math.min(len, 3));
                }
            };

            BarCsvResult res = new BarCsvReader().read(trickle, "stream_SOL-USD");

            assertThat(res.series().size()).isEqualTo(3);
            assertLines(res.report(), RowDefect.WRONG_COLUMN_COUNT, 4L);
            assertThat(res.series().instrument()).isEqualTo(InstrumentId.of("SOL-USD"));
        }

        @Test
        void aLineLongerThanTheReadBuffer() {
            String longLine = "9".repeat(3 << 20);
            BarCsvReport r = read(lines(HEADER, bar(0), longLine, bar(1))).report();

            assertLines(r, RowDefect.WRONG_COLUMN_COUNT, 3L);
            assertThat(r.accepted()).isEqualTo(2);
        }
    }

    static void assertLines(BarCsvReport r, RowDefect defect, Long... lines) {
        DefectCount d = r.defect(defect).orElseThrow(() -> new AssertionError("no " + defect + " in " + r));
        assertThat(d.firstLines()).as(defect.toString()).isEqualTo(List.of(lines));
        if (lines.length < DefectCount.MAX_LINES) {
            assertThat(d.count()).as(defect + " count").isEqualTo(lines.length);
        }
    }
}
