/**
 * Properties beans of the open metadata framework: actor properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { RelationshipProperties } from './core-properties';
import type { ContactMethodType } from './enums';
import type { EgeriaDateInput, ReferenceableProperties } from '../../data-manager/database-operations';

/** `ActorProfileProperties`. @public */
export interface ActorProfileProperties extends ReferenceableProperties {
  /** Known name. */
  readonly knownName?: string;
  /** A description. */
  readonly description?: string;
}

/** `AppointmentProperties`. @public */
export interface AppointmentProperties {
  /** When the element or relationship becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element or relationship stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** True when the relationship is visible to everyone. */
  readonly isPublic?: boolean;
}

/** `ContactMethodProperties`. @public */
export interface ContactMethodProperties {
  /** A name. */
  readonly name?: string;
  /** Contact type. */
  readonly contactType?: string;
  /** Contact method type. */
  readonly contactMethodType?: ContactMethodType;
  /** Contact method service. */
  readonly contactMethodService?: string;
  /** Contact method value. */
  readonly contactMethodValue?: string;
  /** When the element or relationship becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element or relationship stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** An open metadata type name: the subtype to create, or the type to limit results to. */
  readonly typeName?: string;
  /** Values of a subtype's own attributes. */
  readonly extendedProperties?: Readonly<Record<string, unknown>>;
}

/** `ContributionRecord`. @public */
export interface ContributionRecord extends ReferenceableProperties {
  /** Karma points. */
  readonly karmaPoints?: number;
  /** Karma point plateau. */
  readonly karmaPointPlateau?: number;
  /** True when the relationship is visible to everyone. */
  readonly isPublic?: boolean;
}

/** `ITProfileProperties`: the fields of `ActorProfileProperties`. @public */
export type ITProfileProperties = ActorProfileProperties;

/** `PersonRoleProperties`. @public */
export interface PersonRoleProperties extends PersonalRoleProperties {
  /** Head count limit set. */
  readonly headCountLimitSet?: boolean;
  /** Head count. */
  readonly headCount?: number;
}

/** `PersonalRoleProperties`. @public */
export interface PersonalRoleProperties {
  /** The unique name. */
  readonly qualifiedName?: string;
  /** Role id. */
  readonly roleId?: string;
  /** Where it applies. */
  readonly scope?: string;
  /** Title. */
  readonly title?: string;
  /** A description. */
  readonly description?: string;
  /** Domain identifier. */
  readonly domainIdentifier?: number;
  /** Extra name-value pairs. */
  readonly additionalProperties?: Readonly<Record<string, string>>;
  /** When the element or relationship becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the element or relationship stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
  /** An open metadata type name: the subtype to create, or the type to limit results to. */
  readonly typeName?: string;
  /** Values of a subtype's own attributes. */
  readonly extendedProperties?: Readonly<Record<string, unknown>>;
}

/** `ProfileIdentityProperties`. @public */
export interface ProfileIdentityProperties extends RelationshipProperties {
  /** Role type name. */
  readonly roleTypeName?: string;
  /** Role GUID. */
  readonly roleGUID?: string;
  /** A description. */
  readonly description?: string;
}

/** `ProfileLocationProperties`. @public */
export interface ProfileLocationProperties extends RelationshipProperties {
  /** Association type. */
  readonly associationType?: string;
}

/** `UserIdentityProperties`. @public */
export interface UserIdentityProperties extends ReferenceableProperties {
  /** User id. */
  readonly userId?: string;
  /** Distinguished name. */
  readonly distinguishedName?: string;
}
