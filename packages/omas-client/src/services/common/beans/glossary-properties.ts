/**
 * Properties beans of the open metadata framework: glossary properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { RelationshipProperties } from './core-properties';
import type { GlossaryTermRelationshipStatus } from './enums';
import type { ReferenceableProperties } from '../../data-manager/database-operations';

/** `GlossaryCategoryProperties`. @public */
export interface GlossaryCategoryProperties extends ReferenceableProperties {
  /** Display name. */
  readonly displayName?: string;
  /** Description. */
  readonly description?: string;
}

/** `GlossaryProperties`. @public */
export interface GlossaryProperties extends ReferenceableProperties {
  /** Display name. */
  readonly displayName?: string;
  /** Description. */
  readonly description?: string;
  /** Language. */
  readonly language?: string;
  /** Usage. */
  readonly usage?: string;
}

/** `GlossaryTermCategorization`. @public */
export interface GlossaryTermCategorization extends RelationshipProperties {
  /** Description. */
  readonly description?: string;
  /** Status. */
  readonly status?: GlossaryTermRelationshipStatus;
}

/** `GlossaryTermProperties`. @public */
export interface GlossaryTermProperties extends ReferenceableProperties {
  /** Display name. */
  readonly displayName?: string;
  /** Summary. */
  readonly summary?: string;
  /** Description. */
  readonly description?: string;
  /** Examples. */
  readonly examples?: string;
  /** Abbreviation. */
  readonly abbreviation?: string;
  /** Usage. */
  readonly usage?: string;
  /** Publish version identifier. */
  readonly publishVersionIdentifier?: string;
}

/** `GlossaryTermRelationship`. @public */
export interface GlossaryTermRelationship extends RelationshipProperties {
  /** Expression. */
  readonly expression?: string;
  /** Description. */
  readonly description?: string;
  /** Status. */
  readonly status?: GlossaryTermRelationshipStatus;
  /** Steward. */
  readonly steward?: string;
  /** Source. */
  readonly source?: string;
}
