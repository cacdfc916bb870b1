import { startAdminServer } from '@egeria-ts/daemon';
import type { AdminServer } from '@egeria-ts/daemon';
import { FakeAdministration, SENTINEL_SECRET } from './rest-support/fake-administration';
import { send } from './rest-support/http-client';

const V5 = '/servers/daemon1/open-metadata/integration-daemon/users/garygeeke';
const V6 = '/servers/daemon1/open-metadata/integration-daemon';
const EXCEPTIONS = 'org.odpi.openmetadata.frameworks.connectors.ffdc';
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/;

let admin: FakeAdministration;
let server: AdminServer;

beforeEach(async () => {
  admin = new FakeAdministration();
  server = await startAdminServer(admin);
});

afterEach(async () => {
  await server.close();
});

describe('GET /status', () => {
  it('answers an IntegrationDaemonStatusResponse with everything under integrationDaemonStatus', async () => {
    const res = await send(server.url, `${V5}/status`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.json.class).toBe('IntegrationDaemonStatusResponse');
    expect(res.json.relatedHTTPCode).toBe(200);
    expect(res.json.exceptionClassName).toBeUndefined();
    const status = res.json.integrationDaemonStatus;
    expect(
      status.integrationServiceSummaries.map(
        (s: { integrationServiceURLMarker: string }) => s.integrationServiceURLMarker,
      ),
    ).toEqual(['files-integrator', 'database-integrator']);
    expect(status.integrationGroupSummaries[0].integrationGroupName).toBe('G1');
    // The fake returns an empty list of daemon-level reports: left out, as Jackson's NON_NULL does with Egeria's nulls.
    expect('integrationConnectorReports' in status).toBe(false);
    const files = status.integrationServiceSummaries[0];
    expect(files.integrationServiceId).toBe(605);
    expect(files.integrationServiceFullName).toBe('Files Integrator OMIS');
    const report = files.integrationConnectorReports[0];
    expect(report).toMatchObject({
      connectorId: 'id-files-c1',
      connectorName: 'files-c1',
      connectorInstanceId: 'instance-files-c1',
      connectorStatus: 'WAITING',
      minMinutesBetweenRefresh: 60,
      statistics: { filesCatalogued: 12 },
    });
    expect(report.lastStatusChange).toBe('2026-01-02T03:04:05.678+00:00');
    expect(report.lastRefreshTime).toMatch(ISO_WITH_OFFSET);
    expect(admin.calls.map((c) => c.method)).toEqual(['status']);
  });

  it('leaves out null fields and writes minMinutesBetweenRefresh (a Java long) as 0 when unset', async () => {
    const res = await send(server.url, `${V5}/status`);
    const db = res.json.integrationDaemonStatus.integrationServiceSummaries[1].integrationConnectorReports[0];
    expect(db.connectorStatus).toBe('FAILED');
    expect(db.minMinutesBetweenRefresh).toBe(0);
    expect('lastRefreshTime' in db).toBe(false);
    expect('statistics' in db).toBe(false);
    expect(db.failingExceptionMessage).toContain('refresh failed');
  });

  it('never shows a secret: passwords, secured properties and URL passwords are redacted', async () => {
    const res = await send(server.url, `${V5}/status`);
    expect(res.text).not.toContain(SENTINEL_SECRET);
    const connection =
      res.json.integrationDaemonStatus.integrationServiceSummaries[0].integrationConnectorReports[0].connection;
    expect(connection.clearPassword).toBe('***');
    expect(connection.securedProperties).toEqual({ apiKey: '***' });
    expect(connection.userId).toBe('dbuser');
    expect(connection.connectorType.connectorProviderClassName).toBe('folder-monitor');
    expect(connection.endpoint.address).toContain('files.example.com');
  });

  it('answers the same in Egeria 6 form, ignoring delegatingUserId', async () => {
    const v5 = await send(server.url, `${V5}/status`);
    const v6 = await send(server.url, `${V6}/status?delegatingUserId=erinoverview`);
    expect(v6.status).toBe(200);
    expect(v6.json).toEqual(v5.json);
  });

  it('answers an unknown server name with an FFDC InvalidParameterException in the status bean', async () => {
    const res = await send(server.url, '/servers/other/open-metadata/integration-daemon/users/garygeeke/status');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      class: 'IntegrationDaemonStatusResponse',
      relatedHTTPCode: 404,
      exceptionClassName: `${EXCEPTIONS}.InvalidParameterException`,
      actionDescription: 'getIntegrationDaemonStatus',
      exceptionErrorMessageId: 'OMAG-MULTI-TENANT-404-001',
      exceptionErrorMessageParameters: ['other', 'garygeeke'],
      exceptionProperties: { parameterName: 'serverName' },
    });
    expect(res.json.exceptionErrorMessage).toMatch(/^OMAG-MULTI-TENANT-404-001 .*other/);
    expect(typeof res.json.exceptionSystemAction).toBe('string');
    expect(typeof res.json.exceptionUserAction).toBe('string');
    expect(admin.calls).toEqual([]);
  });
});

describe('GET /integration-connectors/{connectorName}/configuration-properties', () => {
  it('answers a PropertiesResponse with the properties, secrets redacted', async () => {
    const res = await send(server.url, `${V5}/integration-connectors/files-c1/configuration-properties`);
    expect(res.json).toEqual({
      class: 'PropertiesResponse',
      relatedHTTPCode: 200,
      properties: { folder: '/data', token: '***', depth: 3 },
    });
    expect(res.text).not.toContain(SENTINEL_SECRET);
    expect(admin.calls).toEqual([{ method: 'getConfigurationProperties', args: ['files-c1'] }]);
  });

  it('leaves properties out when the connector has none', async () => {
    const res = await send(server.url, `${V6}/integration-connectors/db-c2/configuration-properties`);
    expect(res.json).toEqual({ class: 'PropertiesResponse', relatedHTTPCode: 200 });
  });

  it('decodes the name from the path', async () => {
    const name = 'my connector é+ü';
    const template = admin.connectors.get('db-c2');
    if (!template) throw new Error('the fake lost db-c2');
    admin.connectors.set(name, { ...template, name, properties: { a: 1 } });
    const res = await send(
      server.url,
      `${V5}/integration-connectors/${encodeURIComponent(name)}/configuration-properties`,
    );
    expect(res.json).toEqual({ class: 'PropertiesResponse', relatedHTTPCode: 200, properties: { a: 1 } });
    expect(admin.calls).toEqual([{ method: 'getConfigurationProperties', args: [name] }]);
  });

  it('answers an unknown connector with InvalidParameterException, relatedHTTPCode 400 and parameterName', async () => {
    const res = await send(server.url, `${V5}/integration-connectors/nope/configuration-properties`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      class: 'PropertiesResponse',
      relatedHTTPCode: 400,
      exceptionClassName: `${EXCEPTIONS}.InvalidParameterException`,
      actionDescription: 'getConfigurationProperties',
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-031',
      exceptionErrorMessageParameters: ['nope', 'daemon1'],
      exceptionProperties: { parameterName: 'connectorName' },
    });
    expect('properties' in res.json).toBe(false);
  });
});

describe('summaries', () => {
  it('GET /integration-services/summary answers an IntegrationServiceSummaryResponse', async () => {
    const res = await send(server.url, `${V5}/integration-services/summary`);
    expect(res.json.class).toBe('IntegrationServiceSummaryResponse');
    expect(res.json.relatedHTTPCode).toBe(200);
    expect(res.json.integrationServiceSummaries).toHaveLength(2);
    expect(res.json.integrationServiceSummaries[1].integrationConnectorReports[0].connectorName).toBe('db-c2');
    expect(res.text).not.toContain(SENTINEL_SECRET);
  });

  it('leaves out an empty list of summaries', async () => {
    admin.services.length = 0;
    const res = await send(server.url, `${V6}/integration-services/summary`);
    expect(res.json).toEqual({ class: 'IntegrationServiceSummaryResponse', relatedHTTPCode: 200 });
  });

  it('GET /integration-groups/summary answers an IntegrationGroupSummariesResponse', async () => {
    const res = await send(server.url, `${V5}/integration-groups/summary`);
    expect(res.json).toMatchObject({
      class: 'IntegrationGroupSummariesResponse',
      relatedHTTPCode: 200,
      integrationGroupSummaries: [
        {
          integrationGroupName: 'G1',
          integrationGroupGUID: 'guid-G1',
          integrationGroupStatus: 'RUNNING',
          integrationConnectorReports: [{ connectorName: 'group-c3', connectorStatus: 'RUNNING' }],
        },
      ],
    });
    expect(res.text).not.toContain(SENTINEL_SECRET);
  });

  it('GET /integration-groups/{name}/summary answers an IntegrationGroupSummaryResponse', async () => {
    const res = await send(server.url, `${V5}/integration-groups/G1/summary`);
    expect(res.json.class).toBe('IntegrationGroupSummaryResponse');
    expect(res.json.integrationGroupSummary.integrationGroupName).toBe('G1');
    expect(admin.calls).toEqual([{ method: 'getIntegrationGroupSummary', args: ['G1'] }]);
  });

  it('answers an unknown group with InvalidParameterException naming integrationGroupName', async () => {
    const res = await send(server.url, `${V6}/integration-groups/G9/summary`);
    expect(res.json).toMatchObject({
      class: 'IntegrationGroupSummaryResponse',
      relatedHTTPCode: 400,
      exceptionClassName: `${EXCEPTIONS}.InvalidParameterException`,
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-034',
      exceptionProperties: { parameterName: 'integrationGroupName' },
    });
  });

  it("serves the group paths Egeria 5.2's Java client calls (integration-daemon-services)", async () => {
    const res = await send(
      server.url,
      '/servers/daemon1/open-metadata/integration-daemon-services/users/u1/integration-groups/G1/summary',
    );
    expect(res.json.class).toBe('IntegrationGroupSummaryResponse');
    const none = await send(server.url, '/servers/daemon1/open-metadata/integration-daemon-services/users/u1/status');
    expect(none.status).toBe(404);
  });
});

describe('GET /servers/{serverName}/open-metadata/integration-services/{marker}/users/{userId}/validate-connector/{class}', () => {
  const base = '/servers/daemon1/open-metadata/integration-services';

  it('answers a ConnectorReportResponse for a usable connector class', async () => {
    const res = await send(
      server.url,
      `${base}/files-integrator/users/u1/validate-connector/org.example.FolderMonitorProvider`,
    );
    expect(res.json).toEqual({
      class: 'ConnectorReportResponse',
      relatedHTTPCode: 200,
      connectorReport: {
        connectorType: { class: 'ConnectorType', connectorProviderClassName: 'org.example.FolderMonitorProvider' },
      },
    });
    expect(admin.calls).toEqual([
      { method: 'validateConnector', args: ['files-integrator', 'org.example.FolderMonitorProvider'] },
    ]);
  });

  it('answers a class that is not a connector of the service with OMAG-MULTI-TENANT-400-004', async () => {
    const res = await send(server.url, `${base}/database-integrator/users/u1/validate-connector/org.example.Nothing`);
    expect(res.json).toMatchObject({
      class: 'ConnectorReportResponse',
      relatedHTTPCode: 400,
      exceptionClassName: `${EXCEPTIONS}.InvalidParameterException`,
      actionDescription: 'validateConnector',
      exceptionErrorMessageId: 'OMAG-MULTI-TENANT-400-004',
      exceptionErrorMessageParameters: [
        'org.example.Nothing',
        'org.odpi.openmetadata.integrationservices.database.connector.DatabaseIntegratorConnector',
        'Database Integrator OMIS',
      ],
      exceptionProperties: { parameterName: 'connectorProviderClassName' },
    });
  });

  it('is served for each of the twelve markers and not for others', async () => {
    const ok = await send(server.url, `${base}/api-integrator/users/u1/validate-connector/folder-monitor`);
    expect(ok.json.class).toBe('ConnectorReportResponse');
    const unknown = await send(server.url, `${base}/no-such-integrator/users/u1/validate-connector/folder-monitor`);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ status: 404, error: 'Not Found' });
  });
});
