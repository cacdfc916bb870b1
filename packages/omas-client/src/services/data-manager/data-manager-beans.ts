/**
 * Beans of the Data Manager OMAS itself (its own rest and properties packages), as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { TemplateProperties } from './database-operations';

/** `TemplateRequestBody`. @public */
export interface DataManagerTemplateRequestBody extends TemplateProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
  /** Parent GUID. */
  readonly parentGUID?: string;
}
