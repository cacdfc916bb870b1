import { propertiesDiffer } from '@egeria-ts/core';

/** The topic properties the connector manages; others (set by people or other tools) are left out of the comparison. */
export const MANAGED_TOPIC_PROPERTIES: readonly string[] = Object.freeze([
  'qualifiedName',
  'name',
  'resourceName',
  'resourceDescription',
  'deployedImplementationType',
  'additionalProperties',
]);

/**
 * True when a topic's properties in open metadata differ from what the connector would write,
 * looking only at the properties it manages. A missing value, null, an empty string and an empty
 * map all count as "not set"; maps are compared whatever the order of their keys.
 * @param desired - what the connector would write
 * @param existing - what open metadata holds
 */
export function topicPropertiesDiffer(desired: object, existing: object): boolean {
  return propertiesDiffer(desired, existing, MANAGED_TOPIC_PROPERTIES);
}
