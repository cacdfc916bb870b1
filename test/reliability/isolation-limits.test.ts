/**
 * The limit of in-process isolation, measured: a connector that blocks the event loop holds every
 * other connector up for as long as it blocks (no timer, no signal can interrupt synchronous code),
 * and `egeriaTs.isolation: "worker"` is not implemented: the daemon says so and runs the connectors
 * in its own thread. docs/reliability.md states the limit; this test keeps the statement true.
 */
import { DAEMON_RUNTIME_AUDIT_CODE } from '@egeria-ts/daemon';
import { startTestEmulator, type TestEmulator } from '@egeria-ts/testing';
import { onMarker, resetConnectorState, type ConnectorMarker } from './support/catalog-source-connector';
import { createRecordedDaemon, daemonDocument, waitFor } from './support/harness';

const BLOCK_MS = 400;
let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: 'isolation-mds' });
});

afterAll(async () => {
  await emulator.close();
  resetConnectorState();
});

describe('isolation inside one process', () => {
  it('cannot contain a connector that blocks the event loop; worker isolation is reported as not available', async () => {
    const markers: ConnectorMarker[] = [];
    const stop = onMarker((m) => markers.push(m));
    const rec = createRecordedDaemon(
      daemonDocument({
        platformURL: emulator.url,
        metadataServerName: emulator.serverName,
        connectors: [
          { name: 'steady', refreshSeconds: 0.1, properties: { tables: 0, lookupOnly: true } },
          { name: 'blocker', refreshSeconds: 0.5, properties: { tables: 0, lookupOnly: true, blockMs: BLOCK_MS } },
        ],
        egeriaTs: { isolation: 'worker' },
      }),
    );
    try {
      await rec.daemon.start();
      expect(rec.audit.records.map((r) => r.messageId)).toContain(
        DAEMON_RUNTIME_AUDIT_CODE.ISOLATION_NOT_SUPPORTED.messageId,
      );
      await waitFor(
        () => markers.filter((m) => m.source === 'blocker' && m.event === 'refresh-start').length >= 3,
        10000,
        'three blocking refreshes',
      );
    } finally {
      await rec.daemon.stop();
      stop();
    }
    const steady = markers.filter((m) => m.source === 'steady' && m.event === 'refresh-start').map((m) => m.time);
    const gaps = steady.slice(1).map((t, i) => t - (steady[i] as number));
    // The steady connector, due every 100 ms, waited out each block.
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(BLOCK_MS - 20);
    expect(rec.eventsOf('refreshFailed')).toEqual([]);
  });
});
