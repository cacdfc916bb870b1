/**
 * Properties beans of the open metadata framework: valid value properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { ReferenceableProperties } from '../../data-manager/database-operations';

/** `ValidValueProperties`. @public */
export interface ValidValueProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
  /** How it is used. */
  readonly usage?: string;
  /** Where it applies. */
  readonly scope?: string;
  /** Category. */
  readonly category?: string;
  /** Preferred value. */
  readonly preferredValue?: string;
  /** The data type, such as `string` or `INTEGER`. */
  readonly dataType?: string;
  /** True when the element should no longer be used. */
  readonly isDeprecated?: boolean;
  /** Is case sensitive. */
  readonly isCaseSensitive?: boolean;
}

/** `ValidValueSetProperties`. @public */
export interface ValidValueSetProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
  /** Category. */
  readonly category?: string;
  /** How it is used. */
  readonly usage?: string;
  /** Where it applies. */
  readonly scope?: string;
  /** Preferred value. */
  readonly preferredValue?: string;
  /** The data type, such as `string` or `INTEGER`. */
  readonly dataType?: string;
  /** Is case sensitive. */
  readonly isCaseSensitive?: boolean;
  /** True when the element should no longer be used. */
  readonly isDeprecated?: boolean;
}
