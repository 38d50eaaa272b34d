package dev.kairos.app.report;

import java.util.List;
import java.util.Objects;

/**
 * One instrument's price chart: its closes and the trade markers drawn on them.
 *
 * @param symbol  the instrument's display name, e.g. {@code "BTC-USD"}
 * @param close   close prices by bar time (epoch ms UTC), quote currency
 * @param markers entries and exits on this instrument, in any order
 * @param regimes regime bands to shade, in time order; empty when regimes were not tracked
 */
public record PricePanel(String symbol, TimeSeries close, List<Marker> markers, List<RegimeBand> regimes) {

    /** A panel without regime shading. */
    public PricePanel(String symbol, TimeSeries close, List<Marker> markers) {
        this(symbol, close, markers, List.of());
    }

    /** Validates the fields and copies the marker list. */
    public PricePanel {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("price panel symbol must not be blank");
        }
        if (close == null || markers == null) {
            throw new IllegalArgumentException("price panel close and markers must not be null: " + symbol);
        }
        if (markers.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("price panel markers must not contain null: " + symbol);
        }
        markers = List.copyOf(markers);
        if (regimes == null || regimes.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("price panel regimes must not be null or contain null: " + symbol);
        }
        regimes = List.copyOf(regimes);
    }
}
