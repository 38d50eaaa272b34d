package dev.kairos.persistence.csv;

import dev.kairos.model.market.BarCheck;

/**
 * Why a data row was rejected. A row gets only its first defect, checked in the declaration order:
 * layout, numbers, the {@link BarCheck} bar rules, the timestamp's unit, then time order.
 */
public enum RowDefect {
    WRONG_COLUMN_COUNT("wrong column count"),
    NON_NUMERIC("non-numeric field"),
    NOT_FINITE(BarCheck.Defect.NOT_FINITE.description()),
    NON_POSITIVE_PRICE(BarCheck.Defect.NON_POSITIVE_PRICE.description()),
    HIGH_BELOW_LOW(BarCheck.Defect.HIGH_BELOW_LOW.description()),
    OHLC_OUTSIDE_RANGE(BarCheck.Defect.OHLC_OUTSIDE_RANGE.description()),
    NEGATIVE_VOLUME(BarCheck.Defect.NEGATIVE_VOLUME.description()),
    /** The timestamp's magnitude is of another {@link TimestampUnit} than the file's. */
    WRONG_TIMESTAMP_UNIT("timestamp in another unit than the file's"),
    DUPLICATE_TIMESTAMP("duplicate timestamp"),
    OUT_OF_ORDER_TIMESTAMP("timestamp earlier than the previous row");

    private final String description;

    RowDefect(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The row defect for a bar rule; a new {@link BarCheck.Defect} fails compilation here until mapped. */
    public static RowDefect of(BarCheck.Defect defect) {
        return switch (defect) {
            case NOT_FINITE -> NOT_FINITE;
            case NON_POSITIVE_PRICE -> NON_POSITIVE_PRICE;
            case HIGH_BELOW_LOW -> HIGH_BELOW_LOW;
            case OHLC_OUTSIDE_RANGE -> OHLC_OUTSIDE_RANGE;
            case NEGATIVE_VOLUME -> NEGATIVE_VOLUME;
        };
    }
}
