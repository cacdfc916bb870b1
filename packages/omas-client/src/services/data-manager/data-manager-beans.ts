/**
 * Beans of the Data Manager OMAS itself (its own rest and properties packages), as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { TemplateProperties } from './database-operations';

/** `TemplateRequestBody`. @public */
export interface DataManagerTemplateRequestBody extends TemplateProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
  /** The GUID of the parent element to attach the new element to. */
  readonly parentGUID?: string;
}
