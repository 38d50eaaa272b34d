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
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Support for the volatility and volume catalogue tests: column names as the catalogue defines them,
 * random bar series, and the TA-Lib golden file as a bar series with its columns.
 */
final class VolatilityVolumeCatalogSupport {
    static final String GOLDEN = "indicators/talib/talib_coinbase_BTC-USD_4h_2024.csv";

    private VolatilityVolumeCatalogSupport() {
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

    /** A valid random 4h bar series with some flat bars and some bars without volume. */
    static BarSeries randomBars(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("TEST-USD"), n);
        double price = 100;
        for (int i = 0; i < n; i++) {
            double open = price;
            boolean flat = rnd.nextInt(25) == 0;
            price = flat ? price : price * Math.exp(rnd.nextGaussian() * 0.02);
            double high = flat ? price : Math.max(open, price) * (1 + Math.abs(rnd.nextGaussian()) * 0.005);
            double low = flat ? price : Math.min(open, price) * (1 - Math.abs(rnd.nextGaussian()) * 0.005);
            double volume = rnd.nextInt(20) == 0 ? 0 : Math.exp(rnd.nextDouble(0, 8));
            b.add(1_704_067_200_000L + i * 14_400_000L, open, high, low, price, volume);
        }
        return b.build();
    }

    /** The golden file's bars and all its columns by name; empty when the file is absent. */
    record Golden(BarSeries bars, Map<String, double[]> columns) {
        static Optional<Golden> load() {
            Optional<Path> file = SharedData.find(GOLDEN);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String[] header = lines.get(0).split(",", -1);
            int n = lines.size() - 1;
            Map<String, double[]> columns = new HashMap<>();
            for (String name : header) {
                columns.put(name, new double[n]);
            }
            BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("BTC-USD"), n);
            for (int row = 0; row < n; row++) {
                String[] cells = lines.get(row + 1).split(",", -1);
                for (int c = 0; c < header.length; c++) {
                    columns.get(header[c])[row] = cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]);
                }
                b.add(Long.parseLong(cells[0]), columns.get("open")[row], columns.get("high")[row],
                        columns.get("low")[row], columns.get("close")[row], columns.get("volume")[row]);
            }
            return Optional.of(new Golden(b.build(), columns));
        }
    }

    /** Within 1e-9 relative of TA-Lib, NaN exactly where its cell is empty. */
    static void assertMatchesGolden(String column, double[] expected, double[] actual) {
        assertThat(actual).as("%s length", column).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            if (Double.isNaN(e) != Double.isNaN(a)
                    || !Double.isNaN(e) && a != e && !(Math.abs(a - e) <= 1e-9 * Math.abs(e))) {
                fail(column + " at index " + i + ": TA-Lib " + e + " but the catalogue computes " + a);
            }
        }
    }

    /** Same bits at every index. */
    static void assertSameBits(String what, double[] expected, double[] actual) {
        assertThat(actual).as("%s length", what).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                fail(what + " at index " + i + ": expected " + expected[i] + " but was " + actual[i]);
            }
        }
    }
}
