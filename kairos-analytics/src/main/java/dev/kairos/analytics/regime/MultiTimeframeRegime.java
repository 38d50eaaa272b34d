package dev.kairos.analytics.regime;

import dev.kairos.model.market.BarAggregator;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.ClosedBarListener;
import dev.kairos.model.market.Timeframe;
import dev.kairos.model.regime.Regime;
import java.util.Optional;

/**
 * The regime on the bars' own timeframe and on a higher one, side by side: a base {@link RegimeEnsemble} fed every
 * bar, and a second ensemble fed the higher-timeframe bars built from them by {@link BarAggregator} — each higher
 * bar only once it is <em>closed</em> (by the aggregator's rule: the base bar that ends its bucket, or the first
 * base bar of a later bucket when the end is missing). So reading {@link #higher()} while deciding on base bar
 * {@code i} sees nothing after bar {@code i}.
 *
 * <p>The higher bars of a series are aggregated once, when the series is first seen: the aggregator runs over all
 * its base bars and records, for every higher bar, the base bar whose update closed it; the bucket still forming
 * at the end of the series is left out (it never closes). Updates then feed the higher ensemble each higher bar
 * whose closing base bar has been reached. The higher ensemble's detectors read only higher bars up to the one
 * they are updated on (their contract), so bars that have not closed yet are never read. If a different series
 * instance is passed (e.g. a longer copy of the same data), it is aggregated afresh, once, and feeding continues
 * where it stopped: the new series must extend the old one. Per-bar updates are allocation-free and O(1) amortised
 * besides the ensembles' own work. Single-threaded.
 */
public final class MultiTimeframeRegime {
    private final RegimeEnsemble base;
    private final RegimeEnsemble higher;
    private final Timeframe higherTimeframe;
    private final BarSequence sequence = new BarSequence("multi-timeframe regime");

    private BarSeries source;
    private BarSeries higherBars;
    /** For higher bar j, the base bar index whose update closed it. */
    private int[] closedAt = new int[0];
    private int fed;

    /**
     * @param base            the ensemble for the bars themselves
     * @param higher          a separate ensemble (own detectors) for the higher timeframe
     * @param higherTimeframe the higher timeframe, a whole multiple of the bars' timeframe
     */
    public MultiTimeframeRegime(RegimeEnsemble base, RegimeEnsemble higher, Timeframe higherTimeframe) {
        if (base == null || higher == null || higherTimeframe == null) {
            throw new IllegalArgumentException("base ensemble, higher ensemble and higher timeframe are required");
        }
        if (base == higher) {
            throw new IllegalArgumentException("the higher timeframe needs its own ensemble instance");
        }
        this.base = base;
        this.higher = higher;
        this.higherTimeframe = higherTimeframe;
    }

    /**
     * Feeds bar {@code i} to the base ensemble, then every higher bar this bar closes to the higher ensemble.
     *
     * @throws IllegalArgumentException when bars are out of order, or the higher timeframe is not a multiple of the
     *                                  bars' timeframe, or the bars are off its grid
     */
    public void update(BarSeries bars, int i) {
        sequence.advance(i);
        if (bars != source) {
            aggregate(bars);
        }
        base.update(bars, i);
        while (fed < higherBars.size() && closedAt[fed] <= i) {
            higher.update(higherBars, fed);
            fed++;
        }
    }

    private void aggregate(BarSeries bars) {
        Recorder recorder = new Recorder(bars);
        BarAggregator aggregator = new BarAggregator(Timeframe.of(bars), higherTimeframe, recorder);
        for (int k = 0; k < bars.size(); k++) {
            recorder.at = k;
            aggregator.add(bars.timestamp(k), bars.open(k), bars.high(k), bars.low(k), bars.close(k), bars.volume(k));
        }
        BarSeries built = recorder.out.build(higherTimeframe.millis());
        if (built.size() < fed) {
            throw new IllegalArgumentException("series " + bars.instrument() + " has " + built.size()
                    + " closed " + higherTimeframe + " bars, fewer than the " + fed + " already fed");
        }
        source = bars;
        higherBars = built;
        closedAt = recorder.closedAt;
    }

    /** Collects closed higher bars and the base index that closed each. */
    private static final class Recorder implements ClosedBarListener {
        final BarSeries.Builder out;
        final int[] closedAt;
        int at;
        int count;

        Recorder(BarSeries bars) {
            this.out = new BarSeries.Builder(bars.instrument(), bars.size());
            this.closedAt = new int[bars.size()];
        }

        @Override
        public void onClosed(long timestamp, double open, double high, double low, double close, double volume,
                             int subBars, boolean complete) {
            out.add(timestamp, open, high, low, close, volume);
            closedAt[count++] = at;
        }
    }

    /** The ensemble of the bars' own timeframe. */
    public RegimeEnsemble base() {
        return base;
    }

    /** The ensemble of the higher timeframe (fed closed higher bars only). */
    public RegimeEnsemble higher() {
        return higher;
    }

    public Timeframe higherTimeframe() {
        return higherTimeframe;
    }

    /** Higher bars fed to the higher ensemble so far (all closed). */
    public int higherBarsFed() {
        return fed;
    }

    /** Open time of the last higher bar fed; empty before the first. */
    public Optional<Long> lastHigherBarTime() {
        return fed == 0 ? Optional.empty() : Optional.of(higherBars.timestamp(fed - 1));
    }

    /** Whether both ensembles are ready and publish the same regime. */
    public boolean aligned() {
        return base.isReady() && higher.isReady() && base.regimeOrdinal() == higher.regimeOrdinal();
    }

    /** The higher timeframe's published regime; empty before it is ready. */
    public Optional<Regime> higherRegime() {
        return higher.regime();
    }

    @Override
    public String toString() {
        return "MultiTimeframeRegime[higher " + higherTimeframe + ", " + fed + " higher bars fed]";
    }
}
