package dev.kairos.model.portfolio;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.order.Side;

/**
 * A round trip: from a flat position to flat again (or to a reversal).
 *
 * @param side       {@code BUY} for a long trade, {@code SELL} for a short trade
 * @param entryTime  time of the first entry fill, epoch ms UTC
 * @param exitTime   time of the fill that closed it
 * @param quantity   largest absolute position size reached during the trade (base asset)
 * @param entryPrice volume-weighted average entry price
 * @param exitPrice  volume-weighted average exit price
 * @param pnl        realised PnL net of the trade's fees (entry and exit)
 * @param fees       fees paid by the trade's fills
 * @param bars       number of bars the trade was open (exit bar index − entry bar index)
 * @param exitReason why it closed, e.g. {@code signal}, {@code stop}, {@code end_of_data}
 */
public record ClosedTrade(InstrumentId instrument, Side side, long entryTime, long exitTime, double quantity,
                          double entryPrice, double exitPrice, double pnl, double fees, int bars,
                          String exitReason) {
    public ClosedTrade {
        if (instrument == null || side == null || exitReason == null) {
            throw new IllegalArgumentException("trade fields must not be null");
        }
        if (exitTime < entryTime) {
            throw new IllegalArgumentException("trade exits before it enters: " + entryTime + " > " + exitTime);
        }
    }

    public boolean isWin() {
        return pnl > 0;
    }
}
