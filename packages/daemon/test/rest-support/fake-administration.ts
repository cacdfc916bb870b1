/**
 * A fake integration daemon for the REST admin API tests: it holds a few connectors, services and
 * groups, records every call, and raises Egeria's errors for unknown names.
 */
import { EgeriaError, IntegrationConnectorStatus, InvalidParameterException } from '@egeria-ts/core';
import type { Connection } from '@egeria-ts/core';
import type {
  ConfigurationPropertiesUpdate,
  ConnectorMetrics,
  IntegrationConnectorReport,
  IntegrationDaemonAdministration,
  IntegrationDaemonStatus,
  IntegrationGroupSummary,
  IntegrationServiceSummary,
} from '@egeria-ts/daemon';

/** A value that must never appear in an answer. */
export const SENTINEL_SECRET = 'S3ntinel-Secret-0f-The-Tests';

/** One recorded call. */
export interface RecordedCall {
  readonly method: string;
  readonly args: readonly unknown[];
}

function unknownName(messageId: string, text: string, parameters: string[], parameterName: string): EgeriaError {
  return new InvalidParameterException(`${messageId} ${text}`, {
    messageId,
    parameters,
    systemAction: 'The request is rejected.',
    userAction: 'Use a known name.',
    exceptionProperties: { parameterName },
  });
}

function connectionOf(name: string, address: string): Connection {
  return {
    class: 'Connection',
    qualifiedName: `${name}-connection`,
    clearPassword: SENTINEL_SECRET,
    userId: 'dbuser',
    securedProperties: { apiKey: SENTINEL_SECRET },
    configurationProperties: { folder: '/data', password: SENTINEL_SECRET },
    connectorType: { class: 'ConnectorType', connectorProviderClassName: 'folder-monitor' },
    endpoint: { class: 'Endpoint', address },
  };
}

interface FakeConnector {
  name: string;
  owner: string;
  connection: Connection;
  status: IntegrationConnectorStatus;
  properties: Record<string, unknown>;
}

/** The fake daemon. Public fields may be changed by a test. */
export class FakeAdministration implements IntegrationDaemonAdministration {
  readonly serverName = 'daemon1';
  readonly calls: RecordedCall[] = [];
  ready = true;
  /** When set, the next call that reaches an action throws it. */
  failWith: unknown = undefined;
  /** What validateConnector answers for a known class. */
  readonly validClasses = new Set(['folder-monitor', 'org.example.FolderMonitorProvider']);
  /** Figures for /metrics. */
  metricFigures: ConnectorMetrics[] = [
    {
      connectorName: 'files-c1',
      owner: 'files-integrator',
      refreshes: 3,
      refreshFailures: 1,
      refreshSecondsTotal: 0.25,
      restarts: 2,
      elementsWritten: 42,
      eventsReceived: 7,
      failed: 0,
    },
  ];

  readonly connectors = new Map<string, FakeConnector>([
    [
      'files-c1',
      {
        name: 'files-c1',
        owner: 'files-integrator',
        connection: connectionOf('files-c1', 'https://admin:' + SENTINEL_SECRET + '@files.example.com/data'),
        status: IntegrationConnectorStatus.WAITING,
        properties: { folder: '/data', token: SENTINEL_SECRET, depth: 3 },
      },
    ],
    [
      'db-c2',
      {
        name: 'db-c2',
        owner: 'database-integrator',
        connection: connectionOf('db-c2', 'jdbc:postgresql://db:5432/x'),
        status: IntegrationConnectorStatus.FAILED,
        properties: {},
      },
    ],
    [
      'group-c3',
      {
        name: 'group-c3',
        owner: 'group:G1',
        connection: connectionOf('group-c3', 'https://kafka:9092'),
        status: IntegrationConnectorStatus.RUNNING,
        properties: {},
      },
    ],
  ]);

  readonly services = ['files-integrator', 'database-integrator'];
  readonly groups = ['G1'];

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.failWith !== undefined) {
      const error = this.failWith;
      this.failWith = undefined;
      throw error;
    }
  }

  private connector(name: string): FakeConnector {
    const c = this.connectors.get(name);
    if (!c) {
      throw unknownName(
        'INTEGRATION-DAEMON-SERVICES-400-031',
        `No integration connector called ${name} runs in integration daemon ${this.serverName}`,
        [name, this.serverName],
        'connectorName',
      );
    }
    return c;
  }

  private service(marker: string): string {
    if (!this.services.includes(marker)) {
      throw unknownName(
        'INTEGRATION-DAEMON-SERVICES-400-030',
        `No integration service with URL marker ${marker} runs in integration daemon ${this.serverName}`,
        [marker, this.serverName],
        'serviceURLMarker',
      );
    }
    return marker;
  }

  private group(name: string): string {
    if (!this.groups.includes(name)) {
      throw unknownName(
        'INTEGRATION-DAEMON-SERVICES-400-034',
        `No integration group called ${name} runs in integration daemon ${this.serverName}`,
        [this.serverName, name],
        'integrationGroupName',
      );
    }
    return name;
  }

  report(c: FakeConnector): IntegrationConnectorReport {
    return {
      connectorId: `id-${c.name}`,
      connectorName: c.name,
      connection: c.connection,
      connectorInstanceId: `instance-${c.name}`,
      connectorStatus: c.status,
      lastStatusChange: '2026-01-02T03:04:05.678Z',
      lastRefreshTime: c.status === IntegrationConnectorStatus.FAILED ? undefined : '2026-01-02T03:04:06.000Z',
      minMinutesBetweenRefresh: c.name === 'files-c1' ? 60 : undefined,
      failingExceptionMessage:
        c.status === IntegrationConnectorStatus.FAILED ? `refresh failed; password=${SENTINEL_SECRET}` : undefined,
      statistics: c.name === 'files-c1' ? { filesCatalogued: 12 } : undefined,
    };
  }

  private reportsOf(owner: string): IntegrationConnectorReport[] {
    return [...this.connectors.values()].filter((c) => c.owner === owner).map((c) => this.report(c));
  }

  status(): IntegrationDaemonStatus {
    this.record('status');
    return {
      integrationServiceSummaries: this.serviceSummaries(),
      integrationGroupSummaries: this.groupSummaries(),
      integrationConnectorReports: [],
    };
  }

  private serviceSummaries(): IntegrationServiceSummary[] {
    return this.services.map((marker) => ({
      integrationServiceId: marker === 'files-integrator' ? 605 : 604,
      integrationServiceFullName: marker === 'files-integrator' ? 'Files Integrator OMIS' : 'Database Integrator OMIS',
      integrationServiceURLMarker: marker,
      integrationServiceDescription: 'A service.',
      integrationServiceWiki: `https://egeria-project.org/services/omis/${marker}/overview/`,
      integrationConnectorReports: this.reportsOf(marker),
    }));
  }

  private groupSummaries(): IntegrationGroupSummary[] {
    return this.groups.map((name) => ({
      integrationGroupName: name,
      integrationGroupGUID: 'guid-' + name,
      integrationGroupStatus: 'RUNNING',
      integrationConnectorReports: this.reportsOf(`group:${name}`),
    }));
  }

  getConfigurationProperties(connectorName: string): Record<string, unknown> {
    this.record('getConfigurationProperties', connectorName);
    return { ...this.connector(connectorName).properties };
  }

  async updateConfigurationProperties(update: ConfigurationPropertiesUpdate): Promise<void> {
    this.record('updateConfigurationProperties', update);
    const targets =
      update.connectorName === undefined ? [...this.connectors.values()] : [this.connector(update.connectorName)];
    for (const c of targets) {
      c.properties = update.mergeUpdate
        ? { ...c.properties, ...update.configurationProperties }
        : { ...update.configurationProperties };
    }
  }

  async updateEndpointNetworkAddress(connectorName: string, networkAddress: string): Promise<void> {
    this.record('updateEndpointNetworkAddress', connectorName, networkAddress);
    const c = this.connector(connectorName);
    c.connection = { ...c.connection, endpoint: { ...c.connection.endpoint, address: networkAddress } };
  }

  async updateConnectorConnection(connectorName: string, connection: Connection): Promise<void> {
    this.record('updateConnectorConnection', connectorName, connection);
    this.connector(connectorName).connection = connection;
  }

  async refresh(connectorName?: string): Promise<void> {
    this.record('refresh', connectorName);
    if (connectorName !== undefined) this.connector(connectorName);
  }

  async restart(connectorName?: string): Promise<void> {
    this.record('restart', connectorName);
    if (connectorName !== undefined) this.connector(connectorName);
  }

  async refreshService(serviceURLMarker: string, connectorName?: string): Promise<void> {
    this.record('refreshService', serviceURLMarker, connectorName);
    this.service(serviceURLMarker);
    if (connectorName !== undefined) this.connector(connectorName);
  }

  async restartService(serviceURLMarker: string, connectorName?: string): Promise<void> {
    this.record('restartService', serviceURLMarker, connectorName);
    this.service(serviceURLMarker);
    if (connectorName !== undefined) this.connector(connectorName);
  }

  getIntegrationServiceSummaries(): IntegrationServiceSummary[] {
    this.record('getIntegrationServiceSummaries');
    return this.serviceSummaries();
  }

  getIntegrationGroupSummaries(): IntegrationGroupSummary[] {
    this.record('getIntegrationGroupSummaries');
    return this.groupSummaries();
  }

  getIntegrationGroupSummary(groupName: string): IntegrationGroupSummary {
    this.record('getIntegrationGroupSummary', groupName);
    this.group(groupName);
    return this.groupSummaries().find((g) => g.integrationGroupName === groupName) as IntegrationGroupSummary;
  }

  async refreshIntegrationGroupConfig(groupName: string): Promise<void> {
    this.record('refreshIntegrationGroupConfig', groupName);
    this.group(groupName);
  }

  validateConnector(serviceURLMarker: string, connectorProviderClassName: string): boolean {
    this.record('validateConnector', serviceURLMarker, connectorProviderClassName);
    return this.validClasses.has(connectorProviderClassName);
  }

  async publishOpenLineageEvent(event: string): Promise<void> {
    this.record('publishOpenLineageEvent', event);
  }

  metrics(): ConnectorMetrics[] {
    return this.metricFigures;
  }

  isReady(): boolean {
    return this.ready;
  }

  /** The names of the methods called that change something (every call but reads). */
  actionCalls(): RecordedCall[] {
    const reads = new Set([
      'status',
      'getConfigurationProperties',
      'getIntegrationServiceSummaries',
      'getIntegrationGroupSummaries',
      'getIntegrationGroupSummary',
      'validateConnector',
    ]);
    return this.calls.filter((c) => !reads.has(c.method));
  }
}
