/**
 * Asset Manager OMAS (Egeria 5.2's AssetManagerOMASResource, DataAssetExchangeResource and
 * GlossaryExchangeResource): registering the third party catalog, the out-topic connection, data
 * assets, glossaries and glossary terms. Processes, ports and lineage are in asset-manager-lineage.ts.
 */
import type { Route } from '../server/http-server';
import { nullName } from '../ffdc/ffdc';
import { inTransaction, originFor } from './context';
import type { EmulatorContext } from './context';
import { createElement } from './elements';
import { requireBody, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { outTopicConnection } from './metadata-sources';
import { isTypeOf } from '../store/type-registry';
import { ASSET_MANAGER_BASE, ASSET_MANAGER_SERVICE, amKind, storedProperties } from './asset-manager-support';
import { elementRoutes } from './asset-manager-elements';
import { ASSET_MANAGER_MARKER } from './asset-manager-events';
import { lineageRoutes } from './asset-manager-lineage';
import { dataAssetRoutes } from './asset-manager-data-asset-routes';
import { schemaRoutes } from './asset-manager-schema';

/** Data assets: Asset and its subtypes. */
export const DATA_ASSET = amKind(
  'Asset',
  [
    'DataAssetProperties',
    'AssetProperties',
    'DataSetProperties',
    'DataStoreProperties',
    'DataFileProperties',
    'DatabaseProperties',
    'FileFolderProperties',
    'TopicProperties',
  ],
  'dataAssetProperties',
  'org.odpi.openmetadata.frameworks.openmetadata.properties.assets',
);

/** Glossaries. */
export const GLOSSARY = amKind('Glossary', ['GlossaryProperties'], 'glossaryProperties');

/** Glossary terms. */
export const GLOSSARY_TERM = amKind('GlossaryTerm', ['GlossaryTermProperties'], 'glossaryTermProperties');

/** Registering the third party catalog and the out-topic connection. */
function registrationRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  return [
    route(area, {
      method: 'POST',
      path: '/asset-managers',
      action: 'createExternalAssetManager',
      response: 'GUIDResponse',
      body: { spec: { name: 'AssetManagerProperties', acceptedClasses: ['AssetManagerProperties'] }, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = storedProperties(body);
        if (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '') {
          throw nullName('qualifiedName', call.action);
        }
        const requested = body['typeName'];
        const typeName =
          typeof requested === 'string' && isTypeOf(requested, 'SoftwareCapability') ? requested : 'InventoryCatalog';
        const guid = await inTransaction(ctx, (tx) => {
          const kind = amKind(typeName, ['AssetManagerProperties'], 'properties');
          const element = createElement(tx, kind, { typeName, properties, source: undefined }, call);
          tx.classify(element, {
            name: 'AssetManager',
            properties: {},
            origin: originFor(ctx, undefined),
            createdBy: call.userId,
            createTime: ctx.now(),
            version: 1,
          });
          return element.guid;
        });
        return { guid };
      },
    }),
    route(area, {
      method: 'GET',
      path: '/asset-managers/by-name/{qualifiedName}',
      action: 'getExternalAssetManagerGUID',
      response: 'GUIDResponse',
      handle: (req) => {
        const found = ctx.state.store
          .elementsWithQualifiedName(req.params['qualifiedName'] ?? '')
          .filter((e) => isTypeOf(e.typeName, 'SoftwareCapability'));
        return found.length === 0 ? {} : { guid: found[found.length - 1].guid };
      },
    }),
    route(area, {
      method: 'GET',
      path: '/topics/out-topic-connection/{callerId}',
      action: 'getOutTopicConnection',
      response: 'OCFConnectionResponse',
      handle: (req) => ({
        connection: outTopicConnection(ctx, req, ASSET_MANAGER_MARKER, req.params['callerId'] ?? ''),
      }),
    }),
  ];
}

/** Every Asset Manager route the emulator serves. */
export function assetManagerRoutes(ctx: EmulatorContext): Route[] {
  const area: ServiceArea = { ctx, base: ASSET_MANAGER_BASE, service: ASSET_MANAGER_SERVICE };
  return [
    ...registrationRoutes(area),
    ...elementRoutes(area, {
      kind: DATA_ASSET,
      body: 'DataAssetRequestBody',
      guidParam: 'assetGUID',
      create: { path: '/data-assets', action: 'createDataAsset' },
      update: { path: '/data-assets/{assetGUID}', action: 'updateDataAsset', mergeRequired: true },
      remove: {
        path: '/data-assets/{assetGUID}/remove',
        action: 'removeDataAsset',
        bodyRequired: false,
        body: 'UpdateRequestBody',
      },
      find: { path: '/data-assets/by-search-string', action: 'findDataAssets' },
      byName: { path: '/data-assets/by-name', action: 'getDataAssetsByName' },
      forAssetManager: { path: '/data-assets/by-asset-manager', action: 'getDataAssetsForAssetManager' },
      byGUID: { path: '/data-assets/{assetGUID}/retrieve', action: 'getDataAssetByGUID', bodyRequired: false },
    }),
    ...dataAssetRoutes(area, DATA_ASSET),
    ...elementRoutes(area, {
      kind: GLOSSARY,
      body: 'ReferenceableRequestBody',
      guidParam: 'glossaryGUID',
      create: { path: '/glossaries', action: 'createGlossary' },
      update: { path: '/glossaries/{glossaryGUID}/update', action: 'updateGlossary', mergeRequired: false },
      remove: {
        path: '/glossaries/{glossaryGUID}/remove',
        action: 'removeGlossary',
        bodyRequired: false,
        body: 'ReferenceableUpdateRequestBody',
      },
      find: { path: '/glossaries/by-search-string', action: 'findGlossaries' },
      byName: { path: '/glossaries/by-name', action: 'getGlossariesByName' },
      forAssetManager: { path: '/glossaries/by-asset-manager', action: 'getGlossariesForAssetManager' },
      byGUID: { path: '/glossaries/{glossaryGUID}/retrieve', action: 'getGlossaryByGUID', bodyRequired: false },
    }),
    ...elementRoutes(area, {
      kind: GLOSSARY_TERM,
      body: 'ReferenceableUpdateRequestBody',
      guidParam: 'glossaryTermGUID',
      create: {
        path: '/glossaries/{glossaryGUID}/terms',
        action: 'createGlossaryTerm',
        parent: { param: 'glossaryGUID', type: 'Glossary', relationship: 'TermAnchor' },
      },
      update: {
        path: '/glossaries/terms/{glossaryTermGUID}/update',
        action: 'updateGlossaryTerm',
        mergeRequired: false,
      },
      remove: {
        path: '/glossaries/terms/{glossaryTermGUID}/remove',
        action: 'removeGlossaryTerm',
        bodyRequired: false,
        body: 'ReferenceableUpdateRequestBody',
      },
      find: { path: '/glossaries/terms/by-search-string', action: 'findGlossaryTerms' },
      byName: { path: '/glossaries/terms/by-name', action: 'getGlossaryTermsByName' },
      byGUID: {
        path: '/glossaries/terms/{glossaryTermGUID}/retrieve',
        action: 'getGlossaryTermByGUID',
        bodyRequired: false,
      },
      forParent: {
        path: '/glossaries/{glossaryGUID}/terms/retrieve',
        action: 'getTermsForGlossary',
        bodyRequired: false,
      },
    }),
    ...lineageRoutes(area),
    ...schemaRoutes(area),
  ];
}
