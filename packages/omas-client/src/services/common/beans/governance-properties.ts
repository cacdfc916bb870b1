/**
 * Properties beans of the open metadata framework: governance properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */

/** `GovernanceDefinitionProperties`. @public */
export interface GovernanceDefinitionProperties {
  /** The bean's type discriminator (filled in by the client when absent). */
  readonly class?: string;
  /** An open metadata type name: the subtype to create, or the type to limit results to. */
  readonly typeName?: string;
  /** Document identifier. */
  readonly documentIdentifier?: string;
  /** Extra name-value pairs. */
  readonly additionalProperties?: Readonly<Record<string, string>>;
  /** Values of a subtype's own attributes. */
  readonly extendedProperties?: Readonly<Record<string, unknown>>;
  /** Title. */
  readonly title?: string;
  /** Summary. */
  readonly summary?: string;
  /** A description. */
  readonly description?: string;
  /** Where it applies. */
  readonly scope?: string;
  /** Domain identifier. */
  readonly domainIdentifier?: number;
  /** Priority. */
  readonly priority?: string;
  /** Implications. */
  readonly implications?: readonly string[];
  /** Outcomes. */
  readonly outcomes?: readonly string[];
  /** Results. */
  readonly results?: readonly string[];
}
