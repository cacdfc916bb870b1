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
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
}

/** `GlossaryProperties`. @public */
export interface GlossaryProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
  /** Language. */
  readonly language?: string;
  /** How it is used. */
  readonly usage?: string;
}

/** `GlossaryTermCategorization`. @public */
export interface GlossaryTermCategorization extends RelationshipProperties {
  /** A description. */
  readonly description?: string;
  /** Status. */
  readonly status?: GlossaryTermRelationshipStatus;
}

/** `GlossaryTermProperties`. @public */
export interface GlossaryTermProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** Summary. */
  readonly summary?: string;
  /** A description. */
  readonly description?: string;
  /** Examples. */
  readonly examples?: string;
  /** Abbreviation. */
  readonly abbreviation?: string;
  /** How it is used. */
  readonly usage?: string;
  /** Publish version identifier. */
  readonly publishVersionIdentifier?: string;
}

/** `GlossaryTermRelationship`. @public */
export interface GlossaryTermRelationship extends RelationshipProperties {
  /** Expression. */
  readonly expression?: string;
  /** A description. */
  readonly description?: string;
  /** Status. */
  readonly status?: GlossaryTermRelationshipStatus;
  /** Steward. */
  readonly steward?: string;
  /** Where the information came from. */
  readonly source?: string;
}
