package dev.kairos.analytics.feature.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.market.Timeframe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The side-input parsers on hand-written lines: values, stamps, and an account of every row. */
class SourceParsersTest {
    private static final List<String> TOP_OF_BOOK = List.of(
            "\uFEFFtimestamp,type,update_id,best_bid,best_bid_size,best_ask,best_ask_size,bid_levels,ask_levels",
            "1000,snapshot,1,99.99,30,100.01,10,500,500", // spread 0.02 / 100 * 10^4 = 2 bps; (30 - 10) / 40 = 0.5
            "1000,delta,2,99.99,10,100.01,30,500,500", // same stamp, later row: -0.5
            "",
            "1500,delta,3,100.00,0,100.00,0,500,500", // locked (spread 0) and empty (no imbalance)
            "1600,delta,4,100.02,5,100.01,5,500,500", // crossed: no spread; imbalance 0
            "1700,delta,5,abc,5,100.01,5,500,500", // non-numeric
            "1800,delta,6,100,5,100.01", // too few fields
            "1200,delta,7,100,5,100.01,5,500,500", // time goes back
            "1900,delta,8,0,5,100.01,5,500,500", // non-positive price
            "2000,delta,9,100,-5,100.01,5,500,500\r"); // negative size, CRLF

    @Test
    void topOfBookImbalance() {
        SourceRead r = TopOfBookCsv.imbalance(TOP_OF_BOOK);
        assertThat(r.series().times()).containsExactly(1000, 1000, 1600);
        assertThat(r.series().values()).containsExactly(0.5, -0.5, 0.0);
        assertThat(r.parsed()).isEqualTo(9);
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.skipped()).as("the empty book").isEqualTo(1);
        assertThat(r.malformed()).isEqualTo(5);
        assertThat(r.problems()).hasSize(6);
        assertThat(r.problems().get(0)).startsWith("line 5: skipped, both top-of-book sizes are 0");
        assertThat(r.problems()).anyMatch(p -> p.startsWith("line 7: malformed, best_bid 'abc' is not a number"));
        assertThat(r.problems()).anyMatch(p -> p.startsWith("line 8: malformed, expected 9 fields, got 6"));
        assertThat(r.problems()).anyMatch(p -> p.startsWith("line 9: malformed, time 1200 is before"));
        assertThat(r.problems()).anyMatch(p -> p.startsWith("line 10: malformed, non-positive price"));
        assertThat(r.problems()).anyMatch(p -> p.startsWith("line 11: malformed, negative size"));
        assertThat(r.series().valueAsOf(1000, 0)).as("the later of equal stamps").isEqualTo(-0.5);
    }

    @Test
    void topOfBookSpread() {
        SourceRead r = TopOfBookCsv.spreadBps(TOP_OF_BOOK);
        assertThat(r.series().times()).containsExactly(1000, 1000, 1500);
        assertThat(r.series().value(0)).isCloseTo(2.0, within(1e-9));
        assertThat(r.series().value(2)).as("locked book").isZero();
        assertThat(r.skipped()).as("the crossed book").isEqualTo(1);
        assertThat(r.problems().get(0)).contains("line 6: skipped, crossed book");
        assertThat(r.parsed()).isEqualTo(r.accepted() + r.skipped() + r.malformed());
    }

    @Test
    void leanQuoteBarsAreStampedAtTheBarClose() {
        List<String> lines = List.of(
                "timestamp,bid_open,bid_high,bid_low,bid_close,last_bid_size,ask_open,ask_high,ask_low,ask_close,"
                        + "last_ask_size",
                // bar open 00:00; the closing quote 6778 / 6778.01 is known at 00:01:
                //   (6778.01 - 6778) / 6778.005 * 10^4 = 0.014753 bps; sizes (0.5 - 1.5) / 2 = -0.5
                "1522886400000,6778,6778,6778,6778,0.5,6778.01,6778.01,6778.01,6778.01,1.5",
                "1522886460000,6779,6779,6779,6780,1,6779.5,6779.5,6779.5,6779.5,1"); // crossed close: skipped
        SourceRead spread = QuoteBarCsv.spreadBps(lines, Timeframe.ONE_MINUTE);
        assertThat(spread.series().times()).containsExactly(1522886460000L);
        assertThat(spread.series().value(0)).isCloseTo(0.01 / 6778.005 * 10_000, within(1e-9));
        assertThat(spread.skipped()).isEqualTo(1);
        SourceRead imbalance = QuoteBarCsv.imbalance(lines, Timeframe.ONE_MINUTE);
        assertThat(imbalance.series().times()).containsExactly(1522886460000L, 1522886520000L);
        assertThat(imbalance.series().values()).containsExactly(-0.5, 0.0);
    }

    @Test
    void timeValueColumns() {
        List<String> lines = List.of("timestamp,rate,exchange", "100,0.0001,binance", "200,-0.0002,binance",
                "300,NaN,binance", "300,1e-4,binance");
        SourceRead r = TimeValueCsv.read(lines, "rate");
        assertThat(r.series().times()).containsExactly(100, 200, 300);
        assertThat(r.series().values()).containsExactly(0.0001, -0.0002, 0.0001);
        assertThat(r.malformed()).isEqualTo(1);
        assertThat(r.problems()).containsExactly("line 4: malformed, rate 'NaN' is not finite");
    }

    @Test
    void headersAreChecked() {
        assertThatThrownBy(() -> TimeValueCsv.read(List.of("time,rate", "1,2"), "rate"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'timestamp'");
        assertThatThrownBy(() -> TimeValueCsv.read(List.of("timestamp,rate"), "open_interest"))
                .hasMessageContaining("'open_interest'");
        assertThatThrownBy(() -> TimeValueCsv.read(List.of("", " "), "rate")).hasMessageContaining("empty");
        SourceRead none = TimeValueCsv.read(List.of("timestamp,rate"), "rate");
        assertThat(none.series().isEmpty()).isTrue();
        assertThat(none.parsed()).isZero();
    }
}
