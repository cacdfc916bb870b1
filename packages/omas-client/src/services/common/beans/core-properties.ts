/**
 * Properties beans of the open metadata framework (`frameworks.openmetadata.properties`), as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { EgeriaDateInput } from '../../data-manager/database-operations';

/** `ArchiveProperties`. @public */
export interface ArchiveProperties {
  /** Archive date. */
  readonly archiveDate?: EgeriaDateInput;
  /** Archive process. */
  readonly archiveProcess?: string;
  /** Archive properties. */
  readonly archiveProperties?: Readonly<Record<string, string>>;
}

/** `ClassificationProperties`. @public */
export interface ClassificationProperties {
  /** The bean's type discriminator (filled in by the client when absent). */
  readonly class?: string;
  /** When the element or relationship becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element or relationship stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** Values of a subtype's own attributes. */
  readonly extendedProperties?: Readonly<Record<string, unknown>>;
}

/** `RelationshipProperties`. @public */
export interface RelationshipProperties {
  /** The bean's type discriminator (filled in by the client when absent). */
  readonly class?: string;
  /** When the element or relationship becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element or relationship stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** Values of a subtype's own attributes. */
  readonly extendedProperties?: Readonly<Record<string, unknown>>;
}
