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
  /** Description. */
  readonly description?: string;
}

/** `AppointmentProperties`. @public */
export interface AppointmentProperties {
  /** Effective from. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** Effective to. */
  readonly effectiveTo?: EgeriaDateInput;
  /** Is public. */
  readonly isPublic?: boolean;
}

/** `ContactMethodProperties`. @public */
export interface ContactMethodProperties {
  /** Name. */
  readonly name?: string;
  /** Contact type. */
  readonly contactType?: string;
  /** Contact method type. */
  readonly contactMethodType?: ContactMethodType;
  /** Contact method service. */
  readonly contactMethodService?: string;
  /** Contact method value. */
  readonly contactMethodValue?: string;
  /** Effective from. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** Effective to. */
  readonly effectiveTo?: EgeriaDateInput;
  /** Type name. */
  readonly typeName?: string;
  /** Extended properties. */
  readonly extendedProperties?: Readonly<Record<string, unknown>>;
}

/** `ContributionRecord`. @public */
export interface ContributionRecord extends ReferenceableProperties {
  /** Karma points. */
  readonly karmaPoints?: number;
  /** Karma point plateau. */
  readonly karmaPointPlateau?: number;
  /** Is public. */
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
  /** Qualified name. */
  readonly qualifiedName?: string;
  /** Role id. */
  readonly roleId?: string;
  /** Scope. */
  readonly scope?: string;
  /** Title. */
  readonly title?: string;
  /** Description. */
  readonly description?: string;
  /** Domain identifier. */
  readonly domainIdentifier?: number;
  /** Additional properties. */
  readonly additionalProperties?: Readonly<Record<string, string>>;
  /** Effective from. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** Effective to. */
  readonly effectiveTo?: EgeriaDateInput;
  /** Type name. */
  readonly typeName?: string;
  /** Extended properties. */
  readonly extendedProperties?: Readonly<Record<string, unknown>>;
}

/** `ProfileIdentityProperties`. @public */
export interface ProfileIdentityProperties extends RelationshipProperties {
  /** Role type name. */
  readonly roleTypeName?: string;
  /** Role GUID. */
  readonly roleGUID?: string;
  /** Description. */
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
