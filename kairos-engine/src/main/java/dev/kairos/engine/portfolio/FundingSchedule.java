package dev.kairos.engine.portfolio;

import dev.kairos.model.event.Event;
import dev.kairos.model.market.FundingRates;
import java.util.List;
import java.util.function.Consumer;

/**
 * Applies perpetual funding at its funding times. A funding time {@code ft} is applied while processing the
 * first bar of the instrument whose close time is after {@code ft} (the bar containing it, or the first
 * bar after a gap), after that bar's fills: the position is the one held at {@code ft}, and the notional
 * is marked at the bar's close (prices inside the bar are unknown). Funding times before the instrument's
 * first bar are ignored. A long pays {@code rate × quantity × mark} when the rate is positive; a short
 * receives it.
 *
 * <p>Allocation-free per bar except when funding is applied. Engine thread only.
 */
public final class FundingSchedule {
    private final FundingRates[] rates;
    private final int[] next;
    private final boolean[] started;

    /** One entry per instrument, in run order; spot instruments get {@link FundingRates#none}. */
    public FundingSchedule(List<FundingRates> perInstrument) {
        this.rates = perInstrument.toArray(FundingRates[]::new);
        this.next = new int[rates.length];
        this.started = new boolean[rates.length];
    }

    /** Number of instruments the schedule covers. */
    public int instruments() {
        return rates.length;
    }

    /**
     * Applies every funding time of instrument {@code k} before {@code barClose} not applied yet.
     *
     * @param barOpen  open time of the bar being processed
     * @param barClose its close time
     * @param mark     its close price
     */
    public void onBar(int k, long barOpen, long barClose, double mark, Portfolio portfolio,
                      Consumer<Event> publish) {
        FundingRates f = rates[k];
        if (f.isEmpty()) {
            return;
        }
        if (!started[k]) {
            started[k] = true;
            next[k] = f.firstAtOrAfter(barOpen);
        }
        while (next[k] < f.size() && f.time(next[k]) < barClose) {
            int i = next[k]++;
            double qty = portfolio.positionQuantity(k);
            if (qty == 0.0) {
                continue;
            }
            double notional = qty * mark;
            double amount = f.rate(i) * notional;
            portfolio.applyFunding(amount);
            publish.accept(new Event.FundingApplied(f.time(i), f.instrument(), f.rate(i), notional, amount));
        }
    }
}
