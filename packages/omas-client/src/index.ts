/**
 * REST clients for the Egeria Open Metadata Access Services (OMAS) and out-topic event clients.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';
