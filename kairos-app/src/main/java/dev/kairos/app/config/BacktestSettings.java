package dev.kairos.app.config;

import dev.kairos.analytics.regime.RegimeDetectors;
import dev.kairos.analytics.regime.RegimeEnsembleConfig;
import dev.kairos.engine.backtest.BacktestConfig;
import dev.kairos.engine.regime.RegimeSettings;
import dev.kairos.engine.strategy.StrategyCatalog;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.sizing.AdaptiveStops;
import dev.kairos.engine.sizing.KellySizing;
import dev.kairos.engine.sizing.PerRegime;
import dev.kairos.engine.sizing.PerformanceMultiplier;
import dev.kairos.engine.sizing.RegimeMultiplier;
import dev.kairos.engine.sizing.SizingConfig;
import dev.kairos.engine.sizing.SizingMethod;
import dev.kairos.analytics.risk.VarMethod;
import dev.kairos.engine.health.HealthConfig;
import dev.kairos.engine.risk.RiskConfig;
import dev.kairos.engine.exit.ExitConfig;
import dev.kairos.engine.venue.FeeModel;
import dev.kairos.engine.venue.FillModel;
import dev.kairos.engine.venue.LatencyModel;
import dev.kairos.engine.venue.SlippageModel;
import dev.kairos.engine.venue.VenueConfig;
import dev.kairos.model.Instrument;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.InstrumentKind;
import dev.kairos.model.market.Timeframe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The validated settings of one backtest: defaults, overridden by the config file, overridden by the
 * command line.
 *
 * @param funding funding-rate files ({@code timestamp,rate}), each of a perpetual among the data (matched by
 *                the instrument in its file name when the data is loaded)
 * @param from    bars with open time &gt;= this (epoch ms UTC), when given
 * @param to      bars with open time &lt; this (epoch ms UTC), when given
 * @param regime  whether and how the run tracks market regimes
 * @param sizingFraction the fixed fraction: {@code sizing.fraction}, else {@code portfolio.sizing_fraction}
 * @param sizing  the sizing policy and its inputs (the {@code sizing} section)
 * @param risk    the risk checks' limits and circuit breakers (file section {@code risk})
 * @param health  health scoring and its gate (file section {@code health})
 * @param exits   the exit brain's settings ({@code exits:} section; off unless {@code exits.enabled})
 */
public record BacktestSettings(List<Path> data, List<Path> funding, Optional<String> symbol, String strategy, Map<String, String> params,
                               Optional<Long> from, Optional<Long> to, double capital, long seed, boolean failOnBadRow,
                               Path out, double feeBps, double makerFeeBps, double slippageBps, double impactBps,
                               long latencyMs, long latencyJitterMs, double maxVolumeShare, double sizingFraction,
                               boolean allowShort, double maxOrderEquityMultiple, double tickSize, double lotSize,
                               double minNotional, SizingConfig sizing, RegimeSettings regime, RiskConfig risk,
                               HealthConfig health, ExitConfig exits) {

    public BacktestSettings {
        data = List.copyOf(data);
        funding = List.copyOf(funding);
        params = Map.copyOf(params);
    }

    /**
     * Merges the sources (later wins) and validates everything, collecting all problems.
     *
     * @param home directory that relative default paths resolve against (the Kairos installation)
     */
    public static BacktestSettings resolve(Path home, List<SettingValues> sources) {
        return resolve(home, sources, (name, params) -> List.of());
    }

    /**
     * As {@link #resolve(Path, List)}, also collecting the problems {@code strategyCheck} finds with the
     * merged strategy name and parameters, so that they are reported together with all others.
     */
    public static BacktestSettings resolve(Path home, List<SettingValues> sources,
                                           BiFunction<String, Map<String, String>, List<String>> strategyCheck) {
        Reader r = new Reader(sources);
        List<Path> data = r.list(Setting.DATA).map(l -> l.stream().map(Path::of).toList())
                .orElse(List.of(home.resolve(Setting.DATA.defaultText())));
        List<Path> funding = new ArrayList<>();
        for (String f : r.list(Setting.FUNDING).orElse(List.of())) {
            if (f.isBlank()) {
                r.problem(Setting.FUNDING, "empty file name");
            } else if (funding.contains(Path.of(f.strip()))) {
                r.problem(Setting.FUNDING, f.strip() + " is given twice");
            } else {
                funding.add(Path.of(f.strip()));
            }
        }
        Optional<String> symbol = r.raw(Setting.SYMBOL).filter(s -> !s.isBlank());
        if (symbol.isPresent()) {
            try {
                InstrumentId.of(symbol.get());
            } catch (IllegalArgumentException e) {
                r.problem(Setting.SYMBOL, e.getMessage());
            }
            if (data.size() > 1) {
                r.problem(Setting.SYMBOL, "can only name the instrument of a single --data file (got " + data.size()
                        + " files; symbols come from the file names)");
            }
        }
        String strategy = r.raw(Setting.STRATEGY).orElse(Setting.STRATEGY.defaultText()).trim();
        Map<String, String> params = new LinkedHashMap<>();
        for (SettingValues s : sources) {
            s.map(Setting.PARAMS).ifPresent(params::putAll);
        }
        Optional<Long> from = r.time(Setting.FROM);
        Optional<Long> to = r.time(Setting.TO);
        if (from.isPresent() && to.isPresent() && from.get() >= to.get()) {
            r.problem(Setting.FROM, "--from " + r.raw(Setting.FROM).orElse("") + " is not before --to "
                    + r.raw(Setting.TO).orElse(""));
        }
        double capital = r.number(Setting.CAPITAL, 1e-9, 1e15);
        long seed = r.integer(Setting.SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        String bad = r.raw(Setting.ON_BAD_ROW).orElse("skip").trim().toLowerCase(Locale.ROOT);
        if (!bad.equals("skip") && !bad.equals("fail")) {
            r.problem(Setting.ON_BAD_ROW, "must be skip or fail, got '" + bad + "'");
        }
        Path out = Path.of(r.raw(Setting.OUT).orElse(Setting.OUT.defaultText()));
        double fee = r.number(Setting.FEE_BPS, 0, 10_000);
        double maker = r.raw(Setting.MAKER_FEE_BPS).filter(s -> !s.isBlank()).isPresent()
                ? r.number(Setting.MAKER_FEE_BPS, -10_000, 10_000, fee) : fee;
        double slip = r.number(Setting.SLIPPAGE_BPS, 0, 10_000);
        double impact = r.number(Setting.IMPACT_BPS, 0, 100_000);
        long latency = r.integer(Setting.LATENCY_MS, 0, 86_400_000L);
        long jitter = r.integer(Setting.LATENCY_JITTER_MS, 0, 86_400_000L);
        double share = r.number(Setting.MAX_VOLUME_SHARE, 1e-9, 1);
        double portfolioFraction = r.number(Setting.SIZING_FRACTION, 1e-9, 10);
        double fraction = portfolioFraction;
        if (r.given(Setting.SIZING_FRACTION_OF_EQUITY)) {
            fraction = r.number(Setting.SIZING_FRACTION_OF_EQUITY, 1e-9, 10, portfolioFraction);
            if (r.given(Setting.SIZING_FRACTION) && fraction != portfolioFraction) {
                r.problem(Setting.SIZING_FRACTION_OF_EQUITY, "differs from portfolio.sizing_fraction "
                        + portfolioFraction + "; give the fraction once");
            }
        }
        SizingConfig sizing = sizing(r, fraction);
        boolean allowShort = r.bool(Setting.ALLOW_SHORT);
        double maxMult = r.number(Setting.MAX_ORDER_EQUITY_MULTIPLE, 1e-9, 1_000);
        double tick = r.number(Setting.TICK_SIZE, 1e-18, 1e9);
        double lot = r.number(Setting.LOT_SIZE, 1e-18, 1e9);
        double minNotional = r.number(Setting.MIN_NOTIONAL, 0, 1e12);
        if (!(maker >= -fee)) {
            r.problem(Setting.MAKER_FEE_BPS, "a maker rebate cannot exceed the taker fee");
        }
        RegimeSettings regime = regimeSettings(r);
        if (!regime.enabled() && StrategyCatalog.builtIn().find(strategy).map(StrategyDefinition::needsRegimes)
                .orElse(false)) {
            r.problem(Setting.REGIME_ENABLED, "strategy " + strategy + " reads the market regime; regime tracking "
                    + "must be on (regime.enabled: true)");
        }
        RiskConfig risk = riskConfig(r);
        HealthConfig health = healthConfig(r);
        ExitConfig exits = exits(r);
        r.problems.addAll(strategyCheck.apply(strategy, Map.copyOf(params)));
        r.throwIfAny();
        return new BacktestSettings(data, funding, symbol, strategy, params, from, to, capital, seed, bad.equals("fail"), out,
                fee, maker, slip, impact, latency, jitter, share, fraction, allowShort, maxMult, tick, lot,
                minNotional, sizing, regime, risk, health, exits);
    }

    /** The {@code regime.*} settings; problems go to {@code r}. */
    private static RegimeSettings regimeSettings(Reader r) {
        RegimeDetectors registry = RegimeDetectors.standard();
        boolean enabled = r.bool(Setting.REGIME_ENABLED);
        List<String> detectors = r.list(Setting.REGIME_DETECTORS).filter(l -> !l.isEmpty())
                .map(l -> l.stream().map(String::strip).toList()).orElse(registry.names());
        for (String d : detectors) {
            if (!registry.has(d)) {
                r.problem(Setting.REGIME_DETECTORS, "unknown regime detector '" + d + "' (known: "
                        + String.join(", ", registry.names()) + ")");
            }
        }
        String weights = r.raw(Setting.REGIME_WEIGHTS).orElse(Setting.REGIME_WEIGHTS.defaultText()).strip()
                .toUpperCase(Locale.ROOT);
        RegimeEnsembleConfig.WeightsMode mode = RegimeEnsembleConfig.WeightsMode.ACCURACY;
        try {
            mode = RegimeEnsembleConfig.WeightsMode.valueOf(weights);
        } catch (IllegalArgumentException e) {
            r.problem(Setting.REGIME_WEIGHTS, "must be accuracy or equal, got '" + weights.toLowerCase(Locale.ROOT)
                    + "'");
        }
        double margin = r.number(Setting.REGIME_SWITCH_MARGIN, 0, 0.99);
        long dwell = r.integer(Setting.REGIME_MIN_DWELL_BARS, 1, 10_000);
        long horizon = r.integer(Setting.REGIME_HORIZON_BARS, 2, 10_000);
        Optional<Timeframe> higher = Optional.empty();
        String tf = r.raw(Setting.REGIME_HIGHER_TIMEFRAME).orElse("").strip();
        if (!tf.isEmpty()) {
            try {
                higher = Optional.of(Timeframe.parse(tf));
            } catch (IllegalArgumentException e) {
                r.problem(Setting.REGIME_HIGHER_TIMEFRAME, e.getMessage());
            }
        }
        RegimeEnsembleConfig d = RegimeEnsembleConfig.defaults();
        RegimeEnsembleConfig ensemble = new RegimeEnsembleConfig(mode, margin, (int) dwell, (int) horizon,
                d.volatilityBuckets(), d.accuracyMemoryBars(), d.trendThreshold(), d.volatilityLookback());
        if (!enabled) {
            return new RegimeSettings(false, detectors, ensemble, higher);
        }
        List<String> known = detectors.stream().filter(registry::has).toList();
        return new RegimeSettings(true, known.isEmpty() ? registry.names() : known, ensemble, higher);
    }

    /** Reads the {@code sizing} section; every problem is collected, the defaults stand in for bad values. */
    private static SizingConfig sizing(Reader r, double fraction) {
        SizingConfig d = SizingConfig.defaults(fraction);
        SizingMethod method = d.method();
        String policy = r.raw(Setting.SIZING_POLICY).orElse(Setting.SIZING_POLICY.defaultText());
        try {
            method = SizingMethod.parse(policy);
        } catch (IllegalArgumentException e) {
            r.problem(Setting.SIZING_POLICY, e.getMessage());
        }
        double risk = r.number(Setting.RISK_PER_TRADE, 1e-9, 1);
        double floor = r.number(Setting.CONFIDENCE_FLOOR, 0, 0.999999);
        double maxNotional = r.given(Setting.MAX_NOTIONAL_MULTIPLE)
                ? r.number(Setting.MAX_NOTIONAL_MULTIPLE, 1e-9, 1000, d.maxNotionalMultiple()) : d.maxNotionalMultiple();
        int atrPeriod = (int) r.integer(Setting.ATR_PERIOD, 1, 10_000);
        double stop = r.number(Setting.STOP_ATR_MULTIPLE, 1e-9, 100);
        double target = r.number(Setting.TARGET_ATR_MULTIPLE, 1e-9, 100);
        double kellyFraction = r.number(Setting.KELLY_FRACTION, 1e-9, 1);
        double kellyCap = r.number(Setting.KELLY_CAP, 1e-9, 10);
        int kellyMin = (int) r.integer(Setting.KELLY_MIN_TRADES, 1, 100_000);
        double warmup = r.number(Setting.KELLY_WARMUP_FRACTION, 0, 10);
        double volTarget = r.number(Setting.VOL_TARGET_ANNUAL, 1e-9, 10);
        int volWindow = (int) r.integer(Setting.VOL_WINDOW, 2, 100_000);
        boolean perfOn = r.bool(Setting.PERFORMANCE_MULTIPLIER);
        int perfMin = (int) r.integer(Setting.PERFORMANCE_MIN_SAMPLES, 1, 100_000);
        double perfFloor = r.number(Setting.PERFORMANCE_FLOOR, 0, 1);
        double perfCap = r.number(Setting.PERFORMANCE_CAP, 1, 10);
        int perfWindow = (int) r.integer(Setting.PERFORMANCE_WINDOW, 1, 100_000);
        int horizon = (int) r.integer(Setting.PERFORMANCE_HORIZON_BARS, 1, 100_000);
        PerRegime regime = new PerRegime(r.number(Setting.REGIME_BULL_TREND, 0, 10),
                r.number(Setting.REGIME_BEAR_TREND, 0, 10), r.number(Setting.REGIME_VOLATILE_RANGE, 0, 10),
                r.number(Setting.REGIME_QUIET_RANGE, 0, 10));
        if (perfOn && perfWindow < perfMin) {
            r.problem(Setting.PERFORMANCE_WINDOW, perfWindow + " holds fewer outcomes than"
                    + " sizing.performance_min_samples " + perfMin + ": the multiplier could never act");
        }
        if (method == SizingMethod.KELLY && perfWindow < kellyMin) {
            r.problem(Setting.PERFORMANCE_WINDOW, perfWindow + " holds fewer trades than sizing.kelly_min_trades "
                    + kellyMin + ": Kelly could never size");
        }
        try {
            return new SizingConfig(method, fraction, risk, floor, maxNotional, atrPeriod,
                    new AdaptiveStops(stop, target, AdaptiveStops.DEFAULT_WIDTHS, 0.5),
                    new KellySizing(kellyFraction, kellyCap, kellyMin, warmup), volTarget, volWindow,
                    perfOn ? Optional.of(new PerformanceMultiplier(perfMin, perfFloor, perfCap)) : Optional.empty(),
                    perfWindow, horizon, new RegimeMultiplier(regime));
        } catch (IllegalArgumentException e) {
            // out-of-range values were reported above and replaced by defaults: this is not expected
            r.problem(Setting.SIZING_POLICY, e.getMessage());
            return d;
        }
    }

    /** The {@code risk} section; problems are collected, and the defaults stand in for a bad section. */
    private static RiskConfig riskConfig(Reader r) {
        List<String> checks = new ArrayList<>();
        for (String c : r.list(Setting.RISK_CHECKS).orElse(List.of())) {
            String name = c.strip().toLowerCase(Locale.ROOT);
            if (!RiskConfig.STANDARD_ORDER.contains(name)) {
                r.problem(Setting.RISK_CHECKS, "unknown check '" + c.strip() + "' (known: "
                        + String.join(", ", RiskConfig.STANDARD_ORDER) + ")");
            } else if (checks.contains(name)) {
                r.problem(Setting.RISK_CHECKS, "'" + name + "' is listed twice");
            } else {
                checks.add(name);
            }
        }
        if (checks.isEmpty()) {
            checks = RiskConfig.STANDARD_ORDER;
        } else if (!checks.get(0).equals("trading-state")) {
            r.problem(Setting.RISK_CHECKS, "must start with trading-state (the kill switch), got " + checks.get(0));
        }
        double position = r.number(Setting.RISK_MAX_POSITION, 0, 1_000);
        double gross = r.number(Setting.RISK_MAX_GROSS, 0, 1_000);
        double net = r.number(Setting.RISK_MAX_NET, 0, 1_000);
        int open = (int) r.integer(Setting.RISK_MAX_OPEN_POSITIONS, 0, 100_000);
        double leverage = r.number(Setting.RISK_MAX_LEVERAGE, 0, 1_000);
        double dailyCap = r.number(Setting.RISK_DAILY_LOSS_CAP_PCT, 0, 99.99) / 100;
        int cooldown = (int) r.integer(Setting.RISK_COOLDOWN_AFTER_LOSS, 0, 1_000_000);
        int losses = (int) r.integer(Setting.RISK_MAX_CONSECUTIVE_LOSSES, 0, 1_000_000);
        int streak = (int) r.integer(Setting.RISK_COOLDOWN_AFTER_STREAK, 0, 1_000_000);
        double halt = r.number(Setting.RISK_DRAWDOWN_HALT_PCT, 0, 99.99) / 100;
        int recovery = (int) r.integer(Setting.RISK_HALT_RECOVERY_BARS, 0, 1_000_000);
        int burst = (int) r.integer(Setting.RISK_REJECT_BURST_COUNT, 0, 1_000_000);
        int burstWindow = (int) r.integer(Setting.RISK_REJECT_BURST_WINDOW, 1, 1_000_000);
        double band = r.number(Setting.RISK_PRICE_BAND_PCT, 0, 1_000) / 100;
        double stale = r.number(Setting.RISK_STALE_TOLERANCE, 0, 1_000_000);
        double varLimit = r.number(Setting.RISK_VAR_LIMIT_PCT, 0, 99.99) / 100;
        double confidence = r.number(Setting.RISK_VAR_CONFIDENCE, 0.5, 0.9999);
        int horizon = (int) r.integer(Setting.RISK_VAR_HORIZON, 1, 10_000);
        String methodText = r.raw(Setting.RISK_VAR_METHOD).orElse(Setting.RISK_VAR_METHOD.defaultText());
        Optional<VarMethod> method = VarMethod.fromKey(methodText);
        if (method.isEmpty()) {
            r.problem(Setting.RISK_VAR_METHOD, "must be historical, parametric or monte_carlo, got '"
                    + methodText.strip() + "'");
        }
        int window = (int) r.integer(Setting.RISK_VAR_WINDOW, 2, 1_000_000);
        int minWindow = dev.kairos.engine.risk.VarLimitCheck.MIN_RETURNS + horizon;
        if (window < minWindow) {
            r.problem(Setting.RISK_VAR_WINDOW, "must be at least " + minWindow + " bars (30 returns + the horizon "
                    + horizon + "), got " + window);
            window = minWindow;
        }
        try {
            return new RiskConfig(checks.get(0).equals("trading-state") ? checks : RiskConfig.STANDARD_ORDER,
                    position, gross, net, open, leverage, dailyCap, cooldown, losses, streak, halt, recovery, burst,
                    burstWindow, band, stale, varLimit, confidence, horizon, method.orElse(VarMethod.HISTORICAL),
                    window);
        } catch (IllegalArgumentException e) {
            r.problems.add("config section 'risk': " + e.getMessage());
            return RiskConfig.defaults();
        }
    }

    /** The {@code health} section. */
    private static HealthConfig healthConfig(Reader r) {
        double minScore = r.number(Setting.HEALTH_MIN_SCORE, 0, 100);
        int window = (int) r.integer(Setting.HEALTH_WINDOW, 1, 1_000_000);
        int horizon = (int) r.integer(Setting.HEALTH_SIGNAL_HORIZON, 1, 1_000_000);
        int minSignals = (int) r.integer(Setting.HEALTH_MIN_SIGNALS, 1, 1_000_000);
        long budget = r.integer(Setting.HEALTH_LATENCY_BUDGET, 1, Long.MAX_VALUE);
        int maxErrors = (int) r.integer(Setting.HEALTH_MAX_ERRORS, 1, 1_000_000);
        if (minSignals > window) {
            r.problem(Setting.HEALTH_MIN_SIGNALS, "must not exceed health.window_bars " + window + ", got "
                    + minSignals);
            minSignals = window;
        }
        return new HealthConfig(minScore, window, horizon, minSignals, budget, maxErrors);
    }

    /** Reads the {@code exits:} section, adding a problem per bad key; the defaults where something is wrong. */
    private static ExitConfig exits(Reader r) {
        boolean enabled = r.bool(Setting.EXITS_ENABLED);
        boolean pctGiven = r.raw(Setting.EXITS_STOP_PCT).filter(t -> !t.isBlank()).isPresent();
        ExitConfig.InitialStop stop;
        if (pctGiven) {
            if (r.raw(Setting.EXITS_STOP_ATR_MULTIPLE).filter(t -> !t.isBlank()).isPresent()) {
                r.problem(Setting.EXITS_STOP_PCT, "give either stop_pct or stop_atr_multiple, not both");
            }
            double pct = r.number(Setting.EXITS_STOP_PCT, 0, 100);
            stop = pct > 0 && pct < 100 ? new ExitConfig.InitialStop.Percent(pct)
                    : new ExitConfig.InitialStop.AtrMultiple(2);
            if (!(pct > 0 && pct < 100)) {
                r.problem(Setting.EXITS_STOP_PCT, "must be above 0 and below 100 (percent of the entry price), got "
                        + pct);
            }
        } else {
            double multiple = r.number(Setting.EXITS_STOP_ATR_MULTIPLE, 1e-9, 1_000);
            stop = new ExitConfig.InitialStop.AtrMultiple(multiple);
        }
        int atrPeriod = (int) r.integer(Setting.EXITS_ATR_PERIOD, 1, 10_000);
        List<Double> levels = r.numbers(Setting.EXITS_TP_R);
        List<Double> shares = r.numbers(Setting.EXITS_TP_FRACTIONS);
        boolean levelsOk = levels.size() >= 1 && levels.size() <= 3;
        for (int j = 0; j < levels.size() && levelsOk; j++) {
            levelsOk = levels.get(j) > 0 && (j == 0 || levels.get(j) > levels.get(j - 1));
        }
        if (!levelsOk) {
            r.problem(Setting.EXITS_TP_R, "must be 1 to 3 positive, strictly increasing levels in R, got " + levels);
            levels = List.of(1.0, 2.5, 4.0);
        }
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        if (shares.size() != levels.size() || shares.stream().anyMatch(f -> !(f > 0)) || Math.abs(sum - 1) > 1e-9) {
            r.problem(Setting.EXITS_TP_FRACTIONS, "must be " + levels.size() + " positive shares (one per tp_r level) "
                    + "adding up to 1, got " + shares);
            shares = levels.size() == 1 ? List.of(1.0) : levels.size() == 2 ? List.of(0.5, 0.5) : List.of(0.4, 0.4, 0.2);
        }
        int legs = levels.size();
        int breakevenAfter = (int) r.integer(Setting.EXITS_BREAKEVEN_AFTER_TP, 0, legs);
        ExitConfig.Trailing trailing = trailing(r, legs);
        int timeStop = (int) r.integer(Setting.EXITS_TIME_STOP_BARS, 0, Integer.MAX_VALUE);
        double hard = r.number(Setting.EXITS_HARD_STOP_MULTIPLE, 0, 1_000);
        if (hard > 0 && hard < 1) {
            r.problem(Setting.EXITS_HARD_STOP_MULTIPLE, "must be at least 1 (R from the entry), or 0 for no hard stop,"
                    + " got " + hard);
            hard = 1.5;
        }
        boolean adaptive = r.bool(Setting.EXITS_ADAPTIVE);
        int minSample = (int) r.integer(Setting.EXITS_MIN_SAMPLE, 1, 1_000_000);
        Map<String, Double> bounds = r.numberMap(Setting.EXITS_BOUNDS);
        double tpMin = bounds.get("tp_min");
        double tpMax = bounds.get("tp_max");
        double stopMin = bounds.get("stop_min");
        double stopMax = bounds.get("stop_max");
        if (!(tpMin > 0 && tpMin <= 1 && tpMax >= 1) || !(stopMin > 0 && stopMin <= 1 && stopMax >= 1)) {
            r.problem(Setting.EXITS_BOUNDS, "need 0 < tp_min <= 1 <= tp_max and 0 < stop_min <= 1 <= stop_max, got "
                    + bounds);
            tpMin = 0.5;
            tpMax = 1.5;
            stopMin = 0.75;
            stopMax = 1.5;
        }
        double minHealth = r.number(Setting.EXITS_MIN_HEALTH, 0, 1);
        return new ExitConfig(enabled, stop, atrPeriod, levels, shares, breakevenAfter, trailing, timeStop, hard,
                new ExitConfig.Adaptive(adaptive, minSample, tpMin, tpMax, stopMin, stopMax, minHealth));
    }

    private static ExitConfig.Trailing trailing(Reader r, int legs) {
        Map<String, String> t = r.map(Setting.EXITS_TRAILING);
        for (String key : t.keySet()) {
            if (!List.of("type", "value", "arm_after_tp").contains(key)) {
                r.problem(Setting.EXITS_TRAILING, "unknown key '" + key + "' (known: type, value, arm_after_tp)");
            }
        }
        String type = t.getOrDefault("type", "atr").trim().toLowerCase(Locale.ROOT);
        double value;
        int arm;
        try {
            value = Double.parseDouble(t.getOrDefault("value", "2").trim());
            // the default (after TP2) shrinks with a shorter ladder; a given value must fit it
            arm = r.mapKeyGiven(Setting.EXITS_TRAILING, "arm_after_tp")
                    ? Integer.parseInt(t.get("arm_after_tp").trim())
                    : Math.min(Integer.parseInt(t.get("arm_after_tp").trim()), legs);
        } catch (NumberFormatException e) {
            r.problem(Setting.EXITS_TRAILING, "value must be a number and arm_after_tp a whole number, got " + t);
            return new ExitConfig.Trailing.Off();
        }
        if (arm < 0 || arm > legs) {
            r.problem(Setting.EXITS_TRAILING, "arm_after_tp must be 0.." + legs + " (take-profits reached), got " + arm);
            return new ExitConfig.Trailing.Off();
        }
        switch (type) {
            case "none" -> {
                return new ExitConfig.Trailing.Off();
            }
            case "atr" -> {
                if (value > 0 && value <= 1_000) {
                    return new ExitConfig.Trailing.Atr(value, arm);
                }
                r.problem(Setting.EXITS_TRAILING, "value of an atr trail must be an ATR multiple above 0, got " + value);
            }
            case "percent" -> {
                if (value > 0 && value < 100) {
                    return new ExitConfig.Trailing.Percent(value, arm);
                }
                r.problem(Setting.EXITS_TRAILING, "value of a percent trail must be above 0 and below 100, got "
                        + value);
            }
            default -> r.problem(Setting.EXITS_TRAILING, "type must be atr, percent or none, got '" + type + "'");
        }
        return new ExitConfig.Trailing.Off();
    }

    public BacktestConfig engineConfig() {
        VenueConfig venue = new VenueConfig(new FeeModel(makerFeeBps, feeBps), new SlippageModel(slippageBps, impactBps),
                new LatencyModel(latencyMs, latencyJitterMs), new FillModel(maxVolumeShare));
        return new BacktestConfig(capital, venue, sizing, allowShort, maxOrderEquityMultiple, seed, risk, health,
                exits);
    }

    public Instrument instrument(InstrumentId id) {
        return new Instrument(id, id.symbol().toUpperCase(Locale.ROOT).endsWith("-PERP") ? InstrumentKind.PERPETUAL
                : InstrumentKind.SPOT, tickSize, lotSize, minNotional);
    }

    /** The effective settings as sorted key → text, for the run manifest. */
    public SortedMap<String, String> asManifest() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put(Setting.STRATEGY.key(), strategy);
        m.put(Setting.SYMBOL.key(), symbol.orElse(""));
        if (!funding.isEmpty()) {
            // the funding files are also listed, with their hashes, among the manifest's data files
            m.put(Setting.FUNDING.key(), String.join(",", funding.stream().map(Path::toString).toList()));
        }
        m.put(Setting.FROM.key(), from.map(String::valueOf).orElse(""));
        m.put(Setting.TO.key(), to.map(String::valueOf).orElse(""));
        m.put(Setting.CAPITAL.key(), Double.toString(capital));
        m.put(Setting.SEED.key(), Long.toString(seed));
        m.put(Setting.ON_BAD_ROW.key(), failOnBadRow ? "fail" : "skip");
        m.put(Setting.FEE_BPS.key(), Double.toString(feeBps));
        m.put(Setting.MAKER_FEE_BPS.key(), Double.toString(makerFeeBps));
        m.put(Setting.SLIPPAGE_BPS.key(), Double.toString(slippageBps));
        m.put(Setting.IMPACT_BPS.key(), Double.toString(impactBps));
        m.put(Setting.LATENCY_MS.key(), Long.toString(latencyMs));
        m.put(Setting.LATENCY_JITTER_MS.key(), Long.toString(latencyJitterMs));
        m.put(Setting.MAX_VOLUME_SHARE.key(), Double.toString(maxVolumeShare));
        m.put(Setting.SIZING_FRACTION.key(), Double.toString(sizingFraction));
        m.put(Setting.ALLOW_SHORT.key(), Boolean.toString(allowShort));
        m.put(Setting.MAX_ORDER_EQUITY_MULTIPLE.key(), Double.toString(maxOrderEquityMultiple));
        m.put(Setting.TICK_SIZE.key(), Double.toString(tickSize));
        m.put(Setting.LOT_SIZE.key(), Double.toString(lotSize));
        m.put(Setting.MIN_NOTIONAL.key(), Double.toString(minNotional));
        m.put(Setting.REGIME_ENABLED.key(), Boolean.toString(regime.enabled()));
        if (regime.enabled()) {
            m.put(Setting.REGIME_DETECTORS.key(), String.join(",", regime.detectors()));
            m.put(Setting.REGIME_WEIGHTS.key(), regime.ensemble().weights().name().toLowerCase(Locale.ROOT));
            m.put(Setting.REGIME_SWITCH_MARGIN.key(), Double.toString(regime.ensemble().switchMargin()));
            m.put(Setting.REGIME_MIN_DWELL_BARS.key(), Integer.toString(regime.ensemble().minDwellBars()));
            m.put(Setting.REGIME_HORIZON_BARS.key(), Integer.toString(regime.ensemble().horizonBars()));
            m.put(Setting.REGIME_HIGHER_TIMEFRAME.key(), regime.higherTimeframe().map(Timeframe::toString).orElse(""));
        }
        m.put(Setting.SIZING_POLICY.key(), sizing.method().key());
        m.put(Setting.SIZING_FRACTION_OF_EQUITY.key(), Double.toString(sizing.fraction()));
        m.put(Setting.RISK_PER_TRADE.key(), Double.toString(sizing.riskPerTrade()));
        m.put(Setting.CONFIDENCE_FLOOR.key(), Double.toString(sizing.confidenceFloor()));
        m.put(Setting.MAX_NOTIONAL_MULTIPLE.key(), Double.toString(sizing.maxNotionalMultiple()));
        m.put(Setting.ATR_PERIOD.key(), Integer.toString(sizing.atrPeriod()));
        m.put(Setting.STOP_ATR_MULTIPLE.key(), Double.toString(sizing.stops().stopAtrMultiple()));
        m.put(Setting.TARGET_ATR_MULTIPLE.key(), Double.toString(sizing.stops().targetAtrMultiple()));
        m.put(Setting.KELLY_FRACTION.key(), Double.toString(sizing.kelly().fraction()));
        m.put(Setting.KELLY_CAP.key(), Double.toString(sizing.kelly().cap()));
        m.put(Setting.KELLY_MIN_TRADES.key(), Integer.toString(sizing.kelly().minTrades()));
        m.put(Setting.KELLY_WARMUP_FRACTION.key(), Double.toString(sizing.kelly().warmupFraction()));
        m.put(Setting.VOL_TARGET_ANNUAL.key(), Double.toString(sizing.volTargetAnnual()));
        m.put(Setting.VOL_WINDOW.key(), Integer.toString(sizing.volWindow()));
        m.put(Setting.PERFORMANCE_MULTIPLIER.key(), sizing.performance().isPresent() ? "on" : "off");
        sizing.performance().ifPresent(p -> {
            m.put(Setting.PERFORMANCE_MIN_SAMPLES.key(), Integer.toString(p.minSamples()));
            m.put(Setting.PERFORMANCE_FLOOR.key(), Double.toString(p.floor()));
            m.put(Setting.PERFORMANCE_CAP.key(), Double.toString(p.cap()));
        });
        m.put(Setting.PERFORMANCE_WINDOW.key(), Integer.toString(sizing.performanceWindow()));
        m.put(Setting.PERFORMANCE_HORIZON_BARS.key(), Integer.toString(sizing.performanceHorizonBars()));
        PerRegime regime = sizing.regime().multipliers();
        m.put(Setting.REGIME_BULL_TREND.key(), Double.toString(regime.bullTrend()));
        m.put(Setting.REGIME_BEAR_TREND.key(), Double.toString(regime.bearTrend()));
        m.put(Setting.REGIME_VOLATILE_RANGE.key(), Double.toString(regime.volatileRange()));
        m.put(Setting.REGIME_QUIET_RANGE.key(), Double.toString(regime.quietRange()));
        m.put(Setting.RISK_CHECKS.key(), String.join(",", risk.checks()));
        m.put(Setting.RISK_MAX_POSITION.key(), Double.toString(risk.maxPositionEquity()));
        m.put(Setting.RISK_MAX_GROSS.key(), Double.toString(risk.maxGrossExposure()));
        m.put(Setting.RISK_MAX_NET.key(), Double.toString(risk.maxNetExposure()));
        m.put(Setting.RISK_MAX_OPEN_POSITIONS.key(), Integer.toString(risk.maxOpenPositions()));
        m.put(Setting.RISK_MAX_LEVERAGE.key(), Double.toString(risk.maxLeverage()));
        m.put(Setting.RISK_DAILY_LOSS_CAP_PCT.key(), Double.toString(risk.dailyLossCap() * 100));
        m.put(Setting.RISK_COOLDOWN_AFTER_LOSS.key(), Integer.toString(risk.cooldownBarsAfterLoss()));
        m.put(Setting.RISK_MAX_CONSECUTIVE_LOSSES.key(), Integer.toString(risk.maxConsecutiveLosses()));
        m.put(Setting.RISK_COOLDOWN_AFTER_STREAK.key(), Integer.toString(risk.cooldownBarsAfterStreak()));
        m.put(Setting.RISK_DRAWDOWN_HALT_PCT.key(), Double.toString(risk.maxDrawdownHalt() * 100));
        m.put(Setting.RISK_HALT_RECOVERY_BARS.key(), Integer.toString(risk.haltRecoveryBars()));
        m.put(Setting.RISK_REJECT_BURST_COUNT.key(), Integer.toString(risk.rejectBurstCount()));
        m.put(Setting.RISK_REJECT_BURST_WINDOW.key(), Integer.toString(risk.rejectBurstWindowBars()));
        m.put(Setting.RISK_PRICE_BAND_PCT.key(), Double.toString(risk.priceBand() * 100));
        m.put(Setting.RISK_STALE_TOLERANCE.key(), Double.toString(risk.staleToleranceBars()));
        m.put(Setting.RISK_VAR_LIMIT_PCT.key(), Double.toString(risk.varLimit() * 100));
        m.put(Setting.RISK_VAR_CONFIDENCE.key(), Double.toString(risk.varConfidence()));
        m.put(Setting.RISK_VAR_HORIZON.key(), Integer.toString(risk.varHorizonBars()));
        m.put(Setting.RISK_VAR_METHOD.key(), risk.varMethod().key());
        m.put(Setting.RISK_VAR_WINDOW.key(), Integer.toString(risk.varWindowBars()));
        m.put(Setting.HEALTH_MIN_SCORE.key(), Double.toString(health.minScore()));
        m.put(Setting.HEALTH_WINDOW.key(), Integer.toString(health.windowBars()));
        m.put(Setting.HEALTH_SIGNAL_HORIZON.key(), Integer.toString(health.signalHorizonBars()));
        m.put(Setting.HEALTH_MIN_SIGNALS.key(), Integer.toString(health.minSignals()));
        m.put(Setting.HEALTH_LATENCY_BUDGET.key(), Long.toString(health.latencyBudgetMs()));
        m.put(Setting.HEALTH_MAX_ERRORS.key(), Integer.toString(health.maxErrors()));
        if (exits.enabled()) {
            // only when on: a run without exits keeps the manifest (and journal hash) it always had
            m.put(Setting.EXITS_ENABLED.key(), "true");
            switch (exits.stop()) {
                case ExitConfig.InitialStop.Percent p -> m.put(Setting.EXITS_STOP_PCT.key(), Double.toString(p.percent()));
                case ExitConfig.InitialStop.AtrMultiple a -> m.put(Setting.EXITS_STOP_ATR_MULTIPLE.key(),
                        Double.toString(a.multiple()));
            }
            m.put(Setting.EXITS_ATR_PERIOD.key(), Integer.toString(exits.atrPeriod()));
            m.put(Setting.EXITS_TP_R.key(), exits.takeProfitR().toString());
            m.put(Setting.EXITS_TP_FRACTIONS.key(), exits.takeProfitShares().toString());
            m.put(Setting.EXITS_BREAKEVEN_AFTER_TP.key(), Integer.toString(exits.breakevenAfterTp()));
            m.put(Setting.EXITS_TRAILING.key(), exits.trailing().toString());
            m.put(Setting.EXITS_TIME_STOP_BARS.key(), Integer.toString(exits.timeStopBars()));
            m.put(Setting.EXITS_HARD_STOP_MULTIPLE.key(), Double.toString(exits.hardStopMultiple()));
            m.put(Setting.EXITS_ADAPTIVE.key(), exits.adaptive().toString());
        }
        return m;
    }

    /** Reads merged values and collects problems. */
    private static final class Reader {
        private final List<SettingValues> sources;
        private final List<String> problems = new ArrayList<>();

        Reader(List<SettingValues> sources) {
            this.sources = sources;
        }

        /** Whether any source gives {@code s} a non-blank value. */
        boolean given(Setting s) {
            return raw(s).filter(t -> !t.isBlank()).isPresent();
        }

        Optional<String> raw(Setting s) {
            Optional<String> v = Optional.empty();
            for (SettingValues src : sources) {
                if (src.text(s).isPresent()) {
                    v = src.text(s);
                }
            }
            return v;
        }

        Optional<List<String>> list(Setting s) {
            Optional<List<String>> v = Optional.empty();
            for (SettingValues src : sources) {
                if (src.list(s).isPresent()) {
                    v = src.list(s);
                }
            }
            return v;
        }

        String name(Setting s) {
            String origin = null;
            for (SettingValues src : sources) {
                if (src.origin(s).isPresent()) {
                    origin = src.origin(s).get();
                }
            }
            return origin != null ? origin : s.option().orElse("config key '" + s.key() + "'");
        }

        void problem(Setting s, String message) {
            problems.add(name(s) + ": " + message);
        }

        double number(Setting s, double min, double max) {
            // a setting without a default (an empty text, e.g. exits.stop_pct) falls back to NaN on a bad value
            return number(s, min, max, s.defaultText().isBlank() ? Double.NaN : Double.parseDouble(s.defaultText()));
        }

        /** As {@link #number(Setting, double, double)}, with {@code fallback} standing in for a bad value. */
        double number(Setting s, double min, double max, double fallback) {
            String t = raw(s).orElse(s.defaultText()).trim();
            try {
                double v = Double.parseDouble(t);
                if (!Double.isFinite(v) || v < min || v > max) {
                    problem(s, "must be a number between " + min + " and " + max + ", got '" + t + "'");
                    return fallback;
                }
                return v;
            } catch (NumberFormatException e) {
                problem(s, "not a number: '" + t + "'");
                return fallback;
            }
        }

        long integer(Setting s, long min, long max) {
            String t = raw(s).orElse(s.defaultText()).trim();
            try {
                long v = Long.parseLong(t);
                if (v < min || v > max) {
                    problem(s, "must be a whole number between " + min + " and " + max + ", got '" + t + "'");
                    return Long.parseLong(s.defaultText());
                }
                return v;
            } catch (NumberFormatException e) {
                problem(s, "not a whole number: '" + t + "'");
                return Long.parseLong(s.defaultText());
            }
        }

        boolean bool(Setting s) {
            String t = raw(s).orElse(s.defaultText()).trim().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> {
                    problem(s, "must be true or false, got '" + t + "'");
                    yield Boolean.parseBoolean(s.defaultText());
                }
            };
        }

        /** A list of numbers (the default's comma-separated text when not given); a problem per bad item. */
        List<Double> numbers(Setting s) {
            List<String> items = list(s).orElse(List.of(s.defaultText().split(",")));
            List<Double> out = new ArrayList<>();
            for (String item : items) {
                try {
                    double v = Double.parseDouble(item.trim());
                    if (!Double.isFinite(v)) {
                        throw new NumberFormatException(item);
                    }
                    out.add(v);
                } catch (NumberFormatException e) {
                    problem(s, "not a number: '" + item.trim() + "'");
                }
            }
            return out;
        }

        /** A mapping (later sources replace single keys; the default's {@code k=v, ...} text fills the rest). */
        Map<String, String> map(Setting s) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String kv : s.defaultText().split(",")) {
                if (!kv.isBlank()) {
                    m.put(kv.substring(0, kv.indexOf('=')).trim(), kv.substring(kv.indexOf('=') + 1).trim());
                }
            }
            for (SettingValues src : sources) {
                src.map(s).ifPresent(m::putAll);
            }
            return m;
        }

        /** Whether a source gave {@code key} in mapping setting {@code s}. */
        boolean mapKeyGiven(Setting s, String key) {
            for (SettingValues src : sources) {
                if (src.map(s).filter(m -> m.containsKey(key)).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        /** A mapping of numbers; keys are those of the default, other keys are problems. */
        Map<String, Double> numberMap(Setting s) {
            Map<String, String> defaults = new LinkedHashMap<>();
            for (String kv : s.defaultText().split(",")) {
                defaults.put(kv.substring(0, kv.indexOf('=')).trim(), kv.substring(kv.indexOf('=') + 1).trim());
            }
            Map<String, Double> out = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : map(s).entrySet()) {
                if (!defaults.containsKey(e.getKey())) {
                    problem(s, "unknown key '" + e.getKey() + "' (known: " + String.join(", ", defaults.keySet()) + ")");
                    continue;
                }
                try {
                    out.put(e.getKey(), Double.parseDouble(e.getValue()));
                } catch (NumberFormatException x) {
                    problem(s, e.getKey() + " is not a number: '" + e.getValue() + "'");
                    out.put(e.getKey(), Double.parseDouble(defaults.get(e.getKey())));
                }
            }
            return out;
        }

        /** Accepts 2024-01-31, 2024-01-31T12:00:00Z (UTC) or epoch milliseconds. */
        Optional<Long> time(Setting s) {
            Optional<String> t = raw(s).map(String::trim).filter(x -> !x.isEmpty());
            if (t.isEmpty()) {
                return Optional.empty();
            }
            Optional<Long> parsed = UtcTime.parse(t.get());
            if (parsed.isEmpty()) {
                problem(s, "not a date: '" + t.get() + "' (" + UtcTime.FORMATS + ")");
            }
            return parsed;
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new ConfigProblems(problems);
            }
        }
    }
}
