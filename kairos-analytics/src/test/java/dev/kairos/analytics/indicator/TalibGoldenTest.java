package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kairos.analytics.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Golden test against TA-Lib 0.4.0's own output over 2,196 Coinbase BTC-USD 4h bars of 2024
 * ({@code shared/data/indicators/talib/}, see the data README §6a). Where TA-Lib has a value we must agree
 * to 1e-9 relative error; where its cell is empty (warm-up) we must return NaN, and nowhere else.
 * Both the batch and the incremental form are checked.
 */
class TalibGoldenTest {
    private static final String FILE = "indicators/talib/talib_coinbase_BTC-USD_4h_2024.csv";
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private static Map<String, double[]> columns;
    private static long[] timestamps;

    /** Loads the file once when it is present; each test then skips with a message when it is not. */
    @BeforeAll
    static void load() throws IOException {
        Optional<Path> file = SharedData.find(FILE);
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get();
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        int n = lines.size() - 1;
        columns = new HashMap<>();
        for (String name : header) {
            columns.put(name, new double[n]);
        }
        timestamps = new long[n];
        for (int row = 0; row < n; row++) {
            String[] cells = lines.get(row + 1).split(",", -1);
            assertThat(cells).as("cells in row %d", row).hasSize(header.length);
            timestamps[row] = Long.parseLong(cells[0]);
            for (int c = 0; c < header.length; c++) {
                columns.get(header[c])[row] = cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]);
            }
        }
        assertThat(n).as("rows of %s (README: 2,196 gap-free 4h bars)", FILE).isEqualTo(2196);
    }

    @BeforeEach
    void requireFile() {
        SharedData.require(FILE);
    }

    private static double[] col(String name) {
        double[] c = columns.get(name);
        assertThat(c).as("column %s", name).isNotNull();
        return c;
    }

    @Test
    void sma20() {
        double[] close = col("close");
        assertMatchesTalib("sma_20", Sma.batch(close, 20));
        assertMatchesTalib("sma_20", incremental(new Sma(20), close));
    }

    @Test
    void ema20() {
        double[] close = col("close");
        assertMatchesTalib("ema_20", Ema.batch(close, 20));
        assertMatchesTalib("ema_20", incremental(new Ema(20), close));
    }

    @Test
    void rsi14() {
        double[] close = col("close");
        assertMatchesTalib("rsi_14", Rsi.batch(close, 14));
        assertMatchesTalib("rsi_14", incremental(new Rsi(14), close));
    }

    @Test
    void trueRange() {
        double[] high = col("high");
        double[] low = col("low");
        double[] close = col("close");
        assertMatchesTalib("trange", TrueRange.batch(high, low, close));
        assertMatchesTalib("trange", incremental(new TrueRange(), high, low, close));
    }

    @Test
    void atr14() {
        double[] high = col("high");
        double[] low = col("low");
        double[] close = col("close");
        assertMatchesTalib("atr_14", Atr.batch(high, low, close, 14));
        assertMatchesTalib("atr_14", incremental(new Atr(14), high, low, close));
    }

    @Test
    void lookbackIsTheIndexOfTalibsFirstValue() {
        assertThat(new Sma(20).lookback()).isEqualTo(firstValueIndex("sma_20")).isEqualTo(19);
        assertThat(new Ema(20).lookback()).isEqualTo(firstValueIndex("ema_20")).isEqualTo(19);
        assertThat(new Rsi(14).lookback()).isEqualTo(firstValueIndex("rsi_14")).isEqualTo(14);
        assertThat(new TrueRange().lookback()).isEqualTo(firstValueIndex("trange")).isEqualTo(1);
        assertThat(new Atr(14).lookback()).isEqualTo(firstValueIndex("atr_14")).isEqualTo(14);
    }

    private static int firstValueIndex(String column) {
        double[] c = col(column);
        int i = 0;
        while (i < c.length && Double.isNaN(c[i])) {
            i++;
        }
        return i;
    }

    static double[] incremental(SingleInputIndicator indicator, double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = indicator.update(values[i]);
        }
        return out;
    }

    static double[] incremental(HlcIndicator indicator, double[] high, double[] low, double[] close) {
        double[] out = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            out[i] = indicator.update(high[i], low[i], close[i]);
        }
        return out;
    }

    private static void assertMatchesTalib(String column, double[] actual) {
        double[] expected = col(column);
        assertThat(actual).as("%s output length", column).hasSize(expected.length);
        int valued = 0;
        double worst = 0.0;
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            int row = i;
            Supplier<String> where = () -> column + " at index " + row + " (timestamp " + timestamps[row] + ")";
            if (Double.isNaN(e)) {
                if (!Double.isNaN(a)) {
                    fail(where.get() + ": TA-Lib's cell is empty (warm-up) but we return " + a);
                }
                continue;
            }
            valued++;
            double error = Math.abs(a - e) / Math.abs(e);
            if (Double.isNaN(a) || (a != e && !(error <= RELATIVE_TOLERANCE))) {
                fail(where.get() + ": expected " + e + " (TA-Lib) but was " + a + ", relative error " + error);
            }
            worst = Math.max(worst, a == e ? 0.0 : error);
        }
        assertThat(valued).as("%s has TA-Lib values to compare", column).isPositive();
        assertThat(worst).as("%s worst relative error", column).isLessThanOrEqualTo(RELATIVE_TOLERANCE);
        assertThat(Arrays.stream(actual).filter(Double::isNaN).count()).as("%s warm-up NaNs", column)
                .isEqualTo(expected.length - valued);
    }
}
