import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConnectorCheckedException } from '@egeria-ts/core';
import {
  ChangeBatcher,
  FolderFilter,
  compilePathPattern,
  fileTypeOf,
  parseRootFolder,
  readFolderTree,
  relativeToRoot,
} from '@egeria-ts/example-folder-files-connector';

describe('compilePathPattern', () => {
  it('matches names at any depth without a slash, and whole paths with one', () => {
    const csv = compilePathPattern('*.csv');
    expect(csv.matches('sales.csv')).toBe(true);
    expect(csv.matches('raw/2024/sales.csv')).toBe(true);
    expect(csv.matches('sales.csv.bak')).toBe(false);
    const raw = compilePathPattern('raw/**');
    expect(raw.matches('raw/2024/a.json')).toBe(true);
    expect(raw.matches('raw')).toBe(false);
    expect(raw.matches('other/raw/a.json')).toBe(false);
    const anyTmp = compilePathPattern('**/tmp/*.json');
    expect(anyTmp.matches('tmp/a.json')).toBe(true);
    expect(anyTmp.matches('x/y/tmp/a.json')).toBe(true);
    expect(anyTmp.matches('x/tmp/sub/a.json')).toBe(false);
    expect(compilePathPattern('data-202?.[cp]sv').matches('data-2024.psv')).toBe(true);
    expect(compilePathPattern('data-202?.[!c]sv').matches('data-2024.csv')).toBe(false);
    expect(compilePathPattern('a+b(1).txt').matches('a+b(1).txt')).toBe(true);
  });
});

describe('FolderFilter', () => {
  it('lets through what the include patterns name, minus what the exclude patterns name', () => {
    const filter = new FolderFilter({ includeFiles: ['*.csv', 'docs/*.md'], excludeFiles: ['archive', 'tmp-*'] });
    expect(filter.acceptsFile('sales.csv')).toBe(true);
    expect(filter.acceptsFile('docs/readme.md')).toBe(true);
    expect(filter.acceptsFile('notes.md')).toBe(false);
    expect(filter.acceptsFile('tmp-sales.csv')).toBe(false);
    expect(filter.acceptsFolder('archive')).toBe(false);
    expect(filter.acceptsFolder('data')).toBe(true);
    expect(filter.acceptsPath('archive/2020/old.csv', false)).toBe(false);
    expect(filter.acceptsPath('data/2020/new.csv', false)).toBe(true);
  });

  it('skips hidden files and folders unless told otherwise', () => {
    expect(new FolderFilter().acceptsPath('.git/config', false)).toBe(false);
    expect(new FolderFilter().acceptsFile('.env')).toBe(false);
    expect(new FolderFilter({ includeHidden: true }).acceptsPath('.git/config', false)).toBe(true);
  });
});

describe('parseRootFolder', () => {
  it('reads paths and file URLs, and refuses what is not on the local file system', () => {
    expect(parseRootFolder('/data/landing/')).toBe(path.resolve('/data/landing'));
    expect(parseRootFolder('landing', '/data')).toBe(path.resolve('/data/landing'));
    expect(parseRootFolder(pathToFileURL('/data/my folder').href)).toBe(path.resolve('/data/my folder'));
    for (const bad of [undefined, '', '  ', 's3://bucket/raw']) {
      let error: unknown;
      try {
        parseRootFolder(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConnectorCheckedException);
      expect((error as ConnectorCheckedException).messageId).toBe('EGERIA-TS-FOLDER-FILES-400-001');
    }
  });
});

describe('readFolderTree', () => {
  let root: string;
  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'folder-tree-'));
    for (const dir of ['b/c', 'a', 'skip/inner', '.hidden']) await fs.mkdir(path.join(root, dir), { recursive: true });
    for (const file of ['z.csv', 'a/x.json', 'b/c/y.parquet', 'skip/inner/s.csv', '.hidden/h.txt', 'b/.dot']) {
      await fs.writeFile(path.join(root, file), file);
    }
    await fs.symlink(path.join(root, 'z.csv'), path.join(root, 'a/link.csv'));
    await fs.symlink(path.join(root, 'b'), path.join(root, 'a/loop'));
  });
  afterAll(async () => fs.rm(root, { recursive: true, force: true }));

  it('lists folders parents first and files, following file links but not folder links', async () => {
    const snapshot = await readFolderTree({ root, filter: new FolderFilter({ excludeFiles: ['skip'] }) });
    const relative = (paths: readonly string[]) => paths.map((p) => relativeToRoot(root, p));
    expect(relative(snapshot.folders)).toEqual(['a', 'b', 'b/c']);
    expect(relative(snapshot.files).sort()).toEqual(['a/link.csv', 'a/x.json', 'b/c/y.parquet', 'z.csv']);
  });

  it('stops when its signal fires, and fails with a typed error when the root cannot be read', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(readFolderTree({ root, signal: controller.signal })).rejects.toThrow('stop');
    const error = await readFolderTree({ root: path.join(root, 'missing') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect((error as ConnectorCheckedException).messageId).toBe('EGERIA-TS-FOLDER-FILES-503-001');
  });
});

describe('fileTypeOf', () => {
  it("classifies by extension with Egeria's file reference data", () => {
    expect(fileTypeOf('CSV')).toMatchObject({ fileType: 'CSV File', assetTypeName: 'CSVFile' });
    expect(fileTypeOf('parquet')).toMatchObject({ deployedImplementationType: 'Parquet Data File' });
    expect(fileTypeOf('yml')).toMatchObject({ assetTypeName: 'YAMLFile', encoding: 'YAML' });
    expect(fileTypeOf('weird')).toBeUndefined();
    expect(fileTypeOf(undefined)).toBeUndefined();
  });
});

describe('ChangeBatcher', () => {
  it('applies a burst of changes once, after the quiet period, and one batch at a time', async () => {
    const batches: string[][] = [];
    let release: () => void = () => undefined;
    const batcher = new ChangeBatcher(30, async (paths) => {
      batches.push([...paths]);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    batcher.add('/a');
    batcher.add('/b');
    batcher.add('/a');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(batches).toEqual([['/a', '/b']]);
    batcher.add('/c');
    const second = batcher.flush();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(batches).toHaveLength(1); // waits for the first batch
    release();
    await second;
    expect(batches).toEqual([['/a', '/b'], ['/c']]);
    await batcher.close();
    batcher.add('/d');
    expect(batcher.pendingCount).toBe(0);
  });
});
