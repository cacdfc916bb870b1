/**
 * A kit for testing egeria-ts integration connectors against the emulator.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';
