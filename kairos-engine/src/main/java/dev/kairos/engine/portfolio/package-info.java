/**
 * Portfolio accounting for a run: positions per instrument, the account, marks, the closed-trade list,
 * and the {@link dev.kairos.engine.portfolio.FundingSchedule} that charges perpetual funding at its funding
 * times. Money in quote currency (one quote currency per run); times in epoch ms UTC; funding rates are
 * fractions per funding interval. Engine thread only.
 */
package dev.kairos.engine.portfolio;
