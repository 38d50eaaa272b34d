package dev.kairos.persistence.resample;

/** Which higher-timeframe buckets a resampling keeps. */
public enum BucketPolicy {
    /**
     * Only buckets with every input bar present (six 4h bars in a day): a day with a gap, or the partial
     * first and last day of a file, is dropped and counted.
     */
    COMPLETE_ONLY,
    /** Every bucket with at least one input bar; partial buckets are counted. */
    KEEP_PARTIAL
}
