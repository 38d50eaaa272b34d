package dev.kairos.analytics.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kairos.analytics.testsupport.SharedData;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Support for the trend and momentum catalogue tests: column names as the catalogue defines them, random bar
 * series, and the TA-Lib golden file as a bar series plus its columns.
 */
final class TrendMomentumCatalogColumns {
    static final String GOLDEN = "indicators/talib/talib_coinbase_BTC-USD_4h_2024.csv";

    private TrendMomentumCatalogColumns() {
    }

    /** The default argument values of a definition. */
    static double[] defaults(IndicatorDefinition d) {
        return d.args().stream().mapToDouble(IndicatorArg::defaultValue).toArray();
    }

    /** Column names of the outputs for these arguments: output name, then each formatted argument. */
    static List<String> columnNames(IndicatorDefinition d, double[] args) {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            suffix.append('_').append(d.args().get(i).format(args[i]));
        }
        List<String> names = new ArrayList<>();
        for (String output : d.outputs()) {
            names.add(output + suffix);
        }
        return names;
    }

    /** A valid random 4h bar series of {@code n} bars. */
    static BarSeries randomBars(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("TEST-USD"), n);
        double price = 100;
        for (int i = 0; i < n; i++) {
            double open = price;
            price *= Math.exp(rnd.nextGaussian() * 0.02);
            double high = Math.max(open, price) * (1 + Math.abs(rnd.nextGaussian()) * 0.005);
            double low = Math.min(open, price) * (1 - Math.abs(rnd.nextGaussian()) * 0.005);
            b.add(1_700_000_000_000L + i * 14_400_000L, open, high, low, price, 1 + rnd.nextDouble() * 10);
        }
        return b.build();
    }

    /** The golden file's bars and columns (empty cells as NaN); skips the calling test when it is absent. */
    record Golden(BarSeries bars, Map<String, double[]> columns) {
        static Golden load() {
            Path path = SharedData.require(GOLDEN);
            try {
                List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
                String[] header = lines.get(0).split(",", -1);
                int n = lines.size() - 1;
                Map<String, double[]> columns = new HashMap<>();
                for (String name : header) {
                    columns.put(name, new double[n]);
                }
                BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("BTC-USD"), n);
                for (int row = 0; row < n; row++) {
                    String[] cells = lines.get(row + 1).split(",", -1);
                    for (int c = 1; c < header.length; c++) {
                        columns.get(header[c])[row] = cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]);
                    }
                    b.add(Long.parseLong(cells[0]), columns.get("open")[row], columns.get("high")[row],
                            columns.get("low")[row], columns.get("close")[row], columns.get("volume")[row]);
                }
                return new Golden(b.build(), columns);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Computes the definition with its defaults over the golden bars and checks every output that has a
     * column of the same name in the file, to 1e-9 relative, NaN exactly where the cell is empty.
     *
     * @return number of columns compared
     */
    static int compareWithGolden(IndicatorDefinition d, Golden golden) {
        double[] args = defaults(d);
        List<String> names = columnNames(d, args);
        List<double[]> computed = d.compute(golden.bars(), args);
        int compared = 0;
        for (int o = 0; o < names.size(); o++) {
            double[] expected = golden.columns().get(names.get(o));
            if (expected == null) {
                continue;
            }
            compared++;
            double[] actual = computed.get(o);
            assertThat(actual).as("%s length", names.get(o)).hasSize(expected.length);
            for (int i = 0; i < expected.length; i++) {
                double e = expected[i];
                double a = actual[i];
                boolean ok = Double.isNaN(e) ? Double.isNaN(a) : Math.abs(a - e) <= 1e-9 * Math.abs(e);
                if (!ok) {
                    fail(names.get(o) + " at index " + i + ": TA-Lib " + e + " but catalogue gives " + a);
                }
            }
        }
        return compared;
    }
}
