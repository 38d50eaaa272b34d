package dev.kairos.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.model.InstrumentId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reads the real Coinbase 4h files of {@code shared/data/ohlcv} and checks them against that folder's README. */
class RealDataTest {
    static final long FOUR_HOURS = 4 * 3_600_000L;

    @Test
    void btcUsd4h() throws Exception {
        Path file = SharedData.file("ohlcv/coinbase_BTC-USD_4h.csv");

        BarCsvResult res = new BarCsvReader(BarCsvOptions.DEFAULTS.withBadRows(BadRowPolicy.FAIL)).read(file);
        BarCsvReport r = res.report();

        assertClean(r, 20_695);
        assertThat(res.series().instrument()).isEqualTo(InstrumentId.of("BTC-USD"));
        assertThat(res.series().intervalMs()).isEqualTo(FOUR_HOURS);
        assertThat(res.series().timestamp(0)).isEqualTo(at("2016-05-18T04:00:00Z"));
        assertThat(res.series().timestamp(res.series().size() - 1)).isEqualTo(at("2025-10-28T00:00:00Z"));
        assertThat(res.series().open(0)).isEqualTo(456.16);
        assertThat(res.series().volume(0)).isEqualTo(561.88098307);
        // README: 3 gaps (5 bars): 2017-02-28 20:00, 2018-08-10 04:00–12:00 (3 bars), 2025-10-25 16:00
        assertThat(r.gaps().count()).isEqualTo(3);
        assertThat(r.gaps().missingBars()).isEqualTo(5);
        assertThat(r.gaps().first()).containsExactly(
                new Gap(at("2017-02-28T20:00:00Z"), at("2017-03-01T00:00:00Z"), 1),
                new Gap(at("2018-08-10T04:00:00Z"), at("2018-08-10T16:00:00Z"), 3),
                new Gap(at("2025-10-25T16:00:00Z"), at("2025-10-25T20:00:00Z"), 1));
        assertThat(r.gaps().largest().orElseThrow().start()).isEqualTo(at("2018-08-10T04:00:00Z"));
        assertThat(r.gaps().largest().orElseThrow().lengthMs()).isEqualTo(3 * FOUR_HOURS);
    }

    @Test
    void ethUsd4h() {
        Path file = SharedData.file("ohlcv/coinbase_ETH-USD_4h.csv");

        BarCsvResult res = new BarCsvReader().read(file);
        BarCsvReport r = res.report();

        assertClean(r, 20_675);
        assertThat(res.series().instrument()).isEqualTo(InstrumentId.of("ETH-USD"));
        assertThat(res.series().intervalMs()).isEqualTo(FOUR_HOURS);
        // README: 9 gaps (26 bars), 24 of them in 2016-05-18..24, plus 2017-02-28 20:00 and 2025-10-25 16:00
        assertThat(r.gaps().count()).isEqualTo(9);
        assertThat(r.gaps().missingBars()).isEqualTo(26);
        assertThat(r.gaps().first()).filteredOn(g -> g.start() >= at("2016-05-25T00:00:00Z")).containsExactly(
                new Gap(at("2017-02-28T20:00:00Z"), at("2017-03-01T00:00:00Z"), 1),
                new Gap(at("2025-10-25T16:00:00Z"), at("2025-10-25T20:00:00Z"), 1));
    }

    @Test
    void aWindowOfTheRealFile() {
        Path file = SharedData.file("ohlcv/coinbase_BTC-USD_4h.csv");
        TimeWindow y2024 = TimeWindow.between(at("2024-01-01T00:00:00Z"), at("2025-01-01T00:00:00Z"));

        BarCsvResult res = new BarCsvReader(BarCsvOptions.DEFAULTS.withWindow(y2024)).read(file);

        // the TA-Lib reference file of shared/data uses exactly these 2,196 gap-free bars
        assertThat(res.series().size()).isEqualTo(2_196);
        assertThat(res.report().skipped()).isEqualTo(20_695 - 2_196);
        assertThat(res.report().gaps().count()).isZero();
    }

    @Test
    void sha256MatchesTheDataSetChecksums() throws Exception {
        Path file = SharedData.file("ohlcv/coinbase_BTC-USD_4h.csv");
        Path sums = SharedData.file("SHA256SUMS");

        String expected = Files.readAllLines(sums).stream().filter(l -> l.endsWith("  ohlcv/coinbase_BTC-USD_4h.csv"))
                .map(l -> l.substring(0, 64)).findFirst().orElseThrow();

        assertThat(Sha256.of(file).hex()).isEqualTo(expected);
    }

    private static void assertClean(BarCsvReport r, long rows) {
        assertThat(r.parsed()).isEqualTo(rows);
        assertThat(r.accepted()).isEqualTo(rows);
        assertThat(r.skipped()).isZero();
        assertThat(r.malformed()).isZero();
        assertThat(r.blank()).isZero();
    }

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }
}
