/**
 * Properties beans of the open metadata framework: external reference properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { RelationshipProperties } from './core-properties';
import type { ReferenceableProperties } from '../../data-manager/database-operations';

/** `ExternalReferenceLinkProperties`. @public */
export interface ExternalReferenceLinkProperties extends RelationshipProperties {
  /** Link id. */
  readonly linkId?: string;
  /** Link description. */
  readonly linkDescription?: string;
  /** Pages. */
  readonly pages?: string;
}

/** `ExternalReferenceProperties`. @public */
export interface ExternalReferenceProperties extends ReferenceableProperties {
  /** Local reference id. */
  readonly localReferenceId?: string;
  /** The name to show. */
  readonly displayName?: string;
  /** Link description. */
  readonly linkDescription?: string;
  /** The description of the resource. */
  readonly resourceDescription?: string;
  /** The URI (Egeria's getter `getURI()`, written as `uri`). */
  readonly uri?: string;
  /** The software version. */
  readonly version?: string;
  /** Organization. */
  readonly organization?: string;
}
