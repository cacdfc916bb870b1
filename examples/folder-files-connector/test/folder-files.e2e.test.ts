import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ConnectorCheckedException,
  InvalidParameterException,
  defaultConnectorRegistry,
  isIntegrationConnectorDefinition,
  type IntegrationReport,
} from '@egeria-ts/core';
import {
  FOLDER_FILES_CONNECTOR_ALIAS,
  FOLDER_FILES_CONNECTOR_NAME,
  FolderFilesConnector,
} from '@egeria-ts/example-folder-files-connector';
import { runConnector, startTestEmulator, useTestEmulator, type ConnectorRun } from '@egeria-ts/testing';

const emulator = useTestEmulator();
const temporary: string[] = [];

afterAll(async () => {
  for (const dir of temporary) await fs.rm(dir, { recursive: true, force: true });
});

/** Makes a folder tree: paths ending in `/` are folders, others files with the given content. */
async function makeTree(entries: Record<string, string>): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'folder-files-'));
  temporary.push(root);
  for (const [name, content] of Object.entries(entries)) {
    const target = path.join(root, name);
    if (name.endsWith('/')) {
      await fs.mkdir(target, { recursive: true });
    } else {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, content);
    }
  }
  return root;
}

function writes(report: IntegrationReport): number {
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return sum(report.createCounts) + sum(report.updateCounts) + sum(report.deleteCounts);
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const TREE = {
  'sales.csv': 'id,amount\n1,10\n',
  'notes.txt': 'remember',
  README: 'no extension',
  'config.yaml': 'a: 1\n',
  '.hidden.csv': 'x',
  'data/orders.parquet': 'PAR1....PAR1',
  'data/events.json': '{"a":1}',
  'data/raw/log.avro': 'Obj',
  'empty/': '',
};

describe('FolderFilesConnector registration', () => {
  it('registers under its name and as Egeria’s data files monitor, with typed configuration properties', () => {
    const registered = defaultConnectorRegistry.resolve(FOLDER_FILES_CONNECTOR_NAME);
    expect(registered?.connectorClass).toBe(FolderFilesConnector);
    expect(defaultConnectorRegistry.resolve(FOLDER_FILES_CONNECTOR_ALIAS)?.connectorClass).toBe(FolderFilesConnector);
    const definition = registered?.definition;
    expect(isIntegrationConnectorDefinition(definition) && definition.serviceURLMarker).toBe('files-integrator');
    expect(definition?.configurationProperties['includeFiles']?.type).toBe('stringList');
    expect(definition?.configurationProperties['allowCatalogDelete']?.defaultValue).toBe(true);
    expect(definition?.configurationProperties['watchDebounceMillis']?.type).toBe('integer');
  });
});

describe('FolderFilesConnector against the emulator', () => {
  it('catalogs the folders and files of the tree, with type, size and times, and writes nothing when nothing changed', async () => {
    const root = await makeTree(TREE);
    const run = await runConnector(FolderFilesConnector, {
      emulator,
      endpoint: root,
      metadataSourceQualifiedName: 'fs:initial',
      configurationProperties: { watchFolder: false },
    });
    // root, data, data/raw, empty; seven visible files (the hidden one is skipped).
    expect(run.connector.lastRefresh).toEqual({ folders: 4, files: 7, created: 11, updated: 0, removed: 0 });
    expect(run.activityReports[0]?.createCounts).toMatchObject({
      CSVFile: 1,
      ParquetFile: 1,
      JSONFile: 1,
      AvroFile: 1,
      YAMLFile: 1,
      Document: 1,
      DataFile: 1,
    });

    const salesPath = path.join(root, 'sales.csv');
    const stats = await fs.stat(salesPath);
    const sales = await run.context.getFileByPathName({ pathName: salesPath });
    expect(sales?.elementHeader?.type?.typeName).toBe('CSVFile');
    expect(sales?.elementHeader?.origin?.homeMetadataCollectionName).toBe('fs:initial');
    expect(sales?.properties).toMatchObject({
      pathName: salesPath,
      name: 'sales.csv',
      fileName: 'sales.csv',
      fileExtension: 'csv',
      fileType: 'CSV File',
      deployedImplementationType: 'CSV Data File',
      encodingType: 'CSV',
      additionalProperties: expect.objectContaining({ fileSize: String(stats.size), isHidden: 'false' }),
    });
    expect(Date.parse(String(sales?.properties?.modifiedTime))).toBe(Math.floor(stats.mtimeMs));
    const readme = await run.context.getFileByPathName({ pathName: path.join(root, 'README') });
    expect(readme?.elementHeader?.type?.typeName).toBe('DataFile');
    expect(await run.context.getFileByPathName({ pathName: path.join(root, '.hidden.csv') })).toBeUndefined();

    const data = await run.context.getFolderByPathName({ pathName: path.join(root, 'data') });
    const dataFiles = await run.context.getFolderFiles({ folderGUID: data!.elementHeader!.guid });
    expect(dataFiles.map((f) => f.properties?.fileName).sort()).toEqual(['events.json', 'orders.parquet']);
    expect(await run.context.getFolderByPathName({ pathName: path.join(root, 'empty') })).toBeDefined();
    expect(run.connector.getConnectorStatistics()).toMatchObject({
      'catalogued.FileFolder': 4,
      'catalogued.CSVFile': 1,
      'catalogued.DataFile': 1,
    });

    const again = await run.refresh();
    expect(writes(again)).toBe(0);
    expect(run.connector.lastRefresh).toEqual({ folders: 4, files: 7, created: 0, updated: 0, removed: 0 });
    await run.stop();
  });

  it('on the next refresh, adds the new file, updates the changed one and removes what was deleted', async () => {
    const root = await makeTree(TREE);
    const run = await runConnector(FolderFilesConnector, {
      emulator,
      endpoint: root,
      metadataSourceQualifiedName: 'fs:refresh',
      configurationProperties: { watchFolder: false },
    });
    await fs.writeFile(path.join(root, 'data/new.csv'), 'x,y\n');
    await fs.appendFile(path.join(root, 'sales.csv'), '2,20\n3,30\n');
    await fs.rm(path.join(root, 'notes.txt'));
    await fs.rm(path.join(root, 'data/raw'), { recursive: true });
    await fs.rm(path.join(root, 'empty'), { recursive: true });

    const report = await run.refresh();
    expect(run.connector.lastRefresh).toEqual({ folders: 2, files: 6, created: 1, updated: 1, removed: 4 });
    // As Egeria's context, the files context also counts the folders along a new file's path as created.
    expect(report.createCounts).toMatchObject({ CSVFile: 1 });
    expect(report.updateCounts).toEqual({ CSVFile: 1 });
    expect(report.deleteCounts).toEqual({ DataFile: 2, FileFolder: 2 });

    const sales = await run.context.getFileByPathName({ pathName: path.join(root, 'sales.csv') });
    expect(sales?.properties?.additionalProperties?.['fileSize']).toBe(
      String((await fs.stat(path.join(root, 'sales.csv'))).size),
    );
    expect(await run.context.getFileByPathName({ pathName: path.join(root, 'notes.txt') })).toBeUndefined();
    expect(await run.context.getFileByPathName({ pathName: path.join(root, 'data/raw/log.avro') })).toBeUndefined();
    expect(await run.context.getFolderByPathName({ pathName: path.join(root, 'data/raw') })).toBeUndefined();
    expect(await run.context.getFolderByPathName({ pathName: path.join(root, 'empty') })).toBeUndefined();
    expect(await run.context.getFileByPathName({ pathName: path.join(root, 'data/new.csv') })).toBeDefined();
    expect(run.connector.getConnectorStatistics()).toMatchObject({ 'catalogued.AvroFile': 0, 'catalogued.CSVFile': 2 });
    expect(writes(await run.refresh())).toBe(0);
    await run.stop();
  });

  it('between refreshes, its watcher catalogs new files and folders, updates changed files and removes deleted ones', async () => {
    const root = await makeTree({ 'a.csv': '1\n' });
    const run = await runConnector(FolderFilesConnector, {
      emulator,
      endpoint: root,
      metadataSourceQualifiedName: 'fs:watched',
      configurationProperties: { watchDebounceMillis: 50 },
    });
    const context = run.context;
    const file = (name: string) => () => context.getFileByPathName({ pathName: path.join(root, name) });

    await fs.mkdir(path.join(root, 'in/2024'), { recursive: true });
    await fs.writeFile(path.join(root, 'in/2024/b.json'), '{}');
    const added = await eventually(file('in/2024/b.json'), (f) => f !== undefined, 'the new file');
    expect(added?.elementHeader?.type?.typeName).toBe('JSONFile');
    expect(await context.getFolderByPathName({ pathName: path.join(root, 'in/2024') })).toBeDefined();

    await fs.appendFile(path.join(root, 'a.csv'), '2\n3\n');
    const size = String((await fs.stat(path.join(root, 'a.csv'))).size);
    await eventually(file('a.csv'), (f) => f?.properties?.additionalProperties?.['fileSize'] === size, 'the new size');

    await fs.rm(path.join(root, 'a.csv'));
    await eventually(file('a.csv'), (f) => f === undefined, 'the deleted file to leave the catalog');
    await fs.rm(path.join(root, 'in'), { recursive: true });
    await eventually(
      () => context.getFolderByPathName({ pathName: path.join(root, 'in') }),
      (f) => f === undefined,
      'the deleted folder to leave the catalog',
    );
    expect(await file('in/2024/b.json')()).toBeUndefined();

    expect(run.activityReports).toHaveLength(1); // no refresh ran: the watcher did it all
    expect(run.connector.getConnectorStatistics()['watcherBatches']).toBeGreaterThan(0);
    expect(run.auditLog.withMessageId('EGERIA-TS-FOLDER-FILES-0004').length).toBeGreaterThan(0);
    expect(writes(await run.refresh())).toBe(0); // the catalog was already current
    await run.stop();
  });

  it('catalogs only the files the include patterns name and leaves out excluded folders', async () => {
    const root = await makeTree({
      'a.csv': '1',
      'b.json': '{}',
      'keep/c.csv': '1',
      'archive/old.csv': '1',
      'archive/deep/older.csv': '1',
    });
    const run = await runConnector(FolderFilesConnector, {
      emulator,
      endpoint: root,
      metadataSourceQualifiedName: 'fs:patterns',
      configurationProperties: { includeFiles: ['*.csv'], excludeFiles: ['archive'], watchFolder: false },
    });
    expect(run.connector.lastRefresh).toMatchObject({ folders: 2, files: 2 });
    expect(await run.context.getFileByPathName({ pathName: path.join(root, 'b.json') })).toBeUndefined();
    expect(await run.context.getFolderByPathName({ pathName: path.join(root, 'archive') })).toBeUndefined();
    expect(await run.context.getFileByPathName({ pathName: path.join(root, 'keep/c.csv') })).toBeDefined();
    await run.stop();
  });

  it('leaves alone what another metadata source owns, and archives instead of deleting when told to', async () => {
    const root = await makeTree({ 'shared.csv': '1', 'mine/own.csv': '1' });
    const first = await runConnector(FolderFilesConnector, {
      emulator,
      endpoint: root,
      metadataSourceQualifiedName: 'fs:first',
      configurationProperties: { watchFolder: false },
    });
    const second = await runConnector(FolderFilesConnector, {
      emulator,
      endpoint: root,
      metadataSourceQualifiedName: 'fs:second',
      configurationProperties: { watchFolder: false, allowCatalogDelete: false },
    });
    expect(second.connector.lastRefresh).toMatchObject({ created: 0, updated: 0, removed: 0 });
    expect(second.auditLog.withMessageId('EGERIA-TS-FOLDER-FILES-0006').length).toBeGreaterThan(0);

    await fs.rm(path.join(root, 'shared.csv'));
    await second.refresh();
    expect(second.connector.lastRefresh).toMatchObject({ removed: 0 });
    const shared = await first.context.getFileByPathName({ pathName: path.join(root, 'shared.csv') });
    expect(shared?.elementHeader?.origin?.homeMetadataCollectionName).toBe('fs:first');
    await first.refresh();
    expect(first.connector.lastRefresh).toMatchObject({ removed: 1 });
    expect(await first.context.getFileByPathName({ pathName: path.join(root, 'shared.csv') })).toBeUndefined();
    await first.stop();

    // The second source's own file is archived: it leaves its folder's files, and a read by GUID
    // (not for lineage) is refused as for an archived element, not as for one that is gone.
    await fs.writeFile(path.join(root, 'mine/theirs.csv'), '1');
    await second.refresh();
    const theirs = await second.context.getFileByPathName({ pathName: path.join(root, 'mine/theirs.csv') });
    const folder = await second.context.getFolderByPathName({ pathName: path.join(root, 'mine') });
    await fs.rm(path.join(root, 'mine/theirs.csv'));
    await second.refresh();
    expect(second.connector.lastRefresh).toMatchObject({ removed: 1 });
    const files = await second.context.getFolderFiles({ folderGUID: folder!.elementHeader!.guid });
    expect(files.map((f) => f.properties?.fileName)).toEqual(['own.csv']);
    const archived = await second.context.getFileByGUID({ guid: theirs!.elementHeader!.guid }).catch((e: unknown) => e);
    expect(archived).toBeInstanceOf(InvalidParameterException);
    expect((archived as InvalidParameterException).messageId).toBe('OMAG-REPOSITORY-HANDLER-400-010');
    await second.stop();
  });

  it('without a metadata source, catalogs with local-cohort provenance, the root created along the first file', async () => {
    const own = await startTestEmulator({ serverName: 'no-source-mds' });
    try {
      const root = await makeTree({ 'a/b.csv': '1', 'c.json': '{}', 'empty/': '' });
      const run = await runConnector(FolderFilesConnector, {
        emulator: own,
        endpoint: root,
        configurationProperties: { watchFolder: false },
      });
      expect(run.connector.lastRefresh).toMatchObject({ folders: 3, files: 2, removed: 0 });
      expect(run.connector.getConnectorStatistics()).toMatchObject({
        'catalogued.FileFolder': 3,
        'catalogued.CSVFile': 1,
        'catalogued.JSONFile': 1,
      });
      const file = await run.context.getFileByPathName({ pathName: path.join(root, 'a/b.csv') });
      expect(file?.elementHeader?.origin?.originCategory).toBe('LOCAL_COHORT');
      expect(await run.context.getFolderByPathName({ pathName: path.join(root, 'empty') })).toBeDefined();
      await fs.rm(path.join(root, 'c.json'));
      await run.refresh();
      expect(run.connector.lastRefresh).toMatchObject({ created: 0, updated: 0, removed: 1 });
      expect(writes(await run.refresh())).toBe(0);
      await run.stop();
    } finally {
      await own.close();
    }
  });

  it('does not start on a folder that does not exist, with a typed error naming the endpoint', async () => {
    const missing = path.join(os.tmpdir(), `folder-files-missing-${process.pid}`);
    let run: ConnectorRun<FolderFilesConnector> | undefined;
    const error = await runConnector(FolderFilesConnector, { emulator, endpoint: missing }).then(
      (r) => (run = r),
      (e: unknown) => e,
    );
    expect(run).toBeUndefined();
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect((error as ConnectorCheckedException).messageId).toBe('EGERIA-TS-FOLDER-FILES-400-001');
    expect((error as ConnectorCheckedException).message).toContain('does not exist');
  });
});
