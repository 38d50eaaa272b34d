package dev.kairos.persistence.csv;

/** What a reader does with malformed rows. Either way every malformed row is counted in the report. */
public enum BadRowPolicy {
    /** Leave malformed rows out of the series and count them in the report. */
    SKIP,
    /** Read to the end, then fail with a {@link DataFileException} listing every kind of defect found. */
    FAIL
}
