// The start and stop dates of a group connector's registration: no start before the start date,
// no refresh from the stop date, and dates changed at run time applied without a restart.
import type { RunningEmulator } from '@egeria-ts/emulator';
import { IntegrationConnectorStatus } from '@egeria-ts/core';
import {
  GroupAdmin,
  createGroupDaemon,
  groupDocument,
  reportOf,
  sleep,
  startGroupEmulator,
  waitFor,
  type GroupDaemon,
} from './groups-support';
import { ManualTimers } from './runtime-support';

const S = IntegrationConnectorStatus;
const GROUP = 'Egeria:IntegrationGroup:Scheduled';

let emulator: RunningEmulator;
let admin: GroupAdmin;
let t: GroupDaemon | undefined;

beforeEach(async () => {
  emulator = await startGroupEmulator();
  admin = new GroupAdmin(emulator.url);
});

afterEach(async () => {
  await t?.daemon.stop();
  t = undefined;
  await admin.close();
  await emulator.close();
});

function iso(msFromNow: number): string {
  return new Date(Date.now() + msFromNow).toISOString();
}

function outsideDates(g: GroupDaemon, connectorName: string): number {
  return g.audit.records.filter((r) => r.messageId === 'EGERIA-TS-DAEMON-RUNTIME-0015' && r.component === connectorName)
    .length;
}

it('starts a connector at its start date, not before', async () => {
  const groupGUID = await admin.createGroup(GROUP);
  await admin.addConnector(groupGUID, { qualifiedName: 'later' }, { startDate: iso(400), refreshTimeInterval: 0 });
  t = createGroupDaemon(groupDocument(emulator.url, [GROUP]), { integrationGroupRefreshSeconds: 0 });
  const g = t;
  await g.daemon.start();
  expect(reportOf(g.daemon, 'later')?.connectorStatus).toBe(S.INITIALIZED);
  await g.daemon.refresh('later'); // before the start date a request does nothing
  expect(g.book.probe('later').starts).toBe(0);
  expect(outsideDates(g, 'later')).toBe(1);
  await waitFor(() => reportOf(g.daemon, 'later')?.connectorStatus === S.WAITING, 3000, 'the start date');
  expect(g.book.probe('later')).toMatchObject({ starts: 1, completedRefreshes: 1, instances: 1 });
});

it('does not start a connector after its stop date, and starts it in place when the stop date moves on', async () => {
  const groupGUID = await admin.createGroup(GROUP);
  const guid = await admin.addConnector(groupGUID, { qualifiedName: 'expired' }, { stopDate: iso(-60_000) });
  t = createGroupDaemon(groupDocument(emulator.url, [GROUP]), { integrationGroupRefreshSeconds: 0 });
  const g = t;
  await g.daemon.start();
  await sleep(50);
  expect(reportOf(g.daemon, 'expired')?.connectorStatus).toBe(S.INITIALIZED);
  expect(g.book.probe('expired').starts).toBe(0);

  await admin.register(groupGUID, guid, { connectorName: 'expired', stopDate: iso(60_000) });
  await g.daemon.refreshIntegrationGroupConfig(GROUP);
  await waitFor(() => reportOf(g.daemon, 'expired')?.connectorStatus === S.WAITING);
  expect(g.book.probe('expired')).toMatchObject({ instances: 1, starts: 1, completedRefreshes: 1 });
});

it('stops refreshing at the stop date', async () => {
  const groupGUID = await admin.createGroup(GROUP);
  await admin.addConnector(groupGUID, { qualifiedName: 'ending' }, { stopDate: iso(500) });
  t = createGroupDaemon(
    groupDocument(emulator.url, [GROUP], { egeriaTs: { connectorRefreshIntervalSeconds: { ending: 0.1 } } }),
    { integrationGroupRefreshSeconds: 0 },
  );
  const g = t;
  await g.daemon.start();
  await waitFor(() => g.book.probe('ending').completedRefreshes >= 2);
  await waitFor(() => outsideDates(g, 'ending') === 1, 3000, 'the stop date');
  const refreshes = g.book.probe('ending').refreshes;
  expect(refreshes).toBeLessThanOrEqual(6);
  await sleep(300);
  expect(g.book.probe('ending').refreshes).toBe(refreshes);
  await g.daemon.refresh('ending'); // a request after the stop date does nothing either
  expect(g.book.probe('ending').refreshes).toBe(refreshes);
  expect(reportOf(g.daemon, 'ending')?.connectorStatus).toBe(S.WAITING);
});

it('applies a changed refresh interval to the running connector, without a restart', async () => {
  const groupGUID = await admin.createGroup(GROUP);
  const guid = await admin.addConnector(groupGUID, { qualifiedName: 'paced' }, { refreshTimeInterval: 1 });
  const timers = new ManualTimers();
  t = createGroupDaemon(groupDocument(emulator.url, [GROUP]), { integrationGroupRefreshSeconds: 0, timers });
  const g = t;
  await g.daemon.start();
  await timers.advance(0);
  await waitFor(() => reportOf(g.daemon, 'paced')?.connectorStatus === S.WAITING);
  expect(g.book.probe('paced').refreshes).toBe(1);
  await timers.advance(60_000);
  expect(g.book.probe('paced').refreshes).toBe(2);

  // 0: at start and on request only.
  await admin.register(groupGUID, guid, { connectorName: 'paced', refreshTimeInterval: 0 });
  await g.daemon.refreshIntegrationGroupConfig(GROUP);
  await timers.advance(180_000);
  expect(g.book.probe('paced').refreshes).toBe(2);

  // 2 minutes: the next refresh is two minutes after the last one.
  await admin.register(groupGUID, guid, { connectorName: 'paced', refreshTimeInterval: 2 });
  await g.daemon.refreshIntegrationGroupConfig(GROUP);
  await timers.advance(0);
  expect(g.book.probe('paced').refreshes).toBe(3); // the last one was more than 2 minutes ago
  await timers.advance(119_000);
  expect(g.book.probe('paced').refreshes).toBe(3);
  await timers.advance(1_000);
  expect(g.book.probe('paced').refreshes).toBe(4);
  expect(g.book.probe('paced').instances).toBe(1);
  expect(reportOf(g.daemon, 'paced')?.minMinutesBetweenRefresh).toBe(2);
});
