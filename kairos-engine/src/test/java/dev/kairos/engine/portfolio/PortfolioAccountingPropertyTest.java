package dev.kairos.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.ClosedTrade;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded randomised properties of the accounting: random fills on both sides (adds, partial reductions,
 * exact closes and reversals through zero), random marks and funding, on two instruments.
 *
 * <p>The reference is a separate, simple average-cost (FIFO-free) book: quantities in whole lots (exact
 * integers), the cost basis of the open lots and the realised PnL in exact decimals; a reduction takes its
 * pro-rata share of the cost basis. Two identities that need no position algorithm at all are checked as
 * well: conservation of money, {@code realized = −Σ side·qty·price + quantity × average}, and equity from
 * cash flows alone, {@code initial − Σ side·qty·price + Σ quantity × mark − fees − funding}.
 */
class PortfolioAccountingPropertyTest {
    private static final double INITIAL = 100_000;
    private static final double LOT = 0.001;
    private static final int STEPS = 2_000;
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final Instrument[] INSTRUMENTS = {Bars.instrument("AAA-USD"), Bars.instrument("BBB-USD")};

    /**
     * The reference state of one instrument: integer lots, and the cost basis, realised PnL and cash flow
     * in exact decimal arithmetic (prices are on the 0.01 tick, quantities whole lots of 0.001).
     */
    private static final class Ref {
        long lots;                                   // signed position, in lots
        BigDecimal cost = BigDecimal.ZERO;           // what the open lots cost (≥ 0)
        BigDecimal realized = BigDecimal.ZERO;
        BigDecimal cashFlow = BigDecimal.ZERO;       // −Σ side · qty · price over all fills
        long legLots;                                // lots opened or added in the current round trip
        BigDecimal legNotional = BigDecimal.ZERO;
        long tradeMaxLots;
        double mark;
        double fees;
        final List<double[]> closedLegs = new ArrayList<>(); // {side sign, entry VWAP, max lots}

        double quantity() {
            return lots * LOT;
        }

        double average() {
            return lots == 0 ? 0.0 : cost.divide(qty(Math.abs(lots)), MC).doubleValue();
        }

        double realized() {
            return realized.doubleValue();
        }

        double cashFlow() {
            return cashFlow.doubleValue();
        }

        double unrealized() {
            return lots == 0 ? 0.0 : qty(lots).multiply(BigDecimal.valueOf(mark)).subtract(
                    cost.multiply(BigDecimal.valueOf(Long.signum(lots)))).doubleValue();
        }

        private static BigDecimal qty(long lots) {
            return BigDecimal.valueOf(lots).movePointLeft(3);
        }

        void apply(int sign, long x, double price) {
            BigDecimal p = BigDecimal.valueOf(price);
            cashFlow = cashFlow.subtract(qty(sign * x).multiply(p));
            if (lots == 0 || Long.signum(lots) == sign) {
                cost = cost.add(qty(x).multiply(p));
                legLots += x;
                legNotional = legNotional.add(qty(x).multiply(p));
                lots += sign * x;
                tradeMaxLots = Math.max(tradeMaxLots, Math.abs(lots));
                return;
            }
            long open = Math.abs(lots);
            long closing = Math.min(x, open);
            BigDecimal closedCost = cost.multiply(BigDecimal.valueOf(closing)).divide(BigDecimal.valueOf(open), MC);
            BigDecimal pnl = qty(closing).multiply(p).subtract(closedCost).multiply(BigDecimal.valueOf(Long.signum(lots)));
            realized = realized.add(pnl);
            cost = cost.subtract(closedCost);
            if (x < open) {
                lots += sign * x;
                return;
            }
            closedLegs.add(new double[] {Long.signum(lots),
                legNotional.divide(qty(legLots), MC).doubleValue(), tradeMaxLots});
            long rest = x - open;
            lots = sign * rest;
            cost = qty(rest).multiply(p);
            legLots = rest;
            legNotional = cost;
            tradeMaxLots = rest;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1_234, 99_991, 2_024_0101, -5})
    void accountingIdentityAndReferenceHoldAfterEveryStep(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Portfolio p = new Portfolio(List.of(INSTRUMENTS), INITIAL);
        Ref[] ref = {new Ref(), new Ref()};
        double funding = 0;
        long t = Bars.T0;
        for (int k = 0; k < 2; k++) {
            ref[k].mark = 50 + rnd.nextInt(100);
            p.mark(k, ref[k].mark);
        }
        for (int step = 0; step < STEPS; step++) {
            int k = rnd.nextInt(2);
            Ref r = ref[k];
            int action = rnd.nextInt(10);
            t += 1_000;
            if (action < 7) {
                // a fill near the mark, on a tick
                double price = Math.max(0.01, Math.rint(r.mark * (1 + 0.02 * (rnd.nextDouble() - 0.5)) * 100) / 100);
                int kind = rnd.nextInt(5);
                int sign;
                long x;
                long open = Math.abs(r.lots);
                if (open == 0 || kind == 0) {            // random side, random size
                    sign = rnd.nextBoolean() ? 1 : -1;
                    x = 1 + rnd.nextLong(5_000);
                } else if (kind == 1) {                  // add
                    sign = Long.signum(r.lots);
                    x = 1 + rnd.nextLong(3_000);
                } else if (kind == 2) {                  // partial reduction
                    sign = -Long.signum(r.lots);
                    x = open == 1 ? 1 : 1 + rnd.nextLong(open - 1);
                } else if (kind == 3) {                  // exact close
                    sign = -Long.signum(r.lots);
                    x = open;
                } else {                                 // reversal through zero
                    sign = -Long.signum(r.lots);
                    x = open + 1 + rnd.nextLong(4_000);
                }
                double qty = x * LOT;
                // fee between a 2 bps rebate and 10 bps
                double fee = qty * price * (rnd.nextDouble() * 12 - 2) / 10_000;
                Side side = sign > 0 ? Side.BUY : Side.SELL;
                double realizedBefore = p.position(k).realizedPnl();
                double refRealizedBefore = r.realized();
                double realized = p.apply(k, new Fill(ClientOrderId.sequence(step), INSTRUMENTS[k].id(), side, qty,
                        price, fee, Fill.Liquidity.TAKER, t, price, 0, 0), step, "signal");
                r.apply(sign, x, price);
                r.fees += fee;
                assertThat(realized).as("step %d: realised by the fill", step)
                        .isCloseTo(r.realized() - refRealizedBefore, within(tol(r)));
                assertThat(p.position(k).realizedPnl() - realizedBefore).isCloseTo(realized, within(1e-12));
            } else if (action < 9) {
                r.mark = Math.max(0.01, Math.rint(r.mark * (1 + 0.05 * rnd.nextGaussian()) * 100) / 100);
                p.mark(k, r.mark);
            } else {
                double amount = (rnd.nextDouble() - 0.4) * 5;
                p.applyFunding(amount);
                funding += amount;
            }
            check(p, ref, funding, seed, step);
        }
        // close everything: then the closed trades account for every realised unit and every fee
        for (int k = 0; k < 2; k++) {
            Ref r = ref[k];
            if (r.lots != 0) {
                int sign = -Long.signum(r.lots);
                long x = Math.abs(r.lots);
                double fee = x * LOT * r.mark * 0.001;
                p.apply(k, new Fill(new ClientOrderId("close-" + k), INSTRUMENTS[k].id(),
                        sign > 0 ? Side.BUY : Side.SELL, x * LOT, r.mark, fee, Fill.Liquidity.TAKER, t + 1, r.mark,
                        0, 0), STEPS, "end_of_data");
                r.apply(sign, x, r.mark);
                r.fees += fee;
            }
        }
        check(p, ref, funding, seed, STEPS);
        assertThat(p.inMarket()).isFalse();
        var a = p.account();
        List<ClosedTrade> trades = p.closedTrades();
        double scale = scale(ref);
        assertThat(trades.stream().mapToDouble(ClosedTrade::pnl).sum())
                .as("Σ trade pnl = realised − fees when flat").isCloseTo(a.realizedPnl() - a.feesPaid(), within(scale));
        assertThat(trades.stream().mapToDouble(ClosedTrade::fees).sum()).isCloseTo(a.feesPaid(), within(scale));
        for (int k = 0; k < 2; k++) {
            int kk = k;
            List<ClosedTrade> mine = trades.stream().filter(tr -> tr.instrument().equals(INSTRUMENTS[kk].id()))
                    .toList();
            List<double[]> legs = ref[k].closedLegs;
            assertThat(mine).as("trades of instrument %d", k).hasSize(legs.size());
            for (int i = 0; i < legs.size(); i++) {
                ClosedTrade tr = mine.get(i);
                double[] leg = legs.get(i);
                assertThat(tr.side()).isEqualTo(leg[0] > 0 ? Side.BUY : Side.SELL);
                assertThat(tr.entryPrice()).as("trade %d entry VWAP", i)
                        .isCloseTo(leg[1], within(1e-9 * leg[1]));
                assertThat(tr.quantity()).as("trade %d max size", i).isCloseTo(leg[2] * LOT, within(1e-9));
                assertThat(tr.exitTime()).isGreaterThanOrEqualTo(tr.entryTime());
            }
        }
    }

    /** Absolute tolerance: 1e-9 relative to the money that went through the account. */
    private static double scale(Ref[] ref) {
        double s = INITIAL;
        for (Ref r : ref) {
            s = Math.max(s, Math.abs(r.cashFlow()));
        }
        return 1e-9 * s;
    }

    private static double tol(Ref r) {
        return 1e-9 * Math.max(INITIAL, Math.abs(r.cashFlow()));
    }

    private static void check(Portfolio p, Ref[] ref, double funding, long seed, int step) {
        var a = p.account();
        double tol = scale(ref);
        String at = "seed " + seed + " step " + step;
        // the identity, as the portfolio reports it
        assertThat(p.equity() - a.initialCash()).as("identity at %s", at)
                .isCloseTo(a.realizedPnl() + p.unrealizedPnl() - a.feesPaid() - a.fundingPaid(),
                        within(1e-9 * INITIAL));
        // and against the reference
        double realized = 0;
        double unrealized = 0;
        double fees = 0;
        double equity = INITIAL - funding;
        for (int k = 0; k < ref.length; k++) {
            Ref r = ref[k];
            var pos = p.position(k);
            assertThat(pos.quantity()).as("quantity %d at %s", k, at).isCloseTo(r.quantity(), within(1e-9));
            assertThat(pos.isFlat()).as("flat %d at %s", k, at).isEqualTo(r.lots == 0);
            assertThat(pos.averagePrice()).as("average %d at %s", k, at)
                    .isCloseTo(r.average(), within(1e-9 * Math.max(1, r.average())));
            assertThat(pos.realizedPnl()).as("realised %d at %s", k, at).isCloseTo(r.realized(), within(tol));
            assertThat(r.realized()).as("conservation of money %d at %s", k, at)
                    .isCloseTo(r.cashFlow() + r.quantity() * r.average(), within(tol));
            realized += r.realized();
            unrealized += r.unrealized();
            fees += r.fees;
            equity += r.cashFlow() + r.quantity() * r.mark - r.fees;
        }
        assertThat(a.realizedPnl()).as("account realised at %s", at).isCloseTo(realized, within(tol));
        assertThat(a.feesPaid()).isCloseTo(fees, within(tol));
        assertThat(a.fundingPaid()).isCloseTo(funding, within(1e-9 * INITIAL));
        assertThat(p.unrealizedPnl()).as("unrealised at %s", at).isCloseTo(unrealized, within(tol));
        assertThat(p.equity()).as("equity from cash flows at %s", at).isCloseTo(equity, within(tol));
        assertThat(p.equity() - INITIAL).as("identity from the reference at %s", at)
                .isCloseTo(realized + unrealized - fees - funding, within(tol));
    }
}
