/**
 * Pre-trade risk: an ordered list of small {@link dev.kairos.engine.risk.PreTradeCheck}s, each passing
 * or denying an order with a reason, run by the {@link dev.kairos.engine.risk.RiskEngine}. Fails closed:
 * a check whose inputs are unknown, stale or not finite denies. Engine thread only.
 */
package dev.kairos.engine.risk;
