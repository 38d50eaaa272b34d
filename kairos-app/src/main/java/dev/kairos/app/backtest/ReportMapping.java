package dev.kairos.app.backtest;

import dev.kairos.analytics.performance.PerformanceReport;
import dev.kairos.app.report.Marker;
import dev.kairos.app.report.MarkerKind;
import dev.kairos.app.report.Metric;
import dev.kairos.app.report.PricePanel;
import dev.kairos.app.report.RegimeBand;
import dev.kairos.engine.regime.RegimeHistory;
import dev.kairos.model.regime.Regime;
import dev.kairos.app.report.ReportInput;
import dev.kairos.app.report.TimeSeries;
import dev.kairos.app.report.TradeRow;
import dev.kairos.app.report.TradeSide;
import dev.kairos.engine.backtest.BacktestResult;
import dev.kairos.engine.exit.ExitFill;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.ClosedTrade;
import dev.kairos.model.portfolio.PositionSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps a backtest result onto the report's input. */
final class ReportMapping {
    private ReportMapping() {
    }

    static ReportInput toReport(String runId, BacktestResult r, List<LoadedData> data) {
        PerformanceReport p = r.performance();
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("Strategy", r.strategy() + " " + r.params()));
        m.add(new Metric("Seed", Long.toString(r.seed())));
        m.add(new Metric("Bars", Long.toString(r.bars())));
        m.add(new Metric("Initial equity", money(r.initialEquity())));
        m.add(new Metric("Final equity", money(r.finalEquity())));
        m.add(new Metric("Total return", pct(p.totalReturn())));
        m.add(new Metric("Buy & hold return", pct(r.buyAndHoldReturn())));
        m.add(new Metric("CAGR", pct(p.cagr())));
        m.add(new Metric("Sharpe", num(p.sharpe())));
        m.add(new Metric("Sortino", num(p.sortino())));
        m.add(new Metric("Calmar", num(p.calmar())));
        m.add(new Metric("Max drawdown", pct(p.maxDrawdown())));
        m.add(new Metric("Max drawdown duration (bars)", Long.toString(p.maxDrawdownDurationBars())));
        m.add(new Metric("Trades", Integer.toString(r.trades().size())));
        m.add(new Metric("Win rate", pct(p.winRate())));
        m.add(new Metric("Profit factor", num(p.profitFactor())));
        m.add(new Metric("Expectancy", money(p.expectancy())));
        m.add(new Metric("Average trade (bars)", num(p.avgTradeBars())));
        m.add(new Metric("Max consecutive losses", Integer.toString(p.maxConsecutiveLosses())));
        m.add(new Metric("Exposure", pct(p.exposure())));
        m.add(new Metric("Realized PnL (gross)", money(r.realizedPnl())));
        m.add(new Metric("Unrealized PnL", money(r.unrealizedPnl())));
        m.add(new Metric("Fees paid", money(r.feesPaid())));
        m.add(new Metric("Funding paid", money(r.fundingPaid())));
        m.add(new Metric("Avg slippage (bps)", num(r.execution().avgSlippageBps())));
        m.add(new Metric("Avg latency (ms)", num(r.execution().avgLatencyMs())));
        m.add(new Metric("Fill ratio", pct(r.execution().fillRatio())));
        m.add(new Metric("Orders submitted / denied", r.ordersSubmitted() + " / " + r.ordersDenied()));
        if (!r.deniedByCheck().isEmpty()) {
            m.add(new Metric("Denied by check", String.join(", ", new java.util.TreeMap<>(r.deniedByCheck())
                    .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())));
        }
        var risk = r.risk();
        String at = String.format(Locale.ROOT, " %.2f %%, %d bar%s (historical / parametric / Monte Carlo)",
                risk.confidence() * 100, risk.horizon(), risk.horizon() == 1 ? "" : "s");
        m.add(new Metric("VaR" + at, pct(risk.historical().var()) + " / " + pct(risk.parametric().var()) + " / "
                + pct(risk.monteCarlo().var())));
        m.add(new Metric("Expected shortfall" + at, pct(risk.historical().es()) + " / "
                + pct(risk.parametric().es()) + " / " + pct(risk.monteCarlo().es())));
        m.add(new Metric("Health min / mean (0-100)", num(r.healthMin()) + " / " + num(r.healthMean())));
        m.add(new Metric("Exits by reason", exitCounts(r)));
        m.add(new Metric("Journal hash", r.journalHash()));

        double[] eq = r.equity();
        double[] dd = new double[eq.length];
        double peak = r.initialEquity();
        for (int i = 0; i < eq.length; i++) {
            peak = Math.max(peak, eq[i]);
            dd[i] = peak > 0 ? Math.max(0.0, (peak - eq[i]) / peak) : 0.0;
        }

        List<PricePanel> panels = new ArrayList<>();
        for (LoadedData d : data) {
            BarSeries s = d.market().bars();
            long[] t = new long[s.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = s.closeTime(i);
            }
            List<Marker> markers = new ArrayList<>();
            for (ClosedTrade tr : r.trades()) {
                if (!tr.instrument().equals(s.instrument())) {
                    continue;
                }
                boolean isLong = tr.side() == Side.BUY;
                markers.add(new Marker(tr.entryTime(), tr.entryPrice(), isLong ? MarkerKind.ENTRY_LONG
                        : MarkerKind.ENTRY_SHORT, isLong ? "long" : "short"));
            }
            // one exit marker per closing fill, so each leg of a take-profit ladder shows with its own reason
            for (ExitFill f : r.exits().fills()) {
                if (f.instrument().equals(s.instrument())) {
                    markers.add(new Marker(f.time(), f.price(), MarkerKind.EXIT, exitLabel(f)));
                }
            }
            panels.add(new PricePanel(s.instrument().symbol(), new TimeSeries(t, s.closes()), markers,
                    regimeBands(r, s, t)));
        }

        List<TradeRow> rows = r.trades().stream().map(t -> new TradeRow(t.instrument().symbol(),
                t.side() == Side.BUY ? TradeSide.LONG : TradeSide.SHORT, t.entryTime(), t.exitTime(), t.quantity(),
                t.entryPrice(), t.exitPrice(), t.pnl(), t.fees(), t.exitReason())).toList();

        List<String> notes = new ArrayList<>();
        for (LoadedData d : data) {
            var rep = d.report();
            notes.add(String.format(Locale.ROOT, "%s (%s): %d rows parsed, %d accepted, %d outside the window, "
                            + "%d malformed (%s); %s; sha256 %s", d.file(), rep.instrument(), rep.parsed(),
                    rep.accepted(), rep.skipped(), rep.malformed(), rep.defectSummary(), rep.gaps(),
                    d.sha256().hex()) + rep.timestampUnit().conversionNote().map(n -> "; " + n).orElse(""));
            d.funding().ifPresent(f -> notes.add(String.format(Locale.ROOT, "%s (%s funding rates): %d rows parsed, "
                            + "%d accepted, %d malformed; sha256 %s", f.file(), rep.instrument(), f.result().parsed(),
                    f.result().accepted(), f.result().malformed(), f.sha256().hex())));
        }
        for (PositionSnapshot op : r.openPositions()) {
            notes.add(String.format(Locale.ROOT, "Open at the end: %s %.8g @ %.8g, unrealized %.2f (not in the trade "
                    + "list)", op.instrument(), op.quantity(), op.averagePrice(), op.unrealizedPnl()));
        }
        if (r.regimes().stream().anyMatch(h -> h.size() > 0)) {
            notes.add("Price charts are shaded by the regime in force: green bull trend, red bear trend, orange "
                    + "volatile range, blue quiet range (unshaded while the detectors warm up).");
        }
        notes.add("Orders decided on a bar's close fill no earlier than the next bar; fills take at most the "
                + "configured share of bar volume; stops fill before targets when one bar touches both.");
        return new ReportInput("Kairos backtest — " + r.strategy(), runId, m,
                new TimeSeries(r.equityTime(), eq), new TimeSeries(r.equityTime(), dd), panels, rows, notes);
    }

    /** The exit marker's tooltip text: the reason, and the quantity it closed. */
    static String exitLabel(ExitFill f) {
        return f.reason() + " " + String.format(Locale.ROOT, "%.8g", f.quantity()).replaceAll("\\.?0+$", "");
    }

    /** Non-zero exit counts, e.g. {@code tp1 3, stop 2, signal 1}; {@code none} without exits. */
    private static String exitCounts(BacktestResult r) {
        List<String> parts = new ArrayList<>();
        r.exits().counts().forEach((reason, n) -> {
            if (n > 0) {
                parts.add(reason + " " + n);
            }
        });
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%%", v * 100) : "n/a";
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
    }

    private static String money(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.2f", v) : "n/a";
    }

    /** The instrument's regime history as bands, the last one ending at the last bar's close. */
    private static List<RegimeBand> regimeBands(BacktestResult r, BarSeries s, long[] closeTimes) {
        List<RegimeBand> bands = new ArrayList<>();
        for (RegimeHistory h : r.regimes()) {
            if (!h.instrument().equals(s.instrument()) || closeTimes.length == 0) {
                continue;
            }
            long end = closeTimes[closeTimes.length - 1];
            for (int j = 0; j < h.size(); j++) {
                long from = h.changeTime()[j];
                long to = j + 1 < h.size() ? h.changeTime()[j + 1] : end;
                if (to >= from) {
                    bands.add(new RegimeBand(from, to, Regime.of(h.regime()[j]).key()));
                }
            }
        }
        return bands;
    }
}
