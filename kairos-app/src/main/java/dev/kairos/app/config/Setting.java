package dev.kairos.app.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every backtest setting: its key in the YAML file ({@code section.key}), its command-line option (when
 * it has one) and its default. The YAML file mirrors the sections:
 *
 * <pre>
 * backtest:  data, funding, symbol, strategy, params, from, to, capital, seed, on_bad_row, out
 * execution: fee_bps, maker_fee_bps, slippage_bps, impact_bps_per_volume_share, latency_ms,
 *            latency_jitter_ms, max_volume_share
 * portfolio: sizing_fraction, allow_short, max_order_equity_multiple
 * instrument: tick_size, lot_size, min_notional
 * regime:    enabled, detectors, weights, switch_margin, min_dwell_bars, horizon_bars, higher_timeframe
 * sizing:    policy, fraction, risk_per_trade, confidence_floor, max_notional_multiple, atr_period,
 *            stop_atr_multiple, target_atr_multiple, kelly_fraction, kelly_cap, kelly_min_trades,
 *            kelly_warmup_fraction, vol_target_annual, vol_window, performance_multiplier,
 *            performance_min_samples, performance_floor, performance_cap, performance_window,
 *            performance_horizon_bars, regime_bull_trend, regime_bear_trend, regime_volatile_range,
 *            regime_quiet_range
 * </pre>
 *
 * <p>The sizing defaults are those of {@code SizingConfig.defaults}; an empty default text means "derived":
 * {@code sizing.fraction} defaults to {@code portfolio.sizing_fraction}, {@code sizing.max_notional_multiple} to
 * max(1, fraction).
 */
public enum Setting {
    DATA("backtest.data", "--data", Kind.LIST, "data/coinbase_BTC-USD_4h.csv"),
    /** Funding-rate files ({@code timestamp,rate}) of perpetuals among the data; none by default. */
    FUNDING("backtest.funding", "--funding", Kind.LIST, ""),
    SYMBOL("backtest.symbol", "--symbol", Kind.TEXT, ""),
    STRATEGY("backtest.strategy", "--strategy", Kind.TEXT, "sma-cross"),
    PARAMS("backtest.params", "--param", Kind.MAP, ""),
    FROM("backtest.from", "--from", Kind.TEXT, ""),
    TO("backtest.to", "--to", Kind.TEXT, ""),
    CAPITAL("backtest.capital", "--capital", Kind.TEXT, "10000"),
    SEED("backtest.seed", "--seed", Kind.TEXT, "42"),
    ON_BAD_ROW("backtest.on_bad_row", "--on-bad-row", Kind.TEXT, "skip"),
    OUT("backtest.out", "--out", Kind.TEXT, "runs"),
    FEE_BPS("execution.fee_bps", "--fee-bps", Kind.TEXT, "10"),
    MAKER_FEE_BPS("execution.maker_fee_bps", "", Kind.TEXT, ""),
    SLIPPAGE_BPS("execution.slippage_bps", "--slippage-bps", Kind.TEXT, "5"),
    IMPACT_BPS("execution.impact_bps_per_volume_share", "", Kind.TEXT, "10"),
    LATENCY_MS("execution.latency_ms", "--latency-ms", Kind.TEXT, "0"),
    LATENCY_JITTER_MS("execution.latency_jitter_ms", "", Kind.TEXT, "0"),
    MAX_VOLUME_SHARE("execution.max_volume_share", "", Kind.TEXT, "0.1"),
    SIZING_FRACTION("portfolio.sizing_fraction", "", Kind.TEXT, "1.0"),
    ALLOW_SHORT("portfolio.allow_short", "", Kind.TEXT, "true"),
    MAX_ORDER_EQUITY_MULTIPLE("portfolio.max_order_equity_multiple", "", Kind.TEXT, "5"),
    TICK_SIZE("instrument.tick_size", "", Kind.TEXT, "0.01"),
    LOT_SIZE("instrument.lot_size", "", Kind.TEXT, "0.00000001"),
    MIN_NOTIONAL("instrument.min_notional", "", Kind.TEXT, "1"),
    /** Whether the run tracks market regimes (RegimeUpdate events, by_regime, report shading). */
    REGIME_ENABLED("regime.enabled", "", Kind.TEXT, "true"),
    /** Detector names for the regime ensemble; empty: every known detector. */
    REGIME_DETECTORS("regime.detectors", "--regime-detector", Kind.LIST, ""),
    REGIME_WEIGHTS("regime.weights", "", Kind.TEXT, "accuracy"),
    REGIME_SWITCH_MARGIN("regime.switch_margin", "", Kind.TEXT, "0.1"),
    REGIME_MIN_DWELL_BARS("regime.min_dwell_bars", "", Kind.TEXT, "3"),
    REGIME_HORIZON_BARS("regime.horizon_bars", "", Kind.TEXT, "20"),
    /** A higher timeframe on which the ensemble also runs (e.g. 1d); empty: none. */
    REGIME_HIGHER_TIMEFRAME("regime.higher_timeframe", "", Kind.TEXT, ""),
    /** The base sizing policy: fixed_fraction, confidence, atr_risk, kelly or vol_target. */
    SIZING_POLICY("sizing.policy", "--sizing", Kind.TEXT, "fixed_fraction"),
    SIZING_FRACTION_OF_EQUITY("sizing.fraction", "", Kind.TEXT, ""),
    RISK_PER_TRADE("sizing.risk_per_trade", "", Kind.TEXT, "0.01"),
    CONFIDENCE_FLOOR("sizing.confidence_floor", "", Kind.TEXT, "0"),
    MAX_NOTIONAL_MULTIPLE("sizing.max_notional_multiple", "", Kind.TEXT, ""),
    ATR_PERIOD("sizing.atr_period", "", Kind.TEXT, "14"),
    STOP_ATR_MULTIPLE("sizing.stop_atr_multiple", "", Kind.TEXT, "2"),
    TARGET_ATR_MULTIPLE("sizing.target_atr_multiple", "", Kind.TEXT, "3"),
    KELLY_FRACTION("sizing.kelly_fraction", "", Kind.TEXT, "0.5"),
    KELLY_CAP("sizing.kelly_cap", "", Kind.TEXT, "0.25"),
    KELLY_MIN_TRADES("sizing.kelly_min_trades", "", Kind.TEXT, "20"),
    KELLY_WARMUP_FRACTION("sizing.kelly_warmup_fraction", "", Kind.TEXT, "0"),
    VOL_TARGET_ANNUAL("sizing.vol_target_annual", "", Kind.TEXT, "0.4"),
    VOL_WINDOW("sizing.vol_window", "", Kind.TEXT, "30"),
    PERFORMANCE_MULTIPLIER("sizing.performance_multiplier", "", Kind.TEXT, "off"),
    PERFORMANCE_MIN_SAMPLES("sizing.performance_min_samples", "", Kind.TEXT, "20"),
    PERFORMANCE_FLOOR("sizing.performance_floor", "", Kind.TEXT, "0.5"),
    PERFORMANCE_CAP("sizing.performance_cap", "", Kind.TEXT, "1.5"),
    PERFORMANCE_WINDOW("sizing.performance_window", "", Kind.TEXT, "50"),
    PERFORMANCE_HORIZON_BARS("sizing.performance_horizon_bars", "", Kind.TEXT, "6"),
    REGIME_BULL_TREND("sizing.regime_bull_trend", "", Kind.TEXT, "1"),
    REGIME_BEAR_TREND("sizing.regime_bear_trend", "", Kind.TEXT, "1"),
    REGIME_VOLATILE_RANGE("sizing.regime_volatile_range", "", Kind.TEXT, "0.5"),
    REGIME_QUIET_RANGE("sizing.regime_quiet_range", "", Kind.TEXT, "1");

    /** The shape of a value. */
    public enum Kind {
        TEXT,
        LIST,
        MAP
    }

    private final String key;
    private final String option;
    private final Kind kind;
    private final String defaultText;

    Setting(String key, String option, Kind kind, String defaultText) {
        this.key = key;
        this.option = option;
        this.kind = kind;
        this.defaultText = defaultText;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String defaultText() {
        return defaultText;
    }

    /** The command-line option, if the setting has one. */
    public Optional<String> option() {
        return option.isEmpty() ? Optional.empty() : Optional.of(option);
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
