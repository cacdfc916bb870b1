/**
 * The Data Manager clients (all but the database part) against facts read from Egeria 5.2's
 * FilesResource, DataManagerOMASResource, EventBrokerResource, APIManagerResource,
 * DisplayApplicationResource, SchemaManagerResource and ConnectionManagerResource (commit 19177ef7).
 */
import {
  APIManagerClient,
  DATA_MANAGER_API_SERVICE,
  DATA_MANAGER_CONNECTION_SERVICE,
  DATA_MANAGER_DISPLAY_SERVICE,
  DATA_MANAGER_EVENT_BROKER_SERVICE,
  DATA_MANAGER_FILES_SERVICE,
  DATA_MANAGER_METADATA_SOURCE_SERVICE,
  DATA_MANAGER_SCHEMA_SERVICE,
  DataManagerMetadataSourceClient,
  DataManagerSchemaClient,
  DisplayApplicationClient,
  EventBrokerClient,
  FilesAndFoldersClient,
} from '@egeria-ts/omas-client';
import { RecordingInvoker } from './tables-support';

const tables = [
  DATA_MANAGER_FILES_SERVICE,
  DATA_MANAGER_METADATA_SOURCE_SERVICE,
  DATA_MANAGER_EVENT_BROKER_SERVICE,
  DATA_MANAGER_API_SERVICE,
  DATA_MANAGER_DISPLAY_SERVICE,
  DATA_MANAGER_SCHEMA_SERVICE,
  DATA_MANAGER_CONNECTION_SERVICE,
];

describe('Data Manager tables', () => {
  it('all live under the data-manager access service', () => {
    for (const table of tables) expect(table.root).toEqual({ kind: 'access-service', marker: 'data-manager' });
  });

  it('page with the required startFrom / pageSize everywhere (files included, renamed before 5.0)', () => {
    let lists = 0;
    for (const table of tables) {
      for (const operation of Object.values(table.operations)) {
        if (!operation.paging) continue;
        lists++;
        expect([operation.name, operation.paging]).toEqual([
          operation.name,
          { startFrom: 'startFrom', pageSize: 'pageSize' },
        ]);
        expect(operation.query?.['startFrom']?.required).toBe(true);
      }
    }
    expect(lists).toBeGreaterThan(40);
  });
});

describe('files and folders', () => {
  const ops = DATA_MANAGER_FILES_SERVICE.operations;

  it("uses the Java client's names for the routes the files integrator calls", () => {
    expect(ops.createNestedFolders).toMatchObject({
      path: '/filesystems/folders/parent/{parentGUID}',
      requestBody: 'PathNameRequestBody',
      response: { bean: 'GUIDListResponse', field: 'guids', list: true },
      creates: true,
    });
    expect(ops.attachTopLevelFolder.path).toBe('/filesystems/{fileSystemGUID}/folders/{folderGUID}/attach');
    expect(ops.detachTopLevelFolder).toMatchObject({
      path: '/filesystems/{fileSystemGUID}/folders/{folderGUID}/detach',
      requestBody: 'MetadataSourceRequestBody',
      bodyRequired: false,
    });
    expect(ops.getFileByPathName).toMatchObject({ method: 'POST', path: '/filesystems/data-files/by-path-name' });
  });

  it("keeps the server's doubled /filesystems/filesystems paths", () => {
    expect(ops.getFileSystemByGUID.path).toBe('/filesystems/filesystems/{fileSystemGUID}');
    expect(ops.getFileSystemByUniqueName.path).toBe('/filesystems/filesystems/by-name/{uniqueName}');
  });

  it('requires isMergeUpdate on file and folder updates', async () => {
    expect(ops.updateDataFileInCatalog.query).toEqual({ isMergeUpdate: { required: true } });
    const invoker = new RecordingInvoker();
    await new FilesAndFoldersClient(invoker).updateDataFileInCatalog({
      dataFileGUID: 'file-1',
      isMergeUpdate: true,
      modifiedTime: '2024-05-01T10:00:00Z',
    });
    const call = invoker.only();
    expect(call.request.path).toEqual({ dataFileGUID: 'file-1' });
    expect(call.request.query).toEqual({ isMergeUpdate: true });
    expect(call.request.body).toEqual({ class: 'DataFileRequestBody', modifiedTime: '2024-05-01T10:00:00Z' });
  });

  it('archives a data file with ArchiveRequestBody and deletes it with its path name', async () => {
    const invoker = new RecordingInvoker();
    const files = new FilesAndFoldersClient(invoker);
    await files.archiveDataFileInCatalog({ dataFileGUID: 'f', archiveProcess: 'nightly', externalSourceName: 'fs' });
    await files.deleteDataFileFromCatalog({ dataFileGUID: 'f', pathName: '/data/a.csv' });
    expect(invoker.calls.map((c) => [c.operation.path, c.request.body])).toEqual([
      [
        '/filesystems/data-files/{dataFileGUID}/archive',
        { class: 'ArchiveRequestBody', archiveProcess: 'nightly', externalSourceName: 'fs' },
      ],
      ['/filesystems/data-files/{dataFileGUID}/delete', { class: 'PathNameRequestBody', pathName: '/data/a.csv' }],
    ]);
  });
});

describe('metadata sources', () => {
  it('registers each kind of software capability with its own flat request bean', async () => {
    const invoker = new RecordingInvoker();
    const sources = new DataManagerMetadataSourceClient(invoker);
    await sources.createEventBroker({ qualifiedName: 'KafkaBroker::prod', displayName: 'Kafka' });
    await sources.createFileSystem({ qualifiedName: 'FileSystem::landing', format: 'ext4' });
    expect(invoker.calls.map((c) => [c.operation.path, c.request.body])).toEqual([
      [
        '/metadata-sources/event-brokers',
        { class: 'EventBrokerRequestBody', qualifiedName: 'KafkaBroker::prod', displayName: 'Kafka' },
      ],
      [
        '/metadata-sources/filesystems',
        { class: 'FileSystemRequestBody', qualifiedName: 'FileSystem::landing', format: 'ext4' },
      ],
    ]);
    expect(Object.keys(DATA_MANAGER_METADATA_SOURCE_SERVICE.operations).sort()).toEqual(
      [
        'createAPIManager',
        'createApplication',
        'createDataProcessingEngine',
        'createEventBroker',
        'createFileManager',
        'createFileSystem',
      ].sort(),
    );
  });
});

describe('topics and event types', () => {
  const ops = DATA_MANAGER_EVENT_BROKER_SERVICE.operations;

  it('requires eventBrokerIsHome on creates, sent as true unless the caller says otherwise', async () => {
    expect(ops.createTopic.query).toEqual({ eventBrokerIsHome: { required: true, default: true } });
    const invoker = new RecordingInvoker();
    await new EventBrokerClient(invoker).createTopicFromTemplate({
      templateGUID: 'tpl',
      eventBrokerIsHome: false,
      qualifiedName: 'copy',
    });
    expect(invoker.only().request.query).toEqual({ eventBrokerIsHome: false });
    expect(invoker.only().request.body).toEqual({ class: 'TemplateRequestBody', qualifiedName: 'copy' });
  });

  it('puts the qualified name in the remove paths', () => {
    expect(ops.removeTopic.path).toBe('/topics/{topicGUID}/{qualifiedName}/delete');
    expect(ops.removeEventType.path).toBe('/topics/event-types/{eventTypeGUID}/{qualifiedName}/delete');
  });

  it('lists the topics of a broker by its GUID and name', () => {
    expect(ops.getTopicsForEventBroker).toMatchObject({
      method: 'GET',
      path: '/event-brokers/{eventBrokerGUID}/{eventBrokerName}/topics',
      response: { bean: 'TopicsResponse', field: 'elements', list: true },
    });
  });
});

describe('APIs', () => {
  const ops = DATA_MANAGER_API_SERVICE.operations;

  it('has a create with and without an endpoint', async () => {
    expect(ops.createAPI.path).toBe('/apis');
    expect(ops.createAPIForEndpoint.path).toBe('/apis/for-endpoint/{endpointGUID}');
    expect(ops.createAPIForEndpointFromTemplate.path).toBe(
      '/apis/for-endpoint/{endpointGUID}/from-template/{templateGUID}',
    );
    const invoker = new RecordingInvoker();
    await new APIManagerClient(invoker).createAPIForEndpoint({ endpointGUID: 'ep', qualifiedName: 'api::orders' });
    expect(invoker.only().request).toMatchObject({
      path: { endpointGUID: 'ep' },
      query: {},
      body: { class: 'APIRequestBody', qualifiedName: 'api::orders' },
    });
  });

  it('creates a parameter list for a list type in the path', () => {
    expect(ops.createAPIParameterList).toMatchObject({
      path: '/apis/api-operations/{apiOperationGUID}/api-parameter-lists/{parameterListType}',
      requestBody: 'APIParameterListRequestBody',
    });
  });
});

describe('display applications', () => {
  const ops = DATA_MANAGER_DISPLAY_SERVICE.operations;

  it("follows the server where the Java client's paths differ", () => {
    // The 5.2 Java client posts to /forms/from-template/...; the server maps /forms/by-template/...
    expect(ops.createFormFromTemplate.path).toBe('/forms/by-template/{templateGUID}');
    // The Java client adds /types/{typeName}/ to these; the server does not.
    expect(ops.findDataContainers.path).toBe('/schemas/data-containers/by-search-string');
    expect(ops.getDataContainersByName.path).toBe('/schemas/data-containers/by-name');
  });

  it('sends parentGUID both in the path and in the template body of a data container copy', async () => {
    const invoker = new RecordingInvoker();
    await new DisplayApplicationClient(invoker).createDataContainerFromTemplate({
      parentGUID: 'form-1',
      templateGUID: 'tpl',
      qualifiedName: 'copy',
    });
    expect(invoker.only().request.path).toEqual({ parentGUID: 'form-1', templateGUID: 'tpl' });
    expect(invoker.only().request.body).toEqual({
      class: 'TemplateRequestBody',
      parentGUID: 'form-1',
      qualifiedName: 'copy',
    });
    expect(invoker.only().request.query).toEqual({});
  });
});

describe('schema types and attributes', () => {
  const ops = DATA_MANAGER_SCHEMA_SERVICE.operations;

  it('searches schema types of a type named in the path', async () => {
    expect(ops.findSchemaType.path).toBe('/schema-types/types/{typeName}/by-search-string');
    const invoker = new RecordingInvoker();
    await new DataManagerSchemaClient(invoker).findSchemaType({
      typeName: 'EventType',
      searchString: '.*order.*',
      pageSize: 25,
    });
    expect(invoker.only().request.query).toEqual({ startFrom: 0, pageSize: 25 });
    expect(invoker.only().request.body).toEqual({
      class: 'SearchStringRequestBody',
      typeName: 'EventType',
      searchString: '.*order.*',
    });
  });

  it("keeps the server's schema element relationship routes", () => {
    expect(ops.setupSchemaElementRelationship).toMatchObject({
      path: '/schema-elements/{endOneGUID}/relationships/{relationshipTypeName}/schema-elements/{endTwoGUID}',
      requestBody: 'RelationshipRequestBody',
      bodyRequired: false,
      creates: true,
    });
    expect(ops.getSchemaTypeParent.response).toEqual({ bean: 'ElementStubResponse', field: 'element' });
  });
});
