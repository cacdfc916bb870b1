/**
 * Element headers and stubs as Egeria 5.2's converters build them (`ElementHeader`, `ElementStub`,
 * `ElementClassification`): type with supertypes, origin, versions, status.
 */
import type {
  ClassificationRecord,
  ElementRecord,
  InstanceAudit,
  InstanceOrigin,
  RelationshipRecord,
} from '../store/records';
import { getTypeDef } from '../store/type-registry';
import { formatJavaDate } from '../util/dates';
import type { JsonObject } from '../server/binding';

/** The `type` of a header (`ElementType`). */
export function elementType(typeName: string): JsonObject {
  const def = getTypeDef(typeName);
  const type: JsonObject = {};
  if (def !== undefined) type['typeId'] = def.guid;
  type['typeName'] = typeName;
  if (def !== undefined && def.superTypeNames.length > 0) type['superTypeNames'] = [...def.superTypeNames];
  type['typeVersion'] = def?.version ?? 0;
  return type;
}

/** The `origin` of a header (`ElementOrigin`). */
export function elementOrigin(origin: InstanceOrigin, serverName: string): JsonObject {
  return {
    sourceServer: serverName,
    originCategory: origin.provenance,
    homeMetadataCollectionId: origin.metadataCollectionId,
    homeMetadataCollectionName: origin.metadataCollectionName,
  };
}

/** The `versions` of a header (`ElementVersions`). */
export function elementVersions(audit: InstanceAudit): JsonObject {
  const versions: JsonObject = { createdBy: audit.createdBy };
  if (audit.updatedBy !== undefined) versions['updatedBy'] = audit.updatedBy;
  versions['createTime'] = formatJavaDate(audit.createTime);
  if (audit.updateTime !== undefined) versions['updateTime'] = formatJavaDate(audit.updateTime);
  versions['version'] = audit.version;
  return versions;
}

/** A classification as the header lists it (`ElementClassification`). */
export function elementClassification(classification: ClassificationRecord, serverName: string): JsonObject {
  return {
    headerVersion: 0,
    status: 'ACTIVE',
    type: elementType(classification.name),
    origin: elementOrigin(classification.origin, serverName),
    versions: elementVersions(classification),
    classificationName: classification.name,
    classificationProperties: { ...classification.properties },
  };
}

/** The `elementHeader` of an element. */
export function elementHeader(element: ElementRecord, serverName: string, beanClass = 'ElementHeader'): JsonObject {
  const header: JsonObject = {
    class: beanClass,
    headerVersion: 0,
    status: element.status ?? 'ACTIVE',
    type: elementType(element.typeName),
    origin: elementOrigin(element.origin, serverName),
    versions: elementVersions(element),
    guid: element.guid,
  };
  const classifications = Object.values(element.classifications);
  if (classifications.length > 0) {
    header['classifications'] = classifications.map((c) => elementClassification(c, serverName));
  }
  return header;
}

/** An `ElementStub` for an element (its header plus its unique name). */
export function elementStub(element: ElementRecord, serverName: string): JsonObject {
  const stub = elementHeader(element, serverName, 'ElementStub');
  const qualifiedName = element.properties['qualifiedName'];
  if (typeof qualifiedName === 'string') stub['uniqueName'] = qualifiedName;
  return stub;
}

/** An `ElementStub` for a relationship. */
export function relationshipStub(relationship: RelationshipRecord, serverName: string): JsonObject {
  return {
    class: 'ElementStub',
    headerVersion: 0,
    status: 'ACTIVE',
    type: elementType(relationship.typeName),
    origin: elementOrigin(relationship.origin, serverName),
    versions: elementVersions(relationship),
    guid: relationship.guid,
  };
}
