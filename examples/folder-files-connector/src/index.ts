/**
 * A Files Integrator connector that catalogs a folder tree and keeps it current.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';
