import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  PermittedSynchronization,
  INTEGRATION_SERVICES,
  INTEGRATION_SERVICE_URL_MARKERS,
  getIntegrationService,
} from '@egeria-ts/core';
import {
  DEFAULT_REFRESH_TIME_INTERVAL_MINUTES,
  EGERIA_TS_DEFAULTS,
  loadDaemonConfig,
  parseDaemonConfig,
  resolveRefreshInterval,
} from '@egeria-ts/daemon';

const fixture = (name: string): string => path.join(__dirname, 'fixtures', name);
const readFixture = (name: string): unknown => JSON.parse(fs.readFileSync(fixture(name), 'utf8'));

describe('parseDaemonConfig: Egeria documents as they are', () => {
  it('accepts an Egeria-style daemon section with a Java provider class name and string-typed values', async () => {
    const config = await loadDaemonConfig(fixture('egeria-files-daemon.json'));
    expect(config.localServerName).toBe('exchangeDL01');
    expect(config.localServerUserId).toBe('exchangeDL01npa');
    expect(config.maxPageSize).toBe(600);
    expect(config.dynamicIntegrationGroupsConfig).toEqual([]);

    const [service] = config.integrationServicesConfig;
    expect(service.integrationServiceURLMarker).toBe('files-integrator');
    // Descriptive fields come from the registration, as Egeria's registry fills them.
    expect(service.integrationServiceId).toBe(605);
    expect(service.integrationServiceFullName).toBe('Files Integrator OMIS');
    expect(service.integrationServicePartnerOMAS).toBe('Data Manager OMAS');
    expect(service.defaultPermittedSynchronization).toBe(PermittedSynchronization.FROM_THIRD_PARTY);
    expect(service.integrationServiceOperationalStatus).toBe('ENABLED');
    expect(service.integrationServiceOptions).toEqual({});
    expect(service.omagserverPlatformRootURL).toBe('https://localhost:9443');

    const [monitor, archive] = service.integrationConnectorConfigs;
    expect(monitor.connectorName).toBe('DropFootClinicalTrialResultsFolderMonitor');
    expect(monitor.connection.connectorType?.connectorProviderClassName).toBe(
      'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationConnectorProvider',
    );
    expect(monitor.refreshTimeInterval).toBe(60);
    expect(monitor.usesBlockingCalls).toBe(false);
    expect(monitor.generateIntegrationReports).toBe(true);
    expect(monitor.permittedSynchronization).toBe(PermittedSynchronization.FROM_THIRD_PARTY);
    expect(monitor.connectorUserId).toBe('erinoverview');
    expect(monitor.metadataSourceQualifiedName).toBe('OakDeneHospital.landingArea');
    // Configuration properties are the connector's business: kept as written.
    expect(monitor.connection.configurationProperties).toEqual({
      templateQualifiedName: 'dropFootTemplate',
      allowCatalogDelete: 'false',
    });

    // Defaults: user id of the daemon, the service's permitted synchronization, no interval.
    expect(archive.connectorUserId).toBe('exchangeDL01npa');
    expect(archive.permittedSynchronization).toBe(PermittedSynchronization.FROM_THIRD_PARTY);
    expect(archive.refreshTimeInterval).toBeUndefined();
    expect('refreshTimeInterval' in archive).toBe(false);
    expect(archive.usesBlockingCalls).toBe(false);
    expect(archive.generateIntegrationReports).toBe(false);
    expect(archive.connectorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(archive.connectorId).not.toBe(monitor.connectorId);
  });

  it('accepts a whole OMAGServerConfig document and ignores its other sections', () => {
    const config = parseDaemonConfig(readFixture('omag-server-config.json'));
    expect(config.localServerName).toBe('cocoDIS1');
    expect(config.localServerPassword).toBe('${env:EGERIA_SERVER_PASSWORD}');
    expect(config.integrationServicesConfig.map((s) => s.integrationServiceURLMarker)).toEqual([
      'database-integrator',
      'security-integrator',
    ]);
    const [database, security] = config.integrationServicesConfig;
    // What the document says wins over the registration.
    expect(database.integrationServiceDevelopmentStatus).toBe('TECHNICAL_PREVIEW');
    expect(database.integrationServiceContextManagerClass).toContain('DatabaseIntegratorContextManager');
    const jdbc = database.integrationConnectorConfigs[0];
    expect(jdbc.connectorId).toBe('5c0f9070-4748-4fb7-8ad3-732a19592fac');
    expect(jdbc.refreshTimeInterval).toBe(30);
    expect(jdbc.connection.class).toBe('VirtualConnection');
    expect(jdbc.connection['embeddedConnections']).toHaveLength(1);

    // security-integrator's own default is TO_THIRD_PARTY (DESIGN.md table).
    expect(security.defaultPermittedSynchronization).toBe(PermittedSynchronization.TO_THIRD_PARTY);
    expect(security.integrationConnectorConfigs[0].permittedSynchronization).toBe(
      PermittedSynchronization.TO_THIRD_PARTY,
    );
    expect(security.integrationConnectorConfigs[0].refreshTimeInterval).toBe(0);
    expect(security.integrationServiceOptions).toEqual({ someOption: 'value' });
    expect(security.integrationServiceContextManagerClass).toBeUndefined();

    expect(config.dynamicIntegrationGroupsConfig).toEqual([
      {
        integrationGroupQualifiedName: 'Egeria:IntegrationGroup:DefaultOnboarding',
        omagserverPlatformRootURL: 'https://localhost:9444',
        omagserverName: 'cocoMDS1',
      },
    ]);
    expect(config).not.toHaveProperty('repositoryServicesConfig');
    expect(config).not.toHaveProperty('auditTrail');
  });

  it("accepts Egeria's OMAGServerConfigResponse wrapper, with egeriaTs beside it", () => {
    const config = parseDaemonConfig(readFixture('omag-server-config-response.json'));
    expect(config.localServerName).toBe('cocoDIS1');
    expect(config.integrationServicesConfig).toHaveLength(2);
    expect(config.egeriaTs.adminApi.port).toBe(0);
    expect(config.egeriaTs.connectorRefreshIntervalSeconds).toEqual({ 'Generic-JDBC-Connector': 0.5 });
  });

  it('accepts egeriaTs inside omagserverConfig too', () => {
    const document = readFixture('omag-server-config.json') as Record<string, unknown>;
    const config = parseDaemonConfig({
      class: 'OMAGServerConfigResponse',
      omagserverConfig: { ...document, egeriaTs: { isolation: 'worker' } },
    });
    expect(config.egeriaTs.isolation).toBe('worker');
  });

  it('accepts a daemon with integration groups only', () => {
    const config = parseDaemonConfig({
      localServerName: 'groupsOnly',
      dynamicIntegrationGroupsConfig: [
        { integrationGroupQualifiedName: 'G', omagserverPlatformRootURL: 'http://h:1', omagserverName: 's' },
      ],
    });
    expect(config.integrationServicesConfig).toEqual([]);
    expect(config.localServerUserId).toBe('OMAGServer');
    expect(config.maxPageSize).toBe(1000);
  });

  it('fills every egeriaTs default when the section is absent', () => {
    const config = parseDaemonConfig({
      localServerName: 'd',
      integrationServicesConfig: [
        { integrationServiceURLMarker: 'api-integrator', omagserverPlatformRootURL: 'http://h', omagserverName: 's' },
      ],
    });
    expect(config.egeriaTs).toEqual({
      adminApi: { enabled: true, host: '127.0.0.1' },
      modules: [],
      platform: { rejectUnauthorized: true },
      connectorRefreshIntervalSeconds: {},
      refreshTimeoutSeconds: 1800,
      isolation: 'in-process',
      restartPolicy: { enabled: true, initialDelaySeconds: 1, maxDelaySeconds: 30, multiplier: 2 },
      shutdownTimeoutSeconds: 10,
      integrationGroupRefreshSeconds: 60,
      integrationGroupEvents: true,
      dryRun: false,
    });
    expect(config.egeriaTs.shutdownTimeoutSeconds).toBe(EGERIA_TS_DEFAULTS.shutdownTimeoutSeconds);
    expect(config.egeriaTs.adminApi.host).toBe(EGERIA_TS_DEFAULTS.adminApiHost);
  });

  it('reads every setting of a document that sets everything, strings converted', () => {
    const config = parseDaemonConfig(readFixture('full-daemon-config.json'));
    const [service] = config.integrationServicesConfig;
    expect(service).toMatchObject({
      integrationServiceId: 611,
      integrationServiceDevelopmentStatus: 'STABLE',
      integrationServiceOperationalStatus: 'DISABLED',
      defaultPermittedSynchronization: 'TO_THIRD_PARTY',
      integrationServiceWiki: 'https://example.org/wiki',
      integrationServiceOptions: { retries: 3 },
    });
    expect(service.integrationConnectorConfigs[0]).toMatchObject({
      connectorId: 'infra-1',
      connectorUserId: 'hostNpa',
      refreshTimeInterval: 5,
      usesBlockingCalls: true,
      permittedSynchronization: 'BOTH_DIRECTIONS',
      generateIntegrationReports: false,
    });
    expect(config.egeriaTs).toEqual({
      adminApi: {
        enabled: true,
        host: '0.0.0.0',
        port: 9447,
        token: '${env:ADMIN_TOKEN}',
        tls: { certFile: '/etc/daemon/cert.pem', keyFile: '/etc/daemon/key.pem' },
      },
      modules: ['./connectors/hosts.js', '@example/egeria-connectors'],
      platform: {
        userId: 'platformUser',
        password: '${file:/run/secrets/platform}',
        bearerToken: '${env:PLATFORM_TOKEN}',
        caFile: '/etc/daemon/ca.pem',
        rejectUnauthorized: false,
      },
      connectorRefreshIntervalSeconds: { HostCataloguer: 2.5, 'group connector': 10 },
      refreshTimeoutSeconds: 120,
      isolation: 'worker',
      restartPolicy: { enabled: false, initialDelaySeconds: 0.25, maxDelaySeconds: 20, multiplier: 1.5 },
      shutdownTimeoutSeconds: 5,
      integrationGroupRefreshSeconds: 30,
      integrationGroupEvents: true,
      dryRun: false,
    });
  });

  it('shares nothing with the input document', () => {
    const document = readFixture('egeria-files-daemon.json') as {
      integrationServicesConfig: { integrationConnectorConfigs: { connection: { qualifiedName?: string } }[] }[];
    };
    const config = parseDaemonConfig(document);
    document.integrationServicesConfig[0].integrationConnectorConfigs[0].connection.qualifiedName = 'changed';
    expect(config.integrationServicesConfig[0].integrationConnectorConfigs[0].connection.qualifiedName).toBe(
      'DropFootClinicalTrialResultsFolderMonitorConnection',
    );
  });

  it('accepts ordinals and null as Egeria does (null: absent)', () => {
    const config = parseDaemonConfig({
      localServerName: 'd',
      localServerUserId: null,
      egeriaTs: null,
      dynamicIntegrationGroupsConfig: null,
      integrationServicesConfig: [
        {
          integrationServiceURLMarker: 'catalog-integrator',
          omagserverPlatformRootURL: 'HTTPS://Example.org:9443/base',
          omagserverName: 's',
          defaultPermittedSynchronization: 2,
          integrationConnectorConfigs: [
            {
              connectorName: 'c',
              connection: { connectorType: { connectorProviderClassName: 'x' } },
              permittedSynchronization: null,
              refreshTimeInterval: null,
              usesBlockingCalls: true,
            },
          ],
        },
      ],
    });
    const connector = config.integrationServicesConfig[0].integrationConnectorConfigs[0];
    expect(config.localServerUserId).toBe('OMAGServer');
    expect(connector.permittedSynchronization).toBe('FROM_THIRD_PARTY');
    expect(connector.refreshTimeInterval).toBeUndefined();
    expect(connector.usesBlockingCalls).toBe(true);
  });
});

describe('the twelve integration services', () => {
  it('are listed with code, marker, names, partner OMAS and default synchronization', () => {
    expect(INTEGRATION_SERVICE_URL_MARKERS).toEqual([
      'catalog-integrator',
      'api-integrator',
      'topic-integrator',
      'display-integrator',
      'database-integrator',
      'files-integrator',
      'lineage-integrator',
      'organization-integrator',
      'security-integrator',
      'analytics-integrator',
      'search-integrator',
      'infrastructure-integrator',
    ]);
    expect(INTEGRATION_SERVICES.map((s) => s.code)).toEqual([
      600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611,
    ]);
    const sync = Object.fromEntries(INTEGRATION_SERVICES.map((s) => [s.marker, s.defaultPermittedSynchronization]));
    expect(sync).toEqual({
      'catalog-integrator': 'BOTH_DIRECTIONS',
      'api-integrator': 'FROM_THIRD_PARTY',
      'topic-integrator': 'FROM_THIRD_PARTY',
      'display-integrator': 'FROM_THIRD_PARTY',
      'database-integrator': 'FROM_THIRD_PARTY',
      'files-integrator': 'FROM_THIRD_PARTY',
      'lineage-integrator': 'FROM_THIRD_PARTY',
      'organization-integrator': 'FROM_THIRD_PARTY',
      'security-integrator': 'TO_THIRD_PARTY',
      'analytics-integrator': 'BOTH_DIRECTIONS',
      'search-integrator': 'BOTH_DIRECTIONS',
      'infrastructure-integrator': 'BOTH_DIRECTIONS',
    });
    expect(getIntegrationService('lineage-integrator')).toMatchObject({
      fullName: 'Lineage Integrator OMIS',
      partnerOMAS: 'Asset Manager OMAS',
    });
    expect(getIntegrationService('archive-integrator')).toBeUndefined();
    expect(Object.isFrozen(INTEGRATION_SERVICES)).toBe(true);
  });
});

describe('resolveRefreshInterval', () => {
  const connector = { connectorName: 'c1' };

  it('prefers egeriaTs seconds, then refreshTimeInterval, then the declared default, then 60 minutes', () => {
    const settings = { connectorRefreshIntervalSeconds: { c1: 0.5 } };
    expect(resolveRefreshInterval({ connector: { ...connector, refreshTimeInterval: 5 }, settings })).toEqual({
      milliseconds: 500,
      source: 'egeriaTs',
    });
    expect(
      resolveRefreshInterval({ connector: { ...connector, refreshTimeInterval: 5 }, declaredDefaultMinutes: 2 }),
    ).toEqual({ milliseconds: 300_000, source: 'refreshTimeInterval' });
    expect(resolveRefreshInterval({ connector, declaredDefaultMinutes: 2 })).toEqual({
      milliseconds: 120_000,
      source: 'connectorDefault',
    });
    expect(resolveRefreshInterval({ connector })).toEqual({
      milliseconds: DEFAULT_REFRESH_TIME_INTERVAL_MINUTES * 60_000,
      source: 'daemonDefault',
    });
    expect(DEFAULT_REFRESH_TIME_INTERVAL_MINUTES).toBe(60);
  });

  it('keeps 0 (refresh at start and on request only)', () => {
    expect(resolveRefreshInterval({ connector: { ...connector, refreshTimeInterval: 0 } })).toEqual({
      milliseconds: 0,
      source: 'refreshTimeInterval',
    });
    const settings = { connectorRefreshIntervalSeconds: { other: 1 } };
    expect(resolveRefreshInterval({ connector, settings, declaredDefaultMinutes: 0 }).milliseconds).toBe(0);
  });

  it('works on a parsed document', () => {
    const config = parseDaemonConfig(readFixture('full-daemon-config.json'));
    const host = config.integrationServicesConfig[0].integrationConnectorConfigs[0];
    expect(resolveRefreshInterval({ connector: host, settings: config.egeriaTs })).toEqual({
      milliseconds: 2500,
      source: 'egeriaTs',
    });
  });
});
