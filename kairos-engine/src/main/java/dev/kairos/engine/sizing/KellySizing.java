package dev.kairos.engine.sizing;

import dev.kairos.engine.performance.TrackRecord;
import java.util.Optional;

/**
 * Fractional Kelly from the source strategy's recent closed trades (its {@link TrackRecord}): with win rate p
 * and payoff ratio b (average win / average loss, returns on entry notional),
 *
 * <pre>
 * f*       = p − (1 − p) / b           (f* = p when there are no losses: b = ∞)
 * f        = min(fraction × f*, cap)
 * quantity = equity × f / price
 * </pre>
 *
 * — the classic Kelly bet applied to the position's notional as a share of equity. It sizes nothing when f* is
 * zero or negative ({@link SizingReason#NO_EDGE}) and, before {@code minTrades} closed trades, trades
 * {@code warmupFraction} of equity — or nothing when that is 0 ({@link SizingReason#TOO_FEW_TRADES}): a run
 * that starts with no record and no warm-up never trades, by design.
 *
 * @param fraction       share of full Kelly, in (0, 1]
 * @param cap            the largest f, in (0, 10]
 * @param minTrades      closed trades needed before the record is trusted, &gt;= 1
 * @param warmupFraction share of equity per position before that, in [0, 10]
 */
public record KellySizing(double fraction, double cap, int minTrades, double warmupFraction)
        implements SizingPolicy {
    public KellySizing {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("Kelly fraction must be in (0, 1]: " + fraction);
        }
        if (!(cap > 0 && cap <= 10)) {
            throw new IllegalArgumentException("Kelly cap must be in (0, 10]: " + cap);
        }
        if (minTrades < 1) {
            throw new IllegalArgumentException("Kelly minimum trades must be >= 1: " + minTrades);
        }
        if (!(warmupFraction >= 0 && warmupFraction <= 10)) {
            throw new IllegalArgumentException("Kelly warm-up fraction must be in [0, 10]: " + warmupFraction);
        }
    }

    /**
     * Full Kelly f* for win rate {@code p} and payoff ratio {@code b}: p when b = ∞ (no losses), −∞ when b = 0 (no
     * wins), NaN when either is NaN.
     */
    public static double fullKelly(double p, double b) {
        if (Double.isNaN(p) || Double.isNaN(b)) {
            return Double.NaN;
        }
        if (b == Double.POSITIVE_INFINITY) {
            return p;
        }
        return b > 0 ? p - (1 - p) / b : Double.NEGATIVE_INFINITY;
    }

    /** The share of equity f this policy puts into a position for {@code record}; 0 when it would not trade. */
    public double equityFraction(TrackRecord record) {
        if (record.trades() < minTrades) {
            return warmupFraction;
        }
        double f = fraction * fullKelly(record.winRate(), record.payoffRatio());
        return f > 0 ? Math.min(f, cap) : 0.0;
    }

    @Override
    public SizingDecision size(SizingRequest request) {
        Optional<SizingReason> unusable = request.unusable();
        if (unusable.isPresent()) {
            return SizingDecision.zero(request, unusable.get());
        }
        TrackRecord record = request.record();
        double perEquity = request.equity() / request.price();
        if (record.trades() < minTrades) {
            return warmupFraction > 0 ? SizingDecision.of(request, perEquity * warmupFraction, SizingReason.SIZED)
                    : SizingDecision.zero(request, SizingReason.TOO_FEW_TRADES);
        }
        double f = fraction * fullKelly(record.winRate(), record.payoffRatio());
        if (!(f > 0)) {
            return SizingDecision.zero(request, SizingReason.NO_EDGE);
        }
        return f > cap ? SizingDecision.of(request, perEquity * cap, SizingReason.CAPPED)
                : SizingDecision.of(request, perEquity * f, SizingReason.SIZED);
    }
}
