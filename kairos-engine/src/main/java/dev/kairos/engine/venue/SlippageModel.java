package dev.kairos.engine.venue;

/**
 * Adverse price movement on liquidity-taking fills: a fixed part plus a part proportional to the
 * fill's share of the bar's volume. Slipped price = base × (1 ± bps / 10 000).
 *
 * @param fixedBps           paid on every taker fill
 * @param bpsPerVolumeShare  paid in proportion to quantity / bar volume (100 = 100 bps when the fill is
 *                           the bar's entire volume)
 */
public record SlippageModel(double fixedBps, double bpsPerVolumeShare) {
    public SlippageModel {
        if (!(fixedBps >= 0) || !(bpsPerVolumeShare >= 0) || !Double.isFinite(fixedBps)
                || !Double.isFinite(bpsPerVolumeShare)) {
            throw new IllegalArgumentException("slippage must be finite and >= 0: fixed=" + fixedBps
                    + " per volume share=" + bpsPerVolumeShare);
        }
    }

    /** Slippage in bps for a taker fill of {@code quantity} in a bar that traded {@code barVolume}. */
    public double bps(double quantity, double barVolume) {
        double share = barVolume > 0 ? Math.min(1.0, quantity / barVolume) : 1.0;
        return fixedBps + bpsPerVolumeShare * share;
    }
}
