package dev.kairos.bench;

import dev.kairos.model.market.BarSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a bar series as the shipped data files are written: header
 * {@code timestamp,open,high,low,close,volume}, epoch ms, prices with at most 2 and volumes with at most 8
 * decimals, trailing zeros dropped ({@code 1463544000000,456.16,456.81,455.3,456.02,561.88098307}).
 * Intended for series from {@link SyntheticBars}, whose values are whole cents and whole 1e-8 units.
 */
public final class BarCsvText {
    private BarCsvText() {
    }

    public static void write(BarSeries s, Path file) {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder line = new StringBuilder(96);
            w.write("timestamp,open,high,low,close,volume\n");
            for (int i = 0; i < s.size(); i++) {
                line.setLength(0);
                line.append(s.timestamp(i)).append(',');
                decimal(line, s.open(i), 2).append(',');
                decimal(line, s.high(i), 2).append(',');
                decimal(line, s.low(i), 2).append(',');
                decimal(line, s.close(i), 2).append(',');
                decimal(line, s.volume(i), 8).append('\n');
                w.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Appends {@code v} rounded to {@code places} decimals, without trailing zeros. */
    static StringBuilder decimal(StringBuilder sb, double v, int places) {
        long scale = 1;
        for (int p = 0; p < places; p++) {
            scale *= 10;
        }
        long units = Math.round(v * scale);
        if (units < 0) {
            sb.append('-');
            units = -units;
        }
        sb.append(units / scale);
        long frac = units % scale;
        if (frac != 0) {
            int digits = places;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            sb.append('.');
            String f = Long.toString(frac);
            for (int k = f.length(); k < digits; k++) {
                sb.append('0');
            }
            sb.append(f);
        }
        return sb;
    }
}
