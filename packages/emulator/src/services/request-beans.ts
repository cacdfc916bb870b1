/**
 * The request beans of Egeria 5.2's resources, as far as Jackson checks them on the way in:
 * which carry a `class` discriminator (and which values it may take), and the JSON kind of their
 * fields. Beans without type information ignore a top-level `class`.
 */
import type { BeanSpec, QueryParamSpec } from '../server/binding';
import {
  CLASSIFICATION_PROPERTIES_CLASSES,
  REFERENCEABLE_PROPERTIES_CLASSES,
  RELATIONSHIP_PROPERTIES_CLASSES,
} from './polymorphic-classes';

const SOURCE = { externalSourceGUID: 'string', externalSourceName: 'string' } as const;

const RESULTS = {
  effectiveTime: 'date',
  asOfTime: 'date',
  limitResultsByStatus: 'list',
  sequencingOrder: 'string',
  sequencingProperty: 'string',
} as const;

/** `ReferenceableProperties` and its registered subtypes. */
export const REFERENCEABLE_PROPERTIES: BeanSpec = {
  name: 'ReferenceableProperties',
  acceptedClasses: REFERENCEABLE_PROPERTIES_CLASSES,
};

/** `commonservices.ffdc.rest.ReferenceableRequestBody`. */
export const REFERENCEABLE_REQUEST_BODY: BeanSpec = {
  name: 'ReferenceableRequestBody',
  fields: { ...SOURCE, anchorGUID: 'string', parentGUID: 'string', properties: REFERENCEABLE_PROPERTIES },
};

/** `commonservices.ffdc.rest.ExternalSourceRequestBody`. */
export const EXTERNAL_SOURCE_REQUEST_BODY: BeanSpec = { name: 'ExternalSourceRequestBody', fields: SOURCE };

/** `commonservices.ffdc.rest.MetadataSourceRequestBody`. */
export const METADATA_SOURCE_REQUEST_BODY: BeanSpec = { name: 'MetadataSourceRequestBody', fields: SOURCE };

/** `commonservices.ffdc.rest.ClassificationRequestBody`. */
export const CLASSIFICATION_REQUEST_BODY: BeanSpec = {
  name: 'ClassificationRequestBody',
  fields: {
    ...SOURCE,
    properties: { name: 'ClassificationProperties', acceptedClasses: CLASSIFICATION_PROPERTIES_CLASSES },
  },
};

/** `commonservices.ffdc.rest.RelationshipRequestBody`. */
export const RELATIONSHIP_REQUEST_BODY: BeanSpec = {
  name: 'RelationshipRequestBody',
  fields: {
    ...SOURCE,
    effectiveTime: 'date',
    relationshipName: 'string',
    properties: { name: 'RelationshipProperties', acceptedClasses: RELATIONSHIP_PROPERTIES_CLASSES },
  },
};

/** `commonservices.ffdc.rest.SearchStringRequestBody`. */
export const SEARCH_STRING_REQUEST_BODY: BeanSpec = {
  name: 'SearchStringRequestBody',
  fields: { ...RESULTS, searchString: 'string', searchStringParameterName: 'string', typeName: 'string' },
};

/** `commonservices.ffdc.rest.NameRequestBody`. */
export const NAME_REQUEST_BODY: BeanSpec = {
  name: 'NameRequestBody',
  fields: { ...RESULTS, name: 'string', nameParameterName: 'string', namePropertyName: 'string' },
};

/** `accessservices.datamanager.rest.TemplateRequestBody` (flat `TemplateProperties` plus the source and parent). */
export const DM_TEMPLATE_REQUEST_BODY: BeanSpec = {
  name: 'TemplateRequestBody',
  fields: {
    ...SOURCE,
    parentGUID: 'string',
    qualifiedName: 'string',
    displayName: 'string',
    versionIdentifier: 'string',
    description: 'string',
    pathName: 'string',
    networkAddress: 'string',
  },
};

/** `commonservices.ffdc.rest.PathNameRequestBody`. */
export const PATH_NAME_REQUEST_BODY: BeanSpec = {
  name: 'PathNameRequestBody',
  fields: { ...SOURCE, pathName: 'string' },
};

/** `commonservices.ffdc.rest.ArchiveRequestBody` (flat `ArchiveProperties` plus the source). */
export const ARCHIVE_REQUEST_BODY: BeanSpec = {
  name: 'ArchiveRequestBody',
  fields: { ...SOURCE, archiveDate: 'date', archiveProcess: 'string', archiveProperties: 'stringMap' },
};

/** A flat request bean that extends a polymorphic properties bean: only its own name resolves. */
export function flatTypedBean(name: string): BeanSpec {
  return { name, acceptedClasses: [name], fields: SOURCE };
}

/** `commonservices.ffdc.rest.NullRequestBody`. */
export const NULL_REQUEST_BODY: BeanSpec = { name: 'NullRequestBody' };

/** The required `startFrom` / `pageSize` of Data Manager list operations. */
export const PAGING: readonly QueryParamSpec[] = [
  { name: 'startFrom', type: 'int', required: true },
  { name: 'pageSize', type: 'int', required: true },
];

/** The required `startingFrom` / `maximumResults` of the governance configuration and integration calls. */
export const STARTING_FROM_PAGING: readonly QueryParamSpec[] = [
  { name: 'startingFrom', type: 'int', required: true },
  { name: 'maximumResults', type: 'int', required: true },
];

/** `forLineage` / `forDuplicateProcessing`, optional, default false. */
export const LINEAGE_FLAGS: readonly QueryParamSpec[] = [
  { name: 'forLineage', type: 'boolean', required: false },
  { name: 'forDuplicateProcessing', type: 'boolean', required: false },
];
