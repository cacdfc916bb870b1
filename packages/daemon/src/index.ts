/**
 * The egeria-ts integration daemon runtime: configuration, discovery, lifecycle, scheduling and REST admin API.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';
