/**
 * An API Integrator connector that catalogs an OpenAPI 3 document.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';
