import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  INTEGRATION_SERVICE_URL_MARKERS,
  defaultConnectorRegistry,
  type IntegrationConnector,
  type IntegrationService,
} from '@egeria-ts/core';
import { createConnectorPackage, integratorPackageOf } from '@egeria-ts/create-connector';
import { runConnector, useTestEmulator } from '@egeria-ts/testing';

// The connector the template writes, for each of the twelve integration services: loaded from the
// generated sources and run through start, two refreshes and stop against the emulator.

const emulator = useTestEmulator();
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'create-connector-services-'));

afterAll(() => {
  fs.rmSync(temp, { recursive: true, force: true });
});

type GeneratedConnector = IntegrationConnector & { readonly sourceName: string; readonly maxElements: number };

describe.each(INTEGRATION_SERVICE_URL_MARKERS.map((m) => [m]))('the generated %s connector', (marker) => {
  it('registers, starts, refreshes and stops against the emulator in its service', async () => {
    const created = await createConnectorPackage({ name: `Every ${marker}`, service: marker, cwd: temp, dir: marker });
    const { names, integrator } = created.resolved;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(path.join(created.dir, 'src', 'index.ts')) as Record<string, unknown>;
    const connectorClass = module[names.className] as new () => GeneratedConnector;
    expect(defaultConnectorRegistry.resolve(names.className)?.connectorClass).toBe(connectorClass);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const service = (require(integrator.packageName) as Record<string, unknown>)[
      integratorPackageOf(marker).serviceExportName
    ] as IntegrationService;

    const run = await runConnector(connectorClass, {
      emulator,
      service,
      metadataSourceQualifiedName: `every-${marker}`,
      configurationProperties: { maxElements: 7 },
    });
    try {
      expect(run.connector.maxElements).toBe(7);
      expect(run.connector.sourceName).toBe(`every-${marker}`);
      await run.refresh();
      expect(run.connector.getConnectorStatistics()).toMatchObject({ refreshes: 2, elementsRead: 0 });
      expect(run.auditLog.withMessageId(`${names.messageComponent}-0002`)).toHaveLength(2);
    } finally {
      await run.stop();
    }
    expect(run.running).toBe(false);
  });
});
