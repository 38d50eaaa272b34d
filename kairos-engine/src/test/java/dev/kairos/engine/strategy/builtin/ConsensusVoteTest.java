package dev.kairos.engine.strategy.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.strategy.ParamSpec;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyCatalog;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsensusVoteTest {

    /** A member that emits a fixed script (bar → direction, confidence) and records the position it saw. */
    private record Scripted(String name, Map<Integer, Object[]> script, List<Double> positions)
            implements StrategyDefinition {
        Scripted(String name, Map<Integer, Object[]> script) {
            this(name, script, new ArrayList<>());
        }

        @Override
        public String description() {
            return "scripted";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(ParamSpec.integer("unused", 1, 1, 10, "a parameter to override"));
        }

        @Override
        public Strategy create(InstrumentId instrument, StrategyParams params) {
            return (s, i, ctx) -> {
                positions.add(ctx.positionQuantity());
                Object[] step = script.get(i);
                if (step != null) {
                    ctx.signal((Direction) step[0], (Double) step[1], "script " + name + " bar " + i);
                }
            };
        }
    }

    private static Object[] step(Direction d, double confidence) {
        return new Object[] {d, confidence};
    }

    private static BarSeries flat(int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Bars.bar(100, 101, 99, 100, 10);
        }
        return Bars.series(InstrumentId.of("TST-USD"), Bars.HOUR, rows);
    }

    private static BarSeries closes(double... c) {
        double[][] rows = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            rows[i] = Bars.bar(c[i], c[i] * 1.01, c[i] * 0.99, c[i], 100);
        }
        return Bars.series(InstrumentId.of("TST-USD"), Bars.HOUR, rows);
    }

    @Test
    void actsWhenTheWeightedVoteCrossesTheThreshold() {
        Scripted a = new Scripted("a", Map.of(1, step(Direction.LONG, 0.8), 5, step(Direction.SHORT, 0.9)));
        Scripted b = new Scripted("b", Map.of(2, step(Direction.LONG, 0.6), 4, step(Direction.FLAT, 1.0)));
        Scripted c = new Scripted("c", Map.of(3, step(Direction.SHORT, 1.0)));
        ConsensusVote vote = new ConsensusVote(new StrategyCatalog(List.of(a, b, c)));
        RecordingContext ctx = RecordingContext.run(vote, Map.of("members", "a, b, c", "weights", "2,1,1",
                "threshold", "0.6"), flat(7));
        // total weight 4:
        //  bar 1: a long → long 2/4 = 0.5 < 0.6: nothing
        //  bar 2: b long → long 3/4 = 0.75: LONG, 0.75 × (2 × 0.8 + 1 × 0.6)/3 = 0.55
        //  bar 3: c short → long 0.75, short 0.25: still LONG, nothing new
        //  bar 4: b flat → long 0.5: FLAT, 1 − 0.5 = 0.5
        //  bar 5: a short → short (2 + 1)/4 = 0.75: SHORT, 0.75 × (2 × 0.9 + 1 × 1.0)/3 = 0.7
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(2, 4, 5);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.LONG, Direction.FLAT, Direction.SHORT);
        assertThat(ctx.signals.get(0).confidence()).isCloseTo(0.55, within(1e-12));
        assertThat(ctx.signals.get(1).confidence()).isCloseTo(0.5, within(1e-12));
        assertThat(ctx.signals.get(2).confidence()).isCloseTo(0.7, within(1e-12));
        assertThat(ctx.signals.get(0).reasons()).containsExactly(
                "weighted vote LONG 0.75 >= threshold 0.60 (short 0.00)",
                "a (weight 2.00): LONG at 0.80 - script a bar 1",
                "b (weight 1.00): LONG at 0.60 - script b bar 2",
                "c (weight 1.00): no view yet");
        assertThat(ctx.signals.get(1).reasons().get(0)).contains("no side").contains("long 0.50, short 0.25");
        assertThat(ctx.signals.get(1).reasons().get(2)).isEqualTo("b (weight 1.00): FLAT at 1.00 - script b bar 4");
        // every member saw its own virtual position, never the consensus's
        assertThat(a.positions()).containsExactly(0.0, 0.0, 1.0, 1.0, 1.0, 1.0, -1.0);
        assertThat(b.positions()).containsExactly(0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0);
        assertThat(c.positions()).containsExactly(0.0, 0.0, 0.0, 0.0, -1.0, -1.0, -1.0);
    }

    @Test
    void aTieIsNoMajority() {
        Scripted a = new Scripted("a", Map.of(1, step(Direction.LONG, 1.0)));
        Scripted b = new Scripted("b", Map.of(1, step(Direction.SHORT, 1.0)));
        ConsensusVote vote = new ConsensusVote(new StrategyCatalog(List.of(a, b)));
        RecordingContext ctx = RecordingContext.run(vote, Map.of("members", "a,b", "threshold", "0.5"), flat(3));
        assertThat(ctx.signals).isEmpty();
    }

    @Test
    void membersFromTheCatalogueTakeTheirOwnParameters() {
        // sma-cross 2/3 and ema-cross 2/3 on the EMA test's series; threshold 1: both must agree
        //   sma-cross: LONG at i3, SHORT at i5 (SMA2 11.5 < SMA3 12), LONG at i7 (SMA2 11 > SMA3 10.67)
        //   ema-cross: LONG at i3, SHORT at i5, LONG at i7, SHORT at i9
        //   i9: SMA2 11.2 vs SMA3 11.3 → sma-cross SHORT too
        BarSeries s = closes(10, 10, 10, 13, 13, 10, 10.5, 11.5, 11.4, 11.0);
        StrategyDefinition consensus = StrategyCatalog.builtIn().find("consensus").orElseThrow();
        Map<String, String> params = Map.of("members", "sma-cross,ema-cross", "threshold", "1",
                "sma-cross.fast", "2", "sma-cross.slow", "3", "ema-cross.fast", "2", "ema-cross.slow", "3");
        StrategyParams.Resolution r = StrategyParams.resolve(consensus.name(), consensus.params(), params);
        assertThat(r.problems()).isEmpty();
        assertThat(consensus.validate(r.params())).isEmpty();
        assertThat(r.params().asText()).containsEntry("sma-cross.fast", "2").containsEntry("members",
                "sma-cross,ema-cross");
        RecordingContext ctx = RecordingContext.run(consensus, params, s);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(3, 5, 7, 9);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.LONG, Direction.SHORT, Direction.LONG, Direction.SHORT);
        assertThat(ctx.signals.get(0).reasons()).hasSize(3);
        assertThat(ctx.signals.get(0).reasons().get(1)).startsWith("sma-cross (weight 1.00): LONG at 1.00 - SMA2");
        assertThat(ctx.signals.get(0).reasons().get(2)).startsWith("ema-cross (weight 1.00): LONG at 1.00 - EMA2");
        assertThat(ctx.signals).allSatisfy(e -> assertThat(e.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void everyProblemWithMembersWeightsAndMemberParametersIsNamed() {
        StrategyDefinition consensus = StrategyCatalog.builtIn().find("consensus").orElseThrow();
        Map<String, String> given = Map.of("members", "sma-cross,moon,sma-cross,consensus", "weights", "1,2",
                "sma-cross.fast", "30", "sma-cross.slow", "30", "macd.fast", "3");
        StrategyParams.Resolution r = StrategyParams.resolve(consensus.name(), consensus.params(), given);
        assertThat(r.problems()).isEmpty();
        List<String> problems = consensus.validate(r.params());
        assertThat(problems).anySatisfy(m -> assertThat(m).startsWith("--param weights=1,2: 2 weights for 4 members"));
        assertThat(problems).anySatisfy(m -> assertThat(m).contains("unknown member 'moon'").contains("known: "
                + "sma-cross, ema-cross"));
        assertThat(problems).anySatisfy(m -> assertThat(m).contains("'sma-cross' is named twice"));
        assertThat(problems).anySatisfy(m -> assertThat(m).contains("unknown member 'consensus'")
                .contains("a consensus cannot be a member"));
        assertThat(problems).anySatisfy(m -> assertThat(m).isEqualTo(
                "--param sma-cross.fast=30 must be smaller than slow=30"));
        assertThat(problems).anySatisfy(m -> assertThat(m).startsWith("--param macd.fast: 'macd' is not a member"));
        assertThat(problems).hasSize(6);

        assertThat(consensus.validate(StrategyParams.resolve(consensus.name(), consensus.params(),
                Map.of("members", "sma-cross", "sma-cross.fast", "x")).params()))
                .containsExactlyInAnyOrder("--param sma-cross.fast=x: not a number",
                        "--param members=sma-cross: a vote needs at least two members");
        assertThat(consensus.validate(StrategyParams.resolve(consensus.name(), consensus.params(),
                Map.of("weights", "1,0,x")).params())).containsExactly(
                "--param weights=1,0,x: weight 0 must be positive and finite",
                "--param weights=1,0,x: 'x' is not a number");
        assertThat(consensus.validate(StrategyParams.resolve(consensus.name(), consensus.params(), Map.of())
                .params())).isEmpty();
        StrategyParams bad = StrategyParams.resolve(consensus.name(), consensus.params(), given).params();
        assertThatThrownBy(() -> consensus.create(InstrumentId.of("TST-USD"), bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moon");
    }

    @Test
    void aConsensusCannotVoteForItself() {
        StrategyCatalog withConsensus = StrategyCatalog.builtIn();
        assertThatThrownBy(() -> new ConsensusVote(withConsensus)).isInstanceOf(IllegalArgumentException.class);
    }
}
