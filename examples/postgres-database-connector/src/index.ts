/**
 * A Database Integrator connector that catalogs a PostgreSQL server.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';
