package dev.kairos.engine.strategy.builtin;

import static dev.kairos.engine.strategy.NumberText.significant;

import dev.kairos.analytics.feature.FeatureSchema;
import dev.kairos.analytics.feature.FeatureSpec;
import dev.kairos.analytics.feature.FeatureStream;
import dev.kairos.analytics.feature.FeatureVector;
import dev.kairos.analytics.feature.MaxAge;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Fades extreme perpetual funding: when one side of the market pays the other heavily, that side is crowded,
 * and the strategy takes the other one. Reads the {@code fundingRate} feature (the last settled rate, known
 * from its funding time on, at most {@code max_age_hours} old) and optionally {@code premiumPct} (the
 * perpetual's close over a reference price, percent) of a {@link FeatureStream}, as of each bar's close.
 *
 * <p><b>Entry.</b> Rate {@code > threshold} (longs pay shorts: crowded long) → SHORT; rate
 * {@code < −threshold} → LONG; a held side is reversed when the rate crosses to the other extreme. With
 * {@code premium_pct > 0} the premium must also be on the crowded side by at least that much (at least
 * {@code +premium_pct} for a SHORT, at most {@code −premium_pct} for a LONG) — checked when a reference price
 * is available; when it is not, the condition is not checked and the reasons say {@code n/a}.
 *
 * <p><b>Exit.</b> To FLAT when {@code |rate| < exit_threshold} (the crowding is gone), and — failing closed —
 * when no rate is available any more (no funding data, or the last rate is older than {@code max_age_hours}).
 * The strategy keeps its own intended side.
 *
 * <p><b>Confidence</b> of an entry: 0.5 plus the funding margin {@code min(1, (|rate| − threshold) /
 * threshold)} (a rate twice the threshold scores fully) weighted 0.5 — or, with {@code premium_pct > 0}, 0.25
 * for the funding margin plus 0.25 × {@code min(1, (premium beyond premium_pct) / premium_pct)}; an
 * unavailable premium contributes nothing (at most 0.75). Exits carry confidence 1.
 *
 * <p>The rate used is the one settled at the last funding time (what was just paid), not a predicted next
 * rate: the strategy bets that extreme funding persists or mean-reverts through price, and it is charged or
 * paid the funding of the rates that follow.
 */
public final class FundingFade implements StrategyDefinition {

    @Override
    public String name() {
        return "funding-fade";
    }

    @Override
    public String description() {
        return "fade extreme perpetual funding (rate > threshold: short, < -threshold: long), optional premium "
                + "confirmation, flat when |rate| < exit_threshold; confidence from the rate's margin (and premium)";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.real("threshold", 0.0005, 1e-6, 0.1,
                        "enter against the crowd when |funding rate| exceeds this (fraction per interval: 0.0005 = "
                                + "0.05 %)"),
                ParamSpec.real("exit_threshold", 0.0002, 0, 0.1,
                        "exit to flat when |funding rate| falls below this (fraction per interval)"),
                ParamSpec.real("premium_pct", 0, 0, 100,
                        "also require the premium (percent) on the crowded side by this much; 0 = off; checked when "
                                + "a reference price is available"),
                ParamSpec.integer("max_age_hours", 9, 1, 10_000,
                        "a funding rate older than this is unavailable (exit): one funding interval plus slack"));
    }

    @Override
    public List<String> validate(StrategyParams p) {
        return p.real("exit_threshold") < p.real("threshold") ? List.of()
                : List.of("--param exit_threshold=" + p.real("exit_threshold") + " must be below threshold="
                        + p.real("threshold"));
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
        return new Instance(p.real("threshold"), p.real("exit_threshold"), p.real("premium_pct"),
                p.integer("max_age_hours"), inputs);
    }

    static final class Instance implements Strategy {
        private static final int RATE = 0;
        private static final int PREMIUM = 1;

        private final double threshold;
        private final double exitThreshold;
        private final double premiumPct;
        private final int maxAgeHours;
        private final FeatureSchema schema;
        private final SideInputs inputs;
        private FeatureStream stream;
        private Direction held = Direction.FLAT;

        Instance(double threshold, double exitThreshold, double premiumPct, int maxAgeHours, SideInputs inputs) {
            this.threshold = threshold;
            this.exitThreshold = exitThreshold;
            this.premiumPct = premiumPct;
            this.maxAgeHours = maxAgeHours;
            this.schema = FeatureSchema.of(new FeatureSpec.FundingRate(MaxAge.of(Duration.ofHours(maxAgeHours))),
                    new FeatureSpec.PremiumPct());
            this.inputs = inputs;
        }

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            if (stream == null) {
                stream = new FeatureStream(schema, inputs, Timeframe.of(s));
            }
            FeatureVector f = stream.update(s, i);
            if (!f.isAvailable(RATE)) {
                if (held != Direction.FLAT) {
                    ctx.signal(Direction.FLAT, 1.0, "fundingRate n/a (no funding rate within " + maxAgeHours
                            + " h of the close): exit " + held + ", failing closed");
                    held = Direction.FLAT;
                }
                return;
            }
            double rate = f.value(RATE);
            Direction fade = rate > threshold ? Direction.SHORT : rate < -threshold ? Direction.LONG : Direction.FLAT;
            if (fade != Direction.FLAT && fade != held) {
                if (premiumAgrees(f, fade)) {
                    enter(ctx, f, fade, rate);
                    return;
                }
                if (held != Direction.FLAT) {
                    ctx.signal(Direction.FLAT, 1.0, "fundingRate " + pct(rate) + " is at the other extreme but"
                            + " premiumPct " + significant(f.value(PREMIUM), 3) + "% does not confirm a reversal: exit "
                            + held);
                    held = Direction.FLAT;
                    return;
                }
            }
            if (held != Direction.FLAT && Math.abs(rate) < exitThreshold) {
                ctx.signal(Direction.FLAT, 1.0, "|fundingRate| " + pct(Math.abs(rate)) + " < exit_threshold "
                        + pct(exitThreshold) + ": crowding gone, exit " + held);
                held = Direction.FLAT;
            }
        }

        /** Premium on the crowded side by {@code premium_pct}, when required and available. */
        private boolean premiumAgrees(FeatureVector f, Direction fade) {
            if (premiumPct <= 0 || !f.isAvailable(PREMIUM)) {
                return true;
            }
            // a SHORT fades crowded longs: the perp should trade rich (premium >= +x); a LONG: cheap (<= -x)
            return crowdedPremium(f.value(PREMIUM), fade) >= premiumPct;
        }

        /** The premium measured towards the crowded side: positive when it agrees with fading {@code fade}. */
        private static double crowdedPremium(double premium, Direction fade) {
            return fade == Direction.SHORT ? premium : -premium;
        }

        private void enter(StrategyContext ctx, FeatureVector f, Direction fade, double rate) {
            List<String> reasons = new ArrayList<>(3);
            double fundingMargin = Math.min(1.0, (Math.abs(rate) - threshold) / threshold);
            reasons.add(fade == Direction.SHORT
                    ? "fundingRate " + pct(rate) + " > threshold " + pct(threshold)
                            + ": longs pay shorts, fade the crowded long: SHORT"
                    : "fundingRate " + pct(rate) + " < -threshold " + pct(-threshold)
                            + ": shorts pay longs, fade the crowded short: LONG");
            double confidence;
            if (premiumPct <= 0) {
                confidence = 0.5 + 0.5 * fundingMargin;
            } else if (f.isAvailable(PREMIUM)) {
                double beyond = crowdedPremium(f.value(PREMIUM), fade) - premiumPct;
                confidence = 0.5 + 0.25 * fundingMargin + 0.25 * Math.min(1.0, beyond / premiumPct);
                reasons.add("premiumPct " + significant(f.value(PREMIUM), 3) + "% "
                        + (fade == Direction.SHORT ? ">= +" : "<= -") + significant(premiumPct, 3)
                        + "%: the perpetual trades " + (fade == Direction.SHORT ? "rich" : "cheap")
                        + " to its reference");
            } else {
                confidence = 0.5 + 0.25 * fundingMargin;
                reasons.add("premiumPct n/a (no reference price within " + FeatureSpec.PremiumPct.DEFAULT_MAX_AGE
                        + " of the close): not checked");
            }
            if (held != Direction.FLAT) {
                reasons.add("funding crossed to the other extreme: reverses the " + held);
            }
            held = fade;
            ctx.signal(fade, confidence, reasons.toArray(String[]::new));
        }

        /** A rate (fraction per interval) as a percentage with four significant digits. */
        private static String pct(double rate) {
            return significant(rate * 100, 4) + "%";
        }
    }
}
