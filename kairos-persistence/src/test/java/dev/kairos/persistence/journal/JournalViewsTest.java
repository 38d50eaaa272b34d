package dev.kairos.persistence.journal;

import static dev.kairos.persistence.journal.JournalFixtures.BAR;
import static dev.kairos.persistence.journal.JournalFixtures.T0;
import static dev.kairos.persistence.journal.JournalFixtures.raw;
import static dev.kairos.persistence.journal.JournalFixtures.writeRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalViewsTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void writeJournal() {
        db = dir.resolve("run.db");
        writeRun(db);
    }

    @Test
    void signals() throws SQLException {
        List<Map<String, Object>> rows = query("SELECT * FROM signals ORDER BY seq");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry("ts", T0)
                .containsEntry("instrument", "BTC-USD")
                .containsEntry("source", "sma-cross")
                .containsEntry("direction", "LONG")
                .containsEntry("confidence", 0.72)
                .containsEntry("reasons_text", "fast SMA crossed above slow; volume ≥ 1.5× average");
        assertThat(rows.get(1)).containsEntry("instrument", "ETH-USD").containsEntry("direction", "SHORT");
        assertThat(query("SELECT value FROM signals, json_each(signals.reasons) WHERE seq = 2"))
                .extracting(r -> r.get("value"))
                .containsExactly("fast SMA crossed above slow", "volume ≥ 1.5× average");
    }

    @Test
    void submittedOrders() throws SQLException {
        List<Map<String, Object>> rows = query("SELECT * FROM orders ORDER BY seq");
        assertThat(rows).extracting(r -> r.get("order_id"))
                .containsExactly("O-00000001", "O-00000003", "O-00000004", "O-00000005");
        assertThat(rows).extracting(r -> r.get("type")).containsExactly("market", "stop_limit", "limit", "stop_market");
        assertThat(rows.get(0)).containsEntry("side", "BUY").containsEntry("quantity", 2.0)
                .containsEntry("decision_price", 100.0).containsEntry("limit_price", null)
                .containsEntry("time_in_force", "GTC").containsEntry("reduce_only", 0)
                .containsEntry("strategy", "sma-cross").containsEntry("instrument", "BTC-USD");
        assertThat(rows.get(1)).containsEntry("side", "SELL").containsEntry("trigger_price", 2900.0)
                .containsEntry("limit_price", 2890.0).containsEntry("decision_price", 2950.0);
        assertThat(rows.get(2)).containsEntry("limit_price", 95.0).containsEntry("post_only", 1);
        assertThat(rows.get(3)).containsEntry("trigger_price", 90.0).containsEntry("reduce_only", 1)
                .containsEntry("time_in_force", "IOC");
    }

    @Test
    void fills() throws SQLException {
        List<Map<String, Object>> rows = query("SELECT * FROM fills ORDER BY seq");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0))
                .containsEntry("order_id", "O-00000001")
                .containsEntry("instrument", "BTC-USD")
                .containsEntry("side", "BUY")
                .containsEntry("quantity", 0.5)
                .containsEntry("price", 100.1)
                .containsEntry("fee", 0.05)
                .containsEntry("liquidity", "TAKER")
                .containsEntry("slippage_bps", 10.0)
                .containsEntry("latency_ms", 250)
                .containsEntry("order_status", "PARTIALLY_FILLED")
                .containsEntry("cumulative_quantity", 0.5)
                .containsEntry("leaves_quantity", 1.5);
        assertThat(rows.get(2)).containsEntry("liquidity", "MAKER").containsEntry("fee", -0.23)
                .containsEntry("order_status", "FILLED");
    }

    @Test
    void orderExecutionSummarisesEachSubmittedOrder() throws SQLException {
        List<Map<String, Object>> rows = query("SELECT * FROM order_execution ORDER BY order_id");
        assertThat(rows).extracting(r -> r.get("order_id"))
                .as("the denied order 2 never reached the venue")
                .containsExactly("O-00000001", "O-00000003", "O-00000004", "O-00000005");

        Map<String, Object> partial = rows.get(0);
        assertThat(partial).containsEntry("ordered_quantity", 2.0)
                .containsEntry("filled_quantity", 1.5)
                .containsEntry("fill_ratio", 0.75)
                .containsEntry("fill_count", 2)
                .containsEntry("first_fill_latency_ms", 250)
                .containsEntry("final_status", "CANCELED")
                .containsEntry("side", "BUY")
                .containsEntry("type", "market");
        // quantity-weighted: (0.5 × 10 + 1.0 × 30) / 1.5
        assertThat((double) partial.get("average_slippage_bps")).isCloseTo(70.0 / 3.0, within(1e-9));
        assertThat((double) partial.get("average_price")).isCloseTo((0.5 * 100.10 + 1.0 * 100.30) / 1.5, within(1e-9));
        assertThat((double) partial.get("fees")).isCloseTo(0.15, within(1e-12));

        assertThat(rows.get(1)).containsEntry("filled_quantity", 0.4).containsEntry("fill_ratio", 1.0)
                .containsEntry("final_status", "FILLED").containsEntry("first_fill_latency_ms", (int) BAR + 50);
        assertThat((double) rows.get(1).get("average_slippage_bps")).isCloseTo(254.2372881355932, within(1e-9));
        assertThat(rows.get(2)).containsEntry("filled_quantity", 0.0).containsEntry("fill_ratio", 0.0)
                .containsEntry("fill_count", 0).containsEntry("average_slippage_bps", null)
                .containsEntry("first_fill_latency_ms", null).containsEntry("final_status", "REJECTED");
        assertThat(rows.get(3)).containsEntry("final_status", "EXPIRED");
    }

    @Test
    void positionsEquityFundingAndDenials() throws SQLException {
        assertThat(query("SELECT instrument, quantity, average_price, mark_price FROM positions ORDER BY seq"))
                .extracting(r -> r.get("instrument") + " " + r.get("quantity") + " @ " + r.get("average_price"))
                .containsExactly("BTC-USD 0.5 @ 100.1", "BTC-USD 1.5 @ 100.2333", "ETH-USD -0.4 @ 2875.0");

        List<Map<String, Object>> equity = query("SELECT * FROM equity ORDER BY seq");
        assertThat(equity).hasSize(2);
        assertThat(equity.get(0)).containsEntry("ts", T0 + BAR).containsEntry("equity", 10_000.0)
                .containsEntry("cash", 9_949.9).containsEntry("gross_exposure", 50.2)
                .containsEntry("unrealized_pnl", 0.15);
        assertThat(equity.get(1)).as("a NaN stays readable as text").containsEntry("unrealized_pnl", "NaN");

        assertThat(query("SELECT * FROM funding")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("instrument", "ETH-USD").containsEntry("rate", 1.0E-4)
                .containsEntry("notional", 1150.0).containsEntry("amount", 0.115));

        assertThat(query("SELECT * FROM denials")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("order_id", "O-00000002")
                .containsEntry("instrument", "ETH-USD")
                .containsEntry("side", "SELL")
                .containsEntry("type", "limit")
                .containsEntry("quantity", 1.0)
                .containsEntry("risk_check", "max-order-notional")
                .containsEntry("reason", "notional 3000.0 > limit 2500.0"));

        assertThat(query("SELECT * FROM regimes")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("instrument", "BTC-USD").containsEntry("timeframe", "4h")
                .containsEntry("regime", "bull_trend").containsEntry("confidence", 0.72)
                .containsEntry("level", "HIGH").containsEntry("p_bull_trend", 0.7)
                .containsEntry("p_quiet_range", 0.05));
    }

    @Test
    void riskChecksHaveOneRowPerVerdictAndHealthOnePerUpdate() throws SQLException {
        List<Map<String, Object>> rows = query("SELECT * FROM risk_checks ORDER BY seq, position");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("ts", T0 + BAR).containsEntry("order_id", "O-00000002")
                .containsEntry("instrument", "ETH-USD").containsEntry("position", 1)
                .containsEntry("check_name", "trading-state").containsEntry("verdict", "pass")
                .containsEntry("reason", "");
        assertThat(rows.get(1)).containsEntry("order_id", "O-00000002").containsEntry("position", 2)
                .containsEntry("check_name", "max-order-notional").containsEntry("verdict", "deny")
                .containsEntry("reason", "notional 3000.0 > limit 2500.0");
        assertThat(query("SELECT r.check_name, d.risk_check FROM risk_checks r JOIN denials d"
                + " ON d.order_id = r.order_id WHERE r.verdict = 'deny'"))
                .as("the denying verdict names the check of the denial").singleElement()
                .satisfies(r -> assertThat(r.get("check_name")).isEqualTo(r.get("risk_check")));

        assertThat(query("SELECT * FROM health")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("ts", T0 + 3 * BAR).containsEntry("overall", 61).containsEntry("data", 100)
                .containsEntry("venue", 90).containsEntry("errors", 100).containsEntry("signals", 61));
    }

    private List<Map<String, Object>> query(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = raw(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
