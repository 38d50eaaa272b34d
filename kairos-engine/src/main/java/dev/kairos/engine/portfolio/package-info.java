/**
 * Portfolio accounting for a run: positions per instrument, the account, marks, and the closed-trade
 * list. Money in quote currency (one quote currency per run). Engine thread only.
 */
package dev.kairos.engine.portfolio;
