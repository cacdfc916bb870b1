// A group connector in the real Database Integrator service against the emulator: its context
// knows the IntegrationConnector GUID, so it reads its catalog targets (added at run time too),
// and its metadata source is set up from the registration.
import { integrationConnector } from '@egeria-ts/core';
import { DatabaseIntegratorConnector, databaseIntegratorService } from '@egeria-ts/database-integrator';
import type { RunningEmulator } from '@egeria-ts/emulator';
import { IntegrationConnectorStatus } from '@egeria-ts/core';
import { GroupAdmin, createGroupDaemon, groupDocument, reportOf, startGroupEmulator, waitFor } from './groups-support';
import type { GroupDaemon } from './groups-support';
import { testRegistry } from './runtime-support';

const GROUP = 'Egeria:IntegrationGroup:Databases';

/** What the connector saw in each refresh. */
const seen: { connectorGUID?: string; targets: string[]; metadataSourceGUID?: string }[] = [];

@integrationConnector(
  { name: 'test:catalog-target-reader', serviceURLMarker: 'database-integrator', refreshTimeInterval: 0 },
  testRegistry,
)
class CatalogTargetReader extends DatabaseIntegratorConnector {
  async refresh(): Promise<void> {
    const targets = await this.context.getAllCatalogTargets();
    seen.push({
      connectorGUID: this.context.integrationConnectorGUID,
      metadataSourceGUID: this.context.metadataSourceGUID,
      targets: targets.map((t) => t.catalogTargetName ?? '?').sort(),
    });
  }
}

void CatalogTargetReader; // registered by its decorator

let emulator: RunningEmulator;
let admin: GroupAdmin;
let t: GroupDaemon | undefined;

beforeEach(async () => {
  seen.length = 0;
  emulator = await startGroupEmulator();
  admin = new GroupAdmin(emulator.url);
});

afterEach(async () => {
  await t?.daemon.stop();
  t = undefined;
  await admin.close();
  await emulator.close();
});

it('gives a group connector its catalog targets and metadata source through the real integration service', async () => {
  const groupGUID = await admin.createGroup(GROUP);
  const connectorGUID = await admin.addConnector(
    groupGUID,
    { qualifiedName: 'reader', className: 'test:catalog-target-reader' },
    { metadataSourceQualifiedName: 'Source:reader', connectorUserId: 'reader-npa' },
  );
  const otherGUID = await admin.createConnector({ qualifiedName: 'a-target' });
  await admin.client.addCatalogTarget({
    integrationConnectorGUID: connectorGUID,
    metadataElementGUID: otherGUID,
    catalogTargetName: 'first',
  });

  t = createGroupDaemon(groupDocument(emulator.url, [GROUP]), {
    services: { 'database-integrator': databaseIntegratorService },
    integrationGroupRefreshSeconds: 0,
  });
  const daemon = t.daemon;
  await daemon.start();
  await waitFor(
    () => seen.length === 1 && reportOf(daemon, 'reader')?.connectorStatus === IntegrationConnectorStatus.WAITING,
  );
  expect(seen[0]).toMatchObject({ connectorGUID, targets: ['first'] });
  expect(seen[0].metadataSourceGUID).toEqual(expect.any(String));

  // A target added at run time is there at the next refresh, with no restart.
  await admin.client.addCatalogTarget({
    integrationConnectorGUID: connectorGUID,
    metadataElementGUID: groupGUID,
    catalogTargetName: 'second',
  });
  const instance = reportOf(daemon, 'reader')?.connectorInstanceId;
  await daemon.refresh('reader');
  expect(seen.at(-1)?.targets).toEqual(['first', 'second']);
  expect(reportOf(daemon, 'reader')?.connectorInstanceId).toBe(instance);
});
