/**
 * Asset Manager OMAS (Egeria 5.2's AssetManagerOMASResource and DataAssetExchangeResource):
 * registering the third party catalog, the out-topic connection and data assets. Glossaries are in
 * asset-manager-glossary.ts, external references in asset-manager-external-references.ts, processes,
 * ports and lineage in asset-manager-lineage.ts.
 */
import type { Route } from '../server/http-server';
import { nullName } from '../ffdc/ffdc';
import { inTransaction } from './context';
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
import { assetManagerGlossaryRoutes } from './asset-manager-glossary';
import { externalReferenceRoutes } from './asset-manager-external-references';
import { stewardshipRoutes } from './asset-manager-stewardship';
import { setClassification } from './classifications';

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
          setClassification(tx, element, { name: 'AssetManager', properties: {} }, undefined, call);
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
      scan: { path: '/data-assets/scan', action: 'scanDataAssets', typeName: 'Asset' },
      byGUID: { path: '/data-assets/{assetGUID}/retrieve', action: 'getDataAssetByGUID', bodyRequired: false },
    }),
    ...dataAssetRoutes(area, DATA_ASSET),
    ...assetManagerGlossaryRoutes(area),
    ...externalReferenceRoutes(area),
    ...lineageRoutes(area),
    ...schemaRoutes(area),
    ...stewardshipRoutes(area),
  ];
}
