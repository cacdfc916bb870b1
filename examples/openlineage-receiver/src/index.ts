/**
 * A Lineage Integrator connector that records OpenLineage run events as processes and lineage.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';
