/**
 * Load: many connectors refreshing every second (egeriaTs.connectorRefreshIntervalSeconds) against
 * the emulator while out-topic events pass through the in-process topic to ten listeners. No
 * refresh is missed, no event is lost or delivered twice, and the heap (after a full GC) does not
 * grow from the end of the warm-up to the end of the run.
 *
 * Long version (EGERIA_TS_LONG_TESTS=1): 200 connectors, 60 s, 100,000 events. Default: the same
 * 200 connectors for 6 s and 10,000 events.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { FunctionAuditLogDestination } from '@egeria-ts/core';
import { IntegrationDaemon } from '@egeria-ts/daemon';
import { databaseIntegratorService } from '@egeria-ts/database-integrator';
import {
  InMemoryTopic,
  InMemoryTopicConnector,
  dataManagerEventParser,
  type DataManagerOutboundEvent,
} from '@egeria-ts/omas-client';
import { startTestEmulator, type TestEmulator } from '@egeria-ts/testing';
import { resetConnectorState } from './support/catalog-source-connector';
import { LONG, daemonDocument, sleep, waitFor } from './support/harness';

const CONNECTORS = 200;
const SECONDS = LONG ? 60 : 6;
const WARM_UP_SECONDS = LONG ? 10 : 2;
const EVENTS = LONG ? 100_000 : 10_000;
const LISTENERS = 10;
const INTERVAL_SECONDS = 1;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapAfterGC(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

let emulator: TestEmulator;
let daemon: IntegrationDaemon | undefined;
const topicConnectors: InMemoryTopicConnector<DataManagerOutboundEvent>[] = [];

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: 'load-mds' });
});

afterAll(async () => {
  await daemon?.stop();
  await Promise.all(topicConnectors.map((c) => c.disconnect()));
  await emulator.close();
  resetConnectorState();
});

describe(`load: ${CONNECTORS} connectors refreshing every second for ${SECONDS} s, ${EVENTS} events`, () => {
  it(
    'misses no refresh, loses no event, and does not grow its heap after the warm-up',
    async () => {
      // ---- the daemon: counts only, so that the test itself keeps no growing history
      const names = Array.from({ length: CONNECTORS }, (_, i) => `load-${i}`);
      // Per connector, while measuring: refreshes started, the last start and end, the largest gap
      // between two starts, the longest refresh, and the latest a refresh started after it was due
      // (due: an interval after the start of the one before, or when that one ended if later).
      const tallies = new Map(
        names.map((n) => [n, { count: 0, last: 0, lastEnd: 0, maxGap: 0, maxLate: 0, longest: 0 }]),
      );
      let failures = 0;
      let auditRecords = 0;
      daemon = new IntegrationDaemon(
        daemonDocument({
          platformURL: emulator.url,
          metadataServerName: emulator.serverName,
          connectors: names.map((name) => ({
            name,
            refreshSeconds: INTERVAL_SECONDS,
            metadataSourceQualifiedName: null,
            properties: { tables: 0, lookupOnly: true },
          })),
          egeriaTs: { refreshTimeoutSeconds: 30, shutdownTimeoutSeconds: 5 },
        }),
        {
          services: { 'database-integrator': databaseIntegratorService },
          auditLogDestinations: [new FunctionAuditLogDestination(() => void auditRecords++)],
          loadModules: false,
          discoverPackages: false,
        },
      );
      let measuring = false;
      daemon.on('refreshStarted', (e) => {
        if (!measuring) return;
        const tally = tallies.get(e.connectorName);
        if (tally === undefined) return;
        const now = e.time.getTime();
        if (tally.last > 0) {
          tally.maxGap = Math.max(tally.maxGap, now - tally.last);
          tally.maxLate = Math.max(tally.maxLate, now - Math.max(tally.last + INTERVAL_SECONDS * 1000, tally.lastEnd));
        }
        tally.last = now;
        tally.count++;
      });
      daemon.on('refreshCompleted', (e) => {
        const tally = tallies.get(e.connectorName);
        if (tally === undefined) return;
        tally.lastEnd = e.time.getTime();
        if (measuring) tally.longest = Math.max(tally.longest, e.durationMs);
      });
      daemon.on('refreshFailed', () => void failures++);

      // ---- the in-process topic: one publisher, ten listeners checking order and counting
      const topic = new InMemoryTopic('load.outTopic');
      const publisher = new InMemoryTopicConnector<DataManagerOutboundEvent>({ topic, eventDirection: 'outOnly' });
      topicConnectors.push(publisher);
      const received = Array.from({ length: LISTENERS }, () => ({ count: 0, next: 1, outOfOrder: 0 }));
      for (const tally of received) {
        const listener = new InMemoryTopicConnector<DataManagerOutboundEvent>({
          topic,
          eventDirection: 'inOnly',
          parser: dataManagerEventParser,
        });
        listener.registerListener((event) => {
          const seq = Number(event.principleElement?.uniqueName);
          if (seq !== tally.next) tally.outOfOrder++;
          tally.next = seq + 1;
          tally.count++;
        });
        topicConnectors.push(listener);
        await listener.connect();
      }
      await publisher.connect();

      const started = Date.now();
      await daemon.start();
      await waitFor(() => daemon?.metrics().every((m) => m.refreshes >= 1) === true, 60000, 'every first refresh');
      const ready = Date.now();

      // ---- the run: events spread evenly over it, published every 10 ms
      const runMs = SECONDS * 1000;
      const ticks = runMs / 10;
      const perTick = EVENTS / ticks;
      let published = 0;
      let warmHeap = 0;
      measuring = true;
      const measureFrom = Date.now();
      for (let tick = 1; tick <= ticks; tick++) {
        const target = Math.round(perTick * tick);
        while (published < target) {
          published++;
          await publisher.send({
            class: 'DataManagerOutboundEvent',
            eventVersionId: 1,
            eventType: 'NEW_ELEMENT_CREATED',
            principleElement: { class: 'ElementStub', guid: `g-${published}`, uniqueName: String(published) },
          });
        }
        if (warmHeap === 0 && Date.now() - measureFrom >= WARM_UP_SECONDS * 1000) {
          warmHeap = heapAfterGC();
          // The forced GC stops everything for a moment: gaps across it are the test's, not the daemon's.
          for (const tally of tallies.values()) {
            tally.last = 0;
            tally.lastEnd = 0;
          }
        }
        const due = measureFrom + tick * 10;
        if (due > Date.now()) await sleep(due - Date.now());
      }
      await topic.flush();
      const measuredMs = Date.now() - measureFrom;
      measuring = false;
      const endHeap = heapAfterGC();

      // ---- no event lost, none twice, in order
      expect(published).toBe(EVENTS);
      for (const tally of received) expect(tally).toEqual({ count: EVENTS, next: EVENTS + 1, outOfOrder: 0 });

      // ---- no refresh missed. The interval is, as Egeria's minMinutesBetweenRefresh, the least time
      // between two refresh starts (each is timed from the start of the one before, so a busy event
      // loop makes the schedule drift a little). A missed refresh would start an interval or more
      // after it was due; a refresh held up by its server starts when the one before it ends.
      const intervalMs = INTERVAL_SECONDS * 1000;
      const worst = (field: 'maxGap' | 'maxLate' | 'longest'): number =>
        Math.max(...names.map((n) => tallies.get(n)?.[field] ?? Infinity));
      const worstGap = worst('maxGap');
      const worstLate = worst('maxLate');
      const fewest = Math.min(...names.map((n) => tallies.get(n)?.count ?? 0));
      expect(worstLate).toBeLessThan(intervalMs * 0.75);
      expect(fewest).toBeGreaterThanOrEqual(Math.floor(measuredMs / (intervalMs * 1.1)) - 1);
      expect(failures).toBe(0);
      expect(daemon.metrics().every((m) => m.failed === 0 && m.refreshFailures === 0)).toBe(true);
      expect(auditRecords).toBeGreaterThan(0);

      // ---- no growth after the warm-up (a full GC each time)
      const growthMB = (endHeap - warmHeap) / 1024 / 1024;
      const toleranceMB = Math.max(8, (warmHeap / 1024 / 1024) * 0.1);
      // A line for the record in the long run (docs/reliability.md quotes these figures).
      if (LONG) {
        process.stdout.write(
          `load: ${CONNECTORS} connectors, ${measuredMs} ms measured (start ${ready - started} ms), ` +
            `${EVENTS} events x ${LISTENERS} listeners, fewest refreshes ${fewest}, worst refresh gap ${worstGap} ms, ` +
            `latest start after due ${worstLate} ms, longest refresh ${worst('longest')} ms, ` +
            `heap ${(warmHeap / 1048576).toFixed(1)} MB -> ${(endHeap / 1048576).toFixed(1)} MB\n`,
        );
      }
      expect(growthMB).toBeLessThan(toleranceMB);
    },
    (SECONDS + 120) * 1000,
  );
});
