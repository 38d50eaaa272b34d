package dev.kairos.engine.venue;

/** Maker/taker fees in basis points of the fill's notional (negative maker bps = rebate). */
public record FeeModel(double makerBps, double takerBps) {
    public FeeModel {
        if (!Double.isFinite(makerBps) || !Double.isFinite(takerBps) || takerBps < 0 || makerBps < -takerBps) {
            throw new IllegalArgumentException("fees must be finite, taker >= 0 and maker >= -taker: maker="
                    + makerBps + " taker=" + takerBps);
        }
    }

    public static FeeModel flat(double bps) {
        return new FeeModel(bps, bps);
    }

    public double fee(double notional, boolean maker) {
        return notional * (maker ? makerBps : takerBps) / 10_000.0;
    }
}
