/**
 * Schema types as Egeria 5.2's Data Manager returns them (`SchemaTypeElement`, built by
 * SchemaTypeConverter): the properties as a plain `SchemaTypeProperties` (no `typeName`; the data
 * type, default and fixed values, which belong to subtypes, under `extendedProperties`), the
 * attribute count of a complex type, the map-from and map-to types of a map, the options of a
 * choice, the formula of the `CalculatedValue` classification and the query targets.
 */
import type { JsonObject } from '../server/binding';
import type { ElementRecord } from '../store/records';
import { isTypeOf } from '../store/type-registry';
import { writeBean } from './bean-fields';
import type { EmulatorContext } from './context';
import type { ElementKind } from './elements';
import { elementHeader } from './headers';
import { relatedElements } from './flat-bean-routes';

/** Schema types of any subtype, as updates, templates and removals find them. */
export const SCHEMA_TYPE: ElementKind = {
  typeName: 'SchemaType',
  propertiesClass: 'SchemaTypeProperties',
  acceptedPropertiesClasses: ['SchemaTypeRequestBody'],
  javaPropertiesClass: 'org.odpi.openmetadata.frameworks.openmetadata.properties.schema.SchemaTypeProperties',
  beanField: 'schemaTypeProperties',
  nameProperties: ['qualifiedName', 'displayName'],
};

/** Properties a subtype stores that SchemaTypeConverter returns under `extendedProperties`. */
const SUBTYPE_PROPERTIES = ['dataType', 'defaultValue', 'fixedValue'];

/** How deep map-from, map-to and option types are followed (a loop of them ends here). */
const MAX_NESTING = 5;

/** The `schemaTypeProperties` of a schema type. */
function schemaTypeProperties(element: ElementRecord): JsonObject {
  const { typeName: _typeName, extendedProperties, ...stored } = element.properties;
  const extended: JsonObject = { ...((extendedProperties as JsonObject | undefined) ?? {}) };
  for (const name of SUBTYPE_PROPERTIES) {
    if (stored[name] !== undefined) extended[name] = stored[name];
  }
  const properties = writeBean('SchemaTypeProperties', stored);
  if (Object.keys(extended).length > 0) properties['extendedProperties'] = extended;
  return properties;
}

/** The first schema type at end 2 of the element's relationships of a type. */
function linkedType(ctx: EmulatorContext, element: ElementRecord, relationshipType: string): ElementRecord | undefined {
  return relatedElements(ctx, element.guid, relationshipType, 1).find((e) => isTypeOf(e.typeName, 'SchemaType'));
}

/**
 * A `SchemaTypeElement`.
 * @param depth - how many map or option levels above this one were rendered
 */
export function renderSchemaType(ctx: EmulatorContext, element: ElementRecord, depth = 0): JsonObject {
  const type = element.typeName;
  const out: JsonObject = {
    elementHeader: elementHeader(element, ctx.serverName),
    schemaTypeProperties: schemaTypeProperties(element),
    attributeCount: isTypeOf(type, 'ComplexSchemaType')
      ? ctx.state.store.relationshipsOf(element.guid, 'AttributeForSchema', 1).length
      : 0,
  };
  const nested = depth < MAX_NESTING;
  if (nested && isTypeOf(type, 'MapSchemaType')) {
    const from = linkedType(ctx, element, 'MapFromElementType');
    const to = linkedType(ctx, element, 'MapToElementType');
    if (from !== undefined) out['mapFromElement'] = renderSchemaType(ctx, from, depth + 1);
    if (to !== undefined) out['mapToElement'] = renderSchemaType(ctx, to, depth + 1);
  }
  if (nested && isTypeOf(type, 'ExternalSchemaType')) {
    const external = linkedType(ctx, element, 'LinkedExternalSchemaType');
    if (external !== undefined) out['externalSchemaType'] = renderSchemaType(ctx, external, depth + 1);
  }
  if (nested && isTypeOf(type, 'SchemaTypeChoice')) {
    const options = relatedElements(ctx, element.guid, 'SchemaTypeOption', 1).filter((e) =>
      isTypeOf(e.typeName, 'SchemaType'),
    );
    if (options.length > 0) out['schemaOptions'] = options.map((o) => renderSchemaType(ctx, o, depth + 1));
  }
  const calculated = element.classifications['CalculatedValue']?.properties;
  if (calculated?.['formula'] !== undefined) out['formula'] = calculated['formula'];
  if (calculated?.['formulaType'] !== undefined) out['formulaType'] = calculated['formulaType'];
  const queries = ctx.state.store.relationshipsOf(element.guid, 'DerivedSchemaTypeQueryTarget', 1).map((r) => {
    const query: JsonObject = {};
    if (r.properties['queryId'] !== undefined) query['queryId'] = r.properties['queryId'];
    if (r.properties['query'] !== undefined) query['query'] = r.properties['query'];
    query['queryTargetGUID'] = r.end2GUID;
    return query;
  });
  if (queries.length > 0) out['queries'] = queries;
  return out;
}
