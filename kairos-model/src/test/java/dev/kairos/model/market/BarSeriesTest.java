package dev.kairos.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.model.InstrumentId;
import org.junit.jupiter.api.Test;

class BarSeriesTest {
    private static final InstrumentId ID = InstrumentId.of("BTC-USD");
    private static final long H = 3_600_000L;

    @Test
    void closeTimeIsOpenPlusTheInferredInterval() {
        BarSeries s = new BarSeries.Builder(ID, 4)
                .add(0, 10, 11, 9, 10, 1)
                .add(H, 10, 11, 9, 10, 1)
                .add(2 * H, 10, 11, 9, 10, 1)
                .add(5 * H, 10, 11, 9, 10, 1) // a gap does not change the interval
                .add(6 * H, 10, 11, 9, 10, 1)
                .build();
        assertThat(s.intervalMs()).isEqualTo(H);
        assertThat(s.closeTime(2)).isEqualTo(3 * H);
        assertThat(s.closeTime(3)).isEqualTo(6 * H);
        assertThat(s.firstAtOrAfter(3 * H)).isEqualTo(3);
        assertThat(s.firstAtOrAfter(7 * H)).isEqualTo(5);
        BarSeries part = s.slice(H, 6 * H);
        assertThat(part.size()).isEqualTo(3);
        assertThat(part.timestamp(0)).isEqualTo(H);
        assertThat(part.intervalMs()).isEqualTo(H);
    }

    @Test
    void builderRefusesBadOrUnorderedBars() {
        BarSeries.Builder b = new BarSeries.Builder(ID, 2).add(H, 10, 11, 9, 10, 1);
        assertThatThrownBy(() -> b.add(H, 10, 11, 9, 10, 1)).hasMessageContaining("not after");
        assertThatThrownBy(() -> b.add(2 * H, 10, 9, 11, 10, 1)).hasMessageContaining("high below low");
        assertThatThrownBy(() -> b.add(2 * H, 12, 11, 9, 10, 1)).hasMessageContaining("outside");
        assertThatThrownBy(() -> b.add(2 * H, 10, 11, 9, 10, -1)).hasMessageContaining("negative volume");
        assertThat(b.size()).isEqualTo(1);
    }
}
