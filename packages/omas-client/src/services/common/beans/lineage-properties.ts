/**
 * Properties beans of the open metadata framework: lineage properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { RelationshipProperties } from './core-properties';

/** `ControlFlowProperties`. @public */
export interface ControlFlowProperties extends RelationshipProperties {
  /** The unique name. */
  readonly qualifiedName?: string;
  /** A label. */
  readonly label?: string;
  /** A description. */
  readonly description?: string;
  /** Guard. */
  readonly guard?: string;
}

/** `DataFlowProperties`. @public */
export interface DataFlowProperties extends RelationshipProperties {
  /** The unique name. */
  readonly qualifiedName?: string;
  /** A label. */
  readonly label?: string;
  /** A description. */
  readonly description?: string;
  /** How the value is derived. */
  readonly formula?: string;
  /** The language of the formula. */
  readonly formulaType?: string;
}

/** `LineageMappingProperties`. @public */
export interface LineageMappingProperties extends RelationshipProperties {
  /** The unique name. */
  readonly qualifiedName?: string;
  /** A label. */
  readonly label?: string;
  /** A description. */
  readonly description?: string;
}

/** `ProcessCallProperties`. @public */
export interface ProcessCallProperties extends RelationshipProperties {
  /** The unique name. */
  readonly qualifiedName?: string;
  /** A label. */
  readonly label?: string;
  /** A description. */
  readonly description?: string;
  /** How the value is derived. */
  readonly formula?: string;
  /** The language of the formula. */
  readonly formulaType?: string;
}
