package dev.kairos.engine.exit;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.InstrumentId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Records every fill that closes (part of) a position with its reason, and counts exit orders per reason.
 * Kept whether or not the exit brain runs (signal exits are exits too). Engine thread only.
 */
public final class ExitLog {
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Set<ClientOrderId> counted = new HashSet<>();
    private final List<ExitFill> fills = new ArrayList<>();

    public ExitLog() {
        for (ExitReason r : ExitReason.values()) {
            counts.put(r.label(), 0L);
        }
    }

    /** A fill of order {@code order} closed {@code quantity} of a position (quantity &gt; 0). */
    public void onExitFill(InstrumentId instrument, ClientOrderId order, long time, double price, double quantity,
                           String reason) {
        fills.add(new ExitFill(instrument, time, price, quantity, reason));
        if (counted.add(order)) {
            counts.merge(reason, 1L, Long::sum);
        }
    }

    /** Exit orders with this reason so far. */
    public long count(String reason) {
        return counts.getOrDefault(reason, 0L);
    }

    /** The reasons' counts (the ten labels first, then other purposes sorted) and every exit fill. */
    public ExitSummary summary() {
        Map<String, Long> out = new LinkedHashMap<>();
        Map<String, Long> others = new TreeMap<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (ExitReason.of(e.getKey()).isPresent()) {
                out.put(e.getKey(), e.getValue());
            } else {
                others.put(e.getKey(), e.getValue());
            }
        }
        out.putAll(others);
        return new ExitSummary(out, fills);
    }
}
