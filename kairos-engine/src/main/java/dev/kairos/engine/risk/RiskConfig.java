package dev.kairos.engine.risk;

import dev.kairos.analytics.risk.VarMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits of the pre-trade checks and of the circuit breakers. Ratios are fractions (0.05 = 5 %), exposure
 * limits multiples of equity; a limit of 0 switches its check or breaker off (the check is then left out of the
 * list; the stale-data, market-data, instrument-rules and trading-state checks have no limit to switch and run
 * when listed). "Exposure" is always the worst case over the instrument's working orders: see {@link Exposure}.
 *
 * @param checks                  the order in which the checks run, by {@link PreTradeCheck#name()}; must start
 *                                with {@code trading-state} (the kill switch). Names: {@link RiskEngine#CHECK_NAMES}
 * @param maxPositionEquity       one instrument's exposure ≤ this × equity
 * @param maxGrossExposure        Σ instrument exposures ≤ this × equity
 * @param maxNetExposure          |Σ signed exposures| (worst side) ≤ this × equity
 * @param maxOpenPositions        instruments with exposure; an order opening one more is denied at the limit
 * @param maxLeverage             gross exposure ≤ this × (equity − unrealised gains): paper gains do not raise it
 * @param dailyLossCap            no new exposure for the rest of the UTC day once equity has fallen this share below
 *                                the day's start equity
 * @param cooldownBarsAfterLoss   bars without new exposure on an instrument after a losing trade on it
 * @param maxConsecutiveLosses    losing trades in a row (any instrument) that start the longer cooldown
 * @param cooldownBarsAfterStreak bars without new exposure on any instrument after such a streak
 * @param maxDrawdownHalt         circuit breaker: drawdown from peak equity at which the state becomes HALTED
 * @param haltRecoveryBars        bars after which a breaker halt returns to ACTIVE (peak reset to the equity
 *                                then); 0: the halt stays for the rest of the run
 * @param rejectBurstCount        circuit breaker: this many venue rejections or input-check denials ...
 * @param rejectBurstWindowBars   ... within this many bars make the state REDUCING; it returns to ACTIVE after
 *                                as many bars without one
 * @param priceBand               order prices (market: the decision price) within this share of the last price
 * @param staleToleranceBars      the last bar is stale when it closed more than (1 + this) intervals ago (0 allowed)
 * @param varLimit                no new exposure while the post-trade portfolio VaR exceeds this share of equity
 * @param varConfidence           VaR confidence, in (0, 1)
 * @param varHorizonBars          VaR horizon in bars
 * @param varMethod               how the VaR is estimated
 * @param varWindowBars           bars of returns the VaR looks back over
 */
public record RiskConfig(List<String> checks, double maxPositionEquity, double maxGrossExposure,
                         double maxNetExposure, int maxOpenPositions, double maxLeverage, double dailyLossCap,
                         int cooldownBarsAfterLoss, int maxConsecutiveLosses, int cooldownBarsAfterStreak,
                         double maxDrawdownHalt, int haltRecoveryBars, int rejectBurstCount,
                         int rejectBurstWindowBars, double priceBand, double staleToleranceBars, double varLimit,
                         double varConfidence, int varHorizonBars, VarMethod varMethod, int varWindowBars) {

    public RiskConfig {
        if (checks == null || checks.isEmpty() || !checks.get(0).equals("trading-state")) {
            throw new IllegalArgumentException("the checks must start with trading-state (the kill switch), got "
                    + checks);
        }
        List<String> seen = new ArrayList<>();
        for (String c : checks) {
            if (!RiskEngine.CHECK_NAMES.contains(c)) {
                throw new IllegalArgumentException("unknown risk check '" + c + "' (known: "
                        + String.join(", ", RiskEngine.CHECK_NAMES) + ")");
            }
            if (seen.contains(c)) {
                throw new IllegalArgumentException("risk check '" + c + "' is listed twice");
            }
            seen.add(c);
        }
        checks = List.copyOf(checks);
        requireNonNegative("max position (multiple of equity)", maxPositionEquity);
        requireNonNegative("max gross exposure (multiple of equity)", maxGrossExposure);
        requireNonNegative("max net exposure (multiple of equity)", maxNetExposure);
        requireNonNegative("max open positions", maxOpenPositions);
        requireNonNegative("max leverage", maxLeverage);
        requireFraction("daily loss cap", dailyLossCap);
        requireNonNegative("cooldown bars after a loss", cooldownBarsAfterLoss);
        requireNonNegative("max consecutive losses", maxConsecutiveLosses);
        requireNonNegative("cooldown bars after a losing streak", cooldownBarsAfterStreak);
        requireFraction("drawdown halt", maxDrawdownHalt);
        requireNonNegative("halt recovery bars", haltRecoveryBars);
        requireNonNegative("reject burst count", rejectBurstCount);
        if (rejectBurstCount > 0 && rejectBurstWindowBars < 1) {
            throw new IllegalArgumentException("a reject burst needs a window of at least 1 bar, got "
                    + rejectBurstWindowBars);
        }
        requireNonNegative("price band", priceBand);
        requireNonNegative("stale tolerance (bars)", staleToleranceBars);
        requireFraction("VaR limit", varLimit);
        if (!(varConfidence > 0 && varConfidence < 1)) {
            throw new IllegalArgumentException("VaR confidence must be in (0, 1), got " + varConfidence);
        }
        if (varHorizonBars < 1) {
            throw new IllegalArgumentException("VaR horizon must be >= 1 bar, got " + varHorizonBars);
        }
        if (varMethod == null) {
            throw new IllegalArgumentException("VaR method is required");
        }
        if (varWindowBars < VarLimitCheck.MIN_RETURNS + varHorizonBars) {
            throw new IllegalArgumentException("VaR window must be >= " + (VarLimitCheck.MIN_RETURNS + varHorizonBars)
                    + " bars (" + VarLimitCheck.MIN_RETURNS + " returns + the horizon), got " + varWindowBars);
        }
    }

    /** Every check, in the standard order. */
    public static final List<String> STANDARD_ORDER = List.of("trading-state", "market-data", "stale-data",
            "price-band", "instrument-rules", "max-order-notional", "max-position", "gross-exposure",
            "net-exposure", "open-positions", "leverage", "daily-loss", "cooldown", "var-limit", "health-gate");

    /**
     * Loose limits that a normal strategy never meets, so that only runaway behaviour is stopped: position
     * 3 × equity, gross and net 5 ×, leverage 5 ×, 50 open positions, daily loss 25 %, no cooldowns, no drawdown
     * halt, 5 rejections in 10 bars, price band 20 %, stale after 1 extra interval, VaR(99 %, 1 bar, historical,
     * 250 bars) ≤ 50 % of equity.
     */
    public static RiskConfig defaults() {
        return new RiskConfig(STANDARD_ORDER, 3, 5, 5, 50, 5, 0.25, 0, 0, 0, 0, 0, 5, 10, 0.2, 1, 0, 0.99, 1,
                VarMethod.HISTORICAL, 250);
    }

    /**
     * Only the basic checks (trading state, market data, instrument rules, max order notional) and no breakers
     * except the wiped-out account: the engine as it was before the full risk engine.
     */
    public static RiskConfig basic() {
        return new RiskConfig(List.of("trading-state", "market-data", "instrument-rules", "max-order-notional"), 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.99, 1, VarMethod.HISTORICAL, 250);
    }

    private static void requireNonNegative(String what, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be >= 0 (0 = off), got " + v);
        }
    }

    private static void requireFraction(String what, double v) {
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException(what + " must be a fraction in [0, 1) (0 = off), got " + v);
        }
    }
}
