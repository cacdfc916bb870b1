/**
 * Asset Manager OMAS external references (Egeria 5.2's ExternalReferenceExchangeResource): create,
 * update, delete, the lists (by type, resource id, URL, name, asset manager, search string), by GUID,
 * and their links to the elements they describe (`ExternalReferenceLink`).
 *
 * Egeria stores the properties under its own attribute names (`resourceDescription` as `description`,
 * `uri` as `url`, `version` as `referenceVersion`); `localReferenceId` and `linkDescription` of the
 * properties bean are not stored. As in 5.2, a search by resource id compares the
 * qualified name (Egeria does not store the resource id it is named after).
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject } from '../server/binding';
import { nullName } from '../ffdc/ffdc';
import { inTransaction } from './context';
import type { EmulatorContext } from './context';
import {
  isVisibleTo,
  listAnswer,
  matchesName,
  page,
  unknownRelationship,
  validatePaging,
  verifySource,
  visiblePage,
} from './elements';
import type { CallInfo } from './elements';
import { elementsOfKind, pagingOf, requireBody, requirePathElement, requirePathKind, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementRoutes } from './asset-manager-elements';
import {
  AM_NAME_BODY,
  EFFECTIVE_TIME_QUERY,
  FLAGS,
  IS_HOME,
  PAGED,
  amKind,
  assetManagerOf,
  correlationHeadersOf,
  renderAMElement,
} from './asset-manager-support';
import { newLink, readRelationshipProperties, unlink, updateLink } from './asset-manager-relationship-beans';
import type { RelationshipBeanSpec } from './asset-manager-relationship-beans';
import { elementHeader } from './headers';
import type { ElementRecord, RelationshipRecord } from '../store/records';

/** Properties bean field -> Egeria's attribute, as its ExternalReferenceBuilder stores them. */
const STORED_AS: Readonly<Record<string, string>> = {
  qualifiedName: 'qualifiedName',
  additionalProperties: 'additionalProperties',
  displayName: 'displayName',
  resourceDescription: 'description',
  uri: 'url',
  version: 'referenceVersion',
  organization: 'organization',
  effectiveFrom: 'effectiveFrom',
  effectiveTo: 'effectiveTo',
};

/** What Egeria's ExternalReferenceConverter returns of the stored attributes. */
const RETURNED: ReadonlyArray<readonly [string, string]> = [
  ['qualifiedName', 'qualifiedName'],
  ['additionalProperties', 'additionalProperties'],
  ['displayName', 'displayName'],
  ['resourceDescription', 'description'],
  ['uri', 'url'],
  ['version', 'referenceVersion'],
  ['organization', 'organization'],
];

function fromBean(bean: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const extended = bean['extendedProperties'];
  const out: Record<string, unknown> = typeof extended === 'object' && extended !== null ? { ...extended } : {};
  for (const [field, attribute] of Object.entries(STORED_AS)) {
    if (bean[field] !== undefined && bean[field] !== null) out[attribute] = bean[field];
  }
  return out;
}

function toBean(stored: Readonly<Record<string, unknown>>): JsonObject {
  const out: JsonObject = {};
  for (const [field, attribute] of RETURNED) if (stored[attribute] !== undefined) out[field] = stored[attribute];
  return out;
}

/** External references: ExternalReference and its subtypes. */
export const EXTERNAL_REFERENCE = {
  ...amKind(
    'ExternalReference',
    ['ExternalReferenceProperties'],
    'properties',
    'org.odpi.openmetadata.frameworks.openmetadata.properties.externalreferences',
  ),
  toBean,
  fromBean,
};

const LINK: RelationshipBeanSpec = {
  className: 'ExternalReferenceLinkProperties',
  strings: { linkId: 'referenceId', linkDescription: 'description' },
};

/** `ExternalReferenceLinkRequestBody`. */
const LINK_BODY: BeanSpec = {
  name: 'ExternalReferenceLinkRequestBody',
  fields: {
    ...EFFECTIVE_TIME_QUERY.fields,
    elementProperties: {
      name: 'ExternalReferenceLinkProperties',
      acceptedClasses: ['ExternalReferenceLinkProperties'],
    },
  },
};

/** An `ExternalReferenceLinkElement`, as Egeria 5.2's ExternalReferenceLinkConverter fills it. */
function linkElement(
  ctx: EmulatorContext,
  reference: ElementRecord,
  link: RelationshipRecord,
  scopeGUID: string | undefined,
): JsonObject {
  const out: JsonObject = { elementHeader: elementHeader(reference, ctx.serverName) };
  const headers = correlationHeadersOf(ctx, reference, scopeGUID);
  if (headers !== undefined) out['correlationHeaders'] = headers;
  const linkBean: JsonObject = { class: 'ExternalReferenceLinkProperties' };
  if (link.properties['referenceId'] !== undefined) linkBean['linkId'] = link.properties['referenceId'];
  if (link.properties['description'] !== undefined) linkBean['linkDescription'] = link.properties['description'];
  out['link'] = linkBean;
  // 5.2's link converter reports the URL as the resource description and leaves uri out; this is
  // the bean its interface describes, as getExternalReferenceByGUID returns it.
  out['properties'] = { class: 'ExternalReferenceProperties', ...toBean(reference.properties) };
  return out;
}

/** One page of external references that match exactly on one of the properties given. */
function byValue(
  area: ServiceArea,
  req: BoundRequest,
  call: CallInfo,
  parameterName: string,
  attributes: readonly string[],
): JsonObject {
  const { ctx } = area;
  const body = requireBody(area, req, call);
  const { startFrom, pageSize } = pagingOf(req);
  const name = body['name'];
  if (typeof name !== 'string' || name === '') throw nullName(parameterName, call.action);
  const size = validatePaging(ctx, startFrom, pageSize, call);
  const matches = elementsOfKind(ctx, EXTERNAL_REFERENCE).filter((e) => matchesName(e, name, attributes));
  const scopeGUID = assetManagerOf(body).guid;
  return listAnswer(
    'elementList',
    visiblePage(ctx, call, matches, startFrom, size).map((e) => renderAMElement(ctx, EXTERNAL_REFERENCE, e, scopeGUID)),
  );
}

function linkRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const findLink = (req: BoundRequest, call: CallInfo): RelationshipRecord => {
    const guid = req.params['externalReferenceLinkGUID'] ?? '';
    const found = ctx.state.store.getRelationship(guid);
    if (found === undefined || found.typeName !== 'ExternalReferenceLink') {
      throw unknownRelationship(ctx, 'ExternalReferenceLink', guid, 'externalReferenceLinkGUID', call);
    }
    return found;
  };
  return [
    route(area, {
      method: 'POST',
      path: '/external-references/{externalReferenceGUID}/links/{attachedToGUID}',
      action: 'linkExternalReferenceToElement',
      response: 'GUIDResponse',
      body: { spec: LINK_BODY, required: true },
      query: [IS_HOME, ...FLAGS],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const attachedTo = requirePathElement(ctx, 'Referenceable', req, 'attachedToGUID', call);
        const reference = requirePathKind(ctx, EXTERNAL_REFERENCE, req, 'externalReferenceGUID', call);
        const source = req.q['assetManagerIsHome'] === true ? assetManagerOf(body) : {};
        const owner = verifySource(ctx, source, call);
        const properties = readRelationshipProperties(LINK, body['elementProperties']);
        const guid = await inTransaction(
          ctx,
          (tx) =>
            newLink(
              tx,
              {
                typeName: 'ExternalReferenceLink',
                end1GUID: attachedTo.guid,
                end2GUID: reference.guid,
                properties,
                owner,
              },
              call,
            ).guid,
        );
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/external-references/links/{externalReferenceLinkGUID}/update',
      action: 'updateExternalReferenceToElementLink',
      response: 'VoidResponse',
      body: { spec: LINK_BODY, required: true },
      query: FLAGS,
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const link = findLink(req, call);
        const properties = readRelationshipProperties(LINK, body['elementProperties']);
        await inTransaction(ctx, (tx) => updateLink(tx, link, properties, false, assetManagerOf(body), call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/external-references/links/{externalReferenceLinkGUID}/remove',
      action: 'unlinkExternalReferenceFromElement',
      response: 'VoidResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: FLAGS,
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const link = findLink(req, call);
        await inTransaction(ctx, (tx) => unlink(tx, link, assetManagerOf(body), call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/external-references/attached-to/{attachedToGUID}',
      action: 'retrieveAttachedExternalReferences',
      response: 'ExternalReferenceLinkElementsResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: true },
      query: PAGED,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const { startFrom, pageSize } = pagingOf(req);
        const attachedTo = requirePathElement(ctx, 'Referenceable', req, 'attachedToGUID', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const found = ctx.state.store
          .relationshipsOf(attachedTo.guid, 'ExternalReferenceLink', 1)
          .map((link) => ({ link, reference: ctx.state.store.getElement(link.end2GUID) }))
          .filter(
            (f): f is { link: RelationshipRecord; reference: ElementRecord } =>
              f.reference !== undefined && isVisibleTo(ctx, call, f.reference),
          );
        const scopeGUID = assetManagerOf(body).guid;
        return listAnswer(
          'elementList',
          page(found, startFrom, size).map(({ link, reference }) => linkElement(ctx, reference, link, scopeGUID)),
        );
      },
    }),
  ];
}

/** Every external reference route of the Asset Manager. */
export function externalReferenceRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const list = (path: string, action: string, handle: (req: BoundRequest, call: CallInfo) => JsonObject): Route =>
    route(area, {
      method: 'POST',
      path,
      action,
      response: 'ExternalReferenceElementsResponse',
      body: { spec: path.endsWith('by-type') ? EFFECTIVE_TIME_QUERY : AM_NAME_BODY, required: true },
      query: PAGED,
      handle,
    });
  return [
    ...elementRoutes(area, {
      kind: EXTERNAL_REFERENCE,
      body: 'ExternalReferenceRequestBody',
      guidParam: 'externalReferenceGUID',
      create: { path: '/external-references', action: 'createExternalReference', anchorField: 'anchorGUID' },
      update: {
        path: '/external-references/{externalReferenceGUID}',
        action: 'updateExternalReference',
        mergeRequired: true,
      },
      remove: {
        path: '/external-references/{externalReferenceGUID}/remove',
        action: 'deleteExternalReference',
        bodyRequired: true,
        body: 'UpdateRequestBody',
      },
      find: { path: '/external-references/by-search-string', action: 'findExternalReferences' },
      byName: {
        path: '/external-references/by-name',
        action: 'getExternalReferencesByName',
        properties: ['qualifiedName', 'displayName'],
      },
      forAssetManager: {
        path: '/external-references/by-asset-manager',
        action: 'getExternalReferencesForAssetManager',
        byExternalIdScope: true,
      },
      byGUID: {
        path: '/external-references/{externalReferenceGUID}/by-guid',
        action: 'getExternalReferenceByGUID',
        bodyRequired: true,
      },
    }),
    list('/external-references/by-type', 'getExternalReferences', (req, call) => {
      const body = requireBody(area, req, call);
      const { startFrom, pageSize } = pagingOf(req);
      const size = validatePaging(ctx, startFrom, pageSize, call);
      const scopeGUID = assetManagerOf(body).guid;
      return listAnswer(
        'elementList',
        visiblePage(ctx, call, elementsOfKind(ctx, EXTERNAL_REFERENCE), startFrom, size).map((e) =>
          renderAMElement(ctx, EXTERNAL_REFERENCE, e, scopeGUID),
        ),
      );
    }),
    list('/external-references/by-resource-id', 'getExternalReferencesById', (req, call) =>
      byValue(area, req, call, 'resourceId', ['qualifiedName']),
    ),
    list('/external-references/by-url', 'getExternalReferencesByURL', (req, call) =>
      byValue(area, req, call, 'url', ['url']),
    ),
    ...linkRoutes(area),
  ];
}
