/**
 * Typed configuration: the YAML file and the command-line options merged into validated settings
 * records. Unknown keys are errors; every problem is collected and reported at once, each naming its
 * option or key. Immutable once resolved.
 */
package dev.kairos.app.config;
