/**
 * Properties beans of the open metadata framework: valid value properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { ReferenceableProperties } from '../../data-manager/database-operations';

/** `ValidValueSetProperties`. @public */
export interface ValidValueSetProperties extends ReferenceableProperties {
  /** Display name. */
  readonly displayName?: string;
  /** Description. */
  readonly description?: string;
  /** Category. */
  readonly category?: string;
  /** Usage. */
  readonly usage?: string;
  /** Scope. */
  readonly scope?: string;
  /** Preferred value. */
  readonly preferredValue?: string;
  /** Data type. */
  readonly dataType?: string;
  /** Is case sensitive. */
  readonly isCaseSensitive?: boolean;
  /** Is deprecated. */
  readonly isDeprecated?: boolean;
}
