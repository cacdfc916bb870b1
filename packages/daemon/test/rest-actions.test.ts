import { ConnectorCheckedException, PropertyServerException, UserNotAuthorizedException } from '@egeria-ts/core';
import { startAdminServer } from '@egeria-ts/daemon';
import type { AdminServer } from '@egeria-ts/daemon';
import { FakeAdministration, SENTINEL_SECRET } from './rest-support/fake-administration';
import { send } from './rest-support/http-client';

const V5 = '/servers/daemon1/open-metadata/integration-daemon/users/garygeeke';
const V6 = '/servers/daemon1/open-metadata/integration-daemon';
const EXCEPTIONS = 'org.odpi.openmetadata.frameworks.connectors.ffdc';
const VOID_OK = { class: 'VoidResponse', relatedHTTPCode: 200 };

let admin: FakeAdministration;
let server: AdminServer;

beforeEach(async () => {
  admin = new FakeAdministration();
  server = await startAdminServer(admin);
});

afterEach(async () => {
  await server.close();
});

function post(path: string, body?: unknown) {
  return send(server.url, path, { method: 'POST', body: body as object | undefined });
}

describe('refresh and restart', () => {
  it.each([
    ['refresh', 'refresh'],
    ['restart', 'restart'],
  ])(
    'POST /integration-connectors/%s with no body, null, {} or {"name":null} means every connector',
    async (path, method) => {
      for (const body of [undefined, 'null', '{}', '{"class":"NameRequestBody","name":null}']) {
        const res = await send(server.url, `${V5}/integration-connectors/${path}`, { method: 'POST', body });
        expect(res.status).toBe(200);
        expect(res.json).toEqual(VOID_OK);
      }
      expect(admin.calls).toEqual(Array.from({ length: 4 }, () => ({ method, args: [undefined] })));
    },
  );

  it('POST /integration-connectors/refresh with a name refreshes that connector', async () => {
    const res = await post(`${V5}/integration-connectors/refresh`, { class: 'NameRequestBody', name: 'files-c1' });
    expect(res.json).toEqual(VOID_OK);
    expect(admin.calls).toEqual([{ method: 'refresh', args: ['files-c1'] }]);
  });

  it('POST /integration-connectors/restart in Egeria 6 form', async () => {
    const res = await post(`${V6}/integration-connectors/restart?delegatingUserId=x`, { name: 'db-c2' });
    expect(res.json).toEqual(VOID_OK);
    expect(admin.calls).toEqual([{ method: 'restart', args: ['db-c2'] }]);
  });

  it('answers an unknown connector with a VoidResponse carrying InvalidParameterException', async () => {
    const res = await post(`${V5}/integration-connectors/refresh`, { name: 'ghost' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      class: 'VoidResponse',
      relatedHTTPCode: 400,
      exceptionClassName: `${EXCEPTIONS}.InvalidParameterException`,
      actionDescription: 'refreshConnectors',
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-031',
      exceptionErrorMessageParameters: ['ghost', 'daemon1'],
      exceptionProperties: { parameterName: 'connectorName' },
    });
    expect(res.json.exceptionErrorMessage).toContain('ghost');
  });

  it('refuses an empty name instead of reading it as "all"', async () => {
    const res = await post(`${V5}/integration-connectors/restart`, { name: ' ' });
    expect(res.json).toMatchObject({
      class: 'VoidResponse',
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'OMAG-COMMON-400-006',
      exceptionProperties: { parameterName: 'connectorName' },
    });
    expect(admin.calls).toEqual([]);
  });

  it('POST /integration-services/{marker}/refresh and /restart pass the marker and the optional name', async () => {
    expect((await post(`${V5}/integration-services/files-integrator/refresh`)).json).toEqual(VOID_OK);
    expect((await post(`${V5}/integration-services/files-integrator/restart`, { name: 'files-c1' })).json).toEqual(
      VOID_OK,
    );
    expect((await post(`${V6}/integration-services/database-integrator/restart`, {})).json).toEqual(VOID_OK);
    expect(admin.calls).toEqual([
      { method: 'refreshService', args: ['files-integrator', undefined] },
      { method: 'restartService', args: ['files-integrator', 'files-c1'] },
      { method: 'restartService', args: ['database-integrator', undefined] },
    ]);
  });

  it("serves the singular integration-service/{marker}/restart that Egeria 5.2's Java client calls", async () => {
    const res = await post(`${V5}/integration-service/files-integrator/restart`, { name: 'files-c1' });
    expect(res.json).toEqual(VOID_OK);
    expect(admin.calls).toEqual([{ method: 'restartService', args: ['files-integrator', 'files-c1'] }]);
  });

  it('answers an unknown service with InvalidParameterException naming serviceURLMarker', async () => {
    const res = await post(`${V5}/integration-services/nowhere-integrator/refresh`);
    expect(res.json).toMatchObject({
      class: 'VoidResponse',
      relatedHTTPCode: 400,
      exceptionClassName: `${EXCEPTIONS}.InvalidParameterException`,
      actionDescription: 'refreshService',
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-030',
      exceptionProperties: { parameterName: 'serviceURLMarker' },
    });
  });
});

describe('configuration changes', () => {
  it('POST /integration-connectors/configuration-properties passes the ConnectorConfigPropertiesRequestBody', async () => {
    const res = await post(`${V5}/integration-connectors/configuration-properties`, {
      class: 'ConnectorConfigPropertiesRequestBody',
      connectorName: 'files-c1',
      mergeUpdate: true,
      configurationProperties: { depth: 5, extra: 'x' },
    });
    expect(res.json).toEqual(VOID_OK);
    expect(admin.calls).toEqual([
      {
        method: 'updateConfigurationProperties',
        args: [{ connectorName: 'files-c1', mergeUpdate: true, configurationProperties: { depth: 5, extra: 'x' } }],
      },
    ]);
    const after = await send(server.url, `${V5}/integration-connectors/files-c1/configuration-properties`);
    expect(after.json.properties).toEqual({ folder: '/data', token: '***', depth: 5, extra: 'x' });
  });

  it('defaults mergeUpdate to false, accepts "true"/"false", and no connectorName means every connector', async () => {
    await post(`${V6}/integration-connectors/configuration-properties`, { configurationProperties: { a: 1 } });
    await post(`${V6}/integration-connectors/configuration-properties`, {
      connectorName: 'db-c2',
      mergeUpdate: 'true',
    });
    expect(admin.calls.map((c) => c.args[0])).toEqual([
      { connectorName: undefined, mergeUpdate: false, configurationProperties: { a: 1 } },
      { connectorName: 'db-c2', mergeUpdate: true, configurationProperties: undefined },
    ]);
  });

  it('answers an unknown connector in the body with InvalidParameterException', async () => {
    const res = await post(`${V5}/integration-connectors/configuration-properties`, { connectorName: 'ghost' });
    expect(res.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-031',
    });
  });

  it('POST /integration-connectors/{name}/endpoint-network-address passes the StringRequestBody', async () => {
    const res = await post(`${V5}/integration-connectors/db-c2/endpoint-network-address`, {
      class: 'StringRequestBody',
      string: 'jdbc:postgresql://db2:5432/y',
    });
    expect(res.json).toEqual(VOID_OK);
    expect(admin.calls).toEqual([
      { method: 'updateEndpointNetworkAddress', args: ['db-c2', 'jdbc:postgresql://db2:5432/y'] },
    ]);
  });

  it('answers a StringRequestBody without its string with OMAG-COMMON-400-015', async () => {
    const res = await post(`${V5}/integration-connectors/db-c2/endpoint-network-address`, {});
    expect(res.json).toMatchObject({
      class: 'VoidResponse',
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'OMAG-COMMON-400-015',
      exceptionProperties: { parameterName: 'networkAddress' },
    });
    expect(admin.calls).toEqual([]);
  });

  it('POST /integration-connectors/{name}/connection passes the Connection; status then shows it redacted', async () => {
    const connection = {
      class: 'Connection',
      qualifiedName: 'new',
      clearPassword: SENTINEL_SECRET,
      connectorType: { class: 'ConnectorType', connectorProviderClassName: 'folder-monitor' },
      endpoint: { class: 'Endpoint', address: '/tmp/x' },
    };
    const res = await post(`${V5}/integration-connectors/files-c1/connection`, connection);
    expect(res.json).toEqual(VOID_OK);
    expect(admin.calls).toEqual([{ method: 'updateConnectorConnection', args: ['files-c1', connection] }]);
    const status = await send(server.url, `${V5}/status`);
    expect(status.text).not.toContain(SENTINEL_SECRET);
    const report = status.json.integrationDaemonStatus.integrationServiceSummaries[0].integrationConnectorReports[0];
    expect(report.connection).toMatchObject({ qualifiedName: 'new', clearPassword: '***' });
  });

  it('answers a missing required body with a Spring-style 400', async () => {
    for (const path of [
      'integration-connectors/configuration-properties',
      'integration-connectors/db-c2/endpoint-network-address',
      'integration-connectors/db-c2/connection',
    ]) {
      const res = await post(`${V5}/${path}`);
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ status: 400, error: 'Bad Request', path: `${V5}/${path}` });
      expect(res.json.message).toMatch(/^Required request body is missing/);
      expect(typeof res.json.timestamp).toBe('string');
    }
    expect(admin.calls).toEqual([]);
  });
});

describe('integration groups', () => {
  it('GET /integration-groups/{name}/refresh-config answers a VoidResponse', async () => {
    const res = await send(server.url, `${V5}/integration-groups/G1/refresh-config`);
    expect(res.json).toEqual(VOID_OK);
    expect(admin.calls).toEqual([{ method: 'refreshIntegrationGroupConfig', args: ['G1'] }]);
  });

  it('answers an unknown group with InvalidParameterException', async () => {
    const res = await send(server.url, `${V6}/integration-groups/nope/refresh-config`);
    expect(res.json).toMatchObject({
      class: 'VoidResponse',
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-034',
      exceptionProperties: { parameterName: 'integrationGroupName' },
    });
  });
});

describe('OpenLineage events', () => {
  const event = {
    eventType: 'START',
    eventTime: '2026-01-01T00:00:00Z',
    run: { runId: 'r1' },
    job: { namespace: 'ns', name: 'j' },
    producer: 'test',
  };

  it('POST .../integration-services/lineage-integrator/users/{userId}/api/v1/lineage passes the raw JSON', async () => {
    const text = JSON.stringify(event, null, 2);
    const res = await send(
      server.url,
      '/servers/daemon1/open-metadata/integration-services/lineage-integrator/users/u1/api/v1/lineage',
      {
        method: 'POST',
        body: text,
      },
    );
    expect(res.status).toBe(200);
    expect(res.json).toEqual(VOID_OK);
    expect(admin.calls).toEqual([{ method: 'publishOpenLineageEvent', args: [text] }]);
  });

  it('serves api/v1/lineage for the lineage integrator only', async () => {
    const res = await post(
      '/servers/daemon1/open-metadata/integration-services/files-integrator/users/u1/api/v1/lineage',
      event,
    );
    expect(res.status).toBe(404);
    expect(admin.calls).toEqual([]);
  });

  it("POST /publish-open-lineage-event (Egeria 6's daemon path)", async () => {
    const res = await post(`${V6}/publish-open-lineage-event`, event);
    expect(res.json).toEqual(VOID_OK);
    expect(admin.calls).toEqual([{ method: 'publishOpenLineageEvent', args: [JSON.stringify(event)] }]);
  });

  it('refuses an event that is not a JSON object, and an empty one', async () => {
    expect((await post(`${V6}/publish-open-lineage-event`, [1, 2])).status).toBe(400);
    expect((await post(`${V6}/publish-open-lineage-event`)).status).toBe(400);
    expect(admin.calls).toEqual([]);
  });
});

describe('errors the daemon raises', () => {
  it('reports UserNotAuthorizedException and PropertyServerException as themselves', async () => {
    admin.failWith = new UserNotAuthorizedException('OMAG-X-401-001 user u1 may not', {
      messageId: 'OMAG-X-401-001',
      exceptionProperties: { userId: 'u1' },
    });
    const a = await post(`${V5}/integration-connectors/refresh`);
    expect(a.json).toMatchObject({
      class: 'VoidResponse',
      relatedHTTPCode: 401,
      exceptionClassName: `${EXCEPTIONS}.UserNotAuthorizedException`,
      exceptionErrorMessageId: 'OMAG-X-401-001',
      exceptionProperties: { userId: 'u1' },
    });
    admin.failWith = new PropertyServerException('down', { messageId: 'OMAG-X-500-001' });
    const b = await send(server.url, `${V5}/integration-groups/summary`);
    expect(b.json).toMatchObject({
      class: 'IntegrationGroupSummariesResponse',
      relatedHTTPCode: 500,
      exceptionClassName: `${EXCEPTIONS}.PropertyServerException`,
      exceptionErrorMessage: 'down',
    });
  });

  it('reports any other error as PropertyServerException OMAG-COMMON-400-016 with the cause class', async () => {
    admin.failWith = new ConnectorCheckedException('connector broke', { messageId: 'OIF-CONNECTOR-500-001' });
    const a = await post(`${V5}/integration-connectors/restart`, { name: 'files-c1' });
    expect(a.json).toMatchObject({
      class: 'VoidResponse',
      relatedHTTPCode: 400,
      exceptionClassName: `${EXCEPTIONS}.PropertyServerException`,
      exceptionCausedBy: `${EXCEPTIONS}.ConnectorCheckedException`,
      actionDescription: 'restartConnectors',
      exceptionErrorMessageId: 'OMAG-COMMON-400-016',
      exceptionErrorMessageParameters: [
        `${EXCEPTIONS}.ConnectorCheckedException`,
        'restartConnectors',
        'connector broke',
      ],
    });
    admin.failWith = new TypeError(`cannot read x; password=${SENTINEL_SECRET}`);
    const b = await send(server.url, `${V5}/status`);
    expect(b.status).toBe(200);
    expect(b.json).toMatchObject({
      class: 'IntegrationDaemonStatusResponse',
      exceptionClassName: `${EXCEPTIONS}.PropertyServerException`,
      exceptionCausedBy: 'TypeError',
    });
    expect(b.text).not.toContain(SENTINEL_SECRET);
    expect('integrationDaemonStatus' in b.json).toBe(false);
  });
});
