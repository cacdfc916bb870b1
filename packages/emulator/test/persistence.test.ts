/**
 * The data file: everything kept across restarts, a torn last write ignored, a damaged file
 * refused, compaction keeping the file small, and a real `kill -9` losing nothing acknowledged.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { outTopicName } from '@egeria-ts/emulator';
import { TestEmulator, send } from './support/harness';
import { SseReader } from './support/sse';
import { spawnEmulator } from './support/child';
import type { ChildEmulator } from './support/child';
import {
  databaseManagerBody,
  databaseProperties,
  externalSourceBody,
  referenceableBody,
  searchStringBody,
} from './support/java-shapes';

// Child processes start slowly on a busy machine.
jest.setTimeout(60_000);

let dir: string;
const children: ChildEmulator[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egeria-emulator-'));
});

afterEach(async () => {
  for (const child of children.splice(0)) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  await TestEmulator.closeAll();
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function names(em: TestEmulator): Promise<string[]> {
  const answer = await em.ok(`${em.dm()}/databases/by-search-string?startFrom=0&pageSize=0`, searchStringBody('.*'));
  return ((answer['elements'] as Record<string, Record<string, unknown>>[] | undefined) ?? []).map(
    (e) => e['databaseProperties']['qualifiedName'] as string,
  );
}

test('everything is kept across a restart, the server identity and the event history included', async () => {
  const dataFile = path.join(dir, 'restart.journal');
  let em = await TestEmulator.start({ dataFile });
  const source = (await em.ok(`${em.dm()}/metadata-sources/database-managers`, databaseManagerBody('DBMS::kept')))[
    'guid'
  ] as string;
  const src = { guid: source, name: 'DBMS::kept' };
  const keep = (
    await em.ok(`${em.dm()}/databases`, referenceableBody(src, databaseProperties('kept::a', { name: 'a' })))
  )['guid'];
  const gone = (await em.ok(`${em.dm()}/databases`, referenceableBody(src, databaseProperties('kept::b'))))['guid'];
  await em.ok(
    `${em.dm()}/databases/${keep}?isMergeUpdate=true`,
    referenceableBody(src, { class: 'DatabaseProperties', name: 'a2' }),
  );
  await em.ok(`${em.dm()}/databases/${gone}/delete`, externalSourceBody(src));
  const localBefore = (
    await em.ok(`${em.dm()}/databases`, referenceableBody(undefined, databaseProperties('kept::local')))
  )['guid'] as string;
  const originBefore = (
    (
      (await em.ok(`${em.dm()}/databases/${localBefore}`, undefined, 'GET'))['element'] as Record<
        string,
        Record<string, unknown>
      >
    )['elementHeader']['origin'] as Record<string, unknown>
  )['homeMetadataCollectionId'];
  await em.close();

  em = await TestEmulator.start({ dataFile });
  try {
    expect(await names(em)).toEqual(['kept::a', 'kept::local']);
    const element = (await em.ok(`${em.dm()}/databases/${keep}`, undefined, 'GET'))['element'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(element['databaseProperties']['name']).toBe('a2');
    expect((element['elementHeader']['versions'] as Record<string, unknown>)['version']).toBe(2);
    const local = (await em.ok(`${em.dm()}/databases/${localBefore}`, undefined, 'GET'))['element'] as Record<
      string,
      Record<string, unknown>
    >;
    expect((local['elementHeader']['origin'] as Record<string, unknown>)['homeMetadataCollectionId']).toBe(
      originBefore,
    );
    // Provenance survives too.
    const stolen = await em.post(`${em.dm()}/databases/${keep}/delete`, externalSourceBody(undefined));
    expect(stolen.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-008');

    const address = `${em.emulator.url}/servers/mds1/emulator/out-topic/${outTopicName('mds1', 'data-manager')}`;
    const { reader } = await SseReader.open(`${address}?lastEventId=0`);
    try {
      await reader.waitFor((r) => r.events.some((e) => e.data['eventType'] === 'ELEMENT_DELETED'));
      const lastOld = reader.lastId as number;
      await em.ok(`${em.dm()}/databases`, referenceableBody(src, databaseProperties('kept::c')));
      await reader.waitFor((r) =>
        r.events.some((e) => (e.data['principleElement'] as Record<string, unknown>)['uniqueName'] === 'kept::c'),
      );
      expect(reader.events.filter((e) => e.id > lastOld).length).toBeGreaterThan(0);
      const ids = reader.events.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      reader.close();
    }
  } finally {
    await em.close();
  }
});

test('a torn last line (a crash mid-write) is ignored and cut off; later writes are kept', async () => {
  const dataFile = path.join(dir, 'torn.journal');
  let em = await TestEmulator.start({ dataFile });
  await em.ok(`${em.dm()}/databases`, referenceableBody(undefined, databaseProperties('torn::before')));
  await em.close();
  const goodSize = fs.statSync(dataFile).size;
  fs.appendFileSync(dataFile, '{"ops":[{"op":"putElement","element":{"guid":"half');

  em = await TestEmulator.start({ dataFile });
  expect(fs.statSync(dataFile).size).toBe(goodSize);
  expect(await names(em)).toEqual(['torn::before']);
  await em.ok(`${em.dm()}/databases`, referenceableBody(undefined, databaseProperties('torn::after')));
  await em.close();

  em = await TestEmulator.start({ dataFile });
  expect(await names(em)).toEqual(['torn::before', 'torn::after']);
  await em.close();
});

test('a file damaged before its last line is refused with a clear error', async () => {
  const dataFile = path.join(dir, 'damaged.journal');
  const em = await TestEmulator.start({ dataFile });
  await em.ok(`${em.dm()}/databases`, referenceableBody(undefined, databaseProperties('damaged::a')));
  await em.close();
  const lines = fs.readFileSync(dataFile, 'utf8').split('\n');
  lines.splice(1, 0, 'this is not a journal line');
  fs.writeFileSync(dataFile, lines.join('\n'));
  await expect(TestEmulator.start({ dataFile })).rejects.toThrow(/damaged at line 2/);
});

test('compaction keeps the file near the size of the state, never rewriting it per write', async () => {
  const dataFile = path.join(dir, 'compact.journal');
  const options = { dataFile, minCompactBytes: 20_000, eventHistoryLimit: 20 };
  let em = await TestEmulator.start(options);
  let guid: unknown;
  try {
    guid = (await em.ok(`${em.dm()}/databases`, referenceableBody(undefined, databaseProperties('compact::db'))))[
      'guid'
    ];
    let appended = 0;
    let shrank = false;
    let previous = fs.statSync(dataFile).size;
    for (let i = 0; i < 300; i++) {
      await em.ok(
        `${em.dm()}/databases/${guid}?isMergeUpdate=true`,
        referenceableBody(undefined, { class: 'DatabaseProperties', name: `v${i}` }),
      );
      const size = fs.statSync(dataFile).size;
      if (size < previous) shrank = true;
      else appended += size - previous;
      previous = size;
    }
    expect(shrank).toBe(true);
    expect(appended).toBeGreaterThan(200_000);
    expect(fs.statSync(dataFile).size).toBeLessThan(100_000);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.compact-'))).toEqual([]);
  } finally {
    await em.close();
  }

  em = await TestEmulator.start(options);
  try {
    const element = (await em.ok(`${em.dm()}/databases/${guid}`, undefined, 'GET'))['element'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(element['databaseProperties']['name']).toBe('v299');
    expect((element['elementHeader']['versions'] as Record<string, unknown>)['version']).toBe(301);
  } finally {
    await em.close();
  }
});

test('kill -9 of a running emulator loses nothing it acknowledged', async () => {
  const dataFile = path.join(dir, 'kill9.journal');
  let child = await spawnEmulator(['--port', '0', '--server', 'mds1', '--data-file', dataFile]);
  children.push(child);
  const dm = `${child.url}/servers/mds1/open-metadata/access-services/data-manager/users/u1`;
  const acknowledged: string[] = [];
  const create = async (name: string): Promise<void> => {
    try {
      const answer = await send(`${dm}/databases`, {
        method: 'POST',
        body: referenceableBody(undefined, databaseProperties(name)),
      });
      if (answer.status === 200 && answer.body['relatedHTTPCode'] === 200) acknowledged.push(name);
    } catch {
      // The process died before answering: not acknowledged.
    }
  };
  for (let i = 0; i < 20; i++) await create(`kill9::seq-${i}`);
  // A burst of concurrent writes, killed part-way through.
  const burst = Array.from({ length: 60 }, (_, i) => create(`kill9::burst-${i}`));
  await new Promise((r) => setTimeout(r, 15));
  child.process.kill('SIGKILL');
  await Promise.all(burst);
  expect((await child.exited).signal).toBe('SIGKILL');
  expect(acknowledged.length).toBeGreaterThanOrEqual(20);

  child = await spawnEmulator(['--port', '0', '--server', 'mds1', '--data-file', dataFile]);
  children.push(child);
  const dm2 = `${child.url}/servers/mds1/open-metadata/access-services/data-manager/users/u1`;
  const answer = await send(`${dm2}/databases/by-search-string?startFrom=0&pageSize=0`, {
    method: 'POST',
    body: searchStringBody('kill9::.*'),
  });
  const stored = new Set(
    ((answer.body['elements'] as Record<string, Record<string, unknown>>[] | undefined) ?? []).map(
      (e) => e['databaseProperties']['qualifiedName'],
    ),
  );
  for (const name of acknowledged) expect(stored.has(name)).toBe(true);
  // And the restarted emulator takes new writes.
  const after = await send(`${dm2}/databases`, {
    method: 'POST',
    body: referenceableBody(undefined, databaseProperties('kill9::after')),
  });
  expect(after.body['relatedHTTPCode']).toBe(200);
  child.process.kill('SIGTERM');
  expect((await child.exited).code).toBe(0);
});
