// The configuration document's egeriaTs.dryRun and egeriaTs.integrationGroupRefreshSeconds: read,
// checked and used by the runtime (the daemon's options win over the document).
import type { RunningEmulator } from '@egeria-ts/emulator';
import {
  DaemonConfigError,
  EGERIA_TS_DEFAULTS,
  IntegrationDaemon,
  parseDaemonConfig,
  type IntegrationDaemonOptions,
} from '@egeria-ts/daemon';
import { InvalidParameterException } from '@egeria-ts/core';
import {
  GroupAdmin,
  createGroupDaemon,
  groupDocument,
  groupReads,
  nextGroupRead,
  sleep,
  startGroupEmulator,
  type GroupDaemon,
} from './groups-support';
import { daemonDocument } from './runtime-support';

function problems(egeriaTs: Record<string, unknown>): string[] {
  try {
    parseDaemonConfig(daemonDocument([{ name: 'a' }], egeriaTs));
  } catch (error) {
    if (error instanceof DaemonConfigError) return error.problems.map((p) => `${p.path}: ${p.expected}`);
    throw error;
  }
  return [];
}

describe('egeriaTs.dryRun and egeriaTs.integrationGroupRefreshSeconds', () => {
  it('default to false and 60 s', () => {
    const config = parseDaemonConfig(daemonDocument([{ name: 'a' }]));
    expect(config.egeriaTs.dryRun).toBe(false);
    expect(config.egeriaTs.integrationGroupRefreshSeconds).toBe(60);
    expect(config.egeriaTs.integrationGroupEvents).toBe(true);
    expect(EGERIA_TS_DEFAULTS.integrationGroupRefreshSeconds).toBe(60);
    expect(EGERIA_TS_DEFAULTS.dryRun).toBe(false);
  });

  it('are read from numbers, booleans and the strings Egeria documents use', () => {
    const config = parseDaemonConfig(
      daemonDocument([{ name: 'a' }], {
        dryRun: 'TRUE',
        integrationGroupRefreshSeconds: '2.5',
        integrationGroupEvents: 'false',
      }),
    );
    expect(config.egeriaTs.dryRun).toBe(true);
    expect(config.egeriaTs.integrationGroupEvents).toBe(false);
    expect(config.egeriaTs.integrationGroupRefreshSeconds).toBe(2.5);
    const zero = parseDaemonConfig(
      daemonDocument([{ name: 'a' }], { dryRun: null, integrationGroupRefreshSeconds: 0 }),
    );
    expect(zero.egeriaTs.dryRun).toBe(false);
    expect(zero.egeriaTs.integrationGroupRefreshSeconds).toBe(0);
  });

  it('are refused with the JSON path at fault', () => {
    expect(problems({ dryRun: 'maybe' })).toEqual(['egeriaTs.dryRun: true or false']);
    expect(problems({ integrationGroupEvents: 'soon' })).toEqual(['egeriaTs.integrationGroupEvents: true or false']);
    expect(problems({ integrationGroupRefreshSeconds: -1 })).toEqual([
      'egeriaTs.integrationGroupRefreshSeconds: a number of seconds, 0 or more',
    ]);
    expect(problems({ integrationGroupRefreshSeconds: 'hourly' })).toEqual([
      'egeriaTs.integrationGroupRefreshSeconds: a number of seconds, 0 or more',
    ]);
  });

  it('makes the daemon run a dry run, and the dryRun option wins over the document', () => {
    const options: IntegrationDaemonOptions = { loadModules: false, discoverPackages: false };
    const document = daemonDocument([{ name: 'a' }], { dryRun: true });
    expect(new IntegrationDaemon(document, options).dryRun).toBe(true);
    expect(new IntegrationDaemon(document, { ...options, dryRun: false }).dryRun).toBe(false);
    expect(new IntegrationDaemon(daemonDocument([{ name: 'a' }]), { ...options, dryRun: true }).dryRun).toBe(true);
    expect(new IntegrationDaemon(daemonDocument([{ name: 'a' }]), options).dryRunPlan()).toBeUndefined();
    // Before it runs, each connector's plan is empty.
    expect(new IntegrationDaemon(document, options).dryRunPlan()).toEqual({
      serverName: 'test-daemon',
      connectors: [
        {
          connectorName: 'a',
          serviceURLMarker: 'database-integrator',
          created: [],
          updated: [],
          deleted: [],
          other: [],
          omittedWrites: 0,
        },
      ],
    });
  });

  it('refuses a dryRun option that is not a boolean, naming it', () => {
    let error: unknown;
    try {
      new IntegrationDaemon(daemonDocument([{ name: 'a' }]), { dryRun: 'yes' as unknown as boolean });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect((error as InvalidParameterException).exceptionProperties?.['parameterName']).toBe('dryRun');
  });
});

describe('the integration group refresh interval from the document', () => {
  const GROUP = 'Egeria:IntegrationGroup:DryRunConfig';
  let emulator: RunningEmulator;
  let admin: GroupAdmin;
  let t: GroupDaemon | undefined;

  beforeEach(async () => {
    emulator = await startGroupEmulator();
    admin = new GroupAdmin(emulator.url);
    await admin.createGroup(GROUP);
  });

  afterEach(async () => {
    await t?.daemon.stop();
    t = undefined;
    await admin.close();
    await emulator.close();
  });

  it('reads the groups every egeriaTs.integrationGroupRefreshSeconds when the options set none', async () => {
    t = createGroupDaemon(groupDocument(emulator.url, [GROUP], { egeriaTs: { integrationGroupRefreshSeconds: 0.1 } }), {
      integrationGroupRefreshSeconds: undefined,
    });
    await t.daemon.start();
    const afterStart = groupReads(t);
    expect(afterStart).toBe(1);
    await nextGroupRead(t, afterStart, 2, 3000);
  });

  it('reads them only at start with 0 in the document, and the option wins over the document', async () => {
    t = createGroupDaemon(groupDocument(emulator.url, [GROUP], { egeriaTs: { integrationGroupRefreshSeconds: 0 } }), {
      integrationGroupRefreshSeconds: undefined,
    });
    await t.daemon.start();
    await sleep(400);
    expect(groupReads(t)).toBe(1);
    await t.daemon.stop();

    t = createGroupDaemon(groupDocument(emulator.url, [GROUP], { egeriaTs: { integrationGroupRefreshSeconds: 0 } }), {
      integrationGroupRefreshSeconds: 0.1,
    });
    await t.daemon.start();
    await nextGroupRead(t, groupReads(t), 2, 3000);
  });
});
