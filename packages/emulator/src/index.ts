/**
 * A local Egeria metadata access point: OMAS REST paths and out topic, for development and tests.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';
