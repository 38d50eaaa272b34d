package dev.kairos.engine.strategy.builtin;

import static dev.kairos.engine.strategy.NumberText.significant;

import dev.kairos.analytics.feature.FeatureSchema;
import dev.kairos.analytics.feature.FeatureSpec;
import dev.kairos.analytics.feature.FeatureStream;
import dev.kairos.analytics.feature.FeatureVector;
import dev.kairos.analytics.feature.SideInputs;
import dev.kairos.engine.strategy.ParamSpec;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyContext;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * e3, the seed rule strategy: a strong candle on unusual volume, confirmed by the order book and not chasing
 * a stretched premium. Reads the seed features of a {@link FeatureStream} at each bar's close:
 * {@code bodyOverAtr} (window {@code atr_period}), {@code volumeZ} (window {@code volume_period}),
 * {@code obImbalance} and {@code premiumPct} (side inputs: order-book imbalance and reference price).
 *
 * <p><b>Trigger.</b> The side is the sign of {@code bodyOverAtr} (an up candle: LONG, a down candle: SHORT).
 * A trigger fires when every checked condition holds:
 * <ol>
 *   <li>{@code |bodyOverAtr| >= body_atr};</li>
 *   <li>{@code volumeZ >= volume_z};</li>
 *   <li>the order book agrees with the side: {@code side × obImbalance >= ob_imbalance};</li>
 *   <li>the premium is not stretched: {@code |premiumPct| <= premium_cap} (percent).</li>
 * </ol>
 * Conditions 1 and 2 read bar features: nothing fires before both have warmed up. Conditions 3 and 4 read
 * side inputs and are checked only when their feature is available; when it is not (no such data, or
 * stale), the condition is not checked and the reasons say {@code n/a}. A missing feature is never read as 0.
 *
 * <p><b>Entry and exit.</b> A trigger while flat enters its side; a trigger against the held side reverses
 * (an opposite trigger is the exit, and itself an entry); a trigger on the held side restarts the holding
 * count without a new signal. A position is closed (FLAT) once it has been held {@code hold_bars} bars since
 * the last trigger on its side. The strategy counts its own intended side and bars, so the exit does not
 * depend on how fast orders fill.
 *
 * <p><b>Modes.</b> {@code mode=standard} uses the defaults listed; {@code mode=high-trade} is a preset that
 * trades often, for exercising the backtester: {@code body_atr=0.3}, {@code volume_z=-1},
 * {@code ob_imbalance=0}, {@code premium_cap=2}, {@code hold_bars=3}. Precedence: a parameter given explicitly
 * wins over the mode's preset, which wins over the standard default; {@code atr_period} and
 * {@code volume_period} are not part of the presets. The run's parameters (manifest, summary, report) show
 * the effective values ({@link #effective}); every signal's reasons show the thresholds it was held to.
 *
 * <p><b>Confidence.</b> Each of the four conditions contributes up to a quarter: half of its quarter for
 * holding, the other half in proportion to its margin beyond the threshold, capped at 1 — body: ATRs beyond
 * {@code body_atr}; volume: {@code (volumeZ − volume_z) / 2}; book: {@code (side × obImbalance −
 * ob_imbalance) / (1 − ob_imbalance)}; premium: {@code (premium_cap − |premiumPct|) / premium_cap}. A
 * condition not checked (n/a) contributes nothing, so a trigger that only the bars confirm scores 0.25 to
 * 0.5, one confirmed by all four features 0.5 to 1. Exits carry confidence 1.
 *
 * <p><b>Reasons.</b> One per condition that fired (with the value and the threshold), one per condition not
 * checked ({@code n/a}), and for a reversal the side it reverses.
 */
public final class E3Rule implements StrategyDefinition {
    static final String STANDARD = "standard";
    static final String HIGH_TRADE = "high-trade";

    /** The preset thresholds of a mode; {@link #STANDARD_PRESET} equals the declared defaults. */
    record Preset(double bodyAtr, double volumeZ, double obImbalance, double premiumCap, int holdBars) {
    }

    static final Preset STANDARD_PRESET = new Preset(1.0, 1.0, 0.2, 0.5, 12);
    static final Preset HIGH_TRADE_PRESET = new Preset(0.3, -1.0, 0.0, 2.0, 3);

    @Override
    public String name() {
        return "e3";
    }

    @Override
    public String description() {
        return "seed rule: strong candle (bodyOverAtr) on high volume (volumeZ), order book agreeing, premium not "
                + "stretched; exit after hold_bars; confidence = a quarter per confirming feature, by margin";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.text("mode", STANDARD, "standard | high-trade (a preset of lower thresholds that trades "
                        + "often); explicit parameters override the preset"),
                ParamSpec.real("body_atr", STANDARD_PRESET.bodyAtr(), 0, 100,
                        "minimum |bodyOverAtr|, candle body in ATRs (high-trade: 0.3)"),
                ParamSpec.real("volume_z", STANDARD_PRESET.volumeZ(), -10, 10,
                        "minimum volumeZ, volume z-score (high-trade: -1)"),
                ParamSpec.real("ob_imbalance", STANDARD_PRESET.obImbalance(), 0, 1,
                        "minimum order-book imbalance on the trade's side, when available (high-trade: 0)"),
                ParamSpec.real("premium_cap", STANDARD_PRESET.premiumCap(), 0, 100,
                        "maximum |premiumPct|, percent, when available (high-trade: 2)"),
                ParamSpec.integer("hold_bars", STANDARD_PRESET.holdBars(), 1, 100_000,
                        "bars a position is held after its last trigger (high-trade: 3)"),
                ParamSpec.integer("atr_period", FeatureSpec.BodyOverAtr.DEFAULT_PERIOD, 1, 10_000,
                        "ATR window of bodyOverAtr (bars)"),
                ParamSpec.integer("volume_period", FeatureSpec.VolumeZ.DEFAULT_PERIOD, 2, 10_000,
                        "window of volumeZ (bars)"));
    }

    @Override
    public List<String> validate(StrategyParams p) {
        String mode = p.text("mode").toLowerCase(Locale.ROOT);
        if (!mode.equals(STANDARD) && !mode.equals(HIGH_TRADE)) {
            return List.of("--param mode=" + p.text("mode") + ": must be " + STANDARD + " or " + HIGH_TRADE);
        }
        return List.of();
    }

    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p) {
        return create(instrument, p, SideInputs.none());
    }

    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p, SideInputs inputs) {
        List<String> problems = validate(p);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new Instance(thresholds(p), p.integer("atr_period"), p.integer("volume_period"), inputs);
    }

    /** With {@code mode=high-trade}, the preset's values in place of the defaults of the parameters not given. */
    @Override
    public StrategyParams effective(StrategyParams p) {
        Preset t = thresholds(p);
        return p.withDefaults(Map.of("body_atr", t.bodyAtr(), "volume_z", t.volumeZ(), "ob_imbalance",
                t.obImbalance(), "premium_cap", t.premiumCap(), "hold_bars", (double) t.holdBars()));
    }

    /** The effective thresholds: explicit parameters, else the mode's preset. */
    static Preset thresholds(StrategyParams p) {
        Preset preset = p.text("mode").toLowerCase(Locale.ROOT).equals(HIGH_TRADE) ? HIGH_TRADE_PRESET
                : STANDARD_PRESET;
        return new Preset(
                p.isGiven("body_atr") ? p.real("body_atr") : preset.bodyAtr(),
                p.isGiven("volume_z") ? p.real("volume_z") : preset.volumeZ(),
                p.isGiven("ob_imbalance") ? p.real("ob_imbalance") : preset.obImbalance(),
                p.isGiven("premium_cap") ? p.real("premium_cap") : preset.premiumCap(),
                p.isGiven("hold_bars") ? p.integer("hold_bars") : preset.holdBars());
    }

    static final class Instance implements Strategy {
        private static final int BODY = 0;
        private static final int VOLUME = 1;
        private static final int BOOK = 2;
        private static final int PREMIUM = 3;

        private final Preset t;
        private final FeatureSchema schema;
        private final SideInputs inputs;
        private final String bodyName;
        private final String volumeName;
        private FeatureStream stream;
        private Direction held = Direction.FLAT;
        private int barsHeld;

        Instance(Preset thresholds, int atrPeriod, int volumePeriod, SideInputs inputs) {
            this.t = thresholds;
            this.schema = FeatureSchema.of(new FeatureSpec.BodyOverAtr(atrPeriod), new FeatureSpec.VolumeZ(volumePeriod),
                    new FeatureSpec.ObImbalance(), new FeatureSpec.PremiumPct());
            this.inputs = inputs;
            this.bodyName = schema.name(BODY);
            this.volumeName = schema.name(VOLUME);
        }

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            if (stream == null) {
                stream = new FeatureStream(schema, inputs, Timeframe.of(s));
            }
            FeatureVector f = stream.update(s, i);
            if (held != Direction.FLAT) {
                barsHeld++;
            }
            if (triggered(f)) {
                Direction side = f.value(BODY) > 0 ? Direction.LONG : Direction.SHORT;
                if (side == held) {
                    barsHeld = 0;
                    return;
                }
                enter(ctx, f, side);
                return;
            }
            if (held != Direction.FLAT && barsHeld >= t.holdBars()) {
                ctx.signal(Direction.FLAT, 1.0, "held " + barsHeld + " bars since the last " + held
                        + " trigger (hold_bars " + t.holdBars() + "): exit");
                held = Direction.FLAT;
                barsHeld = 0;
            }
        }

        /** Whether every checked condition holds; allocation-free. */
        private boolean triggered(FeatureVector f) {
            if (!f.isAvailable(BODY) || !f.isAvailable(VOLUME)) {
                return false; // bar features still warming up
            }
            double body = f.value(BODY);
            if (body == 0.0 || Math.abs(body) < t.bodyAtr() || f.value(VOLUME) < t.volumeZ()) {
                return false;
            }
            int sign = body > 0 ? 1 : -1;
            if (f.isAvailable(BOOK) && sign * f.value(BOOK) < t.obImbalance()) {
                return false;
            }
            return !f.isAvailable(PREMIUM) || Math.abs(f.value(PREMIUM)) <= t.premiumCap();
        }

        private void enter(StrategyContext ctx, FeatureVector f, Direction side) {
            int sign = side == Direction.LONG ? 1 : -1;
            double body = f.value(BODY);
            double volume = f.value(VOLUME);
            List<String> reasons = new ArrayList<>(5);
            double bodyMargin = Math.min(1.0, Math.abs(body) - t.bodyAtr());
            reasons.add("|" + bodyName + "| " + significant(Math.abs(body), 3) + " >= " + significant(t.bodyAtr(), 3)
                    + " (" + (sign > 0 ? "up candle: LONG" : "down candle: SHORT") + ")");
            double volumeMargin = Math.min(1.0, (volume - t.volumeZ()) / 2);
            reasons.add(volumeName + " " + significant(volume, 3) + " >= " + significant(t.volumeZ(), 3));
            double confidence = quarter(bodyMargin) + quarter(volumeMargin);
            if (f.isAvailable(BOOK)) {
                double agreeing = sign * f.value(BOOK);
                confidence += quarter(t.obImbalance() < 1 ? (agreeing - t.obImbalance()) / (1 - t.obImbalance()) : 1);
                reasons.add("obImbalance " + significant(f.value(BOOK), 3) + " on the " + side + " side >= "
                        + significant(t.obImbalance(), 3));
            } else {
                reasons.add("obImbalance n/a (no order-book imbalance within "
                        + FeatureSpec.ObImbalance.DEFAULT_MAX_AGE + " of the close): not checked");
            }
            if (f.isAvailable(PREMIUM)) {
                double premium = f.value(PREMIUM);
                confidence += quarter(t.premiumCap() > 0 ? (t.premiumCap() - Math.abs(premium)) / t.premiumCap() : 1);
                reasons.add("|premiumPct| " + significant(Math.abs(premium), 3) + "% <= premium_cap "
                        + significant(t.premiumCap(), 3) + "%");
            } else {
                reasons.add("premiumPct n/a (no reference price within " + FeatureSpec.PremiumPct.DEFAULT_MAX_AGE
                        + " of the close): not checked");
            }
            if (held != Direction.FLAT) {
                reasons.add("opposite trigger: reverses the " + held + " held " + barsHeld + " bars");
            }
            held = side;
            barsHeld = 0;
            ctx.signal(side, Math.min(1.0, confidence), reasons.toArray(String[]::new));
        }

        /** A checked condition's share of confidence: half a quarter for holding, half by margin in [0, 1]. */
        private static double quarter(double margin) {
            return 0.25 * (0.5 + 0.5 * Math.max(0.0, Math.min(1.0, margin)));
        }
    }
}
