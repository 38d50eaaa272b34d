package dev.kairos.model.event;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.StrategyId;
import java.util.List;

/**
 * A strategy's view: which way to be, how sure it is, and why.
 *
 * @param timestamp  decision time (close of the bar it was decided on), epoch ms UTC
 * @param confidence in [0, 1]; how each strategy derives it is documented on the strategy
 * @param reasons    human-readable reasons, at least one
 */
public record Signal(long timestamp, InstrumentId instrument, StrategyId source, Direction direction,
                     double confidence, List<String> reasons) implements Event {
    public Signal {
        if (instrument == null || source == null || direction == null || reasons == null) {
            throw new IllegalArgumentException("signal fields must not be null");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("signal confidence must be in [0,1]: " + confidence);
        }
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a signal needs at least one reason");
        }
        reasons = List.copyOf(reasons);
    }
}
