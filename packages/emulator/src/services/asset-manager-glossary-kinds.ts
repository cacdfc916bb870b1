/**
 * What the Asset Manager's glossary routes share: the glossary, category and term kinds, the glossary
 * request beans (search and name in one glossary, templates), and the checks they make.
 */
import type { BeanSpec, JsonObject, QueryParamSpec } from '../server/binding';
import { invalidParameter, nullName } from '../ffdc/ffdc';
import type { CallInfo } from './elements';
import { AM_NAME_BODY, AM_SEARCH_BODY, amKind, updateRequestBody } from './asset-manager-support';
import type { ElementRecord } from '../store/records';

const GLOSSARY_PACKAGE = 'org.odpi.openmetadata.frameworks.openmetadata.properties.glossaries';

/** Glossaries. */
export const GLOSSARY = amKind('Glossary', ['GlossaryProperties'], 'glossaryProperties', GLOSSARY_PACKAGE);

/** Glossary categories. */
export const GLOSSARY_CATEGORY = amKind(
  'GlossaryCategory',
  ['GlossaryCategoryProperties'],
  'glossaryCategoryProperties',
  GLOSSARY_PACKAGE,
);

/** Glossary terms (and controlled terms). */
export const GLOSSARY_TERM = amKind(
  'GlossaryTerm',
  ['GlossaryTermProperties'],
  'glossaryTermProperties',
  GLOSSARY_PACKAGE,
);

/** `TemplateRequestBody` (and `GlossaryTemplateRequestBody`, which adds the term's status). */
export const TEMPLATE_REQUEST_BODY: BeanSpec = {
  name: 'TemplateRequestBody',
  fields: { ...updateRequestBody('TemplateRequestBody').fields, elementProperties: 'object', parentGUID: 'string' },
};

/** `GlossarySearchStringRequestBody`: a search in one glossary, for some term statuses. */
export const GLOSSARY_SEARCH_BODY: BeanSpec = {
  name: 'GlossarySearchStringRequestBody',
  fields: { ...AM_SEARCH_BODY.fields, glossaryGUID: 'string', limitResultsByStatus: 'stringList' },
};

/** `GlossaryNameRequestBody`: a name in one glossary, for some term statuses. */
export const GLOSSARY_NAME_BODY: BeanSpec = {
  name: 'GlossaryNameRequestBody',
  fields: { ...AM_NAME_BODY.fields, glossaryGUID: 'string', limitResultsByStatus: 'stringList' },
};

/** Kept when the body names no glossary, or the element is anchored to the one it names. */
export function inGlossary(element: ElementRecord, body: JsonObject | undefined): boolean {
  const glossaryGUID = body?.['glossaryGUID'];
  return typeof glossaryGUID !== 'string' || glossaryGUID === '' || element.anchorGUID === glossaryGUID;
}

/** The properties Egeria compares on a glossary element's get by name. */
export const GLOSSARY_NAMES = ['qualifiedName', 'displayName'];

/** `deepCopy` of a copy from a template: optional, default true. */
export const DEEP_COPY: QueryParamSpec = { name: 'deepCopy', type: 'boolean', required: false, defaultValue: true };

/** What a glossary element copied from a template takes from the `TemplateProperties`: its names and description. */
export function templateOverrides(properties: JsonObject): Record<string, unknown> {
  return {
    qualifiedName: properties['qualifiedName'],
    displayName: properties['displayName'],
    description: properties['description'],
  };
}

/** The `TemplateProperties` of a template request, with Egeria's checks. */
export function templateProperties(body: JsonObject, call: CallInfo, qualifiedNameParameter: string): JsonObject {
  const raw = body['elementProperties'];
  if (typeof raw !== 'object' || raw === null) {
    throw invalidParameter('NULL_OBJECT', ['templateProperties', call.action], call.action, 'templateProperties');
  }
  const properties = raw as JsonObject;
  const qualifiedName = properties['qualifiedName'];
  if (typeof qualifiedName !== 'string' || qualifiedName === '') throw nullName(qualifiedNameParameter, call.action);
  return properties;
}
