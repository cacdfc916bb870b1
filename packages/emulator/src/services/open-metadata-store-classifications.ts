/**
 * The open metadata store's classification calls (Egeria 5.2's OpenMetadataStoreResource
 * `classifyMetadataElementInStore` and `declassifyMetadataElementInStore`): any classification type
 * set on or removed from any element, on behalf of the metadata source in the body, whose
 * classification it then is.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject } from '../server/binding';
import { invalidParameter } from '../ffdc/ffdc';
import { inTransaction } from './context';
import { checkClassificationOwner, setClassification } from './classifications';
import type { EmulatorContext } from './context';
import { sourceOf, verifySource } from './elements';
import type { CallInfo } from './elements';
import { requireBody, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { getTypeDef } from '../store/type-registry';
import { parseJavaDate } from '../util/dates';

const SOURCE_AND_FLAGS = {
  externalSourceGUID: 'string',
  externalSourceName: 'string',
  forLineage: 'boolean',
  forDuplicateProcessing: 'boolean',
  effectiveTime: 'date',
} as const;

/** The framework services' `UpdateRequestBody`. */
const UPDATE_REQUEST_BODY: BeanSpec = { name: 'UpdateRequestBody', fields: SOURCE_AND_FLAGS };

/** `NewClassificationRequestBody`: the source and flags, the effectivity dates and `ElementProperties`. */
const NEW_CLASSIFICATION_REQUEST_BODY: BeanSpec = {
  name: 'NewClassificationRequestBody',
  fields: {
    ...SOURCE_AND_FLAGS,
    effectiveFrom: 'date',
    effectiveTo: 'date',
    properties: { name: 'ElementProperties', fields: { propertyValueMap: 'map' } },
  },
};

/** The stored form of an `ElementProperties` bean: the primitive values of its `propertyValueMap`. */
function storedElementProperties(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const map = typeof raw === 'object' && raw !== null ? (raw as JsonObject)['propertyValueMap'] : undefined;
  if (typeof map !== 'object' || map === null) return out;
  for (const [name, value] of Object.entries(map as JsonObject)) {
    if (typeof value !== 'object' || value === null) continue;
    const primitive = (value as JsonObject)['primitiveValue'];
    if (primitive === undefined || primitive === null) continue;
    const category = (value as JsonObject)['primitiveTypeCategory'];
    out[name] = category === 'OM_PRIMITIVE_TYPE_DATE' ? parseJavaDate(primitive) : primitive;
  }
  return out;
}

/** The classification named in the path: a known classification type, else Egeria's unrecognized type error. */
function classificationName(ctx: EmulatorContext, name: string | undefined, call: CallInfo): string {
  if (name === undefined || name === '') {
    throw invalidParameter('NULL_NAME', ['classificationName', call.action], call.action, 'classificationName');
  }
  if (getTypeDef(name)?.category !== 'classification') {
    throw invalidParameter('UNRECOGNIZED_TYPE_NAME', [name, call.action, call.service], call.action, 'typeName');
  }
  return name;
}

/** `POST /metadata-elements/{metadataElementGUID}/classifications/{classificationName}` and `.../delete`. */
export function classificationStoreRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const PATH = '/metadata-elements/{metadataElementGUID}/classifications/{classificationName}';
  /** The request's body, and the element and classification named in the path. */
  const target = (req: BoundRequest, call: CallInfo) => {
    const body = requireBody(area, req, call);
    const element = requirePathElement(ctx, 'OpenMetadataRoot', req, 'metadataElementGUID', call);
    return { body, element, name: classificationName(ctx, req.params['classificationName'], call) };
  };
  return [
    route(area, {
      method: 'POST',
      path: PATH,
      action: 'classifyMetadataElementInStore',
      response: 'VoidResponse',
      body: { spec: NEW_CLASSIFICATION_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const { body, element, name } = target(req, call);
        const source = verifySource(ctx, sourceOf(body), call);
        checkClassificationOwner(element, name, source, call);
        const properties = storedElementProperties(body['properties']);
        for (const field of ['effectiveFrom', 'effectiveTo']) {
          if (typeof body[field] === 'number') properties[field] = body[field];
        }
        await inTransaction(ctx, (tx) => setClassification(tx, element, { name, properties }, source, call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: `${PATH}/delete`,
      action: 'declassifyMetadataElementInStore',
      response: 'VoidResponse',
      body: { spec: UPDATE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const { body, element, name } = target(req, call);
        if (element.classifications[name] === undefined) return {};
        checkClassificationOwner(element, name, sourceOf(body), call);
        await inTransaction(ctx, (tx) => tx.declassify(element, name));
        return {};
      },
    }),
  ];
}
