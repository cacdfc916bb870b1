// Support for the integration group tests: an emulator holding the groups, an administrator that
// defines groups, connectors and registrations through the governance configuration framework
// service (as Egeria's GovernanceConfigurationClient sends them), and daemons configured with groups.
import { EventEmitter } from 'node:events';
import * as net from 'node:net';
import { container as rootContainer, inject, injectable } from 'tsyringe';
import {
  CONNECTOR_NAME_TOKEN,
  InMemoryAuditLogDestination,
  integrationConnector,
  type IntegrationServiceURLMarker,
} from '@egeria-ts/core';
import { startEmulator, type RunningEmulator } from '@egeria-ts/emulator';
import {
  GOVERNANCE_CONFIGURATION_SERVICE,
  GovernanceConfigurationClient,
  OmasRestClient,
  type RegisteredIntegrationConnectorProperties,
} from '@egeria-ts/omas-client';
import {
  IntegrationDaemon,
  type IntegrationDaemonEvents,
  type IntegrationDaemonOptions,
  type ProcessEvents,
} from '@egeria-ts/daemon';
import {
  FakeIntegrationService,
  SCRIPT_BOOK,
  ScriptBook,
  ScriptedConnector,
  testRegistry,
  waitFor,
} from './runtime-support';

export { ScriptBook, ScriptedConnector, FakeIntegrationService, waitFor, sleep } from './runtime-support';

/** The metadata access server name the emulator answers for. */
export const MDS = 'mds1';

/** A scripted connector whose class declares the files integrator as its service. */
@injectable()
@integrationConnector(
  {
    name: 'test:files-scripted',
    aliases: ['org.example.integration.FilesScriptedConnectorProvider'],
    serviceURLMarker: 'files-integrator',
  },
  testRegistry,
)
export class FilesScriptedConnector extends ScriptedConnector {
  constructor(@inject(SCRIPT_BOOK) book: ScriptBook, @inject(CONNECTOR_NAME_TOKEN) name: string) {
    super(book, name);
  }
}

/** One connector to define in open metadata. */
export interface ConnectorDefinition {
  readonly qualifiedName: string;
  readonly className?: string;
  readonly usesBlockingCalls?: boolean;
  readonly configurationProperties?: Record<string, unknown>;
}

/** Defines groups, connectors and registrations in the emulator as an administrator would. */
export class GroupAdmin {
  readonly rest: OmasRestClient;
  readonly client: GovernanceConfigurationClient;

  constructor(platformURLRoot: string) {
    this.rest = new OmasRestClient({
      service: GOVERNANCE_CONFIGURATION_SERVICE,
      transport: { platformURLRoot, serverName: MDS, userId: 'garygeeke', retry: false },
      serviceURLMarker: 'governance-server',
    });
    this.client = new GovernanceConfigurationClient(this.rest);
  }

  createGroup(qualifiedName: string, description = `The ${qualifiedName} group`): Promise<string> {
    return this.client.createIntegrationGroup({ qualifiedName, displayName: qualifiedName, description });
  }

  createConnector(definition: ConnectorDefinition): Promise<string> {
    return this.client.createIntegrationConnector({
      qualifiedName: definition.qualifiedName,
      name: definition.qualifiedName,
      usesBlockingCalls: definition.usesBlockingCalls ?? false,
      connection: connection(definition),
    });
  }

  /** Replaces the connector's connection (and usesBlockingCalls). */
  updateConnector(guid: string, definition: ConnectorDefinition): Promise<void> {
    return this.client.updateIntegrationConnector({
      guid,
      isMergeUpdate: true,
      usesBlockingCalls: definition.usesBlockingCalls ?? false,
      connection: connection(definition),
    });
  }

  register(
    groupGUID: string,
    connectorGUID: string,
    properties: RegisteredIntegrationConnectorProperties,
  ): Promise<void> {
    return this.client.registerIntegrationConnectorWithGroup({
      integrationGroupGUID: groupGUID,
      integrationConnectorGUID: connectorGUID,
      ...properties,
    });
  }

  unregister(groupGUID: string, connectorGUID: string): Promise<void> {
    return this.client.unregisterIntegrationConnectorFromGroup({
      integrationGroupGUID: groupGUID,
      integrationConnectorGUID: connectorGUID,
    });
  }

  /** Creates a connector and registers it with the group under its qualified name. */
  async addConnector(
    groupGUID: string,
    definition: ConnectorDefinition,
    registration: RegisteredIntegrationConnectorProperties = {},
  ): Promise<string> {
    const guid = await this.createConnector(definition);
    await this.register(groupGUID, guid, { connectorName: definition.qualifiedName, ...registration });
    return guid;
  }

  close(): Promise<void> {
    return this.rest.close();
  }
}

function connection(definition: ConnectorDefinition): never {
  return {
    class: 'Connection',
    qualifiedName: `${definition.qualifiedName}:Connection`,
    connectorType: {
      class: 'ConnectorType',
      connectorProviderClassName: definition.className ?? 'test:scripted',
    },
    ...(definition.configurationProperties === undefined
      ? {}
      : { configurationProperties: definition.configurationProperties }),
  } as never;
}

/** A daemon configuration document with integration groups only (fast settings for tests). */
export function groupDocument(
  platformURLRoot: string,
  groups: readonly string[],
  extra: { maxPageSize?: number; egeriaTs?: Record<string, unknown>; serverName?: string } = {},
): Record<string, unknown> {
  return {
    localServerName: extra.serverName ?? 'group-daemon',
    localServerUserId: 'daemon-npa',
    ...(extra.maxPageSize === undefined ? {} : { maxPageSize: extra.maxPageSize }),
    dynamicIntegrationGroupsConfig: groups.map((integrationGroupQualifiedName) => ({
      integrationGroupQualifiedName,
      omagserverPlatformRootURL: platformURLRoot,
      omagserverName: MDS,
    })),
    egeriaTs: {
      adminApi: { enabled: false },
      restartPolicy: { initialDelaySeconds: 0.05, maxDelaySeconds: 0.2, multiplier: 2 },
      refreshTimeoutSeconds: 5,
      shutdownTimeoutSeconds: 2,
      ...extra.egeriaTs,
    },
  };
}

/** Fake services by marker, for daemons whose connectors need no metadata server of their own. */
export interface FakeServices {
  readonly database: FakeIntegrationService;
  readonly files: FakeIntegrationService;
}

/** A daemon over fake services and a script book, recording its events and audit messages. */
export interface GroupDaemon {
  readonly daemon: IntegrationDaemon;
  readonly book: ScriptBook;
  readonly services: FakeServices;
  readonly audit: InMemoryAuditLogDestination;
  readonly events: { name: keyof IntegrationDaemonEvents; event: Record<string, unknown> }[];
}

/** Builds a daemon for a group document; by default, the groups are read every 0.2 s. */
export function createGroupDaemon(
  document: Record<string, unknown>,
  options: Partial<IntegrationDaemonOptions> = {},
  book: ScriptBook = new ScriptBook(),
): GroupDaemon {
  const container = rootContainer.createChildContainer();
  container.register(SCRIPT_BOOK, { useValue: book });
  const services: FakeServices = {
    database: new FakeIntegrationService('database-integrator'),
    files: new FakeIntegrationService('files-integrator'),
  };
  const audit = new InMemoryAuditLogDestination();
  const daemon = new IntegrationDaemon(document, {
    services: { 'database-integrator': services.database, 'files-integrator': services.files },
    registry: testRegistry,
    container,
    auditLogDestinations: [audit],
    loadModules: false,
    discoverPackages: false,
    engagePauseMs: 5,
    process: new EventEmitter() as unknown as ProcessEvents,
    integrationGroupRefreshSeconds: 0.2,
    ...options,
  });
  const events: GroupDaemon['events'] = [];
  const names: (keyof IntegrationDaemonEvents)[] = [
    'connectorStatusChanged',
    'refreshCompleted',
    'integrationGroupRefreshed',
    'integrationGroupRefreshFailed',
  ];
  for (const name of names) {
    daemon.on(name, (event: unknown) => events.push({ name, event: event as Record<string, unknown> }));
  }
  return { daemon, book, services, audit, events };
}

/** The report of one connector in the daemon's status. */
export function reportOf(daemon: IntegrationDaemon, connectorName: string) {
  return daemon.status().integrationConnectorReports?.find((r) => r.connectorName === connectorName);
}

/** The service URL marker a connector of the daemon runs in (from its metrics owner and events). */
export function serviceOf(t: GroupDaemon, connectorName: string): IntegrationServiceURLMarker | undefined {
  const event = t.events.find((e) => e.name === 'connectorStatusChanged' && e.event['connectorName'] === connectorName);
  return event?.event['serviceURLMarker'] as IntegrationServiceURLMarker | undefined;
}

/** Waits until the group has been read `count` more times than `before` (successfully or not). */
export async function nextGroupRead(t: GroupDaemon, before: number, count = 1, timeoutMs = 3000): Promise<void> {
  await waitFor(() => groupReads(t) >= before + count, timeoutMs, 'a read of the group');
}

/** How many times the groups have been read (successfully or not). */
export function groupReads(t: GroupDaemon): number {
  return t.events.filter((e) => e.name === 'integrationGroupRefreshed' || e.name === 'integrationGroupRefreshFailed')
    .length;
}

/** A port nothing listens on (for a metadata server that is down). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts an emulator for the groups. */
export function startGroupEmulator(port = 0, dataFile?: string): Promise<RunningEmulator> {
  return startEmulator({ port, serverName: MDS, ...(dataFile === undefined ? {} : { dataFile }) });
}
