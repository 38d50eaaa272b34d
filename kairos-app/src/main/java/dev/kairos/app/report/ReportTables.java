package dev.kairos.app.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The report's HTML fragments: header, notes, metrics table and trade table, with every text from
 * the input HTML-escaped. Numbers use {@code Locale.ROOT} ({@code 1,234.5}); times are UTC.
 */
final class ReportTables {

    /** Above this many trades the table shows only both ends. */
    static final int MAX_TRADE_ROWS = 2_000;
    /** Trades shown at each end of a long table. */
    static final int TRADES_PER_END = 1_000;

    /** Label plus value longer than this many characters gets a full-width metrics row. */
    static final int WIDE_METRIC = 36;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] TRADE_HEADERS = {
        "#", "Symbol", "Side", "Entry (UTC)", "Exit (UTC)", "Quantity", "Entry price", "Exit price", "PnL", "Fees",
        "Exit reason"
    };

    private ReportTables() {
    }

    /** Text made safe for HTML element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Epoch ms as {@code yyyy-MM-dd HH:mm:ss}, UTC. */
    static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** A count with thousands separators. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Title, run id, period and sizes. */
    static String header(ReportInput input) {
        StringBuilder out = new StringBuilder();
        out.append("<h1>").append(escape(input.title())).append("</h1>\n<dl class=\"facts\">");
        fact(out, "Run", input.runId().isEmpty() ? "—" : input.runId());
        TimeSeries equity = input.equity();
        if (!equity.isEmpty()) {
            fact(out, "Period (UTC)", time(equity.timeAt(0)) + " → " + time(equity.timeAt(equity.size() - 1)));
        }
        fact(out, "Equity points", count(equity.size()));
        fact(out, "Instruments", count(input.prices().size()));
        fact(out, "Trades", count(input.trades().size()));
        return out.append("</dl>").toString();
    }

    private static void fact(StringBuilder out, String name, String value) {
        out.append("<div><dt>").append(escape(name)).append("</dt><dd>").append(escape(value)).append("</dd></div>");
    }

    /** The notes as a list, or nothing when there are none. */
    static String notes(List<String> notes) {
        if (notes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<section class=\"panel notes\" id=\"notes\"><h2>Notes</h2><ul>");
        for (String note : notes) {
            out.append("<li>").append(escape(note)).append("</li>");
        }
        return out.append("</ul></section>").toString();
    }

    /**
     * The metrics as a two-column table in the given order; rows longer than {@value #WIDE_METRIC}
     * characters are marked {@code wide} so the page's CSS gives them a full line.
     */
    static String metrics(List<Metric> metrics) {
        StringBuilder out = new StringBuilder("<table id=\"metrics\" class=\"metrics\"><tbody>");
        if (metrics.isEmpty()) {
            out.append("<tr><td class=\"empty\" colspan=\"2\">No metrics.</td></tr>");
        }
        for (Metric metric : metrics) {
            out.append(metric.label().length() + metric.value().length() > WIDE_METRIC ? "<tr class=\"wide\">" : "<tr>")
                    .append("<th scope=\"row\">").append(escape(metric.label())).append("</th><td>")
                    .append(escape(metric.value())).append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /**
     * The trade list; above {@link #MAX_TRADE_ROWS} trades only the first and last
     * {@link #TRADES_PER_END} are listed, with a line saying how many are left out.
     */
    static String trades(List<TradeRow> trades) {
        StringBuilder out = new StringBuilder();
        boolean truncated = trades.size() > MAX_TRADE_ROWS;
        if (truncated) {
            out.append("<p class=\"table-note\" id=\"trades-truncated\">Showing the first ")
                    .append(count(TRADES_PER_END)).append(" and the last ").append(count(TRADES_PER_END))
                    .append(" of ").append(count(trades.size())).append(" trades.</p>");
        }
        out.append("<div class=\"table-scroll\"><table id=\"trades\" class=\"trades\"><thead><tr>");
        for (String header : TRADE_HEADERS) {
            out.append("<th scope=\"col\">").append(escape(header)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        if (trades.isEmpty()) {
            out.append("<tr><td class=\"empty\" colspan=\"").append(TRADE_HEADERS.length)
                    .append("\">No trades.</td></tr>");
        }
        Numbers numbers = new Numbers();
        if (truncated) {
            rows(out, trades, 0, TRADES_PER_END, numbers);
            int omitted = trades.size() - 2 * TRADES_PER_END;
            out.append("<tr class=\"gap\"><td colspan=\"").append(TRADE_HEADERS.length).append("\">… ")
                    .append(count(omitted)).append(" trades not shown …</td></tr>");
            rows(out, trades, trades.size() - TRADES_PER_END, trades.size(), numbers);
        } else {
            rows(out, trades, 0, trades.size(), numbers);
        }
        return out.append("</tbody></table></div>").toString();
    }

    private static void rows(StringBuilder out, List<TradeRow> trades, int from, int to, Numbers numbers) {
        for (int i = from; i < to; i++) {
            TradeRow t = trades.get(i);
            String pnlClass = t.pnl() > 0 ? "num pos" : t.pnl() < 0 ? "num neg" : "num";
            out.append("<tr>");
            cell(out, "num", count(i + 1L));
            cell(out, "", t.symbol());
            cell(out, t.side() == TradeSide.LONG ? "side long" : "side short", t.side().name().toLowerCase(Locale.ROOT));
            cell(out, "time", time(t.entryTime()));
            cell(out, "time", time(t.exitTime()));
            cell(out, "num", numbers.quantity(t.quantity()));
            cell(out, "num", numbers.price(t.entryPrice()));
            cell(out, "num", numbers.price(t.exitPrice()));
            cell(out, pnlClass, numbers.signedMoney(t.pnl()));
            cell(out, "num", numbers.money(t.fees()));
            cell(out, "", t.exitReason());
            out.append("</tr>");
        }
    }

    private static void cell(StringBuilder out, String cssClass, String text) {
        out.append(cssClass.isEmpty() ? "<td>" : "<td class=\"" + cssClass + "\">").append(escape(text)).append("</td>");
    }

    /**
     * Number formats for one rendering ({@link DecimalFormat} is not thread-safe, so not shared).
     * Prices and money show fewer decimals the larger they are: 2 from 1,000, 4 from 1, else up to 8.
     */
    private static final class Numbers {
        private final DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        private final DecimalFormat quantity = new DecimalFormat("#,##0.########", symbols);
        private final DecimalFormat large = new DecimalFormat("#,##0.00", symbols);
        private final DecimalFormat medium = new DecimalFormat("#,##0.00##", symbols);
        private final DecimalFormat small = new DecimalFormat("#,##0.00######", symbols);

        String quantity(double v) {
            return quantity.format(v);
        }

        /** A price: 42,123.50 / 2,547.21 / 1.2345 / 0.00012345. */
        String price(double v) {
            double abs = Math.abs(v);
            return (abs >= 1_000 ? large : abs >= 1 ? medium : small).format(v);
        }

        /** An amount of money: two decimals from 1 up, up to 8 below. */
        String money(double v) {
            return (Math.abs(v) >= 1 ? large : small).format(v);
        }

        /** Money with an explicit sign: +15.86, -0.0042, 0.00. */
        String signedMoney(double v) {
            String text = money(v);
            return v > 0 ? "+" + text : text;
        }
    }
}
