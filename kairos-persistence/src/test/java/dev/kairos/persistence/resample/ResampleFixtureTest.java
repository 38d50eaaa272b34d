package dev.kairos.persistence.resample;

import static dev.kairos.persistence.fixtures.SharedDataFiles.rowsByTimestamp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.persistence.csv.BarCsvOptions;
import dev.kairos.persistence.csv.BarCsvReader;
import dev.kairos.persistence.fixtures.SharedDataFiles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exact fixtures of {@code shared/data/README.md}: resampling real files reproduces other real files,
 * row by row, as text (timestamp, open, high, low, close and volume all identical), except where a
 * fixture prints volumes with trailing zeros: there the volume is compared as an exact decimal.
 */
class ResampleFixtureTest {
    private static final BarCsvReader STRICT = new BarCsvReader(BarCsvOptions.DEFAULTS.withBadRows(BadRowPolicy.FAIL));

    private static BarSeries read(String relative) {
        return STRICT.read(SharedDataFiles.file(relative)).series();
    }

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    /** README 1e: Lean Coinbase BTC-USD 1s to 1m reproduces all 4,216 minutes of 2016-10-07..09 exactly. */
    @Test
    void leanSecondsToMinutes() {
        BarSeries seconds = read("ohlcv/lean/coinbase_BTC-USD_1s.csv");
        assertThat(Timeframe.of(seconds)).as("sparse 1s data is still 1s data").isEqualTo(Timeframe.ONE_SECOND);

        Resampled r = BarResampler.resample(seconds, Timeframe.ONE_SECOND, Timeframe.ONE_MINUTE,
                BucketPolicy.KEEP_PARTIAL);

        Map<Long, String> expected = rowsByTimestamp(SharedDataFiles.file("ohlcv/lean/coinbase_BTC-USD_1m.csv"));
        expected.keySet().removeIf(t -> t < at("2016-10-07T00:00:00Z") || t >= at("2016-10-10T00:00:00Z"));
        assertThat(expected).hasSize(4_216);
        Map<Long, String> actual = rowsByTimestamp(r.bars());
        assertThat(actual.keySet()).as("the same minutes").containsExactlyElementsOf(expected.keySet());
        assertThat(mismatches(expected, actual)).isEmpty();
        assertThat(r.buckets()).isEqualTo(4_216);
        assertThat(r.inputBars()).isEqualTo(11_520);
    }

    /** README 1a: the Coinbase BTC-USD 1d 2023 file is identical to aggregating the 4h file. */
    @Test
    void coinbaseFourHoursToTheDailyFile2023() {
        Resampled r = BarResampler.resample(read("ohlcv/coinbase_BTC-USD_4h.csv"), Timeframe.FOUR_HOURS,
                Timeframe.ONE_DAY, BucketPolicy.COMPLETE_ONLY);

        Map<Long, String> expected = rowsByTimestamp(SharedDataFiles.file("ohlcv/coinbase_BTC-USD_1d_2023.csv"));
        assertThat(expected).hasSize(118);
        Map<Long, String> actual = rowsByTimestamp(r.bars());
        assertThat(actual).containsKeys(expected.keySet().toArray(Long[]::new));
        assertThat(mismatches(expected, actual)).as("all 118 days identical, as text").isEmpty();
    }

    /**
     * README 1a: {@code coinbase_BTC-USD_1d_from4h.csv} is the complete days of the 4h file with volume the
     * exact decimal sum. It prints volumes with 8 decimals (trailing zeros kept); the writer strips them, so
     * volumes are compared as decimals and everything else as text.
     */
    @Test
    void coinbaseFourHoursToCompleteDays() {
        Resampled r = BarResampler.resample(read("ohlcv/coinbase_BTC-USD_4h.csv"), Timeframe.FOUR_HOURS,
                Timeframe.ONE_DAY, BucketPolicy.COMPLETE_ONLY);

        Map<Long, String> expected = rowsByTimestamp(SharedDataFiles.file("ohlcv/coinbase_BTC-USD_1d_from4h.csv"));
        assertThat(expected).hasSize(3_446);
        Map<Long, String> actual = rowsByTimestamp(r.bars());
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        List<String> differ = new ArrayList<>();
        for (var e : expected.entrySet()) {
            String want = e.getValue();
            String got = actual.get(e.getKey());
            int cut = want.lastIndexOf(',');
            boolean ohlcSame = got.substring(0, got.lastIndexOf(',')).equals(want.substring(0, cut));
            boolean volumeSame = new BigDecimal(got.substring(got.lastIndexOf(',') + 1))
                    .compareTo(new BigDecimal(want.substring(cut + 1))) == 0;
            if (!ohlcSame || !volumeSame) {
                differ.add("want " + want + " got " + got);
            }
        }
        assertThat(differ).isEmpty();
        // README: skipped days 2016-05-18, 2017-02-28, 2018-08-10, 2025-10-25 and the partial 2025-10-28
        assertThat(r.complete()).isEqualTo(3_446);
        assertThat(r.partialDropped()).isEqualTo(5);
        assertThat(r.firstDropped()).containsExactly(at("2016-05-18T00:00:00Z"), at("2017-02-28T00:00:00Z"),
                at("2018-08-10T00:00:00Z"), at("2025-10-25T00:00:00Z"), at("2025-10-28T00:00:00Z"));
    }

    /** The rows that differ as text: {@code want ... got ...}. */
    static List<String> mismatches(Map<Long, String> expected, Map<Long, String> actual) {
        List<String> out = new ArrayList<>();
        for (var e : expected.entrySet()) {
            String got = actual.get(e.getKey());
            if (!e.getValue().equals(got)) {
                out.add("want " + e.getValue() + " got " + got);
            }
        }
        return out;
    }
}
