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
 * risk:      checks, max_position_notional_equity, max_gross_exposure, max_net_exposure, max_open_positions,
 *            max_leverage, daily_loss_cap_pct, cooldown_bars_after_loss, max_consecutive_losses,
 *            cooldown_bars_after_streak, max_drawdown_halt_pct, halt_recovery_bars, reject_burst_count,
 *            reject_burst_window_bars, price_band_pct, stale_tolerance_bars, var_limit_pct, var_confidence,
 *            var_horizon_bars, var_method, var_window_bars
 * health:    min_score, window_bars, signal_horizon_bars, min_signals, latency_budget_ms, max_errors
 * exits:     enabled, stop_atr_multiple, stop_pct, atr_period, tp_r, tp_fractions, breakeven_after_tp,
 *            trailing {type, value, arm_after_tp}, time_stop_bars, hard_stop_multiple, adaptive, min_sample,
 *            bounds {tp_min, tp_max, stop_min, stop_max}, min_health
 * </pre>
 *
 * <p>The sizing defaults are those of {@code SizingConfig.defaults}; an empty default text means "derived":
 * {@code sizing.fraction} defaults to {@code portfolio.sizing_fraction}, {@code sizing.max_notional_multiple} to
 * max(1, fraction).
 *
 * <p>Risk and health settings exist only in the file. {@code _pct} values are percent (5 = 5 %); exposure limits are
 * multiples of equity; a limit of 0 switches its check or breaker off. The defaults are loose (see
 * {@code dev.kairos.engine.risk.RiskConfig#defaults()} and {@code dev.kairos.engine.health.HealthConfig#defaults()}).
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
    REGIME_VOLATILE_RANGE("sizing.regime_volatile_range", "", Kind.TEXT, "1"),
    REGIME_QUIET_RANGE("sizing.regime_quiet_range", "", Kind.TEXT, "1"),
    /** Risk checks in the order they run; empty: all, in the standard order. */
    RISK_CHECKS("risk.checks", "", Kind.LIST, ""),
    RISK_MAX_POSITION("risk.max_position_notional_equity", "", Kind.TEXT, "3"),
    RISK_MAX_GROSS("risk.max_gross_exposure", "", Kind.TEXT, "5"),
    RISK_MAX_NET("risk.max_net_exposure", "", Kind.TEXT, "5"),
    RISK_MAX_OPEN_POSITIONS("risk.max_open_positions", "", Kind.TEXT, "50"),
    RISK_MAX_LEVERAGE("risk.max_leverage", "", Kind.TEXT, "5"),
    RISK_DAILY_LOSS_CAP_PCT("risk.daily_loss_cap_pct", "", Kind.TEXT, "25"),
    RISK_COOLDOWN_AFTER_LOSS("risk.cooldown_bars_after_loss", "", Kind.TEXT, "0"),
    RISK_MAX_CONSECUTIVE_LOSSES("risk.max_consecutive_losses", "", Kind.TEXT, "0"),
    RISK_COOLDOWN_AFTER_STREAK("risk.cooldown_bars_after_streak", "", Kind.TEXT, "0"),
    RISK_DRAWDOWN_HALT_PCT("risk.max_drawdown_halt_pct", "", Kind.TEXT, "0"),
    RISK_HALT_RECOVERY_BARS("risk.halt_recovery_bars", "", Kind.TEXT, "0"),
    RISK_REJECT_BURST_COUNT("risk.reject_burst_count", "", Kind.TEXT, "5"),
    RISK_REJECT_BURST_WINDOW("risk.reject_burst_window_bars", "", Kind.TEXT, "10"),
    RISK_PRICE_BAND_PCT("risk.price_band_pct", "", Kind.TEXT, "20"),
    RISK_STALE_TOLERANCE("risk.stale_tolerance_bars", "", Kind.TEXT, "1"),
    RISK_VAR_LIMIT_PCT("risk.var_limit_pct", "", Kind.TEXT, "0"),
    RISK_VAR_CONFIDENCE("risk.var_confidence", "", Kind.TEXT, "0.99"),
    RISK_VAR_HORIZON("risk.var_horizon_bars", "", Kind.TEXT, "1"),
    RISK_VAR_METHOD("risk.var_method", "", Kind.TEXT, "historical"),
    RISK_VAR_WINDOW("risk.var_window_bars", "", Kind.TEXT, "250"),
    HEALTH_MIN_SCORE("health.min_score", "", Kind.TEXT, "10"),
    HEALTH_WINDOW("health.window_bars", "", Kind.TEXT, "50"),
    HEALTH_SIGNAL_HORIZON("health.signal_horizon_bars", "", Kind.TEXT, "6"),
    HEALTH_MIN_SIGNALS("health.min_signals", "", Kind.TEXT, "10"),
    HEALTH_LATENCY_BUDGET("health.latency_budget_ms", "", Kind.TEXT, "86400000"),
    HEALTH_MAX_ERRORS("health.max_errors", "", Kind.TEXT, "5"),
    /** The exit brain; off by default, so a plain backtest is unchanged. */
    EXITS_ENABLED("exits.enabled", "", Kind.TEXT, "false"),
    /** Initial stop distance R = this × ATR at the entry (unless {@code stop_pct} is set). */
    EXITS_STOP_ATR_MULTIPLE("exits.stop_atr_multiple", "", Kind.TEXT, "2"),
    /** Initial stop distance R = this % of the entry price instead; empty = use the ATR multiple. */
    EXITS_STOP_PCT("exits.stop_pct", "", Kind.TEXT, ""),
    EXITS_ATR_PERIOD("exits.atr_period", "", Kind.TEXT, "14"),
    /** Take-profit levels in R, increasing (1 to 3). */
    EXITS_TP_R("exits.tp_r", "", Kind.LIST, "1, 2.5, 4"),
    /** Share of the position per take-profit, adding up to 1. */
    EXITS_TP_FRACTIONS("exits.tp_fractions", "", Kind.LIST, "0.4, 0.4, 0.2"),
    EXITS_BREAKEVEN_AFTER_TP("exits.breakeven_after_tp", "", Kind.TEXT, "1"),
    /** {@code type} atr|percent|none, {@code value} (ATR multiple or percent), {@code arm_after_tp}. */
    EXITS_TRAILING("exits.trailing", "", Kind.MAP, "type=atr, value=2, arm_after_tp=2"),
    EXITS_TIME_STOP_BARS("exits.time_stop_bars", "", Kind.TEXT, "0"),
    EXITS_HARD_STOP_MULTIPLE("exits.hard_stop_multiple", "", Kind.TEXT, "1.5"),
    EXITS_ADAPTIVE("exits.adaptive", "", Kind.TEXT, "false"),
    EXITS_MIN_SAMPLE("exits.min_sample", "", Kind.TEXT, "30"),
    /** Bounds of the adaptive scales: {@code tp_min}, {@code tp_max}, {@code stop_min}, {@code stop_max}. */
    EXITS_BOUNDS("exits.bounds", "", Kind.MAP, "tp_min=0.5, tp_max=1.5, stop_min=0.75, stop_max=1.5"),
    /** Adaptation freezes while the health signal is below this. */
    EXITS_MIN_HEALTH("exits.min_health", "", Kind.TEXT, "0.5");

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
