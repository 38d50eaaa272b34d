package dev.kairos.engine.regime;

import dev.kairos.analytics.regime.MultiTimeframeRegime;
import dev.kairos.analytics.regime.RegimeEnsemble;
import dev.kairos.analytics.regime.RegimeReading;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The regime of each instrument of a run: an ensemble per instrument updated at every bar close, its
 * {@code RegimeUpdate} published on every bar once it is ready (and, with a higher timeframe, one more each
 * time a higher-timeframe bar closes), and the history of regime changes kept for attributing trades and
 * shading charts. The ensembles see only bars up to the one being closed.
 *
 * <p>Per bar: the ensemble update (allocation-free) plus, once ready, the event (a few small objects).
 */
public final class InstrumentRegimes {
    private final InstrumentId[] ids;
    private final RegimeEnsemble[] base;
    private final MultiTimeframeRegime[] multi;
    private final int[] higherFed;
    /** Per instrument: the times at which the published regime changed, and the regime from then on. */
    private final long[][] changeTime;
    private final int[][] changeRegime;
    private final int[] changes;

    private InstrumentRegimes(List<InstrumentId> instruments, RegimeSettings settings) {
        int n = instruments.size();
        this.ids = instruments.toArray(InstrumentId[]::new);
        this.base = new RegimeEnsemble[settings.enabled() ? n : 0];
        this.multi = new MultiTimeframeRegime[settings.enabled() && settings.higherTimeframe().isPresent() ? n : 0];
        this.higherFed = new int[n];
        this.changeTime = new long[n][];
        this.changeRegime = new int[n][];
        this.changes = new int[n];
        for (int k = 0; k < n; k++) {
            changeTime[k] = new long[16];
            changeRegime[k] = new int[16];
            if (settings.enabled()) {
                base[k] = settings.newEnsemble();
                if (multi.length > 0) {
                    multi[k] = new MultiTimeframeRegime(base[k],
                            settings.newEnsemble(),
                            settings.higherTimeframe().orElseThrow());
                }
            }
        }
    }

    /** Regime tracking of {@code instruments} (in engine order) as {@code settings} say; may be off. */
    public static InstrumentRegimes of(List<InstrumentId> instruments, RegimeSettings settings) {
        return new InstrumentRegimes(instruments, settings);
    }

    /** No tracking for {@code count} instruments. */
    public static InstrumentRegimes none(List<InstrumentId> instruments) {
        return new InstrumentRegimes(instruments, RegimeSettings.off());
    }

    public boolean enabled() {
        return base.length > 0;
    }

    /**
     * Updates instrument {@code k} with bar {@code i} of {@code s} and publishes its regime. No-op when off.
     */
    public void onBar(int k, BarSeries s, int i, Consumer<Event> publish) {
        if (base.length == 0) {
            return;
        }
        RegimeEnsemble e = base[k];
        if (multi.length > 0) {
            multi[k].update(s, i);
        } else {
            e.update(s, i);
        }
        if (!e.isReady()) {
            return;
        }
        long closeTime = s.closeTime(i);
        if (e.changed()) {
            record(k, closeTime, e.regimeOrdinal());
        }
        publish.accept(e.updateEvent(closeTime, ids[k], new Timeframe(s.intervalMs())).orElseThrow());
        if (multi.length > 0) {
            MultiTimeframeRegime m = multi[k];
            if (m.higherBarsFed() != higherFed[k]) {
                higherFed[k] = m.higherBarsFed();
                m.higher().updateEvent(closeTime, ids[k], m.higherTimeframe()).ifPresent(publish);
            }
        }
    }

    private void record(int k, long time, int regime) {
        int c = changes[k];
        if (c == changeTime[k].length) {
            changeTime[k] = Arrays.copyOf(changeTime[k], c * 2);
            changeRegime[k] = Arrays.copyOf(changeRegime[k], c * 2);
        }
        changeTime[k][c] = time;
        changeRegime[k][c] = regime;
        changes[k] = c + 1;
    }

    /** What strategies of instrument {@code k} read; {@link RegimeReading#NONE} when off. */
    public RegimeReading reading(int k) {
        return base.length == 0 ? RegimeReading.NONE : base[k];
    }

    /** The higher-timeframe reading of instrument {@code k}; {@link RegimeReading#NONE} without one. */
    public RegimeReading higherReading(int k) {
        return multi.length == 0 ? RegimeReading.NONE : multi[k].higher();
    }

    /** Instrument {@code k}'s regime changes so far (the first is the first publication). */
    public RegimeHistory history(int k) {
        return new RegimeHistory(ids[k], Arrays.copyOf(changeTime[k], changes[k]),
                Arrays.copyOf(changeRegime[k], changes[k]));
    }
}
