import type { EnumValueInfo } from './enum-info';

/**
 * The twelve types of event an access service publishes on its out topic
 * (`DataManagerOutboundEventType`, `AssetManagerEventType`, ...: the same values and codes).
 */
export enum OutTopicEventType {
  /** An event the server does not recognize. */
  UNKNOWN_EVENT = 'UNKNOWN_EVENT',
  /** An element has been distributed (possibly for the first time). */
  REFRESH_ELEMENT_EVENT = 'REFRESH_ELEMENT_EVENT',
  /** An element has been created. */
  NEW_ELEMENT_CREATED = 'NEW_ELEMENT_CREATED',
  /** An element's properties have been updated. */
  ELEMENT_UPDATED = 'ELEMENT_UPDATED',
  /** An element and its anchored elements have been deleted. */
  ELEMENT_DELETED = 'ELEMENT_DELETED',
  /** A classification has been added to an element. */
  ELEMENT_CLASSIFIED = 'ELEMENT_CLASSIFIED',
  /** A classification's properties have been updated. */
  ELEMENT_RECLASSIFIED = 'ELEMENT_RECLASSIFIED',
  /** A classification has been removed from an element. */
  ELEMENT_DECLASSIFIED = 'ELEMENT_DECLASSIFIED',
  /** A deleted element has been restored. */
  ELEMENT_RESTORED = 'ELEMENT_RESTORED',
  /** An element's GUID has changed. */
  ELEMENT_GUID_CHANGED = 'ELEMENT_GUID_CHANGED',
  /** An element's type has changed. */
  ELEMENT_TYPE_CHANGED = 'ELEMENT_TYPE_CHANGED',
  /** An element's home metadata collection has changed. */
  ELEMENT_HOME_CHANGED = 'ELEMENT_HOME_CHANGED',
}

/** Egeria's codes and names for {@link OutTopicEventType}. */
export const OUT_TOPIC_EVENT_TYPE_INFO: Readonly<Record<OutTopicEventType, EnumValueInfo>> = Object.freeze({
  UNKNOWN_EVENT: {
    ordinal: 0,
    displayName: 'Unknown Event',
    description: 'An event the local server does not recognize.',
  },
  REFRESH_ELEMENT_EVENT: {
    ordinal: 1,
    displayName: 'Refresh Element',
    description: 'An element has been distributed.',
  },
  NEW_ELEMENT_CREATED: { ordinal: 2, displayName: 'New Element', description: 'A new element has been created.' },
  ELEMENT_UPDATED: {
    ordinal: 3,
    displayName: 'Element Updated',
    description: "An element's properties have been updated.",
  },
  ELEMENT_DELETED: {
    ordinal: 4,
    displayName: 'Element Deleted',
    description: 'An element and its anchored elements have been deleted.',
  },
  ELEMENT_CLASSIFIED: {
    ordinal: 5,
    displayName: 'Element Classified',
    description: 'A classification has been added.',
  },
  ELEMENT_RECLASSIFIED: {
    ordinal: 6,
    displayName: 'Element Reclassified',
    description: 'A classification has been updated.',
  },
  ELEMENT_DECLASSIFIED: {
    ordinal: 7,
    displayName: 'Element Declassified',
    description: 'A classification has been removed.',
  },
  ELEMENT_RESTORED: {
    ordinal: 8,
    displayName: 'Element Restored',
    description: 'A deleted element has been restored.',
  },
  ELEMENT_GUID_CHANGED: {
    ordinal: 9,
    displayName: 'Element GUID Changed',
    description: "An element's GUID has changed.",
  },
  ELEMENT_TYPE_CHANGED: {
    ordinal: 10,
    displayName: 'Element Type Changed',
    description: "An element's type has changed.",
  },
  ELEMENT_HOME_CHANGED: {
    ordinal: 11,
    displayName: 'Element Home Changed',
    description: "An element's home has changed.",
  },
});
