/**
 * Technical indicators, each in two forms that are tested to agree bit for bit.
 *
 * <p><b>Incremental form.</b> An {@link dev.kairos.analytics.indicator.Indicator} is fed one bar at a time:
 * {@link dev.kairos.analytics.indicator.SingleInputIndicator} from one double (usually the close),
 * {@link dev.kairos.analytics.indicator.HlcIndicator} from high, low and close,
 * {@link dev.kairos.analytics.indicator.BarIndicator} from the whole bar (time, OHLC, volume). Multi-output
 * indicators (MACD, Bollinger Bands, ADX, ...) expose {@code outputCount()}/{@code output(i)} and named
 * accessors; an output other than 0 may start before {@code lookback()} (ADX's DIs). Every update is O(1)
 * (amortised for rolling extremes, the regression slope and the z-score, which re-sum exactly every period;
 * CCI is O(period), since its mean deviation cannot be updated in O(1)) and allocates nothing: any window is a
 * ring buffer of primitive doubles allocated in the constructor. Until
 * {@link dev.kairos.analytics.indicator.Indicator#lookback()} inputs have been consumed the indicator is
 * warming up: {@code update} and {@code value()} return {@code NaN} and {@code isReady()} is false.
 * {@code reset()} returns it to that fresh state. Inputs must be finite: a NaN input poisons the state until
 * {@code reset()}, as in TA-Lib.
 *
 * <p><b>Batch form.</b> Each indicator class has a static {@code batch(...)} that maps whole input columns
 * ({@code double[]}, e.g. {@link dev.kairos.model.market.BarSeries#closes()}) to a new {@code double[]} of
 * the same length, {@code NaN} at indices {@code 0 .. lookback()-1}. Batch methods are pure and do the same
 * floating-point operations in the same order as the incremental form, so both give identical values.
 *
 * <p><b>Conventions.</b> TA-Lib's (0.4.0, unstable period 0): the first value is at index
 * {@code lookback()}, EMA is seeded with the SMA of its first {@code period} inputs, RSI and ATR use Wilder
 * smoothing seeded with simple averages, and the first true range is at index 1. Golden tests check every
 * indicator against TA-Lib's values in {@code ../shared/data/indicators/talib/}.
 *
 * <p><b>Arithmetic.</b> Values agree with TA-Lib's to 1e-9 relative error after warm-up (the golden tests, and
 * property tests against TA-Lib's Java build), not bit for bit: a division costs several multiplies, so a
 * division by a constant (the period, 3, {@code 100 / 7}, ...) is a multiply by its reciprocal computed once,
 * ULTOSC puts its three ratios over one denominator and ADX's two DIs share one {@code 100 / TR}. Where a
 * value is averaged again by a running sum (the slow stochastic's %K) TA-Lib's divisions are kept, since a
 * running sum's rounding residue is all of its value once its window holds only zeros (see
 * {@link dev.kairos.analytics.indicator.Sma}). Choices that follow the direction of the price (gains and
 * losses of RSI, MFI and OBV, ADX's directional moves, SAR's new extremes, the rolling highest and lowest)
 * are made with bit masks or conditional moves, not branches, which a random walk mispredicts. The
 * realised volatilities' logarithms of price ratios are an atanh series for ratios near 1 (more accurate
 * than {@code log(a / b)} there, and a third of its cost) and {@link java.lang.StrictMath#log} otherwise,
 * with plain multiplies and adds, so values are the same on every JVM and platform.
 *
 * <p><b>Units.</b> Moving averages, bands, channels, true range, ATR and VWAPs are in the units of their input
 * (quote currency for prices); RSI, ADX/DI, MFI, CCI, Ultimate Oscillator,
 * Stochastics (incl. StochRSI), Williams %R, Aroon are in points; MOM, MACD and the regression slope are in input
 * units; TRIX is in percent; the z-score has no unit; NATR, ROC and
 * Bollinger bandwidth in percent; OBV, A/D and ADOSC in volume units; CMF, %B and realised volatilities are
 * fractions.
 *
 * <p><b>Zero tests.</b> Where TA-Lib treats values within a fixed threshold (1e-8, or 1 for MFI) as zero,
 * Kairos tests for exact zero, so low-priced coins keep real values; a window of identical inputs gives
 * exactly 0 rather than a rounding residue. Each class says where this departs from TA-Lib.
 *
 * <p><b>Threading.</b> Incremental indicators are mutable and not thread-safe: one owner thread (the
 * engine thread) updates and reads each instance. The static batch methods are thread-safe.
 *
 * <p><b>Adding an indicator.</b> Implement the interface for its input shape (add a new permitted shape to
 * {@link dev.kairos.analytics.indicator.Indicator}, e.g. high-low-close-volume, when one is needed), give
 * the class a static {@code batch}, state its convention and lookback in Javadoc, and add it to the golden
 * and the batch-equals-incremental tests.
 */
package dev.kairos.analytics.indicator;
