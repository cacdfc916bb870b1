/**
 * The Analytics Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Data Science OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';
