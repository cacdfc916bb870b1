/**
 * The open metadata store's search by conditions (Egeria 5.2's OpenMetadataStoreResource
 * `findMetadataElements`, `POST /metadata-elements/by-search-conditions`): elements by type (and
 * subtypes), by conditions on their properties (`SearchProperties`) and on their classifications
 * (`SearchClassifications`), in the order a `ResultsRequestBody` asks for. Egeria 5.2's Asset
 * Manager client finds valid values by name and classified elements (confidence, ownership,
 * subject area...) through it.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, JsonObject, QueryParamSpec } from '../server/binding';
import { compileSearchString, listAnswer, page, validatePaging, visibleElements } from './elements';
import type { CallInfo } from './elements';
import { route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { LINEAGE_FLAGS } from './request-beans';
import { openMetadataElement } from './open-metadata-store';
import { plainValue } from './open-metadata-store-elements';
import type { ElementRecord } from '../store/records';
import { isTypeOf } from '../store/type-registry';

const FIND_BODY: BeanSpec = {
  name: 'FindRequestBody',
  fields: {
    effectiveTime: 'date',
    asOfTime: 'date',
    limitResultsByStatus: 'stringList',
    sequencingProperty: 'string',
    sequencingOrder: 'string',
    metadataElementTypeName: 'string',
    metadataElementSubtypeNames: 'stringList',
    searchProperties: 'object',
    matchClassifications: 'object',
  },
};

/** Optional paging (default 0) and the flags. */
const OPTIONAL_PAGING: readonly QueryParamSpec[] = [
  { name: 'startFrom', type: 'int', required: false, defaultValue: 0 },
  { name: 'pageSize', type: 'int', required: false, defaultValue: 0 },
  ...LINEAGE_FLAGS,
];

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compare(actual: unknown, expected: unknown): number | undefined {
  if (typeof actual === 'number' && typeof expected === 'number') return actual - expected;
  if (typeof actual === 'string' && typeof expected === 'string')
    return actual < expected ? -1 : actual > expected ? 1 : 0;
  return undefined;
}

function same(actual: unknown, expected: unknown): boolean {
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/** Whether stored properties meet a `PropertyCondition`. */
function meetsCondition(properties: Readonly<Json>, condition: Json, where: string, call: CallInfo): boolean {
  if (isRecord(condition['nestedConditions'])) {
    return meetsSearch(properties, condition['nestedConditions'], `${where}.nestedConditions`, call);
  }
  const name = condition['property'];
  const actual = typeof name === 'string' ? properties[name] : undefined;
  const raw = condition['value'];
  const expected = raw === undefined || raw === null ? undefined : plainValue(raw, `${where}.value`);
  const order = compare(actual, expected);
  switch (condition['operator']) {
    case 'NEQ':
      return !same(actual, expected);
    case 'LT':
      return order !== undefined && order < 0;
    case 'LTE':
      return order !== undefined && order <= 0;
    case 'GT':
      return order !== undefined && order > 0;
    case 'GTE':
      return order !== undefined && order >= 0;
    case 'IN':
      return Array.isArray(expected) && expected.some((e) => same(actual, e));
    case 'IS_NULL':
      return actual === undefined;
    case 'NOT_NULL':
      return actual !== undefined;
    case 'LIKE':
      if (typeof actual !== 'string' || typeof expected !== 'string') return false;
      return compileSearchString(expected, 'searchProperties', call).test(actual);
    default:
      return same(actual, expected);
  }
}

/** `ALL` (the default), `ANY` or `NONE` of the results. */
function combine(results: readonly boolean[], matchCriteria: unknown): boolean {
  if (matchCriteria === 'ANY') return results.length === 0 || results.some((r) => r);
  if (matchCriteria === 'NONE') return !results.some((r) => r);
  return results.every((r) => r);
}

function conditionsOf(search: Json): Json[] {
  return Array.isArray(search['conditions']) ? (search['conditions'] as unknown[]).filter(isRecord) : [];
}

/** Whether stored properties meet `SearchProperties`. */
function meetsSearch(properties: Readonly<Json>, search: Json, where: string, call: CallInfo): boolean {
  const results = conditionsOf(search).map((c, i) => meetsCondition(properties, c, `${where}.conditions[${i}]`, call));
  return combine(results, search['matchCriteria']);
}

/** Whether an element's classifications meet `SearchClassifications`. */
function meetsClassifications(element: ElementRecord, search: Json, call: CallInfo): boolean {
  const results = conditionsOf(search).map((condition, i) => {
    const name = condition['name'];
    const classification = typeof name === 'string' ? element.classifications[name] : undefined;
    if (classification === undefined) return false;
    const properties = condition['searchProperties'];
    return (
      !isRecord(properties) ||
      meetsSearch(classification.properties, properties, `matchClassifications.conditions[${i}]`, call)
    );
  });
  return combine(results, search['matchCriteria']);
}

/** Elements in the order a `ResultsRequestBody` asks for. */
function sequenced(elements: ElementRecord[], body: JsonObject | undefined): ElementRecord[] {
  const property = body?.['sequencingProperty'];
  const updated = (e: ElementRecord) => e.updateTime ?? e.createTime;
  const byProperty = (a: ElementRecord, b: ElementRecord) =>
    typeof property === 'string' ? (compare(a.properties[property], b.properties[property]) ?? 0) : 0;
  const sorted = [...elements];
  switch (body?.['sequencingOrder']) {
    case 'CREATION_DATE_RECENT':
      return sorted.sort((a, b) => b.createTime - a.createTime);
    case 'CREATION_DATE_OLDEST':
      return sorted.sort((a, b) => a.createTime - b.createTime);
    case 'LAST_UPDATE_RECENT':
      return sorted.sort((a, b) => updated(b) - updated(a));
    case 'LAST_UPDATE_OLDEST':
      return sorted.sort((a, b) => updated(a) - updated(b));
    case 'GUID':
      return sorted.sort((a, b) => (a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0));
    case 'PROPERTY_ASCENDING':
      return sorted.sort(byProperty);
    case 'PROPERTY_DESCENDING':
      return sorted.sort((a, b) => byProperty(b, a));
    default:
      return elements;
  }
}

/** Whether an element is of the type asked for (and, when listed, of one of the subtypes). */
function ofType(element: ElementRecord, typeName: unknown, subtypes: unknown): boolean {
  if (typeof typeName === 'string' && typeName !== '' && !isTypeOf(element.typeName, typeName)) return false;
  if (Array.isArray(subtypes) && subtypes.length > 0) {
    return subtypes.some((s) => typeof s === 'string' && isTypeOf(element.typeName, s));
  }
  return true;
}

/** `findMetadataElements`. */
export function openMetadataStoreSearchRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  return [
    route(area, {
      method: 'POST',
      path: '/metadata-elements/by-search-conditions',
      action: 'findMetadataElements',
      response: 'OpenMetadataElementsResponse',
      body: { spec: FIND_BODY, required: false },
      query: OPTIONAL_PAGING,
      handle: (req, call) => {
        const body = req.body;
        const startFrom = req.q['startFrom'] as number;
        const size = validatePaging(ctx, startFrom, req.q['pageSize'] as number, call);
        const properties = body?.['searchProperties'];
        const classifications = body?.['matchClassifications'];
        const found = [...ctx.state.store.allElements()].filter(
          (e) =>
            ofType(e, body?.['metadataElementTypeName'], body?.['metadataElementSubtypeNames']) &&
            (!isRecord(properties) || meetsSearch(e.properties, properties, 'searchProperties', call)) &&
            (!isRecord(classifications) || meetsClassifications(e, classifications, call)),
        );
        return listAnswer(
          'elementList',
          page(sequenced(visibleElements(ctx, call, found), body), startFrom, size).map((e) =>
            openMetadataElement(ctx, e),
          ),
        );
      },
    }),
  ];
}
