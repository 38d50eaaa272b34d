package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kairos.analytics.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the trend and momentum indicators against TA-Lib 0.4.0's own output over 2,196 Coinbase
 * BTC-USD 4h bars of 2024 ({@code shared/data/indicators/talib/}, see the data README §6a). Where TA-Lib has
 * a value we must agree to 1e-9 relative error; where its cell is empty (warm-up) we must return NaN, and
 * nowhere else. Both the batch and the incremental form are checked, every output of multi-output
 * indicators included. Skipped with a message when the file is absent.
 */
class TrendMomentumGoldenTest {
    private static final String FILE = "indicators/talib/talib_coinbase_BTC-USD_4h_2024.csv";
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private static Map<String, double[]> columns;
    private static long[] timestamps;
    private static double[] high;
    private static double[] low;
    private static double[] close;

    /** Loads the file once when it is present; each test then skips with a message when it is not. */
    @BeforeAll
    static void load() throws IOException {
        Optional<Path> file = SharedData.find(FILE);
        if (file.isEmpty()) {
            return;
        }
        List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
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
        high = col("high");
        low = col("low");
        close = col("close");
    }

    @BeforeEach
    void requireFile() {
        SharedData.require(FILE);
    }

    @Test
    void wma20() {
        assertMatchesTalib("wma_20", Wma.batch(close, 20));
        assertMatchesTalib("wma_20", incremental(new Wma(20))[0]);
    }

    @Test
    void dema20() {
        assertMatchesTalib("dema_20", Dema.batch(close, 20));
        assertMatchesTalib("dema_20", incremental(new Dema(20))[0]);
    }

    @Test
    void tema20() {
        assertMatchesTalib("tema_20", Tema.batch(close, 20));
        assertMatchesTalib("tema_20", incremental(new Tema(20))[0]);
    }

    @Test
    void kama10() {
        assertMatchesTalib("kama_10", Kama.batch(close, 10));
        assertMatchesTalib("kama_10", incremental(new Kama(10))[0]);
    }

    @Test
    void macd12269() {
        Macd.Batch batch = Macd.batch(close, 12, 26, 9);
        assertMatchesTalib("macd_12_26_9", batch.macd());
        assertMatchesTalib("macd_signal_12_26_9", batch.signal());
        assertMatchesTalib("macd_hist_12_26_9", batch.histogram());
        double[][] inc = incremental(new Macd(12, 26, 9));
        assertMatchesTalib("macd_12_26_9", inc[0]);
        assertMatchesTalib("macd_signal_12_26_9", inc[1]);
        assertMatchesTalib("macd_hist_12_26_9", inc[2]);
    }

    @Test
    void stoch1433() {
        Stochastic.Batch batch = Stochastic.batch(high, low, close, 14, 3, 3);
        assertMatchesTalib("stoch_slowk_14_3_3", batch.k());
        assertMatchesTalib("stoch_slowd_14_3_3", batch.d());
        double[][] inc = incremental(new Stochastic(14, 3, 3));
        assertMatchesTalib("stoch_slowk_14_3_3", inc[0]);
        assertMatchesTalib("stoch_slowd_14_3_3", inc[1]);
    }

    @Test
    void stochf143() {
        StochasticFast.Batch batch = StochasticFast.batch(high, low, close, 14, 3);
        assertMatchesTalib("stochf_fastk_14_3", batch.k());
        assertMatchesTalib("stochf_fastd_14_3", batch.d());
        double[][] inc = incremental(new StochasticFast(14, 3));
        assertMatchesTalib("stochf_fastk_14_3", inc[0]);
        assertMatchesTalib("stochf_fastd_14_3", inc[1]);
    }

    @Test
    void cci20() {
        assertMatchesTalib("cci_20", Cci.batch(high, low, close, 20));
        assertMatchesTalib("cci_20", incremental(new Cci(20))[0]);
    }

    @Test
    void willr14() {
        assertMatchesTalib("willr_14", WilliamsR.batch(high, low, close, 14));
        assertMatchesTalib("willr_14", incremental(new WilliamsR(14))[0]);
    }

    @Test
    void roc10() {
        assertMatchesTalib("roc_10", Roc.batch(close, 10));
        assertMatchesTalib("roc_10", incremental(new Roc(10))[0]);
    }

    @Test
    void mom10() {
        assertMatchesTalib("mom_10", Momentum.batch(close, 10));
        assertMatchesTalib("mom_10", incremental(new Momentum(10))[0]);
    }

    @Test
    void aroon14() {
        Aroon.Batch batch = Aroon.batch(high, low, close, 14);
        assertMatchesTalib("aroon_up_14", batch.up());
        assertMatchesTalib("aroon_down_14", batch.down());
        double[][] inc = incremental(new Aroon(14));
        assertMatchesTalib("aroon_up_14", inc[0]);
        assertMatchesTalib("aroon_down_14", inc[1]);
    }

    @Test
    void trix15() {
        assertMatchesTalib("trix_15", Trix.batch(close, 15));
        assertMatchesTalib("trix_15", incremental(new Trix(15))[0]);
    }

    @Test
    void ultosc71428() {
        assertMatchesTalib("ultosc_7_14_28", UltimateOscillator.batch(high, low, close, 7, 14, 28));
        assertMatchesTalib("ultosc_7_14_28", incremental(new UltimateOscillator(7, 14, 28))[0]);
    }

    @Test
    void lookbackIsTheIndexOfTalibsFirstValue() {
        assertThat(new Wma(20).lookback()).isEqualTo(firstValueIndex("wma_20")).isEqualTo(19);
        assertThat(new Dema(20).lookback()).isEqualTo(firstValueIndex("dema_20")).isEqualTo(38);
        assertThat(new Tema(20).lookback()).isEqualTo(firstValueIndex("tema_20")).isEqualTo(57);
        assertThat(new Kama(10).lookback()).isEqualTo(firstValueIndex("kama_10")).isEqualTo(10);
        assertThat(new Macd(12, 26, 9).lookback()).isEqualTo(firstValueIndex("macd_12_26_9"))
                .isEqualTo(firstValueIndex("macd_signal_12_26_9")).isEqualTo(firstValueIndex("macd_hist_12_26_9"))
                .isEqualTo(33);
        assertThat(new Stochastic(14, 3, 3).lookback()).isEqualTo(firstValueIndex("stoch_slowk_14_3_3"))
                .isEqualTo(firstValueIndex("stoch_slowd_14_3_3")).isEqualTo(17);
        assertThat(new StochasticFast(14, 3).lookback()).isEqualTo(firstValueIndex("stochf_fastk_14_3"))
                .isEqualTo(firstValueIndex("stochf_fastd_14_3")).isEqualTo(15);
        assertThat(new Cci(20).lookback()).isEqualTo(firstValueIndex("cci_20")).isEqualTo(19);
        assertThat(new WilliamsR(14).lookback()).isEqualTo(firstValueIndex("willr_14")).isEqualTo(13);
        assertThat(new Roc(10).lookback()).isEqualTo(firstValueIndex("roc_10")).isEqualTo(10);
        assertThat(new Momentum(10).lookback()).isEqualTo(firstValueIndex("mom_10")).isEqualTo(10);
        assertThat(new Aroon(14).lookback()).isEqualTo(firstValueIndex("aroon_up_14"))
                .isEqualTo(firstValueIndex("aroon_down_14")).isEqualTo(14);
        assertThat(new Trix(15).lookback()).isEqualTo(firstValueIndex("trix_15")).isEqualTo(43);
        assertThat(new UltimateOscillator(7, 14, 28).lookback()).isEqualTo(firstValueIndex("ultosc_7_14_28"))
                .isEqualTo(28);
    }

    private static double[] col(String name) {
        double[] c = columns.get(name);
        assertThat(c).as("column %s", name).isNotNull();
        return c;
    }

    private static int firstValueIndex(String column) {
        double[] c = col(column);
        int i = 0;
        while (i < c.length && Double.isNaN(c[i])) {
            i++;
        }
        return i;
    }

    private static double[][] incremental(SingleInputIndicator indicator) {
        return TrendMomentumRuns.run(indicator, close);
    }

    private static double[][] incremental(HlcIndicator indicator) {
        return TrendMomentumRuns.run(indicator, high, low, close);
    }

    private static void assertMatchesTalib(String column, double[] actual) {
        double[] expected = col(column);
        assertThat(actual).as("%s output length", column).hasSize(expected.length);
        int valued = 0;
        double worst = 0.0;
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            String where = column + " at index " + i + " (timestamp " + timestamps[i] + ")";
            if (Double.isNaN(e)) {
                if (!Double.isNaN(a)) {
                    fail(where + ": TA-Lib's cell is empty (warm-up) but we return " + a);
                }
                continue;
            }
            valued++;
            double error = a == e ? 0.0 : Math.abs(a - e) / Math.abs(e);
            if (Double.isNaN(a) || !(error <= RELATIVE_TOLERANCE)) {
                fail(where + ": expected " + e + " (TA-Lib) but was " + a + ", relative error " + error);
            }
            worst = Math.max(worst, error);
        }
        assertThat(valued).as("%s has TA-Lib values to compare", column).isPositive();
        assertThat(worst).as("%s worst relative error", column).isLessThanOrEqualTo(RELATIVE_TOLERANCE);
    }
}
