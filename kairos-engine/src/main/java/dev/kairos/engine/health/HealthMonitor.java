package dev.kairos.engine.health;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Event;
import dev.kairos.model.event.Signal;
import dev.kairos.model.market.BarCheck;
import dev.kairos.model.market.BarSeries;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scores the {@link HealthComponent}s from measured inputs and publishes an {@link Event.HealthUpdate} whenever a
 * score (as a whole number) changes. The overall score is the minimum of the scored components: the system is
 * as healthy as its weakest part. Fed by {@link #onBar} (every bar of every instrument) and by the venue and
 * signal events ({@link #onAccepted}, {@link #onRejected}, {@link #onFilled}, {@link #onSignal}); other parts
 * may {@link #reportError}. Every window is a fixed ring of primitives: O(instruments) per bar, allocation only
 * when publishing.
 */
public final class HealthMonitor {
    private static final int NOT_SCORED = Event.HealthUpdate.NOT_SCORED;

    private final HealthConfig config;
    private final InstrumentId[] ids;
    private final Consumer<? super Event> publish;
    private final int window;

    private final long[] lastOpen;
    private final long[] lastCloseTime;
    private final long[] interval;
    private final double[] lastClose;
    private final long[] bars;
    private final int[][] missing;
    private final int[] missingSum;
    private final int[] missingHead;
    private final int[] missingCount;
    /** Per instrument completeness score, recomputed when its bar arrives. */
    private final int[] complete;
    private long newestClose = Long.MIN_VALUE;
    private long newestInterval;

    private final long[][] pendingBar;
    private final double[][] pendingClose;
    private final int[][] pendingDirection;
    private final int[] pendingStart;
    private final int[] pendingSize;

    private final boolean[] hits;
    private int hitSum;
    private int outcomes;
    private int outcomeHead;

    private final boolean[] rejected;
    private int rejectedSum;
    private int responses;
    private int responseHead;

    private final double[] latency;
    private double latencySum;
    private int fills;
    private int latencyHead;

    private final int[] errors;
    private int errorSum;
    private int errorHead;
    private int reportedErrors;

    private int data = NOT_SCORED;
    private int venue = NOT_SCORED;
    private int errorScore = NOT_SCORED;
    private int signals = NOT_SCORED;
    private int overall = NOT_SCORED;
    private boolean published;
    private int publishedData;
    private int publishedVenue;
    private int publishedErrors;
    private int publishedSignals;

    private int minOverall = Integer.MAX_VALUE;
    private double sumOverall;
    private long scoredBars;

    /**
     * @param instruments the run's instruments, in engine order
     * @param publish     where {@link Event.HealthUpdate}s go (the bus)
     */
    public HealthMonitor(HealthConfig config, List<InstrumentId> instruments, Consumer<? super Event> publish) {
        this.config = config;
        this.ids = instruments.toArray(InstrumentId[]::new);
        this.publish = publish;
        this.window = config.windowBars();
        int n = ids.length;
        lastOpen = filled(n, Long.MIN_VALUE);
        lastCloseTime = filled(n, Long.MIN_VALUE);
        interval = new long[n];
        lastClose = new double[n];
        Arrays.fill(lastClose, Double.NaN);
        bars = new long[n];
        missing = new int[n][window];
        missingSum = new int[n];
        missingHead = new int[n];
        missingCount = new int[n];
        complete = new int[n];
        int pending = 4 * (config.signalHorizonBars() + 1);
        pendingBar = new long[n][pending];
        pendingClose = new double[n][pending];
        pendingDirection = new int[n][pending];
        pendingStart = new int[n];
        pendingSize = new int[n];
        hits = new boolean[window];
        rejected = new boolean[window];
        latency = new double[window];
        errors = new int[window];
    }

    private static long[] filled(int n, long v) {
        long[] a = new long[n];
        Arrays.fill(a, v);
        return a;
    }

    // ---------------------------------------------------------------------------------------------- inputs

    /** Bar {@code i} of instrument {@code k} closed; {@code now} is the engine clock. Rescores and maybe publishes. */
    public void onBar(int k, BarSeries s, int i, long now) {
        long open = s.timestamp(i);
        double c = s.close(i);
        int errorsNow = reportedErrors;
        reportedErrors = 0;
        boolean valid = BarCheck.isValid(s.open(i), s.high(i), s.low(i), c, s.volume(i));
        if (!valid) {
            errorsNow++;
        }
        long step = s.intervalMs();
        int gap = 0;
        if (lastOpen[k] != Long.MIN_VALUE) {
            if (open <= lastOpen[k]) {
                errorsNow++;
            } else if (step > 0 && open - lastOpen[k] > step) {
                gap = (int) Math.min(Integer.MAX_VALUE, (open - lastOpen[k]) / step - 1);
            }
        }
        if (pushMissing(k, gap)) {
            int received = missingCount[k];
            complete[k] = floor(100.0 * received / (received + missingSum[k]));
        }
        if (open > lastOpen[k]) {
            lastOpen[k] = open;
        }
        long close = s.closeTime(i);
        if (close > lastCloseTime[k]) {
            lastCloseTime[k] = close;
        }
        if (close >= newestClose) {
            newestClose = close;
            newestInterval = step;
        }
        interval[k] = step;
        if (valid) {
            lastClose[k] = c;
        }
        bars[k]++;
        if (pendingSize[k] > 0) {
            resolveSignals(k);
        }
        int evicted = errors[errorHead];
        if (errorsNow != evicted || errorScore == NOT_SCORED) {
            errorSum += errorsNow - evicted;
            errorScore = floor(100 * Math.max(0, 1 - (double) errorSum / config.maxErrors()));
        }
        errors[errorHead] = errorsNow;
        errorHead = errorHead + 1 == window ? 0 : errorHead + 1;
        rescore(now);
    }

    /** A fault seen elsewhere (e.g. a feed or venue adapter error); counted at the next bar. */
    public void reportError() {
        reportedErrors++;
    }

    public void onAccepted(Event.OrderAccepted e) {
        pushResponse(false);
    }

    public void onRejected(Event.OrderRejected e) {
        pushResponse(true);
    }

    public void onFilled(Event.OrderFilled e) {
        double ms = e.fill().latencyMs();
        if (!(ms >= 0) || !Double.isFinite(ms)) {
            return;
        }
        if (fills >= window) {
            latencySum -= latency[latencyHead];
        } else {
            fills++;
        }
        latency[latencyHead] = ms;
        latencySum += ms;
        latencyHead = latencyHead + 1 == window ? 0 : latencyHead + 1;
        venue = venueScore();
    }

    /** Remembers a LONG/SHORT signal at its instrument's latest close, to score once its horizon has passed. */
    public void onSignal(Signal s) {
        int k = index(s.instrument());
        if (k < 0 || s.direction() == Direction.FLAT || bars[k] == 0 || Double.isNaN(lastClose[k])) {
            return;
        }
        int cap = pendingBar[k].length;
        if (pendingSize[k] == cap) {
            // more signals than the horizon can hold: the oldest goes unscored
            pendingStart[k] = (pendingStart[k] + 1) % cap;
            pendingSize[k]--;
        }
        int at = (pendingStart[k] + pendingSize[k]) % cap;
        pendingBar[k][at] = bars[k];
        pendingClose[k][at] = lastClose[k];
        pendingDirection[k][at] = s.direction() == Direction.LONG ? 1 : -1;
        pendingSize[k]++;
    }

    // ---------------------------------------------------------------------------------------------- scores

    /** The overall score 0..100, or {@link Event.HealthUpdate#NOT_SCORED} before anything is scored. */
    public int overall() {
        return overall;
    }

    /** The score of one component, or {@link Event.HealthUpdate#NOT_SCORED}. */
    public int score(HealthComponent component) {
        return switch (component) {
            case DATA -> data;
            case VENUE -> venue;
            case ERRORS -> errorScore;
            case SIGNALS -> signals;
        };
    }

    /** Lowest overall score over the bars at which it was scored; NaN when never scored. */
    public double minOverall() {
        return scoredBars == 0 ? Double.NaN : minOverall;
    }

    /** Mean overall score over the bars at which it was scored; NaN when never scored. */
    public double meanOverall() {
        return scoredBars == 0 ? Double.NaN : sumOverall / scoredBars;
    }

    /** Combines the component scores (each kept up to date as its inputs arrive) and publishes on a change. */
    private void rescore(long now) {
        data = dataScore(now);
        int min = lowest(lowest(lowest(lowest(Integer.MAX_VALUE, data), venue), errorScore), signals);
        overall = min == Integer.MAX_VALUE ? NOT_SCORED : min;
        if (overall != NOT_SCORED) {
            if (overall < minOverall) {
                minOverall = overall;
            }
            sumOverall += overall;
            scoredBars++;
        }
        if (!published || data != publishedData || venue != publishedVenue || errorScore != publishedErrors
                || signals != publishedSignals) {
            published = true;
            publishedData = data;
            publishedVenue = venue;
            publishedErrors = errorScore;
            publishedSignals = signals;
            publish.accept(new Event.HealthUpdate(now, overall, data, venue, errorScore, signals));
        }
    }

    private static int lowest(int min, int score) {
        return score == NOT_SCORED ? min : Math.min(min, score);
    }

    private int dataScore(long now) {
        int score = NOT_SCORED;
        for (int k = 0; k < complete.length; k++) {
            if (bars[k] > 0 && (score == NOT_SCORED || complete[k] < score)) {
                score = complete[k];
            }
        }
        if (score == NOT_SCORED || newestInterval <= 0) {
            return score;
        }
        long age = now - newestClose;
        if (age <= newestInterval) {
            return score;
        }
        double fresh = Math.max(0, 100 * (3.0 * newestInterval - age) / (2.0 * newestInterval));
        return Math.min(score, floor(fresh));
    }

    private int venueScore() {
        int score = NOT_SCORED;
        if (responses > 0) {
            score = floor(100 * (1 - (double) rejectedSum / responses));
        }
        if (fills > 0) {
            double mean = latencySum / fills;
            int timely = mean <= config.latencyBudgetMs() ? 100 : floor(100 * config.latencyBudgetMs() / mean);
            score = score == NOT_SCORED ? timely : Math.min(score, timely);
        }
        return score;
    }

    /** Whole points, rounded down (scores are never negative; the epsilon absorbs 99.99999… from rounding). */
    private static int floor(double score) {
        return (int) (score + 1e-9);
    }

    // ---------------------------------------------------------------------------------------------- windows

    /** Adds a bar's missing-bar count to instrument k's window; returns whether the window's sums changed. */
    private boolean pushMissing(int k, int gap) {
        int head = missingHead[k];
        int evicted = 0;
        boolean grew = missingCount[k] < window;
        if (grew) {
            missingCount[k]++;
        } else {
            evicted = missing[k][head];
            missingSum[k] -= evicted;
        }
        missing[k][head] = gap;
        missingSum[k] += gap;
        missingHead[k] = head + 1 == window ? 0 : head + 1;
        return grew || evicted != gap || bars[k] == 0;
    }

    private void pushResponse(boolean wasRejected) {
        if (responses >= window) {
            rejectedSum -= rejected[responseHead] ? 1 : 0;
        } else {
            responses++;
        }
        rejected[responseHead] = wasRejected;
        rejectedSum += wasRejected ? 1 : 0;
        responseHead = responseHead + 1 == window ? 0 : responseHead + 1;
        venue = venueScore();
    }

    private void resolveSignals(int k) {
        int cap = pendingBar[k].length;
        while (pendingSize[k] > 0) {
            int at = pendingStart[k];
            if (bars[k] - pendingBar[k][at] < config.signalHorizonBars()) {
                return;
            }
            double move = lastClose[k] - pendingClose[k][at];
            boolean hit = pendingDirection[k][at] > 0 ? move > 0 : move < 0;
            if (outcomes >= window) {
                hitSum -= hits[outcomeHead] ? 1 : 0;
            } else {
                outcomes++;
            }
            hits[outcomeHead] = hit;
            hitSum += hit ? 1 : 0;
            outcomeHead = outcomeHead + 1 == window ? 0 : outcomeHead + 1;
            pendingStart[k] = at + 1 == cap ? 0 : at + 1;
            pendingSize[k]--;
            signals = outcomes >= config.minSignals() ? floor(100.0 * hitSum / outcomes) : NOT_SCORED;
        }
    }

    private int index(InstrumentId id) {
        for (int j = 0; j < ids.length; j++) {
            if (ids[j].equals(id)) {
                return j;
            }
        }
        return -1;
    }
}
