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
 * </pre>
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
    REGIME_HIGHER_TIMEFRAME("regime.higher_timeframe", "", Kind.TEXT, "");

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
