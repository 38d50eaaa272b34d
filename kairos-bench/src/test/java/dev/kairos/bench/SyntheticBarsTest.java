package dev.kairos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarCheck;
import dev.kairos.model.market.BarSeries;
import dev.kairos.persistence.csv.BarCsvReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticBarsTest {
    private static final InstrumentId BTC = InstrumentId.of("BTC-USD");
    private static final int N = 200_000;

    @Test
    void sameSeedSameBarsOtherSeedOtherBars() {
        BarSeries a = SyntheticBars.generate(BTC, 5_000, 7);
        BarSeries b = SyntheticBars.generate(BTC, 5_000, 7);
        BarSeries c = SyntheticBars.generate(BTC, 5_000, 8);
        assertThat(CsvIngestBenchmark.sameBars(a, b)).isTrue();
        assertThat(CsvIngestBenchmark.sameBars(a, c)).isFalse();
    }

    @Test
    void barsAreValidConsecutiveMinutesOpeningAtThePreviousClose() {
        BarSeries s = SyntheticBars.generate(BTC, N, 42);
        assertThat(s.size()).isEqualTo(N);
        assertThat(s.intervalMs()).isEqualTo(SyntheticBars.MINUTE_MS);
        assertThat(s.timestamp(0)).isEqualTo(SyntheticBars.DEFAULT_START_MS);
        assertThat(s.open(0)).isEqualTo(SyntheticBars.DEFAULT_START_PRICE);
        for (int i = 0; i < N; i++) {
            assertThat(BarCheck.defect(s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i))).as("bar %d", i)
                    .isEmpty();
            assertThat(s.volume(i)).as("volume of bar %d", i).isPositive();
            assertThat(SyntheticBars.cents(s.close(i))).as("close of bar %d in cents", i).isEqualTo(s.close(i));
            if (i > 0) {
                assertThat(s.timestamp(i) - s.timestamp(i - 1)).isEqualTo(SyntheticBars.MINUTE_MS);
                assertThat(s.open(i)).as("open of bar %d", i).isEqualTo(s.close(i - 1));
            }
        }
    }

    @Test
    void visitsEveryRegimeWithTheirOwnVolatility() {
        byte[] regimes = new byte[N];
        BarSeries s = SyntheticBars.generate(BTC, N, 42, SyntheticBars.DEFAULT_START_MS, 30_000, regimes);
        int k = SyntheticBars.Regime.values().length;
        double[] sumSq = new double[k];
        int[] count = new int[k];
        int switches = 0;
        for (int i = 0; i < N; i++) {
            double r = Math.log(s.close(i) / s.open(i));
            sumSq[regimes[i]] += r * r;
            count[regimes[i]]++;
            if (i > 0 && regimes[i] != regimes[i - 1]) {
                switches++;
            }
        }
        assertThat(java.util.Arrays.stream(count).min().orElseThrow()).isGreaterThan(1_000);
        assertThat(switches).isBetween(20, 2_000);
        int quiet = SyntheticBars.Regime.QUIET.ordinal();
        int volatile_ = SyntheticBars.Regime.VOLATILE.ordinal();
        double quietVol = Math.sqrt(sumSq[quiet] / count[quiet]);
        double volatileVol = Math.sqrt(sumSq[volatile_] / count[volatile_]);
        assertThat(quietVol).isCloseTo(SyntheticBars.Regime.QUIET.sigma,
                org.assertj.core.data.Percentage.withPercentage(10));
        assertThat(volatileVol).isGreaterThan(3 * quietVol);
    }

    @Test
    void transitionRowsAreDistributions() {
        for (double[] row : SyntheticBars.TRANSITIONS) {
            assertThat(java.util.Arrays.stream(row).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void csvTextReadsBackAsTheSameBars(@TempDir Path dir) {
        BarSeries s = SyntheticBars.generate(BTC, 20_000, 3);
        Path file = dir.resolve("synthetic_BTC-USD_1m.csv");
        BarCsvText.write(s, file);
        var result = new BarCsvReader().read(file);
        assertThat(result.report().malformed()).isZero();
        assertThat(CsvIngestBenchmark.sameBars(s, result.series())).isTrue();
    }

    @Test
    void decimalsAreWrittenLikeTheShippedFiles() {
        assertThat(BarCsvText.decimal(new StringBuilder(), 456.10, 2)).hasToString("456.1");
        assertThat(BarCsvText.decimal(new StringBuilder(), 456.16, 2)).hasToString("456.16");
        assertThat(BarCsvText.decimal(new StringBuilder(), 42_000.0, 2)).hasToString("42000");
        assertThat(BarCsvText.decimal(new StringBuilder(), 0.00012, 8)).hasToString("0.00012");
        assertThat(BarCsvText.decimal(new StringBuilder(), 561.88098307, 8)).hasToString("561.88098307");
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> SyntheticBars.generate(BTC, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticBars.generate(BTC, 10, 1, 0, 0.5, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
