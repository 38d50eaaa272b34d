package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kairos.analytics.testsupport.SharedData;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the volatility, volume and directional indicators against TA-Lib 0.4.0's own output over
 * 2,196 Coinbase BTC-USD 4h bars of 2024 ({@code shared/data/indicators/talib/}, data README §6a): NATR,
 * BBANDS, STDDEV, ADX, PLUS_DI, MINUS_DI, SAR, OBV, AD, ADOSC and MFI. Where TA-Lib has a value we agree to
 * 1e-9 relative error; where its cell is empty (warm-up) we return NaN, and nowhere else. Both the batch
 * and the incremental form are checked, and each lookback is the index of TA-Lib's first value.
 */
class VolatilityVolumeGoldenTest {
    private static final String FILE = "indicators/talib/talib_coinbase_BTC-USD_4h_2024.csv";
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private static Map<String, double[]> columns;
    private static Ohlcv bars;

    @BeforeAll
    static void load() {
        Ohlcv.columns(FILE).ifPresent(c -> {
            columns = c;
            bars = Ohlcv.fromColumns(c);
            assertThat(bars.size()).as("rows of %s (README: 2,196 gap-free 4h bars)", FILE).isEqualTo(2196);
        });
    }

    @BeforeEach
    void requireFile() {
        SharedData.require(FILE);
    }

    @Test
    void natr14() {
        assertMatchesTalib("natr_14", Natr.batch(bars.high(), bars.low(), bars.close(), 14));
        assertMatchesTalib("natr_14", bars.run(new Natr(14))[0]);
        assertThat(new Natr(14).lookback()).isEqualTo(firstValueIndex("natr_14"));
    }

    @Test
    void bollingerBands20x2() {
        BollingerBands.Batch batch = BollingerBands.batch(bars.close(), 20, 2.0);
        double[][] incremental = bars.run(new BollingerBands(20, 2.0));
        assertMatchesTalib("bb_upper_20_2", batch.upper());
        assertMatchesTalib("bb_middle_20_2", batch.middle());
        assertMatchesTalib("bb_lower_20_2", batch.lower());
        assertMatchesTalib("bb_upper_20_2", incremental[0]);
        assertMatchesTalib("bb_middle_20_2", incremental[1]);
        assertMatchesTalib("bb_lower_20_2", incremental[2]);
        // the middle band is this package's SMA (golden-checked against TA-Lib as sma_20), bit for bit
        IndicatorAssertions.assertBitwiseEqual("bb middle vs SMA", Sma.batch(bars.close(), 20), batch.middle());
        assertThat(new BollingerBands(20, 2.0).lookback()).isEqualTo(firstValueIndex("bb_upper_20_2"));
    }

    @Test
    void stdDev20() {
        assertMatchesTalib("stddev_20_population", StdDev.batch(bars.close(), 20));
        assertMatchesTalib("stddev_20_population", bars.run(new StdDev(20))[0]);
        assertThat(new StdDev(20).lookback()).isEqualTo(firstValueIndex("stddev_20_population"));
    }

    @Test
    void adxWithDirectionalIndicators14() {
        Adx.Batch batch = Adx.batch(bars.high(), bars.low(), bars.close(), 14);
        double[][] incremental = bars.run(new Adx(14));
        assertMatchesTalib("adx_14", batch.adx());
        assertMatchesTalib("plus_di_14", batch.plusDi());
        assertMatchesTalib("minus_di_14", batch.minusDi());
        assertMatchesTalib("adx_14", incremental[0]);
        assertMatchesTalib("plus_di_14", incremental[1]);
        assertMatchesTalib("minus_di_14", incremental[2]);
        assertThat(new Adx(14).lookback()).isEqualTo(firstValueIndex("adx_14")).isEqualTo(27);
        assertThat(firstValueIndex("plus_di_14")).isEqualTo(firstValueIndex("minus_di_14")).isEqualTo(14);
    }

    @Test
    void parabolicSar() {
        assertMatchesTalib("sar_0.02_0.2", ParabolicSar.batch(bars.high(), bars.low(), 0.02, 0.2));
        assertMatchesTalib("sar_0.02_0.2", bars.run(new ParabolicSar(0.02, 0.2))[0]);
        assertThat(new ParabolicSar(0.02, 0.2).lookback()).isEqualTo(firstValueIndex("sar_0.02_0.2"));
    }

    @Test
    void onBalanceVolume() {
        assertMatchesTalib("obv", Obv.batch(bars.close(), bars.volume()));
        assertMatchesTalib("obv", bars.run(new Obv())[0]);
        assertThat(new Obv().lookback()).isEqualTo(firstValueIndex("obv")).isZero();
        assertThat(col("obv")[0]).as("TA-Lib's OBV starts at the first volume").isEqualTo(bars.volume()[0]);
    }

    @Test
    void accumulationDistribution() {
        double[] batch = AccumulationDistribution.batch(bars.high(), bars.low(), bars.close(), bars.volume());
        assertMatchesTalib("ad_line", batch);
        assertMatchesTalib("ad_line", bars.run(new AccumulationDistribution())[0]);
        assertThat(new AccumulationDistribution().lookback()).isEqualTo(firstValueIndex("ad_line"));
    }

    @Test
    void chaikinOscillator3x10() {
        assertMatchesTalib("adosc_3_10",
                ChaikinOscillator.batch(bars.high(), bars.low(), bars.close(), bars.volume(), 3, 10));
        assertMatchesTalib("adosc_3_10", bars.run(new ChaikinOscillator(3, 10))[0]);
        assertThat(new ChaikinOscillator(3, 10).lookback()).isEqualTo(firstValueIndex("adosc_3_10"));
    }

    @Test
    void moneyFlowIndex14() {
        assertMatchesTalib("mfi_14", Mfi.batch(bars.high(), bars.low(), bars.close(), bars.volume(), 14));
        assertMatchesTalib("mfi_14", bars.run(new Mfi(14))[0]);
        assertThat(new Mfi(14).lookback()).isEqualTo(firstValueIndex("mfi_14"));
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

    private static void assertMatchesTalib(String column, double[] actual) {
        double[] expected = col(column);
        assertThat(actual).as("%s output length", column).hasSize(expected.length);
        int valued = 0;
        double worst = 0.0;
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            String where = column + " at index " + i + " (timestamp " + bars.timestamp()[i] + ")";
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
        assertThat(Arrays.stream(actual).filter(Double::isNaN).count()).as("%s warm-up NaNs", column)
                .isEqualTo(expected.length - valued);
    }
}
