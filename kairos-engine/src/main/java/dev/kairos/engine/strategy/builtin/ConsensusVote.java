package dev.kairos.engine.strategy.builtin;

import static dev.kairos.engine.strategy.NumberText.fixed;
import static dev.kairos.engine.strategy.NumberText.significant;

import dev.kairos.analytics.feature.SideInputs;
import dev.kairos.engine.strategy.ParamSpec;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyCatalog;
import dev.kairos.engine.strategy.StrategyContext;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A weighted vote of other strategies ({@code members}, by catalogue name). Each member runs as it would
 * alone, on the same bars, but against a context of its own that records its signals without trading: a
 * member's <em>view</em> is the direction of its latest signal (none before its first), and its
 * {@code positionQuantity()} is +1, −1 or 0 accordingly, as if every signal were filled at once.
 *
 * <p>After every member has seen a bar, the long share is the summed weight of members whose view is long
 * over the total weight of all members (members that are flat or have no view yet count in the total but
 * back neither side); likewise the short share. The consensus wants LONG when the long share is at least
 * {@code threshold} and larger than the short share, SHORT symmetrically, and FLAT otherwise; it emits a
 * signal whenever what it wants changes (it starts flat).
 *
 * <p>Confidence of LONG or SHORT: the winning share × the weight-averaged confidence of the members backing
 * it (their latest signals' confidences). Two of three equal members long at 0.75 and 1.0 give
 * 2/3 × 0.875 ≈ 0.58. Confidence of FLAT: 1 − the larger share (how much of the vote backs neither side's
 * majority). Reasons: the tally first, then one per member with its weight, view, confidence and its own
 * first reason.
 *
 * <p>Members are created through the catalogue with their default parameters; {@code <member>.<param>=value}
 * overrides one (e.g. {@code sma-cross.fast=5}), checked as the member itself would check it. Each member
 * may be named once; a consensus cannot be a member.
 */
public final class ConsensusVote implements StrategyDefinition {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private final StrategyCatalog candidates;

    /** @param candidates the strategies that may be members (the consensus itself must not be one) */
    public ConsensusVote(StrategyCatalog candidates) {
        if (candidates.find(name()).isPresent()) {
            throw new IllegalArgumentException("a consensus cannot be its own member");
        }
        this.candidates = candidates;
    }

    @Override
    public String name() {
        return "consensus";
    }

    @Override
    public String description() {
        return "weighted vote of member strategies' latest views; confidence = winning weighted share x the "
                + "backers' mean confidence";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.text("members", "sma-cross,rsi-reversion,macd", "comma-separated member strategies"),
                ParamSpec.text("weights", "", "comma-separated positive weights, one per member (empty: equal)"),
                ParamSpec.real("threshold", 0.6, 0.5, 1.0, "weighted share a direction needs to be taken"),
                ParamSpec.nested("<member>.<param>", "a member's parameter, e.g. sma-cross.fast=5"));
    }

    @Override
    public List<String> validate(StrategyParams p) {
        List<String> problems = new ArrayList<>();
        plan(p, problems);
        return problems;
    }

    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p) {
        return create(instrument, p, SideInputs.none());
    }

    /** Members are created with the same side inputs, so that e.g. funding-fade can vote. */
    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p, SideInputs inputs) {
        List<String> problems = new ArrayList<>();
        List<Member> members = plan(p, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("consensus: " + String.join("; ", problems));
        }
        List<MemberInstance> instances = new ArrayList<>();
        for (Member m : members) {
            instances.add(new MemberInstance(m.definition().name(), m.weight(),
                    m.definition().create(instrument, m.params(), inputs)));
        }
        return new Instance(instances, p.real("threshold"));
    }

    /** A member as configured. */
    private record Member(StrategyDefinition definition, double weight, StrategyParams params) {
    }

    /** The members with their weights and resolved parameters; adds every problem to {@code problems}. */
    private List<Member> plan(StrategyParams p, List<String> problems) {
        String membersText = p.text("members");
        String[] names = membersText.split(",", -1);
        double[] weights = weights(p.text("weights"), names.length, problems);
        Set<String> seen = new HashSet<>();
        List<Member> out = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            String name = names[k].strip();
            if (name.isEmpty()) {
                problems.add("--param members=" + membersText + ": empty member name");
                continue;
            }
            if (!seen.add(name)) {
                problems.add("--param members=" + membersText + ": '" + name + "' is named twice");
                continue;
            }
            var def = candidates.find(name);
            if (def.isEmpty()) {
                problems.add("--param members=" + membersText + ": unknown member '" + name + "'"
                        + (name.equals(name()) ? ", a consensus cannot be a member" : "") + " (known: "
                        + String.join(", ", candidates.names()) + ")");
                continue;
            }
            StrategyParams.Resolution r = StrategyParams.resolve(name, def.get().params(), p.nested(name));
            List<String> memberProblems = new ArrayList<>(r.problems());
            if (r.ok()) {
                memberProblems.addAll(def.get().validate(r.params()));
            }
            for (String m : memberProblems) {
                // "--param fast=30 must be ..." of the member becomes "--param sma-cross.fast=30 must be ..."
                problems.add(m.startsWith("--param ") ? "--param " + name + "." + m.substring("--param ".length())
                        : name + ": " + m);
            }
            out.add(new Member(def.get(), weights[k], r.params()));
        }
        if (names.length < 2) {
            problems.add("--param members=" + membersText + ": a vote needs at least two members");
        }
        for (String prefix : p.nestedPrefixes()) {
            if (!seen.contains(prefix)) {
                problems.add("--param " + prefix + "." + p.nested(prefix).firstKey() + ": '" + prefix
                        + "' is not a member (members: " + membersText + ")");
            }
        }
        return out;
    }

    /** The weights in member order, all 1 when {@code text} is empty; adds problems. */
    private static double[] weights(String text, int count, List<String> problems) {
        double[] w = new double[count];
        Arrays.fill(w, 1.0);
        if (text.isEmpty()) {
            return w;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            problems.add("--param weights=" + text + ": " + parts.length + " weight" + (parts.length == 1 ? "" : "s")
                    + " for " + count + " member" + (count == 1 ? "" : "s"));
            return w;
        }
        for (int k = 0; k < count; k++) {
            String s = parts[k].strip();
            if (!PLAIN_NUMBER.matcher(s).matches()) {
                problems.add("--param weights=" + text + ": '" + s + "' is not a number");
                continue;
            }
            w[k] = Double.parseDouble(s);
            if (!(w[k] > 0) || !Double.isFinite(w[k])) {
                problems.add("--param weights=" + text + ": weight " + s + " must be positive and finite");
            }
        }
        return w;
    }

    /** A running member: its strategy, and the context that records its view instead of trading. */
    static final class MemberInstance implements StrategyContext {
        private final String name;
        private final double weight;
        private final Strategy strategy;
        private StrategyContext parent;
        private Direction view;
        private double confidence;
        private String firstReason = "";

        MemberInstance(String name, double weight, Strategy strategy) {
            this.name = name;
            this.weight = weight;
            this.strategy = strategy;
        }

        void onBar(BarSeries s, int i, StrategyContext parentContext) {
            this.parent = parentContext;
            strategy.onBar(s, i, this);
        }

        @Override
        public long now() {
            return parent.now();
        }

        @Override
        public double positionQuantity() {
            return view == Direction.LONG ? 1 : view == Direction.SHORT ? -1 : 0;
        }

        @Override
        public dev.kairos.analytics.regime.RegimeReading regime() {
            return parent.regime();
        }

        @Override
        public void signal(Direction direction, double c, String... reasons) {
            if (direction == null || !(c >= 0.0 && c <= 1.0) || reasons.length == 0) {
                throw new IllegalArgumentException("member " + name + " emitted an invalid signal: " + direction
                        + " at confidence " + c + " with " + reasons.length + " reasons");
            }
            view = direction;
            confidence = c;
            firstReason = reasons[0];
        }

        String describe() {
            String w = name + " (weight " + significant(weight, 3) + ")";
            return view == null ? w + ": no view yet"
                    : w + ": " + view + " at " + fixed(confidence, 2) + " - " + firstReason;
        }
    }

    static final class Instance implements Strategy {
        private final MemberInstance[] members;
        private final double threshold;
        private final double totalWeight;
        private Direction current = Direction.FLAT;

        Instance(List<MemberInstance> members, double threshold) {
            this.members = members.toArray(MemberInstance[]::new);
            this.threshold = threshold;
            double t = 0;
            for (MemberInstance m : this.members) {
                t += m.weight;
            }
            this.totalWeight = t;
        }

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            double longWeight = 0;
            double shortWeight = 0;
            double longConf = 0;
            double shortConf = 0;
            for (MemberInstance m : members) {
                m.onBar(s, i, ctx);
                if (m.view == Direction.LONG) {
                    longWeight += m.weight;
                    longConf += m.weight * m.confidence;
                } else if (m.view == Direction.SHORT) {
                    shortWeight += m.weight;
                    shortConf += m.weight * m.confidence;
                }
            }
            double longShare = longWeight / totalWeight;
            double shortShare = shortWeight / totalWeight;
            Direction wanted = longShare >= threshold && longShare > shortShare ? Direction.LONG
                    : shortShare >= threshold && shortShare > longShare ? Direction.SHORT : Direction.FLAT;
            if (wanted == current) {
                return;
            }
            current = wanted;
            double confidence = switch (wanted) {
                case LONG -> Math.min(1.0, longShare * longConf / longWeight);
                case SHORT -> Math.min(1.0, shortShare * shortConf / shortWeight);
                case FLAT -> 1.0 - Math.max(longShare, shortShare);
            };
            String tally = switch (wanted) {
                case LONG -> "weighted vote LONG " + fixed(longShare, 2) + " >= threshold " + fixed(threshold, 2)
                        + " (short " + fixed(shortShare, 2) + ")";
                case SHORT -> "weighted vote SHORT " + fixed(shortShare, 2) + " >= threshold " + fixed(threshold, 2)
                        + " (long " + fixed(longShare, 2) + ")";
                case FLAT -> "no side has threshold " + fixed(threshold, 2) + " and a majority (long "
                        + fixed(longShare, 2) + ", short " + fixed(shortShare, 2) + "): flat";
            };
            String[] reasons = new String[members.length + 1];
            reasons[0] = tally;
            for (int k = 0; k < members.length; k++) {
                reasons[k + 1] = members[k].describe();
            }
            ctx.signal(wanted, confidence, reasons);
        }
    }
}
