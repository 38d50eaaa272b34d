package dev.kairos.engine.portfolio;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.InstrumentKind;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.FundingRates;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Side;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The funding rule on hand-computed cases: at each funding time the position held pays {@code rate × quantity
 * × mark} (the mark is the close of the bar that contains the funding time, or of the first bar after a gap);
 * longs pay when the rate is positive. Hourly bars from {@code T0}, 10 000 of capital, no fees.
 */
class FundingScheduleTest {
    private static final Offset<Double> EPS = within(1e-12);
    private static final Instrument PERP = new Instrument(InstrumentId.of("TST-USDT-PERP"), InstrumentKind.PERPETUAL,
            0.01, 0.001, 1.0);
    private static final double CAPITAL = 10_000;

    private final List<Event> events = new ArrayList<>();
    private final Portfolio portfolio = new Portfolio(List.of(PERP), CAPITAL);

    private static FundingRates rates(long[] times, double[] rates) {
        return new FundingRates(PERP.id(), times, rates);
    }

    private FundingSchedule schedule(FundingRates rates) {
        return new FundingSchedule(List.of(rates));
    }

    private void hold(double quantity, double price) {
        Side side = quantity > 0 ? Side.BUY : Side.SELL;
        portfolio.apply(0, new Fill(new ClientOrderId("F-" + events.size()), PERP.id(), side, Math.abs(quantity), price,
                0, Fill.Liquidity.TAKER, T0, price, 0, 0), 0, "signal");
    }

    /** Processes the bar opening at {@code T0 + hour} with this close, as the engine does: funding, then mark. */
    private void bar(FundingSchedule f, int hour, double close) {
        f.onBar(0, T0 + hour * HOUR, T0 + (hour + 1) * HOUR, close, portfolio, events::add);
        portfolio.mark(0, close);
        var a = portfolio.account();
        assertThat(portfolio.equity() - CAPITAL).as("accounting identity")
                .isCloseTo(a.realizedPnl() + portfolio.unrealizedPnl() - a.feesPaid() - a.fundingPaid(), within(1e-9));
    }

    private List<Event.FundingApplied> applied() {
        return events.stream().filter(e -> e instanceof Event.FundingApplied).map(e -> (Event.FundingApplied) e)
                .toList();
    }

    @Test
    void aLongPaysAPositiveRateOnItsNotionalAtTheClose() {
        FundingSchedule f = schedule(rates(new long[] {T0 + HOUR / 2}, new double[] {0.001}));
        hold(2, 100);
        bar(f, 0, 110);
        // 0.001 × 2 × 110 = 0.22
        assertThat(applied()).singleElement().isEqualTo(new Event.FundingApplied(T0 + HOUR / 2, PERP.id(), 0.001,
                220.0, 0.001 * 220.0));
        assertThat(portfolio.account().fundingPaid()).isCloseTo(0.22, EPS);
        assertThat(portfolio.account().cash()).isCloseTo(CAPITAL - 0.22, EPS);
    }

    @Test
    void aShortReceivesAPositiveRate() {
        FundingSchedule f = schedule(rates(new long[] {T0 + HOUR / 2}, new double[] {0.001}));
        hold(-2, 100);
        bar(f, 0, 110);
        // notional −220: amount −0.22, i.e. received
        assertThat(applied()).singleElement().satisfies(e -> {
            assertThat(e.notional()).isCloseTo(-220, EPS);
            assertThat(e.amount()).isCloseTo(-0.22, EPS);
        });
        assertThat(portfolio.account().fundingPaid()).isCloseTo(-0.22, EPS);
        assertThat(portfolio.account().cash()).isCloseTo(CAPITAL + 0.22, EPS);
    }

    @Test
    void aNegativeRateMakesLongsReceiveAndShortsPay() {
        FundingSchedule f = schedule(rates(new long[] {T0 + HOUR / 2, T0 + HOUR + HOUR / 2},
                new double[] {-0.0005, -0.0005}));
        hold(4, 100);
        bar(f, 0, 100);                 // −0.0005 × 4 × 100 = −0.2: received
        assertThat(portfolio.account().fundingPaid()).isCloseTo(-0.2, EPS);
        hold(-8, 100);                  // now short 4
        bar(f, 1, 50);                  // −0.0005 × (−4) × 50 = +0.1: paid
        assertThat(applied()).extracting(Event.FundingApplied::amount).containsExactly(-0.2, 0.1);
        assertThat(portfolio.account().fundingPaid()).isCloseTo(-0.1, EPS);
    }

    @Test
    void aFundingTimeInsideMissingBarsIsAppliedAtTheNextBarAtItsClose() {
        // bars at hours 0 and 3 only; funding at 1:30 and 2:00 falls into the gap → both at the 3:00 bar (close 120)
        FundingSchedule f = schedule(rates(new long[] {T0 + HOUR + HOUR / 2, T0 + 2 * HOUR},
                new double[] {0.001, 0.002}));
        hold(1, 100);
        bar(f, 0, 100);
        assertThat(applied()).isEmpty();
        bar(f, 3, 120);
        assertThat(applied()).extracting(Event.FundingApplied::timestamp).containsExactly(T0 + HOUR + HOUR / 2,
                T0 + 2 * HOUR);
        assertThat(applied()).extracting(Event.FundingApplied::notional).containsExactly(120.0, 120.0);
        assertThat(portfolio.account().fundingPaid()).isCloseTo(0.001 * 120 + 0.002 * 120, EPS);
    }

    @Test
    void fundingBeforeTheFirstBarIsIgnoredAndOneAtABarsCloseBelongsToTheNextBar() {
        // T0 − 1 h: before the first bar; T0: the first bar's open (applied there); T0 + 1 h: bar 0's close, which
        // is bar 1's open → applied with bar 1 at its close
        FundingSchedule f = schedule(rates(new long[] {T0 - HOUR, T0, T0 + HOUR}, new double[] {0.01, 0.001, 0.002}));
        hold(1, 100);
        bar(f, 0, 100);
        assertThat(applied()).extracting(Event.FundingApplied::timestamp).containsExactly(T0);
        bar(f, 1, 90);
        assertThat(applied()).extracting(Event.FundingApplied::timestamp).containsExactly(T0, T0 + HOUR);
        assertThat(portfolio.account().fundingPaid()).isCloseTo(0.001 * 100 + 0.002 * 90, EPS);
    }

    @Test
    void aFlatPositionPaysNothingAndTheFundingTimeIsNotOwedLater() {
        FundingSchedule f = schedule(rates(new long[] {T0 + HOUR / 2, T0 + HOUR + HOUR / 2},
                new double[] {0.001, 0.001}));
        bar(f, 0, 100);                 // flat at 0:30: nothing, ever
        hold(1, 100);
        bar(f, 1, 100);                 // long at 1:30: 0.1
        assertThat(applied()).extracting(Event.FundingApplied::timestamp).containsExactly(T0 + HOUR + HOUR / 2);
        assertThat(portfolio.account().fundingPaid()).isCloseTo(0.1, EPS);
    }

    @Test
    void instrumentsWithoutFundingAreSkippedAndEachInstrumentHasItsOwnSchedule() {
        Instrument spot = new Instrument(InstrumentId.of("TST-USDT"), InstrumentKind.SPOT, 0.01, 0.001, 1.0);
        Portfolio two = new Portfolio(List.of(spot, PERP), CAPITAL);
        FundingSchedule f = new FundingSchedule(List.of(FundingRates.none(spot.id()),
                rates(new long[] {T0 + HOUR / 2}, new double[] {0.001})));
        assertThat(f.instruments()).isEqualTo(2);
        two.apply(0, new Fill(new ClientOrderId("S"), spot.id(), Side.BUY, 1, 100, 0, Fill.Liquidity.TAKER, T0, 100, 0,
                0), 0, "signal");
        two.apply(1, new Fill(new ClientOrderId("P"), PERP.id(), Side.BUY, 3, 100, 0, Fill.Liquidity.TAKER, T0, 100, 0,
                0), 0, "signal");
        f.onBar(0, T0, T0 + HOUR, 100, two, events::add);
        f.onBar(1, T0, T0 + HOUR, 100, two, events::add);
        assertThat(applied()).singleElement().satisfies(e -> assertThat(e.instrument()).isEqualTo(PERP.id()));
        assertThat(two.account().fundingPaid()).isCloseTo(0.3, EPS);
    }
}
