/**
 * Data Manager OMAS: the forms, reports and queries of applications and their data containers
 * (Egeria 5.2's DisplayApplicationResource). Data fields are schema attributes (schema-attributes.ts).
 *
 * The model follows Egeria's: a Form, DeployedReport or InformationView (query) asset is used by its
 * application (ServerAssetUse); its DisplayDataSchemaType (AssetSchemaType) holds its data
 * containers (AttributeForSchema), which hold data fields (NestedSchemaAttribute). Everything
 * below an asset is anchored to it. Where Egeria 5.2 differs: it gives the asset a
 * RelationalDBSchemaType on the first data container (and looks for a DisplayDataSchemaType when
 * listing them), and its `removeDataContainer` declares a `{qualifiedName}` path variable its path
 * does not have, so Spring refuses every call; the emulator uses the display schema type and serves
 * the path as declared.
 */
import type { Route } from '../server/http-server';
import type { BoundRequest } from '../server/binding';
import type { EmulatorContext } from './context';
import type { CallInfo, ElementKind } from './elements';
import { link } from './database-manager';
import {
  flatCreateRoute,
  flatRemoveRoute,
  flatTemplateRoute,
  flatUpdateRoute,
  relatedElements,
  rootSchemaTypeOf,
  zoneRoute,
} from './flat-bean-routes';
import type { FlatCreateInput } from './flat-bean-routes';
import { byNameRoute, findRoute, getByGUIDRoute, listForParentRoute, requirePathElement } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import type { ElementRecord } from '../store/records';

const PROPS = 'org.odpi.openmetadata.frameworks.openmetadata.properties';
const ASSET_NAMES = ['qualifiedName', 'name', 'resourceName', 'displayName'];

function displayAsset(typeName: string, propertiesClass: string, requestBean: string): ElementKind {
  return {
    typeName,
    propertiesClass,
    acceptedPropertiesClasses: [requestBean],
    javaPropertiesClass: `${PROPS}.assets.display.${propertiesClass}`,
    beanField: 'properties',
    nameProperties: ASSET_NAMES,
  };
}

/** Forms. */
export const FORM = displayAsset('Form', 'FormProperties', 'FormRequestBody');
/** Reports. */
export const REPORT = displayAsset('DeployedReport', 'ReportProperties', 'ReportRequestBody');
/** Queries (Egeria stores them as InformationView assets). */
export const QUERY = displayAsset('InformationView', 'QueryProperties', 'QueryRequestBody');

/** The root schema type of a form, report or query. */
const DISPLAY_SCHEMA_TYPE: ElementKind = {
  typeName: 'DisplayDataSchemaType',
  // Only created (never sent or rendered): the table's SchemaTypeProperties fields.
  propertiesClass: 'DatabaseSchemaTypeProperties',
  acceptedPropertiesClasses: [],
  javaPropertiesClass: `${PROPS}.schema.SchemaTypeProperties`,
  beanField: 'properties',
  nameProperties: ['qualifiedName', 'displayName'],
};

/** Data containers. */
export const DATA_CONTAINER: ElementKind = {
  typeName: 'DisplayDataContainer',
  propertiesClass: 'DataContainerProperties',
  acceptedPropertiesClasses: ['DataContainerRequestBody'],
  javaPropertiesClass: `${PROPS}.schema.display.DataContainerProperties`,
  beanField: 'properties',
  nameProperties: ['qualifiedName', 'displayName'],
};

/** The data containers of an asset, in creation order. */
function containersOf(ctx: EmulatorContext, asset: ElementRecord): ElementRecord[] {
  return relatedElements(ctx, asset.guid, 'AssetSchemaType', 1).flatMap((schemaType) =>
    relatedElements(ctx, schemaType.guid, 'AttributeForSchema', 1),
  );
}

/** The routes of one kind of display asset under `/forms`, `/reports` or `/queries`. */
function assetRoutes(
  area: ServiceArea,
  kind: ElementKind,
  options: {
    base: string;
    guidParam: string;
    templatePath: string;
    noun: string;
    plural: string;
    requestBean: string;
    response: string;
  },
): Route[] {
  const { base, guidParam, noun, plural, response } = options;
  const linkToApplication = ({ tx, element, owner, named, call }: FlatCreateInput): void => {
    if (named !== undefined) link(tx, 'ServerAssetUse', named.guid, element.guid, owner, call, { useType: 'OWNS' });
  };
  return [
    flatCreateRoute(area, kind, options.requestBean, {
      path: base,
      action: `create${noun}`,
      isHomeParam: 'applicationIsHome',
      after: linkToApplication,
    }),
    flatTemplateRoute(area, kind, {
      path: `${base}/${options.templatePath}/{templateGUID}`,
      action: `create${noun}FromTemplate`,
      isHomeParam: 'applicationIsHome',
      after: linkToApplication,
    }),
    flatUpdateRoute(area, kind, options.requestBean, {
      path: `${base}/{${guidParam}}`,
      guidParam,
      action: `update${noun}`,
    }),
    zoneRoute(area, {
      path: `${base}/{${guidParam}}/publish`,
      guidParam,
      action: `publish${noun}`,
      typeName: kind.typeName,
      publish: true,
    }),
    zoneRoute(area, {
      path: `${base}/{${guidParam}}/withdraw`,
      guidParam,
      action: `withdraw${noun}`,
      typeName: kind.typeName,
      publish: false,
    }),
    flatRemoveRoute(area, kind, {
      path: `${base}/{${guidParam}}/{qualifiedName}/delete`,
      guidParam,
      action: `remove${noun}`,
    }),
    findRoute(area, kind, { path: `${base}/by-search-string`, action: `find${plural}`, response: `${plural}Response` }),
    byNameRoute(area, kind, { path: `${base}/by-name`, action: `get${plural}ByName`, response: `${plural}Response` }),
    listForParentRoute(area, kind, {
      path: `${base}/applications/{applicationGUID}/{applicationName}`,
      parentParam: 'applicationGUID',
      parentType: 'SoftwareCapability',
      action: `get${plural}ForApplication`,
      response: `${plural}Response`,
      children: (c, application) => relatedElements(c, application.guid, 'ServerAssetUse', 1),
    }),
    getByGUIDRoute(area, kind, {
      path: `${base}/{${guidParam}}`,
      guidParam,
      action: `get${noun}ByGUID`,
      response,
    }),
  ];
}

/** The Data Manager's display application routes. */
export function displayApplicationRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const parentAsset = (req: BoundRequest, call: CallInfo): ElementRecord =>
    requirePathElement(ctx, 'Asset', req, 'parentGUID', call);
  const attachContainer = ({ tx, element, req, owner, call }: FlatCreateInput): void => {
    const schemaType = rootSchemaTypeOf(tx, parentAsset(req, call), DISPLAY_SCHEMA_TYPE, owner, call);
    link(tx, 'AttributeForSchema', schemaType.guid, element.guid, owner, call);
  };
  const containerAnchor = (req: BoundRequest, _body: unknown, call: CallInfo) => ({
    anchorGUID: parentAsset(req, call).guid,
  });
  return [
    ...assetRoutes(area, FORM, {
      base: '/forms',
      guidParam: 'formGUID',
      templatePath: 'by-template',
      noun: 'Form',
      plural: 'Forms',
      requestBean: 'FormRequestBody',
      response: 'FormResponse',
    }),
    ...assetRoutes(area, REPORT, {
      base: '/reports',
      guidParam: 'reportGUID',
      templatePath: 'from-template',
      noun: 'Report',
      plural: 'Reports',
      requestBean: 'ReportRequestBody',
      response: 'ReportResponse',
    }),
    ...assetRoutes(area, QUERY, {
      base: '/queries',
      guidParam: 'queryGUID',
      templatePath: 'from-template',
      noun: 'Query',
      plural: 'Queries',
      requestBean: 'QueryRequestBody',
      response: 'QueryResponse',
    }),

    // Data containers
    flatCreateRoute(area, DATA_CONTAINER, 'DataContainerRequestBody', {
      path: '/schemas/elements/{parentGUID}/data-containers',
      action: 'createDataContainer',
      isHomeParam: 'applicationIsHome',
      prepare: containerAnchor,
      after: attachContainer,
    }),
    flatTemplateRoute(area, DATA_CONTAINER, {
      path: '/schemas/elements/{parentGUID}/data-containers/from-template/{templateGUID}',
      action: 'createDataContainerFromTemplate',
      isHomeParam: 'applicationIsHome',
      prepare: containerAnchor,
      after: attachContainer,
    }),
    flatUpdateRoute(area, DATA_CONTAINER, 'DataContainerRequestBody', {
      path: '/schemas/data-containers/{dataContainerGUID}',
      guidParam: 'dataContainerGUID',
      action: 'updateDataContainer',
    }),
    flatRemoveRoute(area, DATA_CONTAINER, {
      path: '/schemas/data-containers/{dataContainerGUID}/delete',
      guidParam: 'dataContainerGUID',
      action: 'removeDataContainer',
    }),
    findRoute(area, DATA_CONTAINER, {
      path: '/schemas/data-containers/by-search-string',
      action: 'findDataContainers',
      response: 'DataContainersResponse',
    }),
    listForParentRoute(area, DATA_CONTAINER, {
      path: '/schemas/data-containers/by-parent-element/{parentGUID}',
      parentParam: 'parentGUID',
      parentType: 'Asset',
      action: 'getDataContainersForParent',
      response: 'DataContainersResponse',
      children: containersOf,
    }),
    byNameRoute(area, DATA_CONTAINER, {
      path: '/schemas/data-containers/by-name',
      action: 'getDataContainersByName',
      response: 'DataContainersResponse',
    }),
    getByGUIDRoute(area, DATA_CONTAINER, {
      path: '/schemas/data-containers/{dataContainerGUID}',
      guidParam: 'dataContainerGUID',
      action: 'getDataContainerByGUID',
      response: 'DataContainerResponse',
    }),
  ];
}
