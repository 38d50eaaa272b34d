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
 * exits:     enabled, stop_atr_multiple, stop_pct, atr_period, tp_r, tp_fractions, breakeven_after_tp,
 *            trailing {type, value, arm_after_tp}, time_stop_bars, hard_stop_multiple, adaptive, min_sample,
 *            bounds {tp_min, tp_max, stop_min, stop_max}, min_health
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
