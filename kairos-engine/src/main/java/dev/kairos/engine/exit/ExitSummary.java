package dev.kairos.engine.exit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exits of a run.
 *
 * @param counts exit orders per reason: every {@link ExitReason} label (zeros included, in the enum's order),
 *               then any other purpose; an order counts once, however many fills it took
 * @param fills  every fill that closed (part of) a position, in order
 */
public record ExitSummary(Map<String, Long> counts, List<ExitFill> fills) {
    public ExitSummary {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        fills = List.copyOf(fills);
    }
}
