/**
 * Pre-trade risk: an ordered list of small {@link dev.kairos.engine.risk.PreTradeCheck}s, each passing or
 * denying an order with a reason, run by the {@link dev.kairos.engine.risk.RiskEngine}, which records every
 * verdict (one {@code RiskChecked} event per order). Fails closed: a check whose inputs are unknown, stale or
 * not finite denies. The kill switch ({@link dev.kairos.engine.risk.TradingState}) and its circuit breakers,
 * the daily loss cap, cooldowns and the VaR inputs live in {@link dev.kairos.engine.risk.RiskState}; exposure
 * is the worst case over working orders ({@link dev.kairos.engine.risk.Exposure}), and orders that do not
 * increase it are never stopped by an exposure, loss, cooldown, VaR or health limit.
 *
 * <p>Units: money in quote currency, exposure limits as multiples of equity, loss and VaR limits as fractions,
 * times epoch ms UTC of the engine clock, periods in bars. Engine thread only; checks are O(1) or
 * O(instruments) (the VaR check O(instruments × window)) and allocate only when they deny.
 */
package dev.kairos.engine.risk;
