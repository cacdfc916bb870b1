/**
 * Properties beans of the open metadata framework: governance properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */

/** `GovernanceDefinitionProperties`. @public */
export interface GovernanceDefinitionProperties {
  /** The bean's type discriminator (filled in by the client when absent). */
  readonly class?: string;
  /** Type name. */
  readonly typeName?: string;
  /** Document identifier. */
  readonly documentIdentifier?: string;
  /** Additional properties. */
  readonly additionalProperties?: Readonly<Record<string, string>>;
  /** Extended properties. */
  readonly extendedProperties?: Readonly<Record<string, unknown>>;
  /** Title. */
  readonly title?: string;
  /** Summary. */
  readonly summary?: string;
  /** Description. */
  readonly description?: string;
  /** Scope. */
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
