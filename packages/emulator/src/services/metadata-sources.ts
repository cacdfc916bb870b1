/**
 * Data Manager OMAS: metadata sources (software capabilities that own the metadata they
 * catalogue) and the out-topic connection (Egeria 5.2's DataManagerOMASResource).
 */
import type { Route } from '../server/http-server';
import type { BoundRequest, JsonObject } from '../server/binding';
import { nullName } from '../ffdc/ffdc';
import { readBean } from './bean-fields';
import { inTransaction, originFor, outTopicName } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import { createElement, sourceOf, verifySource } from './elements';
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

/** A kind of metadata source: its type, optional classification and request bean. */
interface SourceKind {
  readonly path: string;
  readonly action: string;
  readonly requestBean: string;
  readonly propertiesClass: string;
  readonly typeName: string;
  readonly classification?: string;
}

const SOURCE_KINDS: readonly SourceKind[] = [
  {
    path: '/metadata-sources/filesystems',
    action: 'createFileSystemInCatalog',
    requestBean: 'FileSystemRequestBody',
    propertiesClass: 'FileSystemProperties',
    typeName: 'DataManager',
    classification: 'FileSystem',
  },
  {
    path: '/metadata-sources/file-managers',
    action: 'createFileManagerInCatalog',
    requestBean: 'FileManagerRequestBody',
    propertiesClass: 'FileManagerProperties',
    typeName: 'DataManager',
    classification: 'FileManager',
  },
  {
    path: '/metadata-sources/database-managers',
    action: 'createDatabaseManagerInCatalog',
    requestBean: 'DatabaseManagerRequestBody',
    propertiesClass: 'DatabaseManagerProperties',
    typeName: 'DatabaseManager',
  },
  {
    path: '/metadata-sources/api-managers',
    action: 'createAPIManagerInCatalog',
    requestBean: 'APIManagerRequestBody',
    propertiesClass: 'APIManagerProperties',
    typeName: 'APIManager',
  },
  {
    path: '/metadata-sources/event-brokers',
    action: 'createEventBrokerInCatalog',
    requestBean: 'EventBrokerRequestBody',
    propertiesClass: 'EventBrokerProperties',
    typeName: 'EventBroker',
  },
  {
    path: '/metadata-sources/applications',
    action: 'createApplicationInCatalog',
    requestBean: 'ApplicationRequestBody',
    propertiesClass: 'ApplicationProperties',
    typeName: 'Application',
  },
  {
    path: '/metadata-sources/data-processing-engines',
    action: 'createDataProcessingEngineInCatalog',
    requestBean: 'DataProcessingEngineRequestBody',
    propertiesClass: 'DataProcessingEngineProperties',
    typeName: 'Engine',
  },
];

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

/** The kind used to create any metadata source (its properties are stored as sent). */
function sourceElementKind(kind: SourceKind): ElementKind {
  return {
    typeName: kind.typeName,
    propertiesClass: kind.propertiesClass,
    acceptedPropertiesClasses: [kind.requestBean],
    javaPropertiesClass: `${SOFTWARE_CAPABILITY_PROPERTIES}.${kind.propertiesClass}`,
    beanField: 'properties',
    nameProperties: ['qualifiedName'],
  };
}

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
  const kind = sourceElementKind(SOURCE_KINDS[0]);
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
  const creates: Route[] = SOURCE_KINDS.map((kind) =>
    route(area, {
      method: 'POST',
      path: kind.path,
      action: kind.action,
      response: 'GUIDResponse',
      body: { spec: flatTypedBean(kind.requestBean), required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = readBean(kind.propertiesClass, body);
        if (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '') {
          throw nullName('qualifiedName', call.action);
        }
        const source = verifySource(ctx, sourceOf(body), call);
        const guid = await inTransaction(ctx, (tx) => {
          if (kind.classification === 'FileSystem') return createFileSystem(tx, properties, source, call).guid;
          const element = createElement(tx, sourceElementKind(kind), { properties, source }, call);
          if (kind.classification !== undefined) {
            tx.classify(element, {
              name: kind.classification,
              properties: {},
              origin: originFor(tx.ctx, source),
              createdBy: call.userId,
              createTime: tx.ctx.now(),
              version: 1,
            });
          }
          return element.guid;
        });
        return { guid };
      },
    }),
  );
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
