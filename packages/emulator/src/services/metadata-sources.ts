/**
 * Data Manager OMAS: metadata sources (software capabilities that own the metadata they
 * catalogue) and the out-topic connection (Egeria 5.2's DataManagerOMASResource).
 */
import type { Route } from '../server/http-server';
import type { BoundRequest, JsonObject } from '../server/binding';
import { nullName } from '../ffdc/ffdc';
import { originFor, outTopicName } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import { createElement } from './elements';
import { createMetadataSourceRoute, metadataSourceElementKind } from './metadata-source-capabilities';
import type { MetadataSourceKind } from './metadata-source-capabilities';
import type { CallInfo, ElementKind } from './elements';
import { requireBody, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { flatTypedBean, NAME_REQUEST_BODY } from './request-beans';
import { isTypeOf } from '../store/type-registry';
import type { ElementRecord } from '../store/records';

/**
 * The `connectorProviderClassName` of the Connection the emulator gives for its out topics: a
 * topic connector that reads the emulator's server-sent event stream.
 */
export const EVENT_STREAM_TOPIC_CONNECTOR = '@egeria-ts/emulator:EventStreamTopicConnector';

const SOFTWARE_CAPABILITY_PROPERTIES = 'org.odpi.openmetadata.frameworks.openmetadata.properties.softwarecapabilities';

/** The metadata sources the Data Manager catalogues: flat request beans naming their own source. */
const SOURCE_ROWS: readonly (readonly [string, string, string, string, string?])[] = [
  ['/metadata-sources/filesystems', 'createFileSystemInCatalog', 'FileSystem', 'DataManager', 'FileSystem'],
  ['/metadata-sources/file-managers', 'createFileManagerInCatalog', 'FileManager', 'DataManager', 'FileManager'],
  ['/metadata-sources/database-managers', 'createDatabaseManagerInCatalog', 'DatabaseManager', 'DatabaseManager'],
  ['/metadata-sources/api-managers', 'createAPIManagerInCatalog', 'APIManager', 'APIManager'],
  ['/metadata-sources/event-brokers', 'createEventBrokerInCatalog', 'EventBroker', 'EventBroker'],
  ['/metadata-sources/applications', 'createApplicationInCatalog', 'Application', 'Application'],
  [
    '/metadata-sources/data-processing-engines',
    'createDataProcessingEngineInCatalog',
    'DataProcessingEngine',
    'Engine',
  ],
];
const SOURCE_KINDS: readonly MetadataSourceKind[] = SOURCE_ROWS.map(
  ([path, action, bean, typeName, classification]) => ({
    path,
    action,
    body: flatTypedBean(`${bean}RequestBody`),
    propertiesClass: `${bean}Properties`,
    typeName,
    classification,
    sourceInBody: true,
    create: classification === 'FileSystem' ? createFileSystem : undefined,
  }),
);

/** File systems: software capabilities with the FileSystem classification. */
export const FILE_SYSTEM: ElementKind = {
  typeName: 'SoftwareCapability',
  propertiesClass: 'FileSystemProperties',
  acceptedPropertiesClasses: ['FileSystemProperties'],
  javaPropertiesClass: `${SOFTWARE_CAPABILITY_PROPERTIES}.FileSystemProperties`,
  beanField: 'fileSystemProperties',
  nameProperties: ['qualifiedName'],
  matches: (e) => isTypeOf(e.typeName, 'SoftwareCapability') && e.classifications['FileSystem'] !== undefined,
};

/**
 * Creates a file system element (used also when a file path names one that is not catalogued yet).
 * @returns the new element
 */
export function createFileSystem(
  tx: Transaction,
  properties: Record<string, unknown>,
  source: MetadataSourceRef | undefined,
  call: CallInfo,
): ElementRecord {
  const kind = metadataSourceElementKind('FileSystemProperties', 'DataManager');
  const element = createElement(tx, kind, { typeName: 'DataManager', properties, source }, call);
  const classificationProperties: Record<string, unknown> = {};
  if (properties['format'] !== undefined) classificationProperties['format'] = properties['format'];
  if (properties['encryption'] !== undefined) classificationProperties['encryption'] = properties['encryption'];
  return tx.classify(element, {
    name: 'FileSystem',
    properties: classificationProperties,
    origin: originFor(tx.ctx, source),
    createdBy: call.userId,
    createTime: tx.ctx.now(),
    version: 1,
  });
}

/** The Connection of an out topic, pointing at the emulator's event stream. */
export function outTopicConnection(
  ctx: EmulatorContext,
  req: BoundRequest,
  marker: string,
  callerId: string,
): JsonObject {
  const topic = outTopicName(ctx.serverName, marker);
  const hostHeader = req.headers['host'];
  const host = typeof hostHeader === 'string' && hostHeader !== '' ? hostHeader : 'localhost';
  const address = `http://${host}/servers/${encodeURIComponent(ctx.serverName)}/emulator/out-topic/${encodeURIComponent(topic)}`;
  return {
    class: 'Connection',
    headerVersion: 0,
    qualifiedName: `${topic}:${callerId}`,
    displayName: `${marker} out topic for ${callerId}`,
    connectorType: {
      class: 'ConnectorType',
      headerVersion: 0,
      connectorProviderClassName: EVENT_STREAM_TOPIC_CONNECTOR,
    },
    endpoint: { class: 'Endpoint', headerVersion: 0, address },
    configurationProperties: { callerId, topicName: topic },
  };
}

/** The Data Manager's metadata source and out-topic routes. */
export function metadataSourceRoutes(area: ServiceArea, marker: string): Route[] {
  const ctx = area.ctx;
  const creates: Route[] = SOURCE_KINDS.map((kind) => createMetadataSourceRoute(area, kind));
  return [
    ...creates,
    route(area, {
      method: 'POST',
      path: '/metadata-sources/by-name',
      action: 'getMetadataSourceGUID',
      response: 'GUIDResponse',
      body: { spec: NAME_REQUEST_BODY, required: true },
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const name = body['name'];
        if (typeof name !== 'string' || name === '') throw nullName('qualifiedName', call.action);
        const found = ctx.state.store
          .elementsWithQualifiedName(name)
          .filter((e) => isTypeOf(e.typeName, 'SoftwareCapability'));
        return found.length === 0 ? {} : { guid: found[found.length - 1].guid };
      },
    }),
    route(area, {
      method: 'GET',
      path: '/topics/out-topic-connection/{callerId}',
      action: 'getOutTopicConnection',
      response: 'OCFConnectionResponse',
      handle: (req) => ({ connection: outTopicConnection(ctx, req, marker, req.params['callerId'] ?? '') }),
    }),
  ];
}
