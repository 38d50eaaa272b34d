package dev.kairos.model.portfolio;

/**
 * Cash and cumulative costs of one account in its quote currency, margin style: a fill moves cash only
 * by the PnL it realises and the fee it pays; open positions add their unrealised PnL to equity. So
 * at every moment {@code equity − initial = realized + unrealized − fees − funding} holds exactly.
 *
 * <p>Mutable, single-threaded (engine thread).
 */
public final class Account {
    private final double initialCash;
    private double cash;
    private double realizedPnl;
    private double feesPaid;
    private double fundingPaid;

    public Account(double initialCash) {
        if (!(initialCash > 0) || !Double.isFinite(initialCash)) {
            throw new IllegalArgumentException("initial capital must be a positive number: " + initialCash);
        }
        this.initialCash = initialCash;
        this.cash = initialCash;
    }

    public double initialCash() {
        return initialCash;
    }

    /** Initial cash plus realised PnL minus fees and funding. */
    public double cash() {
        return cash;
    }

    public double realizedPnl() {
        return realizedPnl;
    }

    public double feesPaid() {
        return feesPaid;
    }

    public double fundingPaid() {
        return fundingPaid;
    }

    public void onRealized(double pnl) {
        realizedPnl += pnl;
        cash += pnl;
    }

    /** Fee paid (a negative fee is a rebate). */
    public void onFee(double fee) {
        feesPaid += fee;
        cash -= fee;
    }

    /** Funding paid (negative when received). */
    public void onFunding(double amount) {
        fundingPaid += amount;
        cash -= amount;
    }

    /** Equity given the total unrealised PnL of open positions. */
    public double equity(double unrealizedPnl) {
        return cash + unrealizedPnl;
    }
}
