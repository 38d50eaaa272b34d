package dev.kairos.analytics.regime;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import dev.kairos.model.regime.ConfidenceLevel;
import dev.kairos.model.regime.Regime;
import dev.kairos.model.regime.RegimeConfidence;
import dev.kairos.model.regime.RegimeProbabilities;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Combines any detectors into one regime call with probabilities, a confidence with its factors, adaptive
 * weights and hysteresis. Name {@code ensemble}; it is itself a {@link RegimeDetector}, so an ensemble can be
 * evaluated, or nested, like any detector.
 *
 * <p><b>Pooling.</b> Every ready detector's four probabilities are read as three {@link RegimeFactors factors}:
 * trend share {@code T}, up share {@code U}, volatile share {@code H}. Per factor, the ensemble takes the weighted
 * mean of the detectors' log-odds and maps it back ({@code T = logistic(Σ w_k·logit(T_k) / Σ w_k)}, likewise
 * {@code U} and {@code H}), then {@code P = (T·U, T·(1−U), (1−T)·H, (1−T)·(1−H))}. A detector with no opinion on a
 * factor (0.5, log-odds 0) therefore adds nothing to it, and a detector of any kind (rule-based or fitted)
 * plugs in unchanged.
 *
 * <p><b>Weights</b> ({@link RegimeEnsembleConfig#weights()}). With {@code ACCURACY}, each detector's weight in a
 * factor is its measured skill there, in the current volatility bucket. Skill is scored only once the outcome is
 * known: the ensemble keeps every detector's factors of the last {@code h} bars in a ring, and at bar {@code t}
 * scores those of bar {@code t − h} against the <em>realised</em> outcome of bars {@code t − h .. t}: a trend
 * when {@code |ln(C_t / C_{t−h})| > trendThreshold · σ · √h} (σ the root mean square of the h log returns), up or
 * down by its sign; otherwise a range, volatile when σ ranks in the upper half of the last
 * {@code volatilityLookback} realised volatilities. The score of a factor call {@code p} for the realised side is
 * {@code max(−1, 1 + log2 p)}: bits above a coin flip (0 for a detector with no opinion, negative when wrong);
 * direction is scored only on realised trends and the kind of range only on realised ranges. Skills are
 * exponentially weighted means with time constant {@code accuracyMemoryBars}, per factor and per volatility
 * bucket of the call (the realised-volatility rank cut into {@code volatilityBuckets} equal parts). The same
 * ring scores each detector's and the ensemble's own regime against the realised regime (hit rates reported by
 * {@link #detectorAccuracy(int)} and used for {@link #historicalAccuracy()}).
 *
 * <p><b>Confidence</b> {@code = volatilityModifier · dataQuality · (0.4·agreement + 0.3·historicalAccuracy +
 * 0.3·boundaryDistance)}, each factor in [0, 1]:
 * <ul>
 *   <li>agreement: the weighted mean over ready detectors of {@code P_k(call) / max_r P_k(r)} (1 when every detector
 *       rates the ensemble's top regime as its own top);</li>
 *   <li>historical accuracy: the ensemble's own hit rate against realised outcomes in the current volatility bucket
 *       (starts at 0.5);</li>
 *   <li>data quality: the share of detectors ready with valid probabilities, times {@code 1 − penalty}, where the
 *       penalty jumps to 1 on a timestamp gap (a bar more than one interval after the previous one) or a detector
 *       whose probabilities are NaN or not a distribution, to 0.5 on a stale bar (flat, no volume, at the previous
 *       close), and decays by a factor 0.85 per bar;</li>
 *   <li>boundary distance: {@code (p1 − p2) / p1} for the two largest probabilities;</li>
 *   <li>volatility modifier: 1, falling linearly to 0.5 as the realised-volatility rank goes from 0.9 to 1.</li>
 * </ul>
 *
 * <p><b>Hysteresis.</b> The published {@link #regime()} is the first ready bar's most probable regime; after that a
 * different regime replaces it only once it has led the published one by at least {@code switchMargin} in
 * probability for {@code minDwellBars} consecutive bars.
 *
 * <p>Per bar: the detectors' updates plus O(K) work (O(K + log) with the volatility ranking), allocation-free.
 * Single-threaded.
 */
public final class RegimeEnsemble implements RegimeDetector, RegimeReading {
    /** The three factors, in the order of the skill arrays. */
    public enum Factor {
        /** Trend versus range. */
        TREND,
        /** Up versus down, within trends. */
        DIRECTION,
        /** Volatile versus quiet, within ranges. */
        VOLATILITY
    }

    private static final int FACTORS = 3;
    private static final double PRIOR_SKILL = 0.05;
    private static final double PENALTY_DECAY = 0.85;
    private static final List<Optional<Regime>> REGIMES = Arrays.stream(Regime.values()).map(Optional::of).toList();

    private final RegimeEnsembleConfig config;
    private final RegimeDetector[] detectors;
    private final int k;
    private final int h;
    private final int buckets;
    private final double alpha;
    private final BarSequence sequence = new BarSequence("ensemble");

    private final double[] scratch = new double[Regime.COUNT];
    private final double[][] current;
    private final boolean[] valid;
    private final double[] logitTrend;
    private final double[] logitUp;
    private final double[] logitVolatile;
    private final double[][] weights;
    /** Calls of the last h bars: factor probabilities and argmax per detector, slot = update number mod h. */
    private final double[] callTrend;
    private final double[] callUp;
    private final double[] callVolatile;
    private final int[] callRegime;
    private final int[] callBucket;
    private final int[] ensembleCall;
    /** Skill per detector, factor and bucket: index (detector · 3 + factor) · buckets + bucket. */
    private final double[] skill;
    private final double[] detectorHits;
    private final double[] ensembleHits;
    private final double[] returns;
    private final RollingPercentile realisedRanks;

    private final double[] probabilities = {0.25, 0.25, 0.25, 0.25};
    private long updates;
    private int returnCount;
    private int returnSlot;
    private double sumSquares;
    private double realisedVolatility = Double.NaN;
    private double volatilityRank = Double.NaN;
    private long lastTimestamp;
    private double previousClose;
    private double penalty;
    private int published = -1;
    private int candidate = -1;
    private int candidateBars;
    private boolean changed;
    private double agreement;
    private double historicalAccuracy;
    private double dataQuality;
    private double boundaryDistance;
    private double volatilityModifier = 1.0;
    private double score;

    /**
     * @param detectors the detectors to pool, at least one, each instance once; the ensemble updates them
     * @param config    pooling, scoring and hysteresis settings
     */
    public RegimeEnsemble(List<? extends RegimeDetector> detectors, RegimeEnsembleConfig config) {
        if (detectors == null || detectors.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one detector");
        }
        if (config == null) {
            throw new IllegalArgumentException("ensemble config is required");
        }
        Set<RegimeDetector> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (RegimeDetector d : detectors) {
            if (d == null) {
                throw new IllegalArgumentException("detector list contains null: " + detectors);
            }
            if (!seen.add(d)) {
                throw new IllegalArgumentException("detector " + d.name() + " is listed twice (same instance)");
            }
        }
        this.config = config;
        this.detectors = detectors.toArray(RegimeDetector[]::new);
        this.k = this.detectors.length;
        this.h = config.horizonBars();
        this.buckets = config.volatilityBuckets();
        this.alpha = 1.0 / config.accuracyMemoryBars();
        this.current = new double[k][Regime.COUNT];
        this.valid = new boolean[k];
        this.logitTrend = new double[k];
        this.logitUp = new double[k];
        this.logitVolatile = new double[k];
        this.weights = new double[FACTORS][k];
        this.callTrend = new double[k * h];
        this.callUp = new double[k * h];
        this.callVolatile = new double[k * h];
        this.callRegime = new int[k * h];
        Arrays.fill(callRegime, -1);
        this.callBucket = new int[h];
        this.ensembleCall = new int[h];
        Arrays.fill(ensembleCall, -1);
        this.skill = new double[k * FACTORS * buckets];
        Arrays.fill(skill, PRIOR_SKILL);
        this.detectorHits = new double[k];
        Arrays.fill(detectorHits, 0.5);
        this.ensembleHits = new double[buckets];
        Arrays.fill(ensembleHits, 0.5);
        this.returns = new double[h];
        this.realisedRanks = RollingPercentile.ofLogVolatility(config.volatilityLookback());
    }

    @Override
    public String name() {
        return "ensemble";
    }

    @Override
    public void update(BarSeries bars, int i) {
        sequence.advance(i);
        double close = bars.close(i);
        long timestamp = bars.timestamp(i);
        double bad = 0.0;
        if (updates > 0) {
            if (timestamp - lastTimestamp > bars.intervalMs()) {
                bad = 1.0;
            } else if (isStale(bars, i)) {
                bad = 0.5;
            }
        }
        int ready = 0;
        for (int d = 0; d < k; d++) {
            RegimeDetector detector = detectors[d];
            detector.update(bars, i);
            valid[d] = false;
            if (!detector.isReady()) {
                continue;
            }
            detector.probabilities(scratch);
            if (!RegimeFactors.isDistribution(scratch)) {
                bad = 1.0;
                continue;
            }
            System.arraycopy(scratch, 0, current[d], 0, Regime.COUNT);
            valid[d] = true;
            ready++;
        }
        penalty = Math.max(penalty * PENALTY_DECAY, bad);

        trackRealised(close);
        int bucket = bucketOf(volatilityRank);
        int slot = (int) (updates % h);
        if (updates >= h && !Double.isNaN(volatilityRank)) {
            score(Math.log(close / bars.close(i - h)), slot);
        }
        pool(ready, bucket);
        remember(slot, bucket);
        confidenceFactors(ready);
        if (ready > 0) {
            hysteresis();
        } else {
            changed = false;
        }
        ensembleCall[slot] = published;
        lastTimestamp = timestamp;
        previousClose = close;
        updates++;
    }

    /** A bar that did not trade: flat at the previous close with no volume. */
    private boolean isStale(BarSeries bars, int i) {
        double c = bars.close(i);
        return bars.volume(i) == 0.0 && bars.high(i) == bars.low(i) && c == previousClose;
    }

    private void trackRealised(double close) {
        if (updates == 0) {
            return;
        }
        double r = Math.log(close / previousClose);
        double old = returns[returnSlot];
        returns[returnSlot] = r;
        sumSquares += r * r - old * old;
        if (++returnSlot == h) {
            returnSlot = 0;
            double s = 0;
            for (double x : returns) {
                s += x * x;
            }
            sumSquares = s;
        }
        if (returnCount < h) {
            returnCount++;
        }
        if (returnCount == h) {
            realisedVolatility = Math.sqrt(Math.max(sumSquares, 0.0) / h);
            double logVol = Math.log(Math.max(realisedVolatility, 1e-12));
            realisedRanks.push(logVol);
            volatilityRank = realisedRanks.rank(logVol);
        }
    }

    private int bucketOf(double rank) {
        if (Double.isNaN(rank)) {
            return buckets / 2;
        }
        return Math.min(buckets - 1, (int) (rank * buckets));
    }

    /** Scores the calls of bar t − h (ring slot {@code slot}) against the realised outcome of bars t − h .. t. */
    private void score(double logReturn, int slot) {
        boolean trend = Math.abs(logReturn) > config.trendThreshold() * realisedVolatility * Math.sqrt(h);
        boolean up = logReturn > 0;
        boolean volatileRange = volatilityRank >= 0.5;
        int realised = trend ? (up ? 0 : 1) : (volatileRange ? 2 : 3);
        int b = callBucket[slot];
        for (int d = 0; d < k; d++) {
            int at = d * h + slot;
            if (callRegime[at] < 0) {
                continue;
            }
            int base = d * FACTORS * buckets + b;
            learn(base, bits(callTrend[at], trend));
            if (trend) {
                learn(base + buckets, bits(callUp[at], up));
            } else {
                learn(base + 2 * buckets, bits(callVolatile[at], volatileRange));
            }
            detectorHits[d] += alpha * ((callRegime[at] == realised ? 1.0 : 0.0) - detectorHits[d]);
        }
        if (ensembleCall[slot] >= 0) {
            ensembleHits[b] += alpha * ((ensembleCall[slot] == realised ? 1.0 : 0.0) - ensembleHits[b]);
        }
    }

    private void learn(int index, double x) {
        skill[index] += alpha * (x - skill[index]);
    }

    /** Log score in bits above a coin flip of a binary call {@code p} (probability of "yes"), floored at −1. */
    private static double bits(double p, boolean yes) {
        double q = RegimeFactors.clamp(yes ? p : 1.0 - p);
        return Math.max(-1.0, 1.0 + Math.log(q) * 1.4426950408889634);
    }

    private void pool(int ready, int bucket) {
        if (ready == 0) {
            Arrays.fill(probabilities, 0.25);
            return;
        }
        for (int d = 0; d < k; d++) {
            if (valid[d]) {
                double[] p = current[d];
                logitTrend[d] = RegimeFactors.logit(RegimeFactors.trendShare(p));
                logitUp[d] = RegimeFactors.logit(RegimeFactors.upShare(p));
                logitVolatile[d] = RegimeFactors.logit(RegimeFactors.volatileShare(p));
            }
        }
        double t = RegimeFactors.logistic(combine(Factor.TREND.ordinal(), logitTrend, bucket));
        double u = RegimeFactors.logistic(combine(Factor.DIRECTION.ordinal(), logitUp, bucket));
        double v = RegimeFactors.logistic(combine(Factor.VOLATILITY.ordinal(), logitVolatile, bucket));
        RegimeFactors.toProbabilities(t, u, v, probabilities);
    }

    /** The weighted mean log-odds of one factor; fills {@code weights[factor]} normalised over valid detectors. */
    private double combine(int factor, double[] logits, int bucket) {
        double[] w = weights[factor];
        double total = 0;
        for (int d = 0; d < k; d++) {
            double x = 0;
            if (valid[d]) {
                x = config.weights() == RegimeEnsembleConfig.WeightsMode.EQUAL ? 1.0
                        : Math.max(0.0, skill[(d * FACTORS + factor) * buckets + bucket]);
            }
            w[d] = x;
            total += x;
        }
        if (total <= 0) {
            total = 0;
            for (int d = 0; d < k; d++) {
                w[d] = valid[d] ? 1.0 : 0.0;
                total += w[d];
            }
        }
        double sum = 0;
        for (int d = 0; d < k; d++) {
            w[d] /= total;
            if (valid[d]) {
                sum += w[d] * logits[d];
            }
        }
        return sum;
    }

    private void remember(int slot, int bucket) {
        callBucket[slot] = bucket;
        for (int d = 0; d < k; d++) {
            int at = d * h + slot;
            if (!valid[d]) {
                callRegime[at] = -1;
                continue;
            }
            double[] p = current[d];
            callTrend[at] = RegimeFactors.trendShare(p);
            callUp[at] = RegimeFactors.upShare(p);
            callVolatile[at] = RegimeFactors.volatileShare(p);
            callRegime[at] = RegimeFactors.argmax(p);
        }
    }

    private void confidenceFactors(int ready) {
        volatilityModifier = Double.isNaN(volatilityRank) || volatilityRank <= 0.9 ? 1.0
                : 1.0 - 5.0 * (volatilityRank - 0.9);
        dataQuality = (double) ready / k * (1.0 - penalty);
        if (ready == 0) {
            agreement = 0;
            boundaryDistance = 0;
            historicalAccuracy = 0;
            score = 0;
            return;
        }
        int top = RegimeFactors.argmax(probabilities);
        double first = probabilities[top];
        double second = 0;
        for (int r = 0; r < Regime.COUNT; r++) {
            if (r != top && probabilities[r] > second) {
                second = probabilities[r];
            }
        }
        boundaryDistance = clamp01((first - second) / first);
        double agree = 0;
        double total = 0;
        for (int d = 0; d < k; d++) {
            if (!valid[d]) {
                continue;
            }
            double w = (weights[0][d] + weights[1][d] + weights[2][d]) / FACTORS;
            double[] p = current[d];
            agree += w * p[top] / p[RegimeFactors.argmax(p)];
            total += w;
        }
        agreement = total > 0 ? clamp01(agree / total) : 0.0;
        historicalAccuracy = clamp01(ensembleHits[bucketOf(volatilityRank)]);
        score = clamp01(volatilityModifier * dataQuality
                * (0.4 * agreement + 0.3 * historicalAccuracy + 0.3 * boundaryDistance));
    }

    private static double clamp01(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }

    private void hysteresis() {
        changed = false;
        int top = RegimeFactors.argmax(probabilities);
        if (published < 0) {
            published = top;
            changed = true;
            return;
        }
        if (top != published && probabilities[top] - probabilities[published] >= config.switchMargin()) {
            if (top == candidate) {
                candidateBars++;
            } else {
                candidate = top;
                candidateBars = 1;
            }
            if (candidateBars >= config.minDwellBars()) {
                published = top;
                changed = true;
                candidate = -1;
                candidateBars = 0;
            }
        } else {
            candidate = -1;
            candidateBars = 0;
        }
    }

    /** True once a regime is published (at least one detector was ready). */
    @Override
    public boolean isReady() {
        return published >= 0;
    }

    /** The published regime (after hysteresis); empty before ready. */
    public Optional<Regime> regime() {
        return published < 0 ? Optional.empty() : REGIMES.get(published);
    }

    /** Ordinal of the published regime; −1 before ready. */
    @Override
    public int regimeOrdinal() {
        return published;
    }

    /** Whether the last update changed the published regime (including the first publication). */
    public boolean changed() {
        return changed;
    }

    /** The pooled probability of {@code regime} (uniform before ready); not affected by hysteresis. */
    @Override
    public double probability(Regime regime) {
        return probabilities[regime.ordinal()];
    }

    @Override
    public void probabilities(double[] out) {
        System.arraycopy(probabilities, 0, out, 0, Regime.COUNT);
    }

    /** The confidence score in [0, 1]; 0 before ready. */
    @Override
    public double confidence() {
        return published < 0 ? 0.0 : score;
    }

    public double agreement() {
        return agreement;
    }

    public double historicalAccuracy() {
        return historicalAccuracy;
    }

    public double dataQuality() {
        return dataQuality;
    }

    public double boundaryDistance() {
        return boundaryDistance;
    }

    public double volatilityModifier() {
        return volatilityModifier;
    }

    /** Rank of the current realised volatility over the lookback, in [0, 1]; NaN for the first h bars. */
    public double volatilityRank() {
        return volatilityRank;
    }

    public int detectorCount() {
        return k;
    }

    public RegimeDetector detector(int index) {
        return detectors[index];
    }

    /** Detector {@code index}'s hit rate against realised outcomes (exponentially weighted, starts at 0.5). */
    public double detectorAccuracy(int index) {
        return detectorHits[index];
    }

    /** Detector {@code index}'s current weight in {@code factor}, normalised over the detectors (0 when not ready). */
    public double weight(int index, Factor factor) {
        return weights[factor.ordinal()][index];
    }

    /** Detector {@code index}'s measured skill in {@code factor} for the current volatility bucket, in bits. */
    public double skill(int index, Factor factor) {
        return skill[(index * FACTORS + factor.ordinal()) * buckets + bucketOf(volatilityRank)];
    }

    public RegimeEnsembleConfig config() {
        return config;
    }

    /** The pooled probabilities as a value (allocates; for publishing). */
    public RegimeProbabilities probabilitiesValue() {
        return RegimeProbabilities.of(probabilities);
    }

    /** The confidence with its factors as a value (allocates; for publishing). */
    public RegimeConfidence confidenceValue() {
        double s = confidence();
        return new RegimeConfidence(s, ConfidenceLevel.of(s), agreement, historicalAccuracy, dataQuality,
                boundaryDistance, volatilityModifier);
    }

    /**
     * The event to publish for the last update; empty before ready. Allocates: call it when publishing (e.g. only
     * when {@link #changed()} or on a schedule), not for every read.
     *
     * @param timestamp event time, epoch ms UTC (the engine clock: the close time of the bar)
     */
    public Optional<Event.RegimeUpdate> updateEvent(long timestamp, InstrumentId instrument, Timeframe timeframe) {
        if (published < 0) {
            return Optional.empty();
        }
        return Optional.of(new Event.RegimeUpdate(timestamp, instrument, timeframe, Regime.of(published),
                probabilitiesValue(), confidenceValue()));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("RegimeEnsemble[");
        for (int d = 0; d < k; d++) {
            b.append(d == 0 ? "" : ", ").append(detectors[d].name());
        }
        return b.append("; ").append(config).append(']').toString();
    }
}
