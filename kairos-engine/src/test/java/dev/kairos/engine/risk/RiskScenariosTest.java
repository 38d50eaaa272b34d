package dev.kairos.engine.risk;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.T0;
import static dev.kairos.engine.testsupport.Bars.bar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.risk.VarMethod;
import dev.kairos.engine.health.HealthConfig;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The risk engine inside a trading engine: seeded random signal streams never push exposure past its caps,
 * nothing passes while HALTED, only reducing orders pass while REDUCING; and scenarios with crafted bars for the
 * daily loss cap, the drawdown circuit breaker, stale data and the health gate.
 */
class RiskScenariosTest {
    private static final double EPS = 1e-6;

    /** Only the listed limits on; everything else off or loose. */
    private static RiskConfig limits(List<String> checks, double position, double gross, double net,
                                     double dailyCap, double drawdownHalt) {
        return new RiskConfig(checks, position, gross, net, 0, 0, dailyCap, 0, 0, 0, drawdownHalt, 0, 0, 0, 0, 1, 0,
                0.99, 1, VarMethod.HISTORICAL, 40);
    }

    /** Each bar, with probability 0.4, a random direction. */
    private static Strategy randomSignals(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Direction[] ds = Direction.values();
        return (s, i, ctx) -> {
            if (rnd.nextDouble() < 0.4) {
                ctx.signal(ds[rnd.nextInt(ds.length)], rnd.nextDouble(), "random");
            }
        };
    }

    private static List<BarSeries> walks(int instruments, int bars, long seed) {
        List<BarSeries> out = new ArrayList<>();
        for (int k = 0; k < instruments; k++) {
            out.add(Bars.randomWalk(InstrumentId.of("R" + k + "-USD"), HOUR, bars, seed * 31 + k, -1, 0));
        }
        return out;
    }

    /** The test's own account of working orders, from the events alone. */
    private static final class Working {
        final Map<ClientOrderId, double[]> open = new HashMap<>();   // id → {k, signed remaining}
        final Map<InstrumentId, Integer> index = new HashMap<>();

        void on(Event e) {
            switch (e) {
                case Event.OrderSubmitted s -> open.put(s.order().id(), new double[] {index.get(s.order().instrument()),
                        s.order().side().sign() * s.order().quantity()});
                case Event.OrderFilled f -> {
                    double[] w = open.get(f.fill().orderId());
                    w[1] -= f.fill().side().sign() * f.fill().quantity();
                    if (f.leavesQuantity() <= 0) {
                        open.remove(f.fill().orderId());
                    }
                }
                case Event.OrderCanceled c -> open.remove(c.orderId());
                case Event.OrderExpired x -> open.remove(x.orderId());
                case Event.OrderRejected r -> open.remove(r.orderId());
                default -> {
                }
            }
        }

        /** Worst-case exposure of instrument k with positions q and marks p. */
        double exposure(int k, double q, double p) {
            double buys = 0;
            double sells = 0;
            for (double[] w : open.values()) {
                if ((int) w[0] == k) {
                    buys += Math.max(0, w[1]);
                    sells += Math.max(0, -w[1]);
                }
            }
            return Math.max(Math.abs(q + buys), Math.abs(q - sells)) * p;
        }
    }

    @Test
    void exposureNeverExceedsItsCapWhateverTheSignals() {
        long denied = 0;
        long submitted = 0;
        for (long seed = 1; seed <= 12; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            double fraction = 1 + 5 * rnd.nextDouble();      // sizing asks for up to 2× equity per instrument
            List<BarSeries> series = walks(3, 250, seed);
            RiskEngine risk = RiskEngine.configured(limits(List.of("trading-state", "market-data", "instrument-rules",
                    "max-position", "gross-exposure", "net-exposure"), 0.8, 1.5, 1.0, 0, 0),
                    HealthConfig.ungated(), 10, seed);
            EngineRig rig = EngineRig.of(series, k -> randomSignals(rnd.nextLong()), risk, fraction, true);
            Working working = new Working();
            for (int k = 0; k < series.size(); k++) {
                working.index.put(series.get(k).instrument(), k);
            }
            // before the test's tracker sees a submission: the exposure the order was checked against
            double[] grossBefore = new double[1];
            rig.bus().subscribe(Event.RiskChecked.class, e -> grossBefore[0] = gross(rig, working));
            rig.bus().subscribeAll(e -> {
                working.on(e);
                if (e instanceof Event.OrderSubmitted s) {
                    double equity = rig.portfolio().equity();
                    int k = working.index.get(s.order().instrument());
                    double instrument = working.exposure(k, rig.portfolio().positionQuantity(k),
                            rig.portfolio().markPrice(k));
                    double gross = gross(rig, working);
                    assertThat(gross).as("gross after %s", s.order())
                            .isLessThanOrEqualTo(Math.max(1.5 * equity, grossBefore[0]) + EPS);
                    if (gross > grossBefore[0] + EPS) {
                        assertThat(instrument).as("instrument exposure after %s", s.order())
                                .isLessThanOrEqualTo(0.8 * equity + EPS);
                    }
                }
            });
            rig.run();
            denied += rig.engine().ordersDenied();
            submitted += rig.engine().ordersSubmitted();
            assertThat(rig.engine().deniedByCheck().keySet()).doesNotContain("market-data", "trading-state");
        }
        assertThat(submitted).as("orders sent").isGreaterThan(200);
        assertThat(denied).as("orders the caps stopped").isGreaterThan(100);
    }

    private static double gross(EngineRig rig, Working working) {
        double g = 0;
        for (int k = 0; k < rig.series().size(); k++) {
            double q = rig.portfolio().positionQuantity(k);
            double e = working.exposure(k, q, rig.portfolio().markPrice(k));
            g += Double.isNaN(e) ? 0 : e;
        }
        return g;
    }

    @Test
    void nothingNewPassesWhileHalted() {
        for (long seed = 1; seed <= 10; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int haltAt = 20 + rnd.nextInt(150);
            EngineRig rig = EngineRig.of(walks(2, 200, seed), k -> randomSignals(rnd.nextLong()),
                    RiskEngine.configured(RiskConfig.defaults(), HealthConfig.ungated(), 5, seed), 1.0, true);
            for (int i = 0; i < 200; i++) {
                if (i == haltAt) {
                    rig.engine().risk().setState(TradingState.HALTED);
                }
                rig.step(i);
            }
            long haltTime = rig.series().get(0).closeTime(haltAt);
            assertThat(rig.all(Event.OrderSubmitted.class)).as("seed %d", seed)
                    .allSatisfy(s -> assertThat(s.timestamp()).isLessThan(haltTime));
            List<Event.OrderDenied> after = rig.all(Event.OrderDenied.class).stream()
                    .filter(d -> d.timestamp() >= haltTime).toList();
            assertThat(after).isNotEmpty().allSatisfy(d -> assertThat(d.check()).isEqualTo("trading-state"));
        }
    }

    @Test
    void onlyReducingOrdersPassWhileReducing() {
        int passedReducing = 0;
        for (long seed = 1; seed <= 10; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int from = 30 + rnd.nextInt(100);
            EngineRig rig = EngineRig.of(walks(2, 200, seed), k -> randomSignals(rnd.nextLong()),
                    RiskEngine.configured(RiskConfig.defaults(), HealthConfig.ungated(), 5, seed), 1.0, true);
            long fromTime = rig.series().get(0).closeTime(from);
            Map<InstrumentId, Integer> index = Map.of(rig.series().get(0).instrument(), 0,
                    rig.series().get(1).instrument(), 1);
            List<Boolean> reducing = new ArrayList<>();
            rig.bus().subscribeAll(e -> {
                if (e.timestamp() < fromTime) {
                    return;
                }
                if (e instanceof Event.OrderSubmitted s) {
                    double q = rig.portfolio().positionQuantity(index.get(s.order().instrument()));
                    boolean r = PreTradeCheck.reducesExposure(s.order(), q);
                    assertThat(r).as("sent while REDUCING: %s with position %s", s.order(), q).isTrue();
                    reducing.add(r);
                } else if (e instanceof Event.OrderDenied d) {
                    double q = rig.portfolio().positionQuantity(index.get(d.order().instrument()));
                    assertThat(PreTradeCheck.reducesExposure(d.order(), q)).isFalse();
                    assertThat(d.check()).isEqualTo("trading-state");
                }
            });
            for (int i = 0; i < 200; i++) {
                if (i == from) {
                    rig.engine().risk().setState(TradingState.REDUCING);
                }
                rig.step(i);
            }
            passedReducing += reducing.size();
        }
        assertThat(passedReducing).as("exits sent while REDUCING").isGreaterThan(5);
    }

    /** Scripted signals: direction by bar index. */
    private static Strategy script(Map<Integer, Direction> at) {
        return (s, i, ctx) -> {
            Direction d = at.get(i);
            if (d != null) {
                ctx.signal(d, 0.8, "scripted at bar " + i);
            }
        };
    }

    private static BarSeries hourly(String symbol, double... closes) {
        double[][] rows = new double[closes.length][];
        double prev = closes[0];
        for (int i = 0; i < closes.length; i++) {
            double o = prev;
            double c = closes[i];
            rows[i] = bar(o, Math.max(o, c), Math.min(o, c), c, 1_000_000);
            prev = c;
        }
        return Bars.series(InstrumentId.of(symbol), HOUR, rows);
    }

    @Test
    void theDailyLossCapStopsEntriesUntilTheNextUtcDay() {
        // 2024-01-01, hourly from 00:00: long 50 at 100, the price falls to 89 (−550 = 5.5 % of 10 000) by 05:00
        double[] closes = new double[30];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = i < 1 ? 100 : i < 5 ? 100 - 2.75 * i : 89;
        }
        BarSeries s = hourly("TST-USD", closes);
        Map<Integer, Direction> at = Map.of(0, Direction.LONG, 6, Direction.FLAT, 10, Direction.LONG,
                22, Direction.LONG, 23, Direction.LONG);
        RiskEngine risk = RiskEngine.configured(limits(List.of("trading-state", "market-data", "instrument-rules",
                "daily-loss"), 0, 0, 0, 0.05, 0), HealthConfig.ungated(), 5, 1);
        EngineRig rig = EngineRig.of(List.of(s), k -> script(at), risk, 0.5, false);
        rig.run();
        List<Event.OrderSubmitted> sent = rig.all(Event.OrderSubmitted.class);
        // the entry at 00:00's close, the exit at 07:00 (exits pass the cap), the entry at 24:00 = the next day
        assertThat(sent).extracting(Event::timestamp).containsExactly(s.closeTime(0), s.closeTime(6),
                s.closeTime(23));
        assertThat(s.closeTime(23)).isEqualTo(T0 + 24 * HOUR);
        assertThat(sent.get(1).order().side()).isEqualTo(Side.SELL);
        List<Event.OrderDenied> denied = rig.all(Event.OrderDenied.class);
        assertThat(denied).extracting(Event::timestamp).containsExactly(s.closeTime(10), s.closeTime(22));
        assertThat(denied).allSatisfy(d -> {
            assertThat(d.check()).isEqualTo("daily-loss");
            assertThat(d.reason()).contains("daily loss cap 5.00 % reached today");
        });
        // every order's verdicts were recorded, the denial's last
        List<Event.RiskChecked> checked = rig.all(Event.RiskChecked.class);
        assertThat(checked).hasSize(5);
        assertThat(checked.get(2).verdicts().get(3)).isEqualTo(new Event.RiskChecked.Verdict("daily-loss", false,
                denied.get(0).reason()));
    }

    @Test
    void theCircuitBreakerHaltsAfterADrawdown() {
        // long 90 at 100 (0.9 of equity); −20 % of 10 000 is a price of 77.78
        double[] closes = new double[20];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = i < 2 ? 100 : Math.max(70, 100 - 3 * (i - 1));
        }
        BarSeries s = hourly("TST-USD", closes);
        RiskEngine risk = RiskEngine.configured(limits(List.of("trading-state", "market-data", "instrument-rules"),
                0, 0, 0, 0, 0.2), HealthConfig.ungated(), 5, 1);
        EngineRig rig = EngineRig.of(List.of(s), k -> script(Map.of(0, Direction.LONG, 12, Direction.FLAT,
                14, Direction.FLAT)), risk, 0.9, false);
        for (int i = 0; i < closes.length; i++) {
            rig.step(i);
            double equity = rig.portfolio().equity();
            assertThat(rig.engine().risk().state()).as("bar %d, equity %s", i, equity)
                    .isEqualTo(equity > 8_000 + EPS && risk.state() != TradingState.HALTED ? TradingState.ACTIVE
                            : TradingState.HALTED);
        }
        // the price reaches 76 at bar 9: equity 10 000 − 90 × 24 = 7 840; HALTED stops even the exits (the denied
        // FLAT leaves the target LONG, so the second FLAT tries again)
        assertThat(rig.all(Event.OrderDenied.class)).hasSize(2).allSatisfy(d -> {
            assertThat(d.check()).isEqualTo("trading-state");
            assertThat(d.reason()).contains("HALTED", "circuit breaker", "drawdown 21.60 %");
        });
    }

    @Test
    void staleDataDeniesNewExposureButNotAnExit() {
        BarSeries a = hourly("AAA-USD", 100, 100, 100, 100, 100, 100, 100, 100, 100, 100);
        BarSeries b = hourly("BBB-USD", 50, 50, 50, 50);          // its feed stops after 04:00
        RiskEngine risk = RiskEngine.configured(limits(List.of("trading-state", "market-data", "stale-data",
                "instrument-rules"), 0, 0, 0, 0, 0), HealthConfig.ungated(), 5, 1);
        EngineRig rig = EngineRig.of(List.of(a, b), k -> script(k == 1 ? Map.of(0, Direction.LONG) : Map.of()),
                risk, 0.5, false);
        rig.run();                                                 // clock at A's 10:00 close; B last closed 04:00
        double held = rig.portfolio().positionQuantity(1);
        assertThat(held).isEqualTo(50);                            // 10 000 × 0.5 / 2 / 50
        long now = rig.clock().now();
        InstrumentId bId = b.instrument();
        Order more = Order.market(ClientOrderId.sequence(100), bId, new StrategyId("t"), Side.BUY, 1, now);
        assertThat(rig.engine().submit(1, more, 50, "test")).isFalse();
        Event.OrderDenied d = rig.all(Event.OrderDenied.class).get(0);
        assertThat(d.check()).isEqualTo("stale-data");
        assertThat(d.reason()).contains("closed 21600000 ms before the decision; stale after 7200000 ms");
        Order exit = Order.market(ClientOrderId.sequence(101), bId, new StrategyId("t"), Side.SELL, held, now);
        assertThat(rig.engine().submit(1, exit, 50, "exit")).isTrue();
    }

    @Test
    void theHealthGateStopsEntriesWhileSignalsKeepMissing() {
        // the price falls every bar and the strategy keeps saying LONG: every signal misses
        double[] closes = new double[20];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = 100 - i;
        }
        BarSeries s = hourly("TST-USD", closes);
        Strategy stubborn = (series, i, ctx) -> ctx.signal(i % 2 == 0 ? Direction.LONG : Direction.FLAT, 0.9, "x");
        RiskEngine risk = RiskEngine.configured(limits(List.of("trading-state", "market-data", "instrument-rules",
                "health-gate"), 0, 0, 0, 0, 0), new HealthConfig(30, 10, 1, 3, 86_400_000L, 5), 5, 1);
        EngineRig rig = EngineRig.of(List.of(s), k -> stubborn, risk, 0.5, false);
        rig.run();
        // LONG signals at bars 0, 2, 4 are scored at 1, 3, 5; from bar 5 on (3 misses) the signal score is 0
        assertThat(rig.all(Event.OrderSubmitted.class).stream().filter(o -> o.order().side() == Side.BUY))
                .extracting(Event::timestamp).containsExactly(s.closeTime(0), s.closeTime(2), s.closeTime(4));
        assertThat(rig.all(Event.OrderDenied.class)).isNotEmpty().allSatisfy(d -> {
            assertThat(d.check()).isEqualTo("health-gate");
            assertThat(d.order().side()).isEqualTo(Side.BUY);
        });
        assertThat(rig.all(Event.OrderSubmitted.class).stream().filter(o -> o.order().side() == Side.SELL))
                .as("exits pass the gate").hasSize(3);
        assertThat(rig.all(Event.HealthUpdate.class)).anySatisfy(h -> assertThat(h.signals()).isZero());
    }
}
