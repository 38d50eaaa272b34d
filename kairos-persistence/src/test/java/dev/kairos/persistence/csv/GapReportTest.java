package dev.kairos.persistence.csv;

import static dev.kairos.persistence.csv.CsvText.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapReportTest {
    static final long H = 3_600_000L;

    @Test
    void reportsGapsOfAHandMadeFileWithoutFillingThem(@TempDir Path dir) throws Exception {
        // hourly bars at 0,1,2, (3,4 missing), 5,6, (7 missing), 8,9,10,11
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (long hour : new long[] {0, 1, 2, 5, 6, 8, 9, 10, 11}) {
            text.append(hour * H).append(",10,11,9,10,1\n");
        }
        Path file = Files.writeString(dir.resolve("test_BTC-USD_1h.csv"), text);

        BarCsvResult res = new BarCsvReader().read(file);
        GapReport gaps = res.report().gaps();

        assertThat(res.series().size()).isEqualTo(9);
        assertThat(gaps.intervalMs()).isEqualTo(H);
        assertThat(gaps.count()).isEqualTo(2);
        assertThat(gaps.missingBars()).isEqualTo(3);
        assertThat(gaps.largest()).contains(new Gap(3 * H, 5 * H, 2));
        assertThat(gaps.largest().orElseThrow().lengthMs()).isEqualTo(2 * H);
        assertThat(gaps.first()).containsExactly(new Gap(3 * H, 5 * H, 2), new Gap(7 * H, 8 * H, 1));
        assertThat(gaps).hasToString("2 gaps, 3 missing bars, largest 1970-01-01T03:00:00Z +PT2H (2 bars)");
    }

    @Test
    void noGaps() {
        GapReport gaps = GapReport.of(series(0, H, 2 * H, 3 * H));

        assertThat(gaps.count()).isZero();
        assertThat(gaps.missingBars()).isZero();
        assertThat(gaps.largest()).isEmpty();
        assertThat(gaps.first()).isEmpty();
        assertThat(gaps).hasToString("no gaps");
    }

    @Test
    void theFirstOfEqualGapsIsTheLargest() {
        GapReport gaps = GapReport.of(series(0, H, 3 * H, 4 * H, 6 * H, 7 * H, 8 * H));

        assertThat(gaps.count()).isEqualTo(2);
        assertThat(gaps.largest()).contains(new Gap(2 * H, 3 * H, 1));
    }

    @Test
    void offGridSpacingCountsTheGridSlotsInside() {
        // interval 1h; 2h -> 3.5h skips the 3h slot only
        GapReport gaps = GapReport.of(series(0, H, 2 * H, 7 * H / 2, 9 * H / 2, 11 * H / 2));

        assertThat(gaps.count()).isEqualTo(1);
        assertThat(gaps.missingBars()).isEqualTo(1);
        assertThat(gaps.largest()).contains(new Gap(3 * H, 7 * H / 2, 1));
    }

    @Test
    void listsAtMostTenGapsButCountsAll() {
        long[] ts = new long[30];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = i * 2 * H + (i >= 15 ? 1 : 0) * 10 * H;
        }
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("BTC-USD"), ts.length);
        for (long t : ts) {
            b.add(t, 10, 11, 9, 10, 1);
        }

        GapReport gaps = GapReport.of(b.build(H));

        assertThat(gaps.count()).isEqualTo(29);
        assertThat(gaps.missingBars()).isEqualTo(29 + 10);
        assertThat(gaps.first()).hasSize(GapReport.MAX_LISTED);
        assertThat(gaps.largest()).isEqualTo(Optional.of(new Gap(29 * H, 40 * H, 11)));
    }

    @Test
    void emptyAndSingleBarSeriesHaveNoGaps() {
        assertThat(GapReport.of(series()).count()).isZero();
        assertThat(GapReport.of(series(5 * H)).count()).isZero();
    }

    private static BarSeries series(long... timestamps) {
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("BTC-USD"), timestamps.length);
        for (long t : timestamps) {
            b.add(t, 10, 11, 9, 10, 1);
        }
        return b.build();
    }
}
