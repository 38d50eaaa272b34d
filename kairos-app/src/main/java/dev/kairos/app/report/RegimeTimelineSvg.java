package dev.kairos.app.report;

import dev.kairos.model.regime.Regime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A self-contained SVG picture of a regime timeline: the close price (log scale) over bands coloured by the
 * regime in force, with a legend. For the documentation and for users who want a picture without a browser.
 * Bars with no regime (warm-up) are left unshaded. Consecutive bars in one regime are drawn as one band, and
 * the price line is thinned to at most one point per horizontal pixel column (min and max kept), so the file
 * stays small for long histories.
 */
public final class RegimeTimelineSvg {
    /** Band colours, by {@link Regime#ordinal()}: bull green, bear red, volatile orange, quiet blue. */
    static final String[] COLOURS = {"#2e9d5b", "#d64545", "#f0a030", "#5b8fd6"};

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 320;
    private static final int LEFT = 85;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;

    private RegimeTimelineSvg() {
    }

    /**
     * @param title  text above the chart
     * @param time   bar times, epoch ms UTC, ascending
     * @param close  close prices, positive
     * @param regime regime ordinal per bar, {@code -1} for none
     * @return the SVG document
     */
    public static String render(String title, long[] time, double[] close, int[] regime) {
        int n = time.length;
        if (close.length != n || regime.length != n) {
            throw new IllegalArgumentException("time, close and regime must have one value per bar: " + n + ", "
                    + close.length + ", " + regime.length);
        }
        if (n < 2) {
            throw new IllegalArgumentException("a timeline needs at least 2 bars, got " + n);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double c : close) {
            if (!(c > 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("close prices must be positive and finite for a log scale: " + c);
            }
            lo = Math.min(lo, Math.log(c));
            hi = Math.max(hi, Math.log(c));
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double t0 = time[0];
        double span = Math.max(1, time[n - 1] - time[0]);
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
                .append("<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"14\" font-weight=\"bold\">")
                .append(escape(title)).append("</text>\n");
        // bands: one rect per run of equal regimes
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || regime[i] != regime[start]) {
                if (regime[start] >= 0) {
                    double x0 = LEFT + (time[start] - t0) / span * plotW;
                    double x1 = LEFT + ((i == n ? time[n - 1] : time[i]) - t0) / span * plotW;
                    svg.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(TOP).append("\" width=\"")
                            .append(fmt(Math.max(0.5, x1 - x0))).append("\" height=\"").append(fmt(plotH))
                            .append("\" fill=\"").append(COLOURS[regime[start]]).append("\" fill-opacity=\"0.35\"/>\n");
                }
                start = i;
            }
        }
        // price line, thinned to min/max per pixel column
        svg.append("<polyline fill=\"none\" stroke=\"#222\" stroke-width=\"1\" points=\"");
        int column = -1;
        double colMin = 0;
        double colMax = 0;
        for (int i = 0; i <= n; i++) {
            int c = i == n ? Integer.MAX_VALUE : (int) ((time[i] - t0) / span * plotW);
            if (c != column) {
                if (column >= 0) {
                    double x = LEFT + column;
                    svg.append(fmt(x)).append(',').append(fmt(y(colMax, lo, hi, plotH))).append(' ')
                            .append(fmt(x)).append(',').append(fmt(y(colMin, lo, hi, plotH))).append(' ');
                }
                if (i == n) {
                    break;
                }
                column = c;
                colMin = Math.log(close[i]);
                colMax = colMin;
            } else {
                double v = Math.log(close[i]);
                colMin = Math.min(colMin, v);
                colMax = Math.max(colMax, v);
            }
        }
        svg.append("\"/>\n");
        // axes: price at top and bottom, first and last date
        svg.append("<text x=\"").append(LEFT - 5).append("\" y=\"").append(TOP + 10)
                .append("\" text-anchor=\"end\">").append(price(Math.exp(hi))).append("</text>\n")
                .append("<text x=\"").append(LEFT - 5).append("\" y=\"").append(fmt(TOP + plotH))
                .append("\" text-anchor=\"end\">").append(price(Math.exp(lo))).append("</text>\n")
                .append("<text x=\"").append(LEFT).append("\" y=\"").append(fmt(TOP + plotH + 16)).append("\">")
                .append(date(time[0])).append("</text>\n")
                .append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(fmt(TOP + plotH + 16))
                .append("\" text-anchor=\"end\">").append(date(time[n - 1])).append("</text>\n");
        // legend
        int x = LEFT;
        for (Regime r : Regime.values()) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(HEIGHT - 22)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(COLOURS[r.ordinal()])
                    .append("\" fill-opacity=\"0.6\"/>").append("<text x=\"").append(x + 16).append("\" y=\"")
                    .append(HEIGHT - 12).append("\">").append(r.key()).append("</text>\n");
            x += 150;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double y(double logPrice, double lo, double hi, double plotH) {
        return TOP + (hi - logPrice) / (hi - lo) * plotH;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String price(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String date(long ms) {
        return Instant.ofEpochMilli(ms).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
