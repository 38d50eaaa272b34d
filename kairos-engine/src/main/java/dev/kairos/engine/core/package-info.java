/**
 * The trading engine: the life of a bar (DESIGN §1) for any mode. It owns the portfolio, turns strategy
 * signals into orders through sizing and risk checks, sends them to an execution client and applies
 * the fills that come back. Single-threaded: everything runs on the engine thread, in bar order.
 */
package dev.kairos.engine.core;
