/**
 * Properties beans of the open metadata framework: security properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { GovernanceDefinitionProperties } from './governance-properties';

/** `SecurityGroupProperties`. @public */
export interface SecurityGroupProperties extends GovernanceDefinitionProperties {
  /** Distinguished name. */
  readonly distinguishedName?: string;
}
