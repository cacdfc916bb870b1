/**
 * The open metadata store's generic beans (`OpenMetadataElement`, `RelatedMetadataElement`) turned
 * into the beans Egeria 5.2's Asset Manager client converters build from them: element headers,
 * summaries with their properties as text, and valid values.
 */
import type { ElementClassification, ElementHeader } from '../../operations/element-header';
import type { MetadataElementSummary, RelatedMetadataElementSummary } from '../common/beans/stewardship-properties';
import type { ValidValueProperties } from '../common/beans/valid-value-properties';
import type { OpenMetadataElement, RelatedMetadataElement } from './framework-beans';
import { fromElementProperties } from './property-values';

/** A property value as text, as Egeria's `propertiesAsStrings` gives it. */
function asText(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function asTexts(values: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) out[name] = asText(value);
  return out;
}

/**
 * The `ElementHeader` of an element read from the open metadata store, with its classifications.
 * @param element - the element
 * @public
 */
export function elementHeaderOf(element: OpenMetadataElement): ElementHeader {
  const classifications: ElementClassification[] = (element.classifications ?? []).map((c) => ({
    class: 'ElementClassification',
    headerVersion: c.headerVersion,
    status: c.status,
    type: c.type,
    origin: c.origin,
    versions: c.versions,
    classificationName: c.classificationName,
    classificationProperties: fromElementProperties(c.classificationProperties),
  }));
  return {
    class: 'ElementHeader',
    headerVersion: element.headerVersion,
    status: element.status,
    type: element.type,
    origin: element.origin,
    versions: element.versions,
    guid: element.elementGUID ?? '',
    ...(classifications.length === 0 ? {} : { classifications }),
  };
}

/**
 * A `MetadataElementSummary`: the element's header and its properties as text.
 * @param element - the element
 * @public
 */
export function metadataElementSummaryOf(element: OpenMetadataElement): MetadataElementSummary {
  return {
    elementHeader: elementHeaderOf(element),
    properties: asTexts(fromElementProperties(element.elementProperties)),
  };
}

/**
 * A `RelatedMetadataElementSummary`: the relationship's header and properties, and the element at
 * its other end.
 * @param related - the related element as the store returns it
 * @public
 */
export function relatedMetadataElementSummaryOf(related: RelatedMetadataElement): RelatedMetadataElementSummary {
  return {
    relationshipHeader: {
      class: 'ElementHeader',
      headerVersion: related.headerVersion,
      status: related.status,
      type: related.type,
      origin: related.origin,
      versions: related.versions,
      guid: related.relationshipGUID ?? '',
    },
    relationshipProperties: asTexts(fromElementProperties(related.relationshipProperties)),
    ...(related.element === undefined ? {} : { relatedElement: metadataElementSummaryOf(related.element) }),
  };
}

/**
 * True when an element read from the open metadata store is of a type or one of its subtypes.
 * @param element - the element (or relationship)
 * @param typeName - the type
 * @public
 */
export function isElementOfType(element: { readonly type?: OpenMetadataElement['type'] }, typeName: string): boolean {
  const type = element.type;
  return type?.typeName === typeName || (type?.superTypeNames ?? []).includes(typeName);
}

/** How 5.2's valid values client names the element properties of a valid value. */
const VALID_VALUE_PROPERTY_NAMES: Readonly<Record<string, string>> = {
  qualifiedName: 'qualifiedName',
  name: 'displayName',
  description: 'description',
  usage: 'usage',
  category: 'category',
  scope: 'scope',
  preferredValue: 'preferredValue',
  dataType: 'dataType',
  isDeprecated: 'isDeprecated',
  isCaseSensitive: 'isCaseSensitive',
  additionalProperties: 'additionalProperties',
};

/**
 * The element properties of a valid value (`ValidValueProperties` to the names Egeria stores:
 * `displayName` as `name`); extended properties are added as they are.
 * @param properties - the valid value's properties
 * @public
 */
export function validValueElementValues(properties: ValidValueProperties): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(properties.extendedProperties ?? {}) };
  const given = properties as Readonly<Record<string, unknown>>;
  for (const [stored, field] of Object.entries(VALID_VALUE_PROPERTY_NAMES)) {
    if (given[field] !== undefined && given[field] !== null) out[stored] = given[field];
  }
  return out;
}

/**
 * The `ValidValueProperties` of a valid value read from the open metadata store (the stored names
 * back to the bean's; what else is stored becomes `extendedProperties`).
 * @param element - the element
 * @public
 */
export function validValuePropertiesOf(element: OpenMetadataElement): ValidValueProperties {
  const values = fromElementProperties(element.elementProperties);
  const known: Record<string, unknown> = {};
  const extended: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const field = VALID_VALUE_PROPERTY_NAMES[name];
    if (field === undefined) extended[name] = value;
    else known[field] = value;
  }
  return {
    class: 'ValidValueProperties',
    ...known,
    typeName: element.type?.typeName,
    ...(Object.keys(extended).length === 0 ? {} : { extendedProperties: extended }),
  } as ValidValueProperties;
}
