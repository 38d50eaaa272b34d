/**
 * Orders: their specification (type, time in force, flags), linked order lists (OCO, bracket), the total
 * order state machine, and fills.
 * Quantities are in base asset and always positive; the side gives the direction. Immutable and
 * thread-safe.
 */
package dev.kairos.model.order;
