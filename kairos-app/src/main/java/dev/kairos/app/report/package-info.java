/**
 * The backtest HTML report: one self-contained UTF-8 HTML file that opens offline, with the equity
 * curve, the drawdown (underwater, %), a price chart per instrument with entry and exit markers, the
 * metrics table and the trade list.
 *
 * <p>{@link dev.kairos.app.report.ReportInput} and its parts are this package's own input records, so
 * the report does not depend on the engine's result types; callers map onto them.
 * {@link dev.kairos.app.report.HtmlReport} renders and writes the page. Apache ECharts is inlined from
 * its WebJar on the classpath, chart data is embedded as JSON in a {@code <script>} block, and long
 * series are thinned for the charts by {@link dev.kairos.app.report.MinMaxDownsampler}, which keeps
 * every bucket's extremes.
 *
 * <p>Units: times are epoch milliseconds UTC and are shown in UTC; prices in the instrument's quote
 * currency, quantities in its base asset, drawdown as a fraction of the running peak (0.25 = 25 %).
 *
 * <p>Threading: everything here is immutable or stateless and may be used from any thread.
 */
package dev.kairos.app.report;
