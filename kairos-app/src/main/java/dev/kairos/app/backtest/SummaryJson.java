package dev.kairos.app.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kairos.analytics.performance.PerformanceReport;
import dev.kairos.analytics.performance.RegimeBreakdown;
import dev.kairos.analytics.risk.RiskFigures;
import dev.kairos.analytics.risk.VarMethod;
import dev.kairos.engine.backtest.BacktestResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The backtest summary as one JSON object (the CLI contract of {@code kairos backtest --json}). Ratios
 * are fractions; a ratio that is undefined (e.g. profit factor without losing trades) is {@code null}.
 * {@code rows} has one entry per input file, keyed by its path: {@code kind} {@code bars} for a
 * {@code --data} file, {@code funding} for a {@code --funding} file; {@code bars} is the sum of
 * {@code accepted} over the bar files, {@code timestamp_unit} the unit the file's timestamps were read in
 * ({@code seconds}, {@code milliseconds}, {@code microseconds} or {@code nanoseconds}). {@code by_regime} splits the run by the regime in force (keys
 * {@code bull_trend}, {@code bear_trend}, {@code volatile_range}, {@code quiet_range}, and {@code unknown} for
 * bars before the detectors were ready): {@code bars}, {@code return} and {@code sharpe} of the equity over the
 * bars closed in the first instrument's regime, {@code trades} and {@code win_rate} of the trades entered in
 * their own instrument's regime. {@code orders.sized_to_zero} counts the signals sizing gave no position,
 * by reason (e.g. {@code unknown_stop} before the ATR has its bars, {@code below_min_notional}). {@code risk} holds the denials per check and the VaR and Expected Shortfall
 * (positive loss fractions) of the per-bar portfolio returns by method ({@code historical}, {@code parametric},
 * {@code monte_carlo}) at {@code confidence} over {@code horizon} bars; {@code health} the lowest and mean overall
 * health score (0..100) over the bars.
 * {@code accepted} over the bar files. {@code exits} counts exit orders per reason: every reason of the exit
 * brain ({@code tp1 tp2 tp3 stop breakeven trailing time hard_stop signal risk}, zeros included), an order
 * counting once however many fills it took.
 */
public final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    public static Map<String, Object> toMap(BacktestOutcome o) {
        BacktestResult r = o.result();
        PerformanceReport p = r.performance();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", o.runId());
        m.put("strategy", r.strategy());
        m.put("params", new TreeMap<>(r.params()));
        m.put("seed", r.seed());
        m.put("bars", r.bars());
        m.put("trades", r.trades().size());
        m.put("initial_equity", n(r.initialEquity()));
        m.put("final_equity", n(r.finalEquity()));
        m.put("realized_pnl", n(r.realizedPnl()));
        m.put("unrealized_pnl", n(r.unrealizedPnl()));
        m.put("fees_paid", n(r.feesPaid()));
        m.put("funding_paid", n(r.fundingPaid()));
        m.put("total_return", n(p.totalReturn()));
        m.put("cagr", n(p.cagr()));
        m.put("sharpe", n(p.sharpe()));
        m.put("sortino", n(p.sortino()));
        m.put("calmar", n(p.calmar()));
        m.put("max_drawdown", n(p.maxDrawdown()));
        m.put("max_drawdown_duration_bars", p.maxDrawdownDurationBars());
        m.put("win_rate", n(p.winRate()));
        m.put("profit_factor", n(p.profitFactor()));
        m.put("expectancy", n(p.expectancy()));
        m.put("avg_trade_bars", n(p.avgTradeBars()));
        m.put("max_consecutive_losses", p.maxConsecutiveLosses());
        m.put("exposure", n(p.exposure()));
        m.put("buy_and_hold_return", n(r.buyAndHoldReturn()));
        Map<String, Object> ex = new LinkedHashMap<>();
        ex.put("avg_slippage_bps", n(r.execution().avgSlippageBps()));
        ex.put("avg_latency_ms", n(r.execution().avgLatencyMs()));
        ex.put("fill_ratio", n(r.execution().fillRatio()));
        ex.put("orders", r.execution().orders());
        ex.put("fills", r.execution().fills());
        m.put("execution", ex);
        Map<String, Object> orders = new LinkedHashMap<>();
        orders.put("signals", r.signals());
        orders.put("submitted", r.ordersSubmitted());
        orders.put("denied", r.ordersDenied());
        orders.put("denied_by_check", new TreeMap<>(r.deniedByCheck()));
        orders.put("sized_to_zero", new TreeMap<>(r.sizedToZero()));
        m.put("orders", orders);
        Map<String, Object> byRegime = new LinkedHashMap<>();
        for (RegimeBreakdown.Row row : r.byRegime()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("bars", row.bars());
            x.put("trades", row.trades());
            x.put("return", n(row.totalReturn()));
            x.put("sharpe", n(row.sharpe()));
            x.put("win_rate", n(row.winRate()));
            byRegime.put(row.regime(), x);
        }
        m.put("by_regime", byRegime);
        m.put("risk", risk(r));
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("min", n(r.healthMin()));
        health.put("mean", n(r.healthMean()));
        m.put("health", health);
        m.put("exits", new LinkedHashMap<>(r.exits().counts()));
        m.put("open_positions", r.openPositions().stream().map(op -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("symbol", op.instrument().symbol());
            x.put("quantity", n(op.quantity()));
            x.put("average_price", n(op.averagePrice()));
            x.put("mark_price", n(op.markPrice()));
            x.put("unrealized_pnl", n(op.unrealizedPnl()));
            return x;
        }).toList());
        m.put("journal", o.journal().toString());
        m.put("journal_hash", r.journalHash());
        m.put("report", o.report().toString());
        o.tradesCsv().ifPresent(t -> m.put("trades_csv", t.toString()));
        Map<String, Object> rows = new LinkedHashMap<>();
        for (LoadedData d : o.data()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("kind", "bars");
            c.put("symbol", d.report().instrument().symbol());
            c.put("parsed", d.report().parsed());
            c.put("accepted", d.report().accepted());
            c.put("skipped", d.report().skipped());
            c.put("malformed", d.report().malformed());
            c.put("timestamp_unit", d.report().timestampUnit().displayName());
            Map<String, Object> kinds = new LinkedHashMap<>();
            d.report().defects().forEach(dc -> {
                Map<String, Object> k = new LinkedHashMap<>();
                k.put("count", dc.count());
                k.put("first_lines", dc.firstLines());
                kinds.put(dc.defect().name().toLowerCase(java.util.Locale.ROOT), k);
            });
            c.put("malformed_by_kind", kinds);
            c.put("gaps", d.report().gaps().count());
            c.put("missing_bars", d.report().gaps().missingBars());
            c.put("sha256", d.sha256().hex());
            rows.put(d.file().toString(), c);
        }
        for (LoadedData d : o.data()) {
            d.funding().ifPresent(f -> rows.put(f.file().toString(), fundingRows(d, f)));
        }
        m.put("rows", rows);
        return m;
    }

    /**
     * VaR and ES (positive loss fractions of equity) of the per-bar portfolio returns by each method, at the
     * confidence and horizon of the risk settings, and the denials per check.
     */
    private static Map<String, Object> risk(BacktestResult r) {
        RiskFigures f = r.risk();
        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("denied", new TreeMap<>(r.deniedByCheck()));
        risk.put("confidence", f.confidence());
        risk.put("horizon", f.horizon());
        risk.put("returns", f.returns());
        Map<String, Object> var = new LinkedHashMap<>();
        Map<String, Object> es = new LinkedHashMap<>();
        for (VarMethod method : VarMethod.values()) {
            var.put(method.key(), n(f.by(method).var()));
            es.put(method.key(), n(f.by(method).es()));
        }
        risk.put("var", var);
        risk.put("es", es);
        return risk;
    }

    /** Funding rows are never outside a window (all are read; those outside the bars are never due). */
    private static Map<String, Object> fundingRows(LoadedData d, LoadedFunding f) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("kind", "funding");
        c.put("symbol", d.market().instrument().id().symbol());
        c.put("parsed", f.result().parsed());
        c.put("accepted", f.result().accepted());
        c.put("skipped", 0L);
        c.put("malformed", f.result().malformed());
        c.put("timestamp_unit", f.result().timestampUnit().displayName());
        Map<String, Object> kinds = new LinkedHashMap<>();
        f.result().defects().forEach(dc -> {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("count", dc.count());
            k.put("first_lines", dc.firstLines());
            kinds.put(dc.defect().name().toLowerCase(java.util.Locale.ROOT), k);
        });
        c.put("malformed_by_kind", kinds);
        c.put("sha256", f.sha256().hex());
        return c;
    }

    public static String toJson(BacktestOutcome o) {
        try {
            return JSON.writeValueAsString(toMap(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the summary as JSON", e);
        }
    }

    /** Non-finite numbers are not JSON: they become null. */
    private static Object n(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
