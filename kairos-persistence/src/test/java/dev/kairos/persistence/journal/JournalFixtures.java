package dev.kairos.persistence.journal;

import dev.kairos.engine.journal.RunManifest;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Event;
import dev.kairos.model.event.Signal;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.order.Side;
import dev.kairos.model.order.TimeInForce;
import dev.kairos.model.market.Timeframe;
import dev.kairos.model.portfolio.PositionSnapshot;
import dev.kairos.model.regime.ConfidenceLevel;
import dev.kairos.model.regime.Regime;
import dev.kairos.model.regime.RegimeConfidence;
import dev.kairos.model.regime.RegimeProbabilities;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A realistic run for the journal tests: a manifest and a sequence of events covering every event type. */
final class JournalFixtures {

    static final long T0 = 1_700_000_000_000L;
    static final long BAR = 14_400_000L;
    static final InstrumentId BTC = InstrumentId.of("BTC-USD");
    static final InstrumentId ETH = InstrumentId.of("ETH-USD");
    static final StrategyId SMA = new StrategyId("sma-cross");

    private JournalFixtures() {
    }

    static RunManifest manifest() {
        return manifest(42L);
    }

    static RunManifest manifest(long seed) {
        return new RunManifest("0.1.0-SNAPSHOT", "sma-cross",
                new TreeMap<>(Map.of("fast", "10", "slow", "30")), seed,
                new TreeMap<>(Map.of("risk.maxOrderNotional", "2500", "venue.feeBps", "10")),
                List.of(new RunManifest.DataFile("data/BTC-USD-4h.csv", "BTC-USD", "ab".repeat(32), 20_000),
                        new RunManifest.DataFile("data/ETH-USD-4h.csv", "ETH-USD", "cd".repeat(32), 20_000)));
    }

    static ClientOrderId id(long n) {
        return ClientOrderId.sequence(n);
    }

    /**
     * The run. Order 1 (BTC market buy 2.0) fills 0.5 at 10 bps and 1.0 at 30 bps, then is cancelled;
     * order 2 is denied by risk; order 3 (ETH stop-limit sell 0.4) triggers, is modified and fills fully;
     * order 4 (post-only limit) is rejected; order 5 (stop-market) expires.
     */
    static List<Event> events() {
        long t1 = T0 + BAR;
        long t2 = T0 + 2 * BAR;
        long t3 = T0 + 3 * BAR;
        Order o1 = Order.market(id(1), BTC, SMA, Side.BUY, 2.0, T0);
        Order o2 = new Order(id(2), ETH, SMA, Side.SELL, 1.0, new OrderSpec.Limit(3000.0, false), TimeInForce.GTC,
                false, t1);
        Order o3 = new Order(id(3), ETH, SMA, Side.SELL, 0.4, new OrderSpec.StopLimit(2900.0, 2890.0),
                TimeInForce.GTC, false, t1);
        Order o4 = new Order(id(4), BTC, SMA, Side.BUY, 0.1, new OrderSpec.Limit(95.0, true), TimeInForce.GTC,
                false, t2);
        Order o5 = new Order(id(5), BTC, SMA, Side.SELL, 0.5, new OrderSpec.StopMarket(90.0), TimeInForce.IOC,
                true, t2);
        return List.of(
                new Signal(T0, BTC, SMA, Direction.LONG, 0.72,
                        List.of("fast SMA crossed above slow", "volume ≥ 1.5× average")),
                new Event.OrderSubmitted(T0, o1, 100.0),
                new Event.OrderAccepted(T0 + 100, id(1)),
                new Event.OrderFilled(T0 + 250,
                        new Fill(id(1), BTC, Side.BUY, 0.5, 100.10, 0.05, Fill.Liquidity.TAKER, T0 + 250, 100.0,
                                10.0, 250),
                        OrderStatus.PARTIALLY_FILLED, 0.5, 1.5),
                new Event.PositionChanged(T0 + 250, new PositionSnapshot(BTC, 0.5, 100.10, 0.0, 0.0, 100.10), 0.0),
                new Event.EquitySample(t1, 10_000.0, 9_949.90, 50.2, 0.15),
                new Event.OrderFilled(t1 + 300,
                        new Fill(id(1), BTC, Side.BUY, 1.0, 100.30, 0.10, Fill.Liquidity.TAKER, t1 + 300, 100.0,
                                30.0, BAR + 300),
                        OrderStatus.PARTIALLY_FILLED, 1.5, 0.5),
                new Event.PositionChanged(t1 + 300,
                        new PositionSnapshot(BTC, 1.5, 100.2333, 0.0, 0.1, 100.30), 0.0),
                new Event.OrderCanceled(t1 + 400, id(1), "bar volume exhausted"),
                new Signal(t1, ETH, SMA, Direction.SHORT, 0.64, List.of("fast SMA crossed below slow")),
                new Event.RiskChecked(t1, id(2), ETH, List.of(
                        new Event.RiskChecked.Verdict("trading-state", true, ""),
                        new Event.RiskChecked.Verdict("max-order-notional", false, "notional 3000.0 > limit 2500.0"))),
                new Event.OrderDenied(t1, o2, "max-order-notional", "notional 3000.0 > limit 2500.0"),
                new Event.OrderSubmitted(t1, o3, 2950.0),
                new Event.OrderAccepted(t1 + 100, id(3)),
                new Event.OrderModified(t1 + 200, id(3), new OrderSpec.StopLimit(2880.0, 2870.0)),
                new Event.OrderTriggered(t2, id(3)),
                new Event.OrderFilled(t2 + 50,
                        new Fill(id(3), ETH, Side.SELL, 0.4, 2875.0, -0.23, Fill.Liquidity.MAKER, t2 + 50, 2950.0,
                                254.2372881355932, BAR + 50),
                        OrderStatus.FILLED, 0.4, 0.0),
                new Event.PositionChanged(t2 + 50, new PositionSnapshot(ETH, -0.4, 2875.0, 0.0, 0.0, 2875.0), 0.0),
                new Event.FundingApplied(t2 + BAR / 2, ETH, 0.0001, 1150.0, 0.115),
                new Event.OrderSubmitted(t2, o4, 96.0),
                new Event.OrderRejected(t2 + 100, id(4), "post-only order would take liquidity"),
                new Event.OrderSubmitted(t2, o5, 96.0),
                new Event.OrderAccepted(t2 + 100, id(5)),
                new Event.OrderExpired(t3, id(5)),
                new Event.EquitySample(t3, 10_120.5, 9_000.0, 1_300.0, Double.NaN),
                new Event.RegimeUpdate(t3, BTC, Timeframe.FOUR_HOURS, Regime.BULL_TREND,
                        new RegimeProbabilities(0.7, 0.1, 0.15, 0.05),
                        new RegimeConfidence(0.72, ConfidenceLevel.HIGH, 0.8, 0.9, 1.0, 0.6, 0.95)),
                new Event.HealthUpdate(t3, 61, 100, 90, 100, 61),
                new Event.ExitAlert(t3, BTC, 0.5, "volatility spike predicted"));
    }

    /** Writes the manifest and the events to a new journal at {@code db}; returns the head hash. */
    static String writeRun(Path db) {
        try (SqliteJournal journal = SqliteJournal.open(db)) {
            journal.begin(manifest());
            events().forEach(journal::record);
            return journal.headHash();
        }
    }

    /** A plain read-write connection, as an attacker with file access would have. */
    static Connection raw(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    /** Runs {@code sql} on the file directly, after removing the append-only triggers. */
    static void tamper(Path db, String... sql) throws SQLException {
        try (Connection c = raw(db); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER IF EXISTS entries_no_update");
            st.execute("DROP TRIGGER IF EXISTS entries_no_delete");
            for (String s : sql) {
                st.execute(s);
            }
        }
    }
}
