/**
 * The egeria-ts demo: the emulator and the daemon running the sample connectors (npm start).
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';
