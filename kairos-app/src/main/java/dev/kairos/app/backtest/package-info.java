/**
 * The backtest job as users run it: load the data files, run the engine with a journal, write the
 * report and the trade export, and summarise the result as JSON or a table. Runs on the calling thread.
 */
package dev.kairos.app.backtest;
