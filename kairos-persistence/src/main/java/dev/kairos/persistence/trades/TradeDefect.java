package dev.kairos.persistence.trades;

/**
 * Why a trade row was rejected. A row gets only its first defect, checked in declaration order: layout,
 * timestamp, price, amount, side, the timestamp's unit, then time order.
 */
public enum TradeDefect {
    TOO_FEW_COLUMNS("no timestamp and price"),
    TOO_MANY_COLUMNS("more columns than the header"),
    BAD_TIMESTAMP("timestamp is not an integer (epoch ms)"),
    BAD_PRICE("price is not a number"),
    NOT_FINITE("NaN or infinite value"),
    NON_POSITIVE_PRICE("non-positive price"),
    BAD_AMOUNT("amount is not a number"),
    NEGATIVE_AMOUNT("negative amount"),
    BAD_SIDE("side is not buy or sell"),
    /** The timestamp's magnitude is of another {@link dev.kairos.persistence.csv.TimestampUnit} than the file's. */
    WRONG_TIMESTAMP_UNIT("timestamp in another unit than the file's"),
    OUT_OF_ORDER_TIMESTAMP("timestamp earlier than the previous row");

    private final String description;

    TradeDefect(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
