import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  IllegalStateError,
  InMemoryAuditLogDestination,
  IntegrationConnector,
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  type Connection,
} from '@egeria-ts/core';
import {
  lastPublishedReport,
  rejectionOf,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
  waitUntil,
  type TestContextOptions,
} from '@egeria-ts/testing';
import {
  FileClassifier,
  FilesIntegratorConnector,
  filesIntegratorService,
  type FilesIntegratorContext,
} from '@egeria-ts/files-integrator';
import type { DataManagerOutboundEvent, FileDirectoryListener } from '@egeria-ts/omas-client';

const SERVER = 'mds1';

/** The writes to the Data Manager OMAS: POSTs below its root, except finds and the metadata source set-up. */
const DATA_MANAGER_WRITES = {
  method: 'POST',
  path: /^(?!.*\/by-)(?!.*\/metadata-sources).*\/access-services\/data-manager\//,
};

const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-files-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:ScriptedFilesConnector' },
};

/** A files connector whose refresh runs a script through its context, and that may listen to events. */
const ScriptedFilesConnector = scriptedConnector<FilesIntegratorConnector, DataManagerOutboundEvent>(
  FilesIntegratorConnector,
);
type ScriptedFilesConnector = InstanceType<typeof ScriptedFilesConnector>;

const testbed = useIntegratorTestbed(filesIntegratorService, {
  serverName: SERVER,
  heartbeatMs: 60_000,
  userId: 'filesUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'files-connector',
  connection: CONNECTION,
});
const tempDirs: string[] = [];

interface Started {
  readonly connector: ScriptedFilesConnector;
  readonly context: FilesIntegratorContext;
  readonly records: InMemoryAuditLogDestination;
}

async function startConnector(
  settings: TestContextOptions['settings'] = {},
  configure: (connector: ScriptedFilesConnector) => void = () => undefined,
): Promise<Started> {
  const connector = new ScriptedFilesConnector();
  configure(connector);
  const started = await testbed.start(connector, { settings });
  return { connector, context: started.context, records: started.auditRecords };
}

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'files-integrator-'));
  tempDirs.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of tempDirs) await fs.rm(dir, { recursive: true, force: true });
});

describe('FilesIntegratorConnector', () => {
  it('has a typed error with the service id when its context is read too early', () => {
    let error: unknown;
    try {
      void new ScriptedFilesConnector().context;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).messageId).toBe('OMIS-FILES-INTEGRATOR-500-001');
  });

  it('is the only kind of connector the service runs', () => {
    class NotAFilesConnector extends IntegrationConnector {
      async refresh(): Promise<void> {}
    }
    expect(filesIntegratorService.supportsConnector(new ScriptedFilesConnector())).toBe(true);
    expect(() => filesIntegratorService.validateConnector(new NotAFilesConnector(), 'other')).toThrow(
      expect.objectContaining({ messageId: 'OMIS-FILES-INTEGRATOR-400-001' }),
    );
    expect(filesIntegratorService.description).toMatchObject({
      code: 605,
      marker: 'files-integrator',
      partnerOMAS: 'Data Manager OMAS',
      defaultPermittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
    });
    expect(filesIntegratorService.metadataSourceType).toEqual({
      typeName: 'DataManager',
      classificationName: 'FileSystem',
      deployedImplementationType: 'File System',
    });
  });
});

describe('FilesIntegratorContext against the emulator', () => {
  it('catalogs files and folders along their paths as its file system, and reads them back', async () => {
    const { connector, context, records } = await startConnector({
      metadataSourceQualifiedName: 'fs:landing',
      generateIntegrationReport: true,
    });
    expect(records.withMessageId('OMIS-FILES-INTEGRATOR-0002')[0].messageParameters.slice(2, 4)).toEqual([
      'fs:landing',
      'FROM_THIRD_PARTY',
    ]);
    const sourceGUID = context.metadataSourceGUID;
    expect(sourceGUID).toMatch(/^[0-9a-f-]{36}$/);

    let sales: string[] = [];
    let nested: string[] = [];
    let folder: string[] = [];
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      sales = await ctx.addDataFileToCatalog({
        dataFileProperties: { pathName: '/data/landing/sales.csv', name: 'sales.csv', typeName: 'CSVFile' },
      });
      nested = await ctx.createNestedFolders({ parentGUID: sales[1], pathName: '/data/landing/2024/06' });
      folder = await ctx.addDataFolderToCatalog({
        fileFolderProperties: { pathName: '/data/warehouse/orders', name: 'orders' },
      });
    });
    expect(sales).toHaveLength(3);
    expect(nested.slice(0, 2)).toEqual(sales.slice(0, 2));
    expect(nested).toHaveLength(4);

    // Every write carried the connector's user id and the file system as external source.
    const writes = testbed.proxy.requestsMatching(DATA_MANAGER_WRITES);
    expect(writes).toHaveLength(3);
    for (const write of writes) {
      expect(write.path).toContain('/users/filesUser/');
      expect(JSON.parse(write.body)).toMatchObject({
        externalSourceGUID: sourceGUID,
        externalSourceName: 'fs:landing',
      });
    }

    // The activity report counts the files and folders by type.
    const report = lastPublishedReport(testbed.proxy, sourceGUID);
    expect(report['createdElements']).toEqual(expect.arrayContaining([...sales, ...nested, ...folder]));
    expect(reportCounts(report, 'createCounts')).toEqual({ FileFolder: 6, CSVFile: 1 });
    expect(report['updatedElements']).toEqual([sales[1]]);

    // Reads.
    const file = await context.getFileByPathName({ pathName: '/data/landing/sales.csv' });
    expect(file?.elementHeader?.guid).toBe(sales[2]);
    expect(file?.elementHeader?.type?.typeName).toBe('CSVFile');
    expect(file?.elementHeader?.origin).toMatchObject({
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: sourceGUID,
    });
    expect((await context.getFileByGUID({ guid: sales[2] }))?.properties?.name).toBe('sales.csv');
    const landing = await context.getFolderByPathName({ pathName: '/data/landing' });
    expect(landing?.elementHeader?.guid).toBe(sales[1]);
    expect((await context.getFolderFiles({ folderGUID: sales[1] })).map((f) => f.elementHeader?.guid)).toEqual([
      sales[2],
    ]);
    const subfolders = await context.getNestedFolders({ parentFolderGUID: sales[1] });
    expect(subfolders.map((f) => f.elementHeader?.guid)).toEqual([nested[2]]);
    expect(subfolders[0].fileFolderProperties?.pathName).toBe('/data/landing/2024');
    expect((await context.getDataFolderByGUID({ dataFolderGUID: folder[2] }))?.fileFolderProperties?.name).toBe(
      'orders',
    );
  });

  it('updates, archives and deletes data files and data folders', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'fs:changes',
      generateIntegrationReport: true,
    });
    const g: Record<string, string[]> = {};
    await connector.refreshWith(async (ctx) => {
      g.a = await ctx.addDataFileToCatalog({
        dataFileProperties: { pathName: '/changes/a.json', name: 'a.json', resourceDescription: 'v1' },
      });
      g.b = await ctx.addDataFileToCatalog({ dataFileProperties: { pathName: '/changes/b.json', name: 'b.json' } });
      g.folder = await ctx.addDataFolderToCatalog({
        fileFolderProperties: { pathName: '/changes/set', name: 'set', resourceDescription: 'v1' },
      });
    });
    const [folderGUID, aGUID] = [g.a[0], g.a[1]];

    await connector.refreshWith(async (ctx) => {
      await ctx.updateDataFileInCatalog({
        dataFileGUID: aGUID,
        isMergeUpdate: true,
        dataFileProperties: { resourceDescription: 'v2' },
      });
      await ctx.updateDataFolderInCatalog({
        dataFolderGUID: g.folder[1],
        isMergeUpdate: true,
        fileFolderProperties: { resourceDescription: 'v2' },
      });
    });
    expect((await context.getFileByGUID({ guid: aGUID }))?.properties).toMatchObject({
      name: 'a.json',
      resourceDescription: 'v2',
    });
    expect((await context.getFolderByGUID({ guid: g.folder[1] }))?.fileFolderProperties?.resourceDescription).toBe(
      'v2',
    );
    expect(reportCounts(lastPublishedReport(testbed.proxy, context.metadataSourceGUID), 'updateCounts')).toEqual({
      DataFile: 1,
      FileFolder: 1,
    });

    // Archive: the file stays, but drops out of its folder's files.
    await connector.refreshWith(async (ctx) => {
      await ctx.archiveDataFileInCatalog({ dataFileGUID: aGUID, archiveProperties: { archiveProcess: 'test' } });
    });
    expect((await context.getFolderFiles({ folderGUID })).map((f) => f.elementHeader?.guid)).toEqual([g.b[1]]);
    // An archived (Memento) file is not visible to the Data Manager, which never reads for lineage.
    const archived = await context.getFileByGUID({ guid: aGUID }).catch((error: unknown) => error);
    expect(archived).toBeInstanceOf(InvalidParameterException);
    expect((archived as InvalidParameterException).messageId).toBe('OMAG-REPOSITORY-HANDLER-400-010');

    // Delete: the file and the data folder are gone.
    await connector.refreshWith(async (ctx) => {
      await ctx.deleteDataFileFromCatalog({ dataFileGUID: g.b[1], fullPathname: '/changes/b.json' });
      await ctx.deleteDataFolderFromCatalog({ dataFolderGUID: g.folder[1], fullPathname: '/changes/set' });
    });
    const report = lastPublishedReport(testbed.proxy, context.metadataSourceGUID);
    expect(report['deletedElements']).toEqual([g.b[1], g.folder[1]]);
    await expect(context.getFileByGUID({ guid: g.b[1] })).rejects.toBeInstanceOf(InvalidParameterException);
    await expect(context.getFolderByGUID({ guid: g.folder[1] })).rejects.toBeInstanceOf(InvalidParameterException);
    expect(await context.getFolderFiles({ folderGUID })).toEqual([]);
  });

  it('attaches and detaches top-level folders of a file system, and copies a file from a template', async () => {
    const { connector, context } = await startConnector({ metadataSourceQualifiedName: 'fs:s3' });
    let guids: string[] = [];
    let copy: string[] = [];
    await connector.refreshWith(async (ctx) => {
      guids = await ctx.addDataFileToCatalog({ dataFileProperties: { pathName: 's3://bucket/raw.avro' } });
    });
    const [fileSystemGUID, bucketGUID, fileGUID] = guids;
    expect((await context.getFileSystemByGUID({ guid: fileSystemGUID }))?.elementHeader?.guid).toBe(fileSystemGUID);
    expect((await context.getFileSystemByUniqueName({ uniqueName: 's3://' }))?.elementHeader?.guid).toBe(
      fileSystemGUID,
    );
    const topLevel = async () =>
      (await context.getTopLevelFolders({ fileSystemGUID })).map((f) => f.fileFolderProperties?.pathName);
    expect(await topLevel()).toEqual(['s3://bucket']);

    await connector.refreshWith(async (ctx) => {
      await ctx.detachTopLevelFolder({ fileSystemGUID, folderGUID: bucketGUID });
    });
    expect(await topLevel()).toEqual([]);
    await connector.refreshWith(async (ctx) => {
      await ctx.attachTopLevelFolder({ fileSystemGUID, folderGUID: bucketGUID });
      copy = await ctx.addDataFileToCatalogFromTemplate({
        templateGUID: fileGUID,
        templateProperties: { qualifiedName: 'copy-of-raw', pathName: 's3://bucket/copy.avro', displayName: 'copy' },
      });
    });
    expect(await topLevel()).toEqual(['s3://bucket']);
    expect(copy[copy.length - 1]).not.toBe(fileGUID);
    const copied = await context.getFileByPathName({ pathName: 's3://bucket/copy.avro' });
    expect(copied?.elementHeader?.guid).toBe(copy[copy.length - 1]);
    expect(copied?.properties?.qualifiedName).toBe('copy-of-raw');
  });

  it('refuses a write under TO_THIRD_PARTY before anything is sent', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'fs:readonly',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    });
    testbed.proxy.clearRequests();
    let refusal: unknown;
    await connector.refreshWith(async (ctx) => {
      refusal = await rejectionOf(ctx.addDataFileToCatalog({ dataFileProperties: { pathName: '/refused/x.csv' } }));
    });
    expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
    expect((refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
    expect(testbed.proxy.requests).toEqual([]);
    // Reads are still allowed, and nothing was created.
    await expect(context.getFolderByPathName({ pathName: '/refused' })).resolves.toBeUndefined();
  });

  it('receives the out-topic events of other connectors', async () => {
    const listener = await startConnector({ metadataSourceQualifiedName: 'fs:listener' }, (c) => {
      c.listen = true;
    });
    await listener.connector.refreshWith(async () => undefined);
    const writer = await startConnector({ metadataSourceQualifiedName: 'fs:writer' });
    let guids: string[] = [];
    await writer.connector.refreshWith(async (ctx) => {
      guids = await ctx.addDataFileToCatalog({ dataFileProperties: { pathName: '/events/e.csv' } });
    });
    const fileGUID = guids[guids.length - 1];
    await waitUntil(
      () => listener.connector.events.some((e) => e.principleElement?.guid === fileGUID),
      'the event of the new file',
    );
    const event = listener.connector.events.find((e) => e.principleElement?.guid === fileGUID);
    expect(event?.eventType).toBe('NEW_ELEMENT_CREATED');
    expect(event?.principleElement?.type?.typeName).toMatch(/File$/);
  });

  it('rejects bad options with a typed error naming the field, before anything is sent', async () => {
    const { context } = await startConnector();
    testbed.proxy.clearRequests();
    await expect(context.getFolderFiles({ folderGUID: 'x', pageSize: 0 })).rejects.toMatchObject({
      parameterName: 'pageSize',
    });
    await expect(
      context.addDataFileToCatalog(
        undefined as unknown as Parameters<FilesIntegratorContext['addDataFileToCatalog']>[0],
      ),
    ).rejects.toBeInstanceOf(InvalidParameterException);
    expect(testbed.proxy.requests).toEqual([]);
  });

  it('splits path names as Egeria does', async () => {
    const { context } = await startConnector();
    expect(context.getFileSystemName('s3://bucket/a.csv')).toBe('s3://');
    expect(context.getFileSystemName('/data/a.csv')).toBeUndefined();
    expect(context.getDirectoryNames('/data/landing/a.csv')).toEqual(['data', 'landing']);
    expect(context.getDirectoryNames('s3://bucket/x/a.csv')).toEqual(['bucket', 'x']);
    expect(context.getDirectoryNames('a.csv')).toBeUndefined();
    expect(context.getFileExtension('/data/a.tar.gz')).toBe('gz');
    expect(context.getFileExtension('/data/README')).toBeUndefined();
  });
});

describe('file system listeners', () => {
  /** A directory listener that records what it is told. */
  function recordingListener(): FileDirectoryListener & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      onFileCreate: (f) => void calls.push(`create ${path.basename(f)}`),
      onFileChange: (f) => void calls.push(`change ${path.basename(f)}`),
      onFileDelete: (f) => void calls.push(`delete ${path.basename(f)}`),
      onDirectoryCreate: (d) => void calls.push(`mkdir ${path.basename(d)}`),
      onDirectoryDelete: (d) => void calls.push(`rmdir ${path.basename(d)}`),
    };
  }

  it('reports files created, changed and deleted, and a connector catalogs them as they come', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'existing.csv'), 'a,b\n');
    const catalogued: string[] = [];
    const { context, records } = await startConnector({ metadataSourceQualifiedName: 'fs:monitor' });
    const tree = recordingListener();
    const flat = recordingListener();
    await context.registerDirectoryTreeListener(tree, dir, (p, isDirectory) => isDirectory || !p.endsWith('.tmp'));
    await context.registerDirectoryListener(flat, dir);
    // A listener that catalogs each new file, as Egeria's data files monitor does.
    await context.registerDirectoryListener(
      {
        onFileCreate: async (file) => {
          const guids = await context.addDataFileToCatalog({ dataFileProperties: { pathName: file } });
          catalogued.push(guids[guids.length - 1]);
        },
      },
      dir,
    );
    expect(records.withMessageId('OIF-CONNECTOR-0002')).toHaveLength(3);

    await fs.writeFile(path.join(dir, 'new.csv'), 'x\n');
    await fs.writeFile(path.join(dir, 'ignored.tmp'), 'x\n');
    await fs.mkdir(path.join(dir, 'sub'));
    await fs.writeFile(path.join(dir, 'sub', 'deep.csv'), 'x\n');
    await waitUntil(() => tree.calls.includes('create deep.csv') && catalogued.length >= 2, 'the new files');
    expect(tree.calls).toEqual(expect.arrayContaining(['create new.csv', 'mkdir sub', 'create deep.csv']));
    expect(tree.calls).not.toContain('create existing.csv');
    expect(tree.calls).not.toContain('create ignored.tmp');
    expect(flat.calls).toEqual(expect.arrayContaining(['create new.csv', 'create ignored.tmp', 'mkdir sub']));
    expect(flat.calls).not.toContain('create deep.csv');
    const file = await context.getFileByPathName({ pathName: path.join(dir, 'new.csv') });
    expect(catalogued).toContain(file?.elementHeader?.guid);

    tree.calls.length = 0;
    await fs.appendFile(path.join(dir, 'existing.csv'), 'c,d\n');
    await fs.rm(path.join(dir, 'sub'), { recursive: true });
    await waitUntil(
      () => tree.calls.includes('rmdir sub') && tree.calls.includes('change existing.csv'),
      'the changes',
    );
    expect(tree.calls).toEqual(expect.arrayContaining(['delete deep.csv', 'rmdir sub', 'change existing.csv']));
  });

  it('reports one file, keeps going when a listener throws, and stops on unregister and disconnect', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'watched.txt');
    const { connector, context, records } = await startConnector();
    const calls: string[] = [];
    await context.registerFileListener(
      {
        onFileCreate: () => {
          throw new Error('listener bug');
        },
      },
      target,
    );
    const good = { onFileCreate: () => void calls.push('create'), onFileDelete: () => void calls.push('delete') };
    await context.registerFileListener(good, target);
    expect(records.withMessageId('OIF-CONNECTOR-0001')).toHaveLength(2);

    await fs.writeFile(target, 'hello');
    await waitUntil(() => calls.includes('create'), 'the created file');
    expect(records.withMessageId('EGERIA-TS-INTEGRATION-SERVICE-0020')).toHaveLength(1);

    expect(context.unregisterFileListener(good, target)).toBe(true);
    expect(context.unregisterFileListener(good, target)).toBe(false);
    await fs.rm(target);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(calls).toEqual(['create']);

    await connector.runDisconnect();
    expect(records.withMessageId('OIF-CONNECTOR-0005')).toHaveLength(1);
    await expect(context.registerFileListener(good, target)).rejects.toBeInstanceOf(UserNotAuthorizedException);
  });

  it('refuses a listener without a path, naming the parameter', async () => {
    const { context } = await startConnector();
    await expect(context.registerDirectoryListener({}, '')).rejects.toMatchObject({
      parameterName: 'directoryToMonitor',
    });
  });
});

describe('FileClassifier', () => {
  it('describes a file from the file system and the reference data of its extension', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'orders.csv');
    await fs.writeFile(file, 'id,total\n1,2\n');
    const { context } = await startConnector();
    const classification = await context.getFileClassifier().classifyFile(file);
    expect(classification).toMatchObject({
      fileName: 'orders.csv',
      pathName: file,
      fileExtension: 'csv',
      fileType: 'CSV File',
      assetTypeName: 'CSVFile',
      deployedImplementationType: 'CSV Data File',
      encoding: 'CSV',
      canRead: true,
      isHidden: false,
      isSymLink: false,
      fileSize: 13,
    });
    expect(classification.lastModifiedTime).toBeInstanceOf(Date);

    const custom = new FileClassifier({
      referenceData: (name) => (name === 'orders.csv' ? { fileType: 'Orders' } : undefined),
    });
    expect((await custom.classifyFile(file)).fileType).toBe('Orders');
    expect(custom.getFileExtension('.profile')).toBeUndefined();
    await expect(custom.classifyFile(path.join(dir, 'missing.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
