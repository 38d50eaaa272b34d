/** The application: entry point and mode wiring. */
package dev.kairos.app;
