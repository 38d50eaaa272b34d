package dev.kairos.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic report inputs for tests: seeded random-walk prices, a toy strategy's trades, the
 * equity and drawdown they imply, and formatted metrics.
 */
final class SampleReports {

    static final long START = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    static final long FOUR_HOURS = 4 * 3_600_000L;
    private static final String[] EXIT_REASONS = {"take profit", "stop loss", "trailing stop", "signal flip"};

    private SampleReports() {
    }

    /** Two instruments, 4h bars, a few dozen trades: what a typical backtest report looks like. */
    static ReportInput typical() {
        return build("SMA cross · BTC-USD, ETH-USD 4h", "run-2024-typical-0001",
                new String[] {"BTC-USD", "ETH-USD"}, new double[] {42_000, 2_300}, 1_500, 45, 7L,
                List.of("Synthetic data generated for tests (seed 7).", "Fees 0.1 % per side, slippage 2 bp.",
                        "data/ohlcv/coinbase/BTC-USD-4h.csv: 1,500 rows parsed, 1,500 accepted; sha256 "
                                + "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"));
    }

    /**
     * Builds a report.
     *
     * @param barsPerSymbol bars per instrument; equity has one point per bar
     * @param holdEvery     a trade is opened about every this many bars per instrument
     */
    static ReportInput build(String title, String runId, String[] symbols, double[] startPrices, int barsPerSymbol,
                             int holdEvery, long seed, List<String> notes) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] time = new long[barsPerSymbol];
        for (int i = 0; i < barsPerSymbol; i++) {
            time[i] = START + i * FOUR_HOURS;
        }
        double[][] close = new double[symbols.length][barsPerSymbol];
        for (int s = 0; s < symbols.length; s++) {
            double p = startPrices[s];
            for (int i = 0; i < barsPerSymbol; i++) {
                p *= Math.exp(random.nextGaussian() * 0.012 + 0.0001 * Math.sin(i / 300.0));
                close[s][i] = p;
            }
        }
        double cash = 10_000;
        double[] pnlAtBar = new double[barsPerSymbol];
        List<TradeRow> trades = new ArrayList<>();
        List<PricePanel> panels = new ArrayList<>();
        for (int s = 0; s < symbols.length; s++) {
            List<Marker> markers = new ArrayList<>();
            int i = 1 + random.nextInt(holdEvery);
            while (i < barsPerSymbol - 2) {
                int exit = Math.min(barsPerSymbol - 1, i + 2 + random.nextInt(Math.max(2, holdEvery / 2)));
                TradeSide side = random.nextBoolean() ? TradeSide.LONG : TradeSide.SHORT;
                double entryPrice = close[s][i];
                double exitPrice = close[s][exit];
                double qty = Math.round(2_000 / entryPrice * 1e6) / 1e6;
                double fees = (entryPrice + exitPrice) * qty * 0.001;
                double gross = (exitPrice - entryPrice) * qty * (side == TradeSide.LONG ? 1 : -1);
                double pnl = gross - fees;
                String reason = EXIT_REASONS[random.nextInt(EXIT_REASONS.length)];
                trades.add(new TradeRow(symbols[s], side, time[i], time[exit], qty, entryPrice, exitPrice, pnl, fees,
                        reason));
                markers.add(new Marker(time[i], entryPrice,
                        side == TradeSide.LONG ? MarkerKind.ENTRY_LONG : MarkerKind.ENTRY_SHORT,
                        side.name().toLowerCase(Locale.ROOT) + " " + qty));
                markers.add(new Marker(time[exit], exitPrice, MarkerKind.EXIT, reason));
                for (int b = i + 1; b <= exit; b++) {
                    double move = (close[s][b] - close[s][b - 1]) * qty * (side == TradeSide.LONG ? 1 : -1);
                    pnlAtBar[b] += move;
                }
                pnlAtBar[exit] -= fees;
                i = exit + 1 + random.nextInt(holdEvery);
            }
            // regime bands: a new regime every ~200 bars, cycling through the four, after a short warm-up
            List<RegimeBand> bands = new ArrayList<>();
            String[] regimes = {"bull_trend", "volatile_range", "bear_trend", "quiet_range"};
            for (int from = 30, k = 0; from < barsPerSymbol - 1; from += 200, k++) {
                int to = Math.min(barsPerSymbol - 1, from + 200);
                bands.add(new RegimeBand(time[from], time[to], regimes[k % regimes.length]));
            }
            panels.add(new PricePanel(symbols[s], new TimeSeries(time, close[s]), markers, bands));
        }
        trades.sort((a, b) -> Long.compare(a.exitTime(), b.exitTime()));
        double[] equity = new double[barsPerSymbol];
        double[] drawdown = new double[barsPerSymbol];
        double peak = cash;
        double maxDrawdown = 0;
        double value = cash;
        for (int b = 0; b < barsPerSymbol; b++) {
            value += pnlAtBar[b];
            equity[b] = value;
            peak = Math.max(peak, value);
            drawdown[b] = (peak - value) / peak;
            maxDrawdown = Math.max(maxDrawdown, drawdown[b]);
        }
        long wins = trades.stream().filter(t -> t.pnl() > 0).count();
        double grossWin = trades.stream().mapToDouble(TradeRow::pnl).filter(p -> p > 0).sum();
        double grossLoss = -trades.stream().mapToDouble(TradeRow::pnl).filter(p -> p < 0).sum();
        double totalFees = trades.stream().mapToDouble(TradeRow::fees).sum();
        List<Metric> metrics = List.of(
                new Metric("Final equity", String.format(Locale.ROOT, "%,.2f USD", value)),
                new Metric("Total return", String.format(Locale.ROOT, "%+.2f %%", (value / cash - 1) * 100)),
                new Metric("Max drawdown", String.format(Locale.ROOT, "%.2f %%", maxDrawdown * 100)),
                new Metric("Trades", String.format(Locale.ROOT, "%,d", trades.size())),
                new Metric("Win rate", String.format(Locale.ROOT, "%.1f %%",
                        trades.isEmpty() ? 0.0 : 100.0 * wins / trades.size())),
                new Metric("Profit factor", grossLoss == 0 ? "∞" : String.format(Locale.ROOT, "%.2f", grossWin / grossLoss)),
                new Metric("Fees paid", String.format(Locale.ROOT, "%,.2f USD", totalFees)),
                new Metric("Strategy", "sma-cross {fast=12, slow=48, atrStop=2.5, takeProfit=[1.5, 3.0]}"),
                new Metric("Journal hash", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
        return new ReportInput(title, runId, metrics, new TimeSeries(time, equity), new TimeSeries(time, drawdown),
                panels, trades, notes);
    }
}
