package dev.kairos.app.report;

/**
 * One closed round-trip trade in the report's trade list.
 *
 * @param symbol     the instrument's display name
 * @param side       long or short
 * @param entryTime  epoch ms UTC of the entry fill
 * @param exitTime   epoch ms UTC of the exit fill, not before {@code entryTime}
 * @param quantity   size in the base asset, positive (the side carries the direction)
 * @param entryPrice average entry price, quote currency
 * @param exitPrice  average exit price, quote currency
 * @param pnl        realised profit or loss after fees, quote currency
 * @param fees       fees paid on the round trip, quote currency
 * @param exitReason why the trade was closed, e.g. {@code "stop loss"}; may be empty, never null
 */
public record TradeRow(String symbol, TradeSide side, long entryTime, long exitTime, double quantity,
                       double entryPrice, double exitPrice, double pnl, double fees, String exitReason) {
    /** Validates the fields. */
    public TradeRow {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("trade symbol must not be blank");
        }
        if (side == null || exitReason == null) {
            throw new IllegalArgumentException("trade side and exit reason must not be null: " + symbol);
        }
        if (exitTime < entryTime) {
            throw new IllegalArgumentException(
                    "trade exit time " + exitTime + " is before its entry time " + entryTime + ": " + symbol);
        }
        if (!(quantity > 0.0) || !Double.isFinite(quantity)) {
            throw new IllegalArgumentException("trade quantity must be positive and finite: " + quantity);
        }
        if (!Double.isFinite(entryPrice) || !Double.isFinite(exitPrice) || !Double.isFinite(pnl)
                || !Double.isFinite(fees)) {
            throw new IllegalArgumentException("trade prices, pnl and fees must be finite: " + symbol);
        }
    }
}
