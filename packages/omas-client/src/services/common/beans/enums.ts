/**
 * Enumerations of the open metadata framework (`frameworks.openmetadata.enums`), as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */

/** `APIParameterListType` values. @public */
export type APIParameterListType = 'HEADER' | 'REQUEST' | 'RESPONSE';

/** `ClassificationOrigin` values. @public */
export type ClassificationOrigin = 'ASSIGNED' | 'PROPAGATED';

/** `ContactMethodType` values. @public */
export type ContactMethodType = 'EMAIL' | 'PHONE' | 'CHAT' | 'PROFILE' | 'ACCOUNT' | 'OTHER';

/** `DeleteMethod` values. @public */
export type DeleteMethod = 'ARCHIVE' | 'SOFT_DELETE' | 'OTHER';

/** `ElementStatus` values. @public */
export type ElementStatus =
  | 'UNKNOWN'
  | 'DRAFT'
  | 'PREPARED'
  | 'PROPOSED'
  | 'APPROVED'
  | 'REJECTED'
  | 'APPROVED_CONCEPT'
  | 'UNDER_DEVELOPMENT'
  | 'DEVELOPMENT_COMPLETE'
  | 'APPROVED_FOR_DEPLOYMENT'
  | 'STANDBY'
  | 'ACTIVE'
  | 'FAILED'
  | 'DISABLED'
  | 'COMPLETE'
  | 'DEPRECATED'
  | 'DELETED'
  | 'OTHER';

/** `GlossaryTermRelationshipStatus` values. @public */
export type GlossaryTermRelationshipStatus = 'DRAFT' | 'ACTIVE' | 'DEPRECATED' | 'OBSOLETE' | 'OTHER';

/** `GlossaryTermStatus` values. @public */
export type GlossaryTermStatus =
  'DRAFT' | 'PREPARED' | 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'ACTIVE' | 'DEPRECATED' | 'OTHER';

/** `PermittedSynchronization` values. @public */
export type PermittedSynchronization = 'BOTH_DIRECTIONS' | 'TO_THIRD_PARTY' | 'FROM_THIRD_PARTY' | 'OTHER';

/** `PortType` values. @public */
export type PortType = 'INPUT_PORT' | 'OUTPUT_PORT' | 'INOUT_PORT' | 'OUTIN_PORT' | 'OTHER';

/** `ProcessContainmentType` values. @public */
export type ProcessContainmentType = 'OWNED' | 'USED' | 'OTHER';

/** `ProcessStatus` values. @public */
export type ProcessStatus = 'UNKNOWN' | 'DRAFT' | 'PROPOSED' | 'APPROVED' | 'ACTIVE';

/** `SequencingOrder` values. @public */
export type SequencingOrder =
  | 'ANY'
  | 'GUID'
  | 'CREATION_DATE_RECENT'
  | 'CREATION_DATE_OLDEST'
  | 'LAST_UPDATE_RECENT'
  | 'LAST_UPDATE_OLDEST'
  | 'PROPERTY_ASCENDING'
  | 'PROPERTY_DESCENDING';

/** `ServerAssetUseType` values. @public */
export type ServerAssetUseType = 'OWNS' | 'GOVERNS' | 'MAINTAINS' | 'USES' | 'OTHER';
