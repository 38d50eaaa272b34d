/**
 * Positions and the account. Money in quote currency, quantities in base asset (signed: long &gt; 0,
 * short &lt; 0). These are the engine's mutable accounting state: single-threaded, owned by the
 * engine thread; snapshots are immutable records.
 */
package dev.kairos.model.portfolio;
