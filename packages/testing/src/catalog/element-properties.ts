/**
 * Turns Egeria's `ElementProperties` (a `propertyValueMap` of typed `PropertyValue` beans) into
 * plain values.
 */

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueMap(properties: unknown): JsonRecord {
  if (!isRecord(properties)) return {};
  const map = properties['propertyValueMap'] ?? properties['propertiesAsStrings'];
  return isRecord(map) ? map : {};
}

/** One `PropertyValue` as a plain value. */
function plainValue(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const kind = typeof value['class'] === 'string' ? value['class'] : '';
  if (kind === 'PrimitiveTypePropertyValue' || 'primitiveValue' in value) return value['primitiveValue'];
  if (kind === 'EnumTypePropertyValue' || 'symbolicName' in value) return value['symbolicName'];
  if (kind === 'ArrayTypePropertyValue' || 'arrayValues' in value) {
    const entries = Object.entries(decodeElementProperties(value['arrayValues']));
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  }
  if (kind === 'MapTypePropertyValue' || 'mapValues' in value) return decodeElementProperties(value['mapValues']);
  if (kind === 'StructTypePropertyValue' || 'attributeValues' in value)
    return decodeElementProperties(value['attributeValues']);
  return value;
}

/**
 * The plain values of an `ElementProperties` bean. @internal
 * @param properties - the bean (anything else gives an empty object)
 */
export function decodeElementProperties(properties: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(valueMap(properties))) out[name] = plainValue(value);
  return out;
}
