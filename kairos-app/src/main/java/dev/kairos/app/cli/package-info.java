/**
 * The {@code kairos} command line (picocli). Exit codes: 0 ok, 1 internal error, 2 usage or config
 * error, 3 data error. Results go to stdout; progress, logs and errors to stderr.
 */
package dev.kairos.app.cli;
