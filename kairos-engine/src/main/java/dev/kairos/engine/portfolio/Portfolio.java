package dev.kairos.engine.portfolio;

import dev.kairos.engine.venue.PositionView;
import dev.kairos.model.Instrument;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.Account;
import dev.kairos.model.portfolio.ClosedTrade;
import dev.kairos.model.portfolio.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Positions, account and trades of a run. Instruments are addressed by their index in the run.
 * {@link #mark} and {@link #equity} are O(instruments) and allocation-free.
 *
 * <p>The accounting identity {@code equity − initial = realized + unrealized − fees − funding} holds
 * after every call.
 */
public final class Portfolio implements PositionView {
    private final Instrument[] instruments;
    private final Position[] positions;
    private final double[] mark;
    private final double[] unrealized;
    private final TradeTracker[] trades;
    private final Account account;
    private final List<ClosedTrade> closed = new ArrayList<>();

    public Portfolio(List<Instrument> instruments, double initialCapital) {
        this.instruments = instruments.toArray(Instrument[]::new);
        int n = this.instruments.length;
        this.positions = new Position[n];
        this.mark = new double[n];
        this.unrealized = new double[n];
        this.trades = new TradeTracker[n];
        for (int k = 0; k < n; k++) {
            positions[k] = new Position(this.instruments[k].id());
            mark[k] = Double.NaN;
            trades[k] = new TradeTracker();
        }
        this.account = new Account(initialCapital);
    }

    public Account account() {
        return account;
    }

    public Position position(int k) {
        return positions[k];
    }

    @Override
    public double positionQuantity(int k) {
        return positions[k].quantity();
    }

    /** Last mark price of instrument k; NaN before its first bar. */
    public double markPrice(int k) {
        return mark[k];
    }

    /** Marks instrument k to {@code price}. */
    public void mark(int k, double price) {
        mark[k] = price;
        unrealized[k] = positions[k].unrealizedPnl(price);
    }

    public double unrealizedPnl() {
        double u = 0;
        for (double x : unrealized) {
            u += x;
        }
        return u;
    }

    public double equity() {
        return account.equity(unrealizedPnl());
    }

    /** Sum of |position notional| at the marks. */
    public double grossExposure() {
        double g = 0;
        for (int k = 0; k < positions.length; k++) {
            if (!positions[k].isFlat()) {
                g += Math.abs(positions[k].notional(mark[k]));
            }
        }
        return g;
    }

    public boolean inMarket() {
        for (Position p : positions) {
            if (!p.isFlat()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies a fill of instrument k that happened during bar {@code barIndex}; returns the PnL it
     * realised (gross of fees). {@code exitReason} names why a closing fill happened.
     */
    public double apply(int k, Fill fill, int barIndex, String exitReason) {
        Position p = positions[k];
        double before = p.quantity();
        double realized = p.apply(fill.side(), fill.quantity(), fill.price(), fill.timestamp());
        account.onRealized(realized);
        account.onFee(fill.fee());
        trades[k].onFill(instruments[k], before, p.quantity(), fill, realized, barIndex, exitReason, closed);
        if (!Double.isNaN(mark[k])) {
            unrealized[k] = p.unrealizedPnl(mark[k]);
        } else {
            unrealized[k] = p.unrealizedPnl(fill.price());
        }
        return realized;
    }

    /** Funding paid by instrument k's position (negative = received). */
    public void applyFunding(double amount) {
        account.onFunding(amount);
    }

    public List<ClosedTrade> closedTrades() {
        return Collections.unmodifiableList(closed);
    }

    /** Builds round trips from fills. A fill through zero closes one trade and opens the next. */
    private static final class TradeTracker {
        private boolean open;
        private Side side;
        private long entryTime;
        private int entryBar;
        private double entryQty;
        private double entryNotional;
        private double exitQty;
        private double exitNotional;
        private double fees;
        private double realized;
        private double maxAbs;

        void onFill(Instrument ins, double before, double after, Fill f, double realizedPnl, int bar, String reason,
                    List<ClosedTrade> out) {
            double q = f.quantity();
            boolean adds = before == 0.0 || Math.signum(before) == f.side().sign();
            if (adds) {
                if (!open) {
                    start(f, bar);
                }
                entryQty += q;
                entryNotional += q * f.price();
                fees += f.fee();
                maxAbs = Math.max(maxAbs, Math.abs(after));
                return;
            }
            double closing = Math.min(q, Math.abs(before));
            double share = closing / q;
            exitQty += closing;
            exitNotional += closing * f.price();
            fees += f.fee() * share;
            realized += realizedPnl;
            if (after == 0.0 || Math.signum(after) != Math.signum(before)) {
                out.add(new ClosedTrade(ins.id(), side, entryTime, f.timestamp(), maxAbs, entryNotional / entryQty,
                        exitNotional / exitQty, realized - fees, fees, bar - entryBar, reason));
                open = false;
                if (after != 0.0) {
                    start(f, bar);
                    double rest = q - closing;
                    entryQty = rest;
                    entryNotional = rest * f.price();
                    fees = f.fee() * (1 - share);
                    maxAbs = Math.abs(after);
                }
            }
        }

        private void start(Fill f, int bar) {
            open = true;
            side = f.side();
            entryTime = f.timestamp();
            entryBar = bar;
            entryQty = 0;
            entryNotional = 0;
            exitQty = 0;
            exitNotional = 0;
            fees = 0;
            realized = 0;
            maxAbs = 0;
        }
    }
}
