package dev.kairos.app.backtest;

import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.ClosedTrade;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes closed trades as CSV: {@code symbol,side,entry_time,exit_time,quantity,entry_price,exit_price,
 * pnl,fees,exit_reason}; times epoch ms UTC, side {@code long} or {@code short}, pnl net of fees.
 */
public final class TradeCsv {
    public static final String HEADER = "symbol,side,entry_time,exit_time,quantity,entry_price,exit_price,pnl,fees,"
            + "exit_reason";

    private TradeCsv() {
    }

    public static void write(List<ClosedTrade> trades, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(HEADER);
                w.write('\n');
                for (ClosedTrade t : trades) {
                    w.write(t.instrument().symbol() + "," + (t.side() == Side.BUY ? "long" : "short") + ","
                            + t.entryTime() + "," + t.exitTime() + "," + t.quantity() + "," + t.entryPrice() + ","
                            + t.exitPrice() + "," + t.pnl() + "," + t.fees() + "," + t.exitReason());
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write trades to " + file + ": " + e.getMessage(), e);
        }
    }
}
