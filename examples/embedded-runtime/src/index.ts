/**
 * A Node service that embeds the egeria-ts integration daemon and registers its own connector.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';
