/**
 * Egeria's generic property beans (`ElementProperties` of typed `PropertyValue`s) to and from plain
 * values, and the search conditions the open metadata store takes, built as Egeria 5.2's
 * `PropertyHelper` builds them: what a client of the open metadata store needs to read and write
 * elements of any type.
 */
import type { ElementProperties, PropertyValue } from './framework-beans';
import type {
  PrimitiveTypePropertyValue,
  PropertyComparisonOperator,
  SearchClassifications,
  SearchProperties,
} from './search-beans';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function primitive(typeName: string, category: string, value: unknown): PrimitiveTypePropertyValue {
  return {
    class: 'PrimitiveTypePropertyValue',
    typeName,
    primitiveTypeCategory: category,
    primitiveValue: value as PrimitiveTypePropertyValue['primitiveValue'],
  };
}

/**
 * A plain value as a `PropertyValue`: text, boolean, `int` (or `long` past 32 bits), a date (epoch
 * milliseconds), an array (`array<string>`) or an object (`map<string,...>`).
 * @param value - the value
 * @public
 */
export function toPropertyValue(value: unknown): PropertyValue {
  if (typeof value === 'boolean') return primitive('boolean', 'OM_PRIMITIVE_TYPE_BOOLEAN', value);
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) <= 2147483647)
      return primitive('int', 'OM_PRIMITIVE_TYPE_INT', value);
    if (Number.isInteger(value)) return primitive('long', 'OM_PRIMITIVE_TYPE_LONG', value);
    return primitive('double', 'OM_PRIMITIVE_TYPE_DOUBLE', value);
  }
  if (value instanceof Date) return primitive('date', 'OM_PRIMITIVE_TYPE_DATE', value.getTime());
  if (Array.isArray(value)) {
    const entries: Json = {};
    value.forEach((v, i) => (entries[String(i)] = v));
    return {
      class: 'ArrayTypePropertyValue',
      typeName: 'array<string>',
      arrayCount: value.length,
      arrayValues: toElementProperties(entries) ?? {},
    } as PropertyValue;
  }
  if (isRecord(value)) {
    const allText = Object.values(value).every((v) => typeof v === 'string');
    return {
      class: 'MapTypePropertyValue',
      typeName: allText ? 'map<string,string>' : 'map<string,object>',
      mapValues: toElementProperties(value) ?? {},
    } as PropertyValue;
  }
  return primitive('string', 'OM_PRIMITIVE_TYPE_STRING', String(value));
}

/**
 * Plain values as an `ElementProperties` bean; nulls and undefined values are left out, and an
 * empty result is undefined (Egeria's helper returns null when nothing was added).
 * @param values - property values by name
 * @public
 */
export function toElementProperties(
  values: Readonly<Record<string, unknown>> | undefined,
): ElementProperties | undefined {
  if (values === undefined) return undefined;
  const map: Record<string, PropertyValue> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== null) map[name] = toPropertyValue(value);
  }
  return Object.keys(map).length === 0 ? undefined : { propertyValueMap: map };
}

function plain(value: unknown): unknown {
  if (!isRecord(value)) return value;
  if ('primitiveValue' in value) return value['primitiveValue'];
  if ('symbolicName' in value) return value['symbolicName'];
  if ('arrayValues' in value) {
    return Object.entries(fromElementProperties(value['arrayValues'] as ElementProperties))
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => v);
  }
  if ('mapValues' in value) return fromElementProperties(value['mapValues'] as ElementProperties);
  if ('attributeValues' in value) return fromElementProperties(value['attributeValues'] as ElementProperties);
  return undefined;
}

/**
 * The plain values of an `ElementProperties` bean (its `propertyValueMap`, or its
 * `propertiesAsStrings` when that is all it has).
 * @param properties - the bean; anything else gives an empty object
 * @public
 */
export function fromElementProperties(properties: ElementProperties | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isRecord(properties)) return out;
  const map = properties.propertyValueMap ?? properties.propertiesAsStrings;
  if (!isRecord(map)) return out;
  for (const [name, value] of Object.entries(map)) {
    const decoded = plain(value);
    if (decoded !== undefined) out[name] = decoded;
  }
  return out;
}

/** Java's `Pattern.quote`: the text as a regular expression that matches it literally. */
function quote(text: string): string {
  return `\\Q${text.split('\\E').join('\\E\\\\E\\Q')}\\E`;
}

/**
 * Conditions that match elements whose value of any of the properties named is the value given
 * (`EQ`, the default) or contains it (`LIKE`), as Egeria 5.2's `getSearchPropertiesByName` builds them.
 * @param propertyNames - the properties to compare
 * @param value - the value
 * @param operator - `EQ` or `LIKE`
 * @public
 */
export function searchPropertiesByName(
  propertyNames: readonly string[],
  value: string,
  operator: PropertyComparisonOperator = 'EQ',
): SearchProperties | undefined {
  if (propertyNames.length === 0) return undefined;
  const compared = primitive('string', 'OM_PRIMITIVE_TYPE_STRING', operator === 'LIKE' ? `.*${quote(value)}.*` : value);
  return {
    conditions: propertyNames.map((property) => ({ property, operator, value: compared })),
    matchCriteria: 'ANY',
  };
}

/**
 * Conditions that match elements carrying a classification, optionally with one of its properties
 * equal to a value, as Egeria 5.2's `getMetadataElementsByClassification` and
 * `getMetadataElementsByClassificationPropertyValue` build them.
 * @param classificationName - the classification's type name
 * @param property - the classification property to compare, with its value
 * @public
 */
export function classificationSearch(
  classificationName: string,
  property?: { readonly name: string; readonly value: string | number },
): SearchClassifications {
  const searchProperties: SearchProperties | undefined =
    property === undefined
      ? undefined
      : {
          conditions: [{ property: property.name, operator: 'EQ', value: toPropertyValue(property.value) }],
          matchCriteria: 'ANY',
        };
  return {
    conditions: [{ name: classificationName, ...(searchProperties === undefined ? {} : { searchProperties }) }],
    matchCriteria: 'ALL',
  };
}
