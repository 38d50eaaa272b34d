package dev.kairos.persistence.trades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.model.InstrumentId;
import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.persistence.csv.TimeWindow;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeCsvReaderTest {
    private static final TradeCsvReader READER = new TradeCsvReader();

    @TempDir
    Path dir;

    private static TradeCsvResult read(String text) {
        return READER.read(new StringReader(text), "binance_XRP-ETH_trades.csv");
    }

    @Test
    void readsTheSharedLayout() {
        TradeCsvResult r = read("""
                timestamp,price,amount,side,id
                1570752011620,0.00141342,23,sell,13519807
                1570752011620,0.00141266,54,sell,13519808
                1570752028907,0.00141379,581,buy,13519810
                """);
        TradeSeries t = r.trades();
        assertThat(t.instrument()).isEqualTo(InstrumentId.of("XRP-ETH"));
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.timestamp(1)).as("equal timestamps are normal").isEqualTo(1570752011620L);
        assertThat(t.price(1)).isEqualTo(0.00141266);
        assertThat(t.amount(2)).isEqualTo(581);
        TradeCsvReport rep = r.report();
        assertThat(rep.header()).isTrue();
        assertThat(rep.columns()).containsExactly("timestamp", "price", "amount", "side", "id");
        assertThat(rep.parsed()).isEqualTo(3);
        assertThat(rep.accepted()).isEqualTo(3);
        assertThat(rep.malformed()).isZero();
        assertThat(rep.buys()).isEqualTo(1);
        assertThat(rep.sells()).isEqualTo(2);
        assertThat(rep).hasToString("binance_XRP-ETH_trades.csv: 3 parsed, 3 accepted, 0 skipped (outside window), "
                + "0 malformed, 0 blank");
    }

    @Test
    void aRowNeedsOnlyTimestampAndPrice() {
        TradeCsvResult r = read("""
                1000,10.5
                1001,10.6,2
                1002,10.7,,buy
                1003,10.8,1.5,S,abc
                """);
        TradeCsvReport rep = r.report();
        assertThat(rep.header()).isFalse();
        assertThat(rep.accepted()).isEqualTo(4);
        assertThat(rep.withoutAmount()).isEqualTo(2);
        assertThat(rep.buys()).isEqualTo(1);
        assertThat(rep.sells()).isEqualTo(1);
        assertThat(r.trades().hasAmount(0)).isFalse();
        assertThat(r.trades().amount(0)).isNaN();
        assertThat(r.trades().hasAmount(1)).isTrue();
        assertThat(r.trades().hasAmount(2)).isFalse();
    }

    @Test
    void aHeaderLocatesColumnsByName() {
        TradeCsvResult r = read("""
                "id",Side,QTY,exchange,Price,time
                7,buy,2,kraken,90.54,1672531436000
                8,sell,,kraken,90.45,1672531471000
                """);
        assertThat(r.report().columns()).containsExactly("id", "side", "amount", "price", "timestamp");
        assertThat(r.trades().timestamp(0)).isEqualTo(1672531436000L);
        assertThat(r.trades().price(1)).isEqualTo(90.45);
        assertThat(r.trades().amount(0)).isEqualTo(2);
        assertThat(r.report().withoutAmount()).isEqualTo(1);
    }

    /** Bad rows of every kind, each counted with its line number; blank lines are not rows. */
    @Test
    void countsBadRowsOfEveryKindWithLineNumbers() {
        String text = String.join("\n",
                "timestamp,price,amount,side,id",     // 1
                "1000,10,1,buy,1",                    // 2 ok
                "1001",                               // 3 too few columns
                "1002,10,1,buy,2,extra",              // 4 too many columns
                "",                                   // 5 blank
                "12:00,10,1,buy,3",                   // 6 bad timestamp
                "1003,ten,1,buy,4",                   // 7 bad price
                "1004,NaN,1,buy,5",                   // 8 not finite
                "1005,0,1,buy,6",                     // 9 non-positive price
                "1006,-3,1,buy,7",                    // 10 non-positive price
                "1007,10,lots,buy,8",                 // 11 bad amount
                "1008,10,inf,buy,9",                  // 12 not finite
                "1009,10,-1,buy,10",                  // 13 negative amount
                "1010,10,1,long,11",                  // 14 bad side
                "999,10,1,sell,12",                   // 15 out of order
                "1010,10,1,sell,13",                  // 16 ok, same ms as the (malformed) line 14 was
                "1010,10.5,0x1p3,sell,14",            // 17 bad amount (no hex floats)
                "1011,1e1,2.5e-1,,15",                // 18 ok, exponents
                "   ",                                // 19 blank
                "1012,10,1,buy,16\r",                 // 20 ok, CRLF
                "1013000000000000000,10,1,buy,17");   // 21 nanoseconds in a file of milliseconds
        TradeCsvResult r = read(text);
        TradeCsvReport rep = r.report();
        assertThat(rep.parsed()).isEqualTo(18);
        assertThat(rep.blank()).isEqualTo(2);
        assertThat(rep.accepted()).isEqualTo(4);
        assertThat(rep.malformed()).isEqualTo(14);
        assertThat(rep.defects()).containsExactly(
                new TradeDefectCount(TradeDefect.TOO_FEW_COLUMNS, 1, List.of(3L)),
                new TradeDefectCount(TradeDefect.TOO_MANY_COLUMNS, 1, List.of(4L)),
                new TradeDefectCount(TradeDefect.BAD_TIMESTAMP, 1, List.of(6L)),
                new TradeDefectCount(TradeDefect.BAD_PRICE, 1, List.of(7L)),
                new TradeDefectCount(TradeDefect.NOT_FINITE, 2, List.of(8L, 12L)),
                new TradeDefectCount(TradeDefect.NON_POSITIVE_PRICE, 2, List.of(9L, 10L)),
                new TradeDefectCount(TradeDefect.BAD_AMOUNT, 2, List.of(11L, 17L)),
                new TradeDefectCount(TradeDefect.NEGATIVE_AMOUNT, 1, List.of(13L)),
                new TradeDefectCount(TradeDefect.BAD_SIDE, 1, List.of(14L)),
                new TradeDefectCount(TradeDefect.WRONG_TIMESTAMP_UNIT, 1, List.of(21L),
                        "timestamp in nanoseconds in a file of milliseconds"),
                new TradeDefectCount(TradeDefect.OUT_OF_ORDER_TIMESTAMP, 1, List.of(15L)));
        assertThat(rep.count(TradeDefect.NOT_FINITE)).isEqualTo(2);
        assertThat(rep.defectSummary()).startsWith("no timestamp and price ×1 (line 3); more columns than the header ×1");
        assertThat(r.trades().size()).isEqualTo(4);
        assertThat(r.trades().price(2)).isEqualTo(10);
        assertThat(r.trades().amount(2)).isEqualTo(0.25);
        for (TradeDefect d : TradeDefect.values()) {
            assertThat(rep.count(d)).as("every kind of defect is exercised: %s", d).isPositive();
        }
    }

    @Test
    void keepsOnlyLineNumbersOfTheFirstFiveRowsOfAKind() {
        StringBuilder text = new StringBuilder("timestamp,price\n1,1\n");
        for (int i = 0; i < 7; i++) {
            text.append("x,1\n");
        }
        TradeCsvReport rep = read(text.toString()).report();
        assertThat(rep.defects()).singleElement().satisfies(d -> {
            assertThat(d.count()).isEqualTo(7);
            assertThat(d.firstLines()).containsExactly(3L, 4L, 5L, 6L, 7L);
            assertThat(d).hasToString("timestamp is not an integer (epoch ms) ×7 (lines 3, 4, 5, 6, 7, …)");
        });
    }

    @Test
    void rowsOutsideTheWindowAreSkipped() {
        TradeCsvReader windowed = new TradeCsvReader(TradeCsvOptions.DEFAULTS.withWindow(TimeWindow.between(1001, 1003)));
        TradeCsvResult r = windowed.read(new StringReader("1000,1\n1001,1\n1002,1\n1002,1\n1003,1\n1001,1\n"),
                "BTC-USD");
        assertThat(r.report().skipped()).isEqualTo(2);
        assertThat(r.report().accepted()).isEqualTo(3);
        assertThat(r.report().count(TradeDefect.OUT_OF_ORDER_TIMESTAMP)).as("order is checked on skipped rows too")
                .isEqualTo(1);
    }

    @Test
    void severalFilesAreOneTape() throws IOException {
        Path a = Files.writeString(dir.resolve("kraken_BCH-EUR_a.csv"), "timestamp,price,amount\n1000,90.5,1\n2000,90.6,2\n");
        Path b = Files.writeString(dir.resolve("kraken_BCH-EUR_b.csv"), "timestamp,price,amount\n1500,90,1\n2000,91,1\n3000,92,1\n");
        TradeCsvResult r = READER.read(List.of(a, b));
        assertThat(r.trades().instrument()).isEqualTo(InstrumentId.of("BCH-EUR"));
        assertThat(r.reports()).hasSize(2);
        assertThat(r.reports().get(1).count(TradeDefect.OUT_OF_ORDER_TIMESTAMP))
                .as("the second file may not go back before the first one's last trade").isEqualTo(1);
        assertThat(r.reports().get(1).defects().get(0).firstLines()).containsExactly(2L);
        assertThat(r.trades().size()).isEqualTo(4);
    }

    @Test
    void fileProblemsAreOneLineErrors() throws IOException {
        assertProblem(dir.resolve("nope_BTC-USD.csv"), TradeFileException.Problem.MISSING, "file not found");
        assertProblem(dir, TradeFileException.Problem.DIRECTORY, "is a directory");
        assertProblem(Files.writeString(dir.resolve("e_BTC-USD.csv"), "\n\n"), TradeFileException.Problem.EMPTY,
                "empty file (2 blank lines)");
        assertProblem(Files.writeString(dir.resolve("h_BTC-USD.csv"), "timestamp,price\n"),
                TradeFileException.Problem.NO_DATA_ROWS, "has a header but no data rows");
        assertProblem(Files.writeString(dir.resolve("w_BTC-USD.csv"), "time,amount\n1,2\n"),
                TradeFileException.Problem.WRONG_HEADER, "has no price column");
        assertProblem(Files.writeString(dir.resolve("d_BTC-USD.csv"), "ts,price,time\n1,2,3\n"),
                TradeFileException.Problem.WRONG_HEADER, "has two timestamp columns");
        assertProblem(Files.writeString(dir.resolve("m_BTC-USD.csv"), "timestamp,price\nx,1\n1,-1\n"),
                TradeFileException.Problem.NO_ROWS_ACCEPTED, "no trades accepted: 2 parsed");
        assertProblem(Files.write(dir.resolve("b_BTC-USD.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}),
                TradeFileException.Problem.READ_FAILED, "not UTF-8");
        Path unnamed = Files.writeString(dir.resolve("my trades.csv"), "1,1\n");
        assertThatThrownBy(() -> READER.read(unnamed)).isInstanceOfSatisfying(TradeFileException.class,
                e -> assertThat(e.problem()).isEqualTo(TradeFileException.Problem.UNKNOWN_INSTRUMENT))
                .hasMessageContaining("no instrument in file name");
        TradeCsvReader named = new TradeCsvReader(TradeCsvOptions.DEFAULTS.withInstrument(InstrumentId.of("ETH-USD")));
        assertThat(named.read(unnamed).trades().instrument()).isEqualTo(InstrumentId.of("ETH-USD"));
    }

    @Test
    void failPolicyStopsOnAnyMalformedRowAfterCountingThemAll() throws IOException {
        Path f = Files.writeString(dir.resolve("f_BTC-USD.csv"), "timestamp,price\n1,1\nx,1\n2,y\n3,1\n");
        TradeCsvReader strict = new TradeCsvReader(TradeCsvOptions.DEFAULTS.withBadRows(BadRowPolicy.FAIL));
        assertThatThrownBy(() -> strict.read(f)).isInstanceOfSatisfying(TradeFileException.class, e -> {
            assertThat(e.problem()).isEqualTo(TradeFileException.Problem.MALFORMED_ROWS);
            assertThat(e.getMessage()).isEqualTo(f + ": 2 malformed rows of 4 parsed: timestamp is not an integer "
                    + "(epoch ms) ×1 (line 3); price is not a number ×1 (line 4)");
            assertThat(e.report()).hasValueSatisfying(rep -> assertThat(rep.accepted()).isEqualTo(2));
        });
    }

    private static void assertProblem(Path file, TradeFileException.Problem problem, String message) {
        assertThatThrownBy(() -> READER.read(file)).isInstanceOfSatisfying(TradeFileException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.getMessage()).startsWith(file + ": ").contains(message).doesNotContain("\n");
        });
    }
}
