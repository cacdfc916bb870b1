import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CatalogView,
  GoldenMismatchError,
  expectMatchesGolden,
  runConnector,
  snapshotCatalog,
  startTestEmulator,
  type CatalogElement,
  type CatalogSnapshot,
  type TestEmulator,
} from '@egeria-ts/testing';
import { FIXED_SOURCE, SourceDatabaseConnector, type SourceDatabase } from './support/source-database-connector';

const GOLDEN = path.join(__dirname, 'golden', 'shop-catalog.json');
const SOURCE = 'golden-db-server';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

let emulator: TestEmulator;
let tmp: string;

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: 'golden-mds' });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-ts-golden-'));
});

afterAll(async () => {
  await emulator.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Catalogs a source into an emulator under a metadata source, and snapshots what that source owns. */
async function catalogAndSnapshot(target: TestEmulator, source: readonly SourceDatabase[], owner: string) {
  const run = await runConnector(SourceDatabaseConnector, {
    emulator: target,
    create: () => new SourceDatabaseConnector(source),
    metadataSourceQualifiedName: owner,
  });
  await run.stop();
  return snapshotCatalog(target, { metadataSourceQualifiedName: owner });
}

function withEnv<T>(name: string, value: string | undefined, fn: () => T): T {
  const before = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

describe('golden snapshots', () => {
  it('matches the committed golden file, and is the same for two emulators (no GUIDs)', async () => {
    const snapshot = await catalogAndSnapshot(emulator, FIXED_SOURCE, SOURCE);
    // `UPDATE_GOLDEN=1 npx jest packages/testing` rewrites the golden file after an intended change.
    const updating = process.env['UPDATE_GOLDEN'] === '1';
    expect(expectMatchesGolden(snapshot, GOLDEN, { createMissing: false })).toBe(updating ? 'updated' : 'matched');
    expect(JSON.stringify(snapshot)).not.toMatch(UUID);
    expect(snapshot.elements.map((e) => e.typeName)).toContain('RelationalColumn');
    expect(snapshot.relationships.find((r) => r.typeName === 'ForeignKey')).toEqual({
      typeName: 'ForeignKey',
      end1: 'src:memory/shop.sales.customer.id',
      end2: 'src:memory/shop.sales.order.customer_id',
      metadataSource: SOURCE,
    });

    const second = await startTestEmulator({ serverName: 'golden-mds' });
    try {
      expect(await catalogAndSnapshot(second, FIXED_SOURCE, SOURCE)).toEqual(snapshot);
    } finally {
      await second.close();
    }
  });

  it('catches a deliberate change with a readable diff, and leaves the golden file alone', async () => {
    const [shop] = FIXED_SOURCE;
    const [sales] = shop!.schemas;
    const [customer, order] = sales!.tables;
    const changed: SourceDatabase[] = [
      {
        ...shop!,
        schemas: [
          {
            ...sales!,
            tables: [{ ...customer!, columns: [...customer!.columns, { name: 'email', dataType: 'varchar' }] }, order!],
          },
        ],
      },
    ];
    // A fresh emulator: the same qualified names, so only the new column differs.
    const fresh = await startTestEmulator({ serverName: 'golden-mds' });
    let snapshot: CatalogSnapshot;
    try {
      snapshot = await catalogAndSnapshot(fresh, changed, SOURCE);
    } finally {
      await fresh.close();
    }
    const before = fs.readFileSync(GOLDEN, 'utf8');

    let caught: unknown;
    try {
      withEnv('UPDATE_GOLDEN', undefined, () => expectMatchesGolden(snapshot, GOLDEN));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GoldenMismatchError);
    const mismatch = caught as GoldenMismatchError;
    expect(mismatch.messageId).toBe('EGERIA-TS-TESTING-400-009');
    expect(mismatch.file).toBe(GOLDEN);
    expect(mismatch.diff).toMatch(/^@@ golden line \d+/m);
    expect(mismatch.diff).toContain('+       "qualifiedName": "src:memory/shop.sales.customer.email",');
    expect(mismatch.diff.split('\n').filter((l) => l.startsWith('- '))).toEqual([]);
    expect(mismatch.message).toContain('UPDATE_GOLDEN=1');
    expect(fs.readFileSync(GOLDEN, 'utf8')).toBe(before);
  });

  it('writes a missing golden file, rewrites it with UPDATE_GOLDEN=1, and can refuse to create one', () => {
    const file = path.join(tmp, 'nested', 'catalog.json');
    const first = { elements: [{ typeName: 'Database', qualifiedName: 'a' }], relationships: [] };
    const second = { elements: [{ typeName: 'Database', qualifiedName: 'b' }], relationships: [] };
    withEnv('UPDATE_GOLDEN', undefined, () => {
      expect(expectMatchesGolden(first, file)).toBe('created');
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(first);
      expect(expectMatchesGolden(first, file)).toBe('matched');
      expect(() => expectMatchesGolden(second, file)).toThrow(GoldenMismatchError);
      expect(() => expectMatchesGolden(first, path.join(tmp, 'absent.json'), { createMissing: false })).toThrow(
        /could not be read or written/,
      );
    });
    withEnv('UPDATE_GOLDEN', '1', () => {
      expect(expectMatchesGolden(second, file)).toBe('updated');
      expect(() => expectMatchesGolden(first, file, { update: false })).toThrow(GoldenMismatchError);
    });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(second);
    // Keys are sorted, so the order they were given in does not matter.
    withEnv('UPDATE_GOLDEN', undefined, () => {
      expect(
        expectMatchesGolden({ relationships: [], elements: [{ qualifiedName: 'b', typeName: 'Database' }] }, file),
      ).toBe('matched');
    });
  });

  it('replaces GUIDs, leaves out ignored properties, and filters by type and owner', async () => {
    const g = (n: number) => `0000000${n}-aaaa-bbbb-cccc-dddddddddddd`;
    const origin = (owner?: string) =>
      owner === undefined
        ? { originCategory: 'LOCAL_COHORT' }
        : { originCategory: 'EXTERNAL_SOURCE', homeMetadataCollectionName: owner };
    const element = (n: number, typeName: string, qualifiedName: string | undefined, owner?: string, properties = {}) =>
      ({
        guid: g(n),
        typeName,
        superTypeNames: typeName === 'Database' ? ['Asset'] : [],
        qualifiedName,
        origin: origin(owner),
        metadataSourceQualifiedName: owner,
        classifications: [],
        properties: { ...(qualifiedName === undefined ? {} : { qualifiedName }), ...properties },
      }) as CatalogElement;
    const view = new CatalogView(
      [
        element(1, 'Database', 'db', 'src', { lastScan: 1234, note: `copy of ${g(2)} and ${g(9)}` }),
        element(2, 'Database', 'template', undefined),
        element(3, 'Comment', undefined, 'src', { text: 'no name' }),
      ],
      [
        {
          guid: g(4),
          typeName: 'SourcedFrom',
          end1: { guid: g(1), typeName: 'Database', qualifiedName: 'db' },
          end2: { guid: g(2), typeName: 'Database', qualifiedName: 'template' },
          origin: origin('src'),
          metadataSourceQualifiedName: 'src',
        },
        {
          guid: g(5),
          typeName: 'AttachedComment',
          end1: { guid: g(1), typeName: 'Database', qualifiedName: 'db' },
          end2: { guid: g(3), typeName: 'Comment' },
          origin: origin(),
        },
      ],
    );
    const all = await snapshotCatalog(view, { ignoreProperties: ['lastScan'] });
    expect(all.elements[0]).toEqual({
      typeName: 'Comment',
      metadataSource: 'src',
      properties: { text: 'no name' },
    });
    expect(all.elements[1]?.properties).toEqual({ qualifiedName: 'db', note: 'copy of <guid of template> and <guid>' });
    expect(all.relationships.map((r) => `${r.typeName} ${r.end1} ${r.end2}`)).toEqual([
      'AttachedComment db <Comment>',
      'SourcedFrom db template',
    ]);

    const owned = await snapshotCatalog(view, { metadataSourceQualifiedName: 'src' });
    expect(owned.elements.map((e) => e.qualifiedName ?? e.typeName)).toEqual(['Comment', 'db']);
    expect(owned.relationships.map((r) => r.typeName)).toEqual(['AttachedComment', 'SourcedFrom']);

    const assets = await snapshotCatalog(view, { includeTypes: ['Asset'], excludeTypes: ['SourcedFrom'] });
    expect(assets.elements.map((e) => e.qualifiedName)).toEqual(['db', 'template']);
    expect(assets.relationships).toEqual([]);

    await expect(snapshotCatalog(view, { includeTypes: [''] })).rejects.toMatchObject({
      parameterName: 'includeTypes',
    });
  });
});
