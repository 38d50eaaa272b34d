package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.analytics.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * StockCharts ChartSchool worked examples ({@code shared/data/indicators/stockcharts/cs-*.csv}, from the
 * Python {@code ta} library, data README §6b) for the trend and momentum indicators they cover. Where the
 * conventions agree (WMA, Williams %R, ROC, CCI, ultimate oscillator) the values agree to the spreadsheet's
 * rounding; where they differ only in which warm-up bars are shown (KAMA, fast stochastic) the test pins
 * that down. Each test skips with a message when its file is absent.
 */
class TrendMomentumStockChartsTest {
    private static final String DIR = "indicators/stockcharts/";
    /** The spreadsheets round to 4 to 6 decimals. */
    private static final double ROUNDING = 1e-4;

    /** Numeric columns by header name; empty or non-numeric cells (e.g. dates) are NaN. */
    private static Map<String, double[]> file(String name) throws IOException {
        Path path = SharedData.require(DIR + name);
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        int n = lines.size() - 1;
        Map<String, double[]> columns = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            double[] column = new double[n];
            for (int row = 0; row < n; row++) {
                String[] cells = lines.get(row + 1).split(",", -1);
                column[row] = c < cells.length ? number(cells[c]) : Double.NaN;
            }
            columns.putIfAbsent(header[c], column);
        }
        return columns;
    }

    private static double number(String cell) {
        try {
            return cell.isBlank() ? Double.NaN : Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Ours equals the sheet's column to its rounding wherever the sheet has a value from {@code from} on. */
    private static int assertAgrees(String what, double[] expected, double[] ours, int from) {
        int compared = 0;
        for (int i = from; i < expected.length; i++) {
            if (!Double.isNaN(expected[i])) {
                assertThat(ours[i]).as("%s at %d", what, i).isCloseTo(expected[i], within(ROUNDING));
                compared++;
            }
        }
        assertThat(compared).as("%s values compared", what).isPositive();
        return compared;
    }

    @Test
    void wmaAgrees() throws IOException {
        Map<String, double[]> f = file("cs-wma.csv");
        // the sheet's WMA is over 9 closes; its first rows come from closes before the file starts
        assertAgrees("WMA(9)", f.get("WMA"), Wma.batch(f.get("Close"), 9), 8);
    }

    @Test
    void williamsRAgrees() throws IOException {
        Map<String, double[]> f = file("cs-percentr.csv");
        double[] ours = WilliamsR.batch(f.get("High"), f.get("Low"), f.get("Close"), 14);
        assertThat(ours[12]).isNaN();
        assertAgrees("WILLR(14)", f.get("Williams_%R"), ours, 0);
    }

    @Test
    void rocAgrees() throws IOException {
        Map<String, double[]> f = file("cs-roc.csv");
        assertAgrees("ROC(12)", f.get("ROC"), Roc.batch(f.get("Close"), 12), 0);
    }

    @Test
    void cciAgrees() throws IOException {
        Map<String, double[]> f = file("cs-cci.csv");
        assertAgrees("CCI(20)", f.get("CCI"), Cci.batch(f.get("High"), f.get("Low"), f.get("Close"), 20), 0);
    }

    @Test
    void ultimateOscillatorAgrees() throws IOException {
        Map<String, double[]> f = file("cs-ultosc.csv");
        assertAgrees("ULTOSC(7, 14, 28)", f.get("Ult_Osc"),
                UltimateOscillator.batch(f.get("High"), f.get("Low"), f.get("Close"), 7, 14, 28), 0);
    }

    /** StockCharts also prints the seed, the close at index 9, as KAMA; TA-Lib starts a bar later. */
    @Test
    void kamaAgreesAfterTheSeedRow() throws IOException {
        Map<String, double[]> f = file("cs-kama.csv");
        double[] close = f.get("Close");
        double[] sheet = f.get("KAMA");
        double[] ours = Kama.batch(close, 10);
        assertThat(sheet[9]).isEqualTo(close[9]);
        assertThat(ours[9]).isNaN();
        assertAgrees("KAMA(10)", sheet, ours, 10);
    }

    /**
     * The sheet's stochastic oscillator is the fast one, %K from index 13 and its 3-bar SMA; TA-Lib's STOCHF
     * shows %K only once %D has a value, from index 15.
     */
    @Test
    void fastStochasticAgreesOnceBothLinesHaveValues() throws IOException {
        Map<String, double[]> f = file("cs-soo.csv");
        StochasticFast.Batch ours = StochasticFast.batch(f.get("High"), f.get("Low"), f.get("Close"), 14, 3);
        assertThat(f.get("SO")[13]).isNotNaN();
        assertThat(ours.k()[14]).isNaN();
        assertAgrees("%K", f.get("SO"), ours.k(), 15);
        assertAgrees("%D", f.get("SO_SIG"), ours.d(), 15);
    }
}
