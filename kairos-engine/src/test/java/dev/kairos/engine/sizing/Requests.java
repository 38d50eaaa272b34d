package dev.kairos.engine.sizing;

import dev.kairos.engine.performance.TrackRecord;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.Instrument;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Signal;
import dev.kairos.model.regime.Regime;
import java.util.List;
import java.util.Optional;

/** Sizing requests for tests: TST-USD (lot 0.001, min notional 1), signals of strategy {@code s}. */
final class Requests {
    static final Instrument TST = Bars.instrument("TST-USD");
    static final StrategyId S = new StrategyId("s");

    private Requests() {
    }

    static Signal signal(Instrument ins, double confidence) {
        return new Signal(Bars.T0, ins.id(), S, Direction.LONG, confidence, List.of("test"));
    }

    /** Price and equity only, confidence 0.5. */
    static SizingRequest basic(double price, double equity) {
        return SizingRequest.of(signal(TST, 0.5), TST, price, equity);
    }

    static SizingRequest withConfidence(double confidence, double price, double equity) {
        return SizingRequest.of(signal(TST, confidence), TST, price, equity);
    }

    static Optional<RegimeCall> regime(Regime r, double confidence) {
        return Optional.of(new RegimeCall(r, confidence));
    }

    /** A record of {@code trades} trades, {@code wins} winners averaging {@code avgWin}, losers {@code avgLoss}. */
    static TrackRecord trades(int trades, int wins, double avgWin, double avgLoss) {
        return new TrackRecord(trades, wins, wins == 0 ? Double.NaN : avgWin, wins == trades ? Double.NaN : avgLoss,
                0, 0);
    }

    static TrackRecord signals(int signals, int hits) {
        return new TrackRecord(0, 0, Double.NaN, Double.NaN, signals, hits);
    }
}
