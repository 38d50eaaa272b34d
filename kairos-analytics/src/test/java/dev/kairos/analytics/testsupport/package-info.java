/**
 * Test support shared by the analytics tests: locating the shared data folder and measuring allocation.
 * Single-threaded test code; no state.
 */
package dev.kairos.analytics.testsupport;
