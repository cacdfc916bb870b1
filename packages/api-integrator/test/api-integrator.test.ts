import {
  IllegalStateError,
  InMemoryAuditLogDestination,
  IntegrationConnector,
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  type Connection,
} from '@egeria-ts/core';
import {
  lastPublishedReport,
  rejectionOf,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
  waitUntil,
  type TestContextOptions,
} from '@egeria-ts/testing';
import { APIIntegratorConnector, apiIntegratorService, type APIIntegratorContext } from '@egeria-ts/api-integrator';
import type { DataManagerOutboundEvent } from '@egeria-ts/omas-client';

const SERVER = 'mds-api';

/** The writes to the Data Manager OMAS: POSTs below its root, except finds and the metadata source set-up. */
const DATA_MANAGER_WRITES = {
  method: 'POST',
  path: /^(?!.*\/by-)(?!.*\/metadata-sources).*\/access-services\/data-manager\//,
};

const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-api-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:ScriptedAPIConnector' },
};

/** An API connector whose refresh runs a script through its context, and that may listen to events. */
const ScriptedAPIConnector = scriptedConnector<APIIntegratorConnector, DataManagerOutboundEvent>(
  APIIntegratorConnector,
);
type ScriptedAPIConnector = InstanceType<typeof ScriptedAPIConnector>;

const testbed = useIntegratorTestbed(apiIntegratorService, {
  serverName: SERVER,
  heartbeatMs: 60_000,
  userId: 'apiConnectorUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'api-connector',
  connection: CONNECTION,
});

interface Started {
  readonly connector: ScriptedAPIConnector;
  readonly context: APIIntegratorContext;
  readonly records: InMemoryAuditLogDestination;
}

async function startConnector(
  settings: TestContextOptions['settings'] = {},
  configure: (connector: ScriptedAPIConnector) => void = () => undefined,
): Promise<Started> {
  const connector = new ScriptedAPIConnector();
  configure(connector);
  const started = await testbed.start(connector, { settings });
  return { connector, context: started.context, records: started.auditRecords };
}

describe('APIIntegratorConnector', () => {
  it('has a typed error with the service id when its context is read too early', () => {
    let error: unknown;
    try {
      void new ScriptedAPIConnector().context;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).messageId).toBe('OMIS-API-INTEGRATOR-500-001');
  });

  it('is the only kind of connector the service runs', () => {
    class NotAnAPIConnector extends IntegrationConnector {
      async refresh(): Promise<void> {}
    }
    expect(apiIntegratorService.supportsConnector(new ScriptedAPIConnector())).toBe(true);
    expect(() => apiIntegratorService.validateConnector(new NotAnAPIConnector(), 'other')).toThrow(
      expect.objectContaining({ messageId: 'OMIS-API-INTEGRATOR-400-001' }),
    );
    expect(apiIntegratorService.description).toMatchObject({
      code: 601,
      marker: 'api-integrator',
      partnerOMAS: 'Data Manager OMAS',
      defaultPermittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
    });
  });
});

describe('APIIntegratorContext against the emulator', () => {
  it('creates, updates, finds and removes an API with its operations, parameter lists and parameters', async () => {
    const { connector, context, records } = await startConnector({
      metadataSourceQualifiedName: 'APIM::gateway-1',
      generateIntegrationReport: true,
    });
    expect(records.withMessageId('OMIS-API-INTEGRATOR-0002')[0].messageParameters.slice(2, 4)).toEqual([
      'APIM::gateway-1',
      'FROM_THIRD_PARTY',
    ]);
    // The metadata source is an APIManager capability, found again by its qualified name.
    expect(
      JSON.parse(testbed.proxy.requestsMatching({ path: '/metadata-sources/new' }).at(-1)?.body ?? '{}'),
    ).toMatchObject({
      typeName: 'APIManager',
      qualifiedName: 'APIM::gateway-1',
      deployedImplementationType: 'API Manager',
    });
    expect(context.getAPIManagerName()).toBe('APIM::gateway-1');
    const managerGUID = context.getAPIManagerGUID() as string;
    expect(managerGUID).toMatch(/^[0-9a-f-]{36}$/);

    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      g.endpoint = await ctx.createEndpoint({
        endpointProperties: { qualifiedName: 'Endpoint::orders', address: 'https://gw/orders', protocol: 'https' },
      });
      g.api = await ctx.createAPI({
        endpointGUID: g.endpoint,
        apiProperties: { qualifiedName: 'API::orders', name: 'orders', versionIdentifier: '1.0' },
      });
      g.operation = await ctx.createAPIOperation({
        apiGUID: g.api,
        apiOperationProperties: { qualifiedName: 'API::orders.get', displayName: 'getOrder', command: 'GET' },
      });
      g.request = await ctx.createAPIParameterList({
        apiOperationGUID: g.operation,
        parameterListType: 'REQUEST',
        apiParameterListProperties: { qualifiedName: 'API::orders.get.request', required: true },
      });
      g.id = await ctx.createAPIParameter({
        schemaElementGUID: g.request,
        apiParameterProperties: {
          qualifiedName: 'API::orders.get.request.id',
          displayName: 'id',
          parameterType: 'path',
        },
      });
      g.detail = await ctx.createAPIParameter({
        schemaElementGUID: g.id,
        apiParameterProperties: { qualifiedName: 'API::orders.get.request.id.detail', displayName: 'detail' },
      });
    });

    // Every write went to the Data Manager as the connector's user with the API manager as external source.
    const writes = testbed.proxy.requestsMatching(DATA_MANAGER_WRITES);
    expect(writes).toHaveLength(6);
    for (const write of writes) {
      expect(write.path).toContain('/users/apiConnectorUser/');
      expect(JSON.parse(write.body)).toMatchObject({
        externalSourceGUID: managerGUID,
        externalSourceName: 'APIM::gateway-1',
      });
    }
    expect(writes[1].path).toContain(`/apis/for-endpoint/${g.endpoint}`);
    expect(writes[1].query).toBe('apiManagerIsHome=true');
    // The parameter went as Egeria's APIManagerClient sends it: a schema attribute typed APIParameter.
    expect(writes[4].path).toContain(`/schema-attributes/attached-to/${g.request}`);
    expect(JSON.parse(writes[4].body)).toMatchObject({
      class: 'SchemaAttributeRequestBody',
      typeName: 'APIParameter',
      extendedProperties: { parameterType: 'path' },
    });
    expect(JSON.parse(writes[4].body)).not.toHaveProperty('parameterType');

    const created = lastPublishedReport(testbed.proxy, managerGUID);
    expect(created['createdElements']).toEqual([g.endpoint, g.api, g.operation, g.request, g.id, g.detail]);
    expect(reportCounts(created, 'createCounts')).toEqual({
      Endpoint: 1,
      DeployedAPI: 1,
      APIOperation: 1,
      APIParameterList: 1,
      APIParameter: 2,
    });

    // Reads.
    const api = await context.getAPIByGUID({ guid: g.api });
    expect(api?.apiproperties).toMatchObject({ qualifiedName: 'API::orders', name: 'orders' });
    expect(api?.elementHeader?.origin).toMatchObject({
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: managerGUID,
    });
    expect((await context.getMyAPIs()).map((a) => a.elementHeader?.guid)).toEqual([g.api]);
    expect((await context.findAPIs({ searchString: 'API::ord.*' })).map((a) => a.elementHeader?.guid)).toEqual([g.api]);
    expect((await context.getAPIsByName({ name: 'orders' })).map((a) => a.elementHeader?.guid)).toEqual([g.api]);
    expect((await context.getEndpointByGUID({ guid: g.endpoint }))?.endpointProperties?.address).toBe(
      'https://gw/orders',
    );
    expect((await context.findEndpoints({ searchString: 'Endpoint::.*' })).map((e) => e.elementHeader?.guid)).toEqual([
      g.endpoint,
    ]);
    expect((await context.getOperationsForAPI({ apiGUID: g.api })).map((o) => o.properties?.command)).toEqual(['GET']);
    expect((await context.getAPIOperationsByName({ name: 'getOrder' })).map((o) => o.elementHeader?.guid)).toEqual([
      g.operation,
    ]);
    const lists = await context.getParameterListsForAPIOperation({ apiOperationGUID: g.operation });
    expect(lists.map((l) => [l.elementHeader?.guid, l.parameterListType])).toEqual([[g.request, 'REQUEST']]);
    expect(
      (await context.getNestedAPIParameters({ parentElementGUID: g.request })).map((p) => p.elementHeader?.guid),
    ).toEqual([g.id]);
    expect(
      (await context.getNestedAPIParameters({ parentElementGUID: g.id })).map((p) => p.elementHeader?.guid),
    ).toEqual([g.detail]);
    expect(
      (await context.findAPIParameters({ searchString: 'API::orders.*' })).map((p) => p.elementHeader?.guid),
    ).toEqual([g.id, g.detail]);
    const parameter = await context.getAPIParameterByGUID({ guid: g.id });
    expect(parameter?.elementHeader?.type?.typeName).toBe('APIParameter');
    expect(parameter?.schemaAttributeProperties).toMatchObject({
      displayName: 'id',
      extendedProperties: { parameterType: 'path' },
    });
    expect((await context.getAPIParametersByName({ name: 'detail' })).map((p) => p.elementHeader?.guid)).toEqual([
      g.detail,
    ]);

    // Updates: merge keeps what is not given, replace drops it; publish and withdraw count as updates.
    await connector.refreshWith(async (ctx) => {
      await ctx.updateAPI({ apiGUID: g.api, isMergeUpdate: true, apiProperties: { resourceDescription: 'v2' } });
      await ctx.updateAPIOperation({
        apiOperationGUID: g.operation,
        apiOperationProperties: { qualifiedName: 'API::orders.get', command: 'POST' },
      });
      await ctx.updateAPIParameter({
        apiParameterGUID: g.id,
        isMergeUpdate: true,
        apiParameterProperties: { description: 'the order id' },
      });
      await ctx.publishAPI({ apiGUID: g.api });
      await ctx.withdrawAPI({ apiGUID: g.api });
    });
    expect((await context.getAPIByGUID({ guid: g.api }))?.apiproperties).toMatchObject({
      name: 'orders',
      resourceDescription: 'v2',
    });
    const operation = await context.getAPIOperationByGUID({ guid: g.operation });
    expect(operation?.properties?.command).toBe('POST');
    expect(operation?.properties?.displayName).toBeUndefined();
    expect((await context.getAPIParameterByGUID({ guid: g.id }))?.schemaAttributeProperties).toMatchObject({
      displayName: 'id',
      description: 'the order id',
    });
    // An element updated several times in a refresh is reported once.
    const updates = lastPublishedReport(testbed.proxy, managerGUID);
    expect(updates['updatedElements']).toEqual([g.api, g.operation, g.id]);
    expect(reportCounts(updates, 'updateCounts')).toEqual({ DeployedAPI: 1, APIOperation: 1, APIParameter: 1 });

    // Removes, deepest first, then the API and its endpoint.
    await connector.refreshWith(async (ctx) => {
      await ctx.removeAPIParameter({ apiParameterGUID: g.detail });
      await ctx.removeAPIParameterList({ apiParameterListGUID: g.request, qualifiedName: 'API::orders.get.request' });
      await ctx.removeAPIOperation({ apiOperationGUID: g.operation, qualifiedName: 'API::orders.get' });
      await ctx.removeAPI({ apiGUID: g.api, qualifiedName: 'API::orders' });
      await ctx.removeEndpoint({ endpointGUID: g.endpoint });
    });
    expect(lastPublishedReport(testbed.proxy, managerGUID)['deletedElements']).toEqual([
      g.detail,
      g.request,
      g.operation,
      g.api,
      g.endpoint,
    ]);
    expect(await context.getMyAPIs()).toEqual([]);
    expect(await context.findAPIParameters({ searchString: 'API::orders.*' })).toEqual([]);
    await expect(context.getAPIByGUID({ guid: g.api })).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it('creates from templates: endpoint, API, operation, parameter list and parameter', async () => {
    const { connector, context } = await startConnector({ metadataSourceQualifiedName: 'APIM::templates' });
    const g: Record<string, string> = {};
    await connector.refreshWith(async (ctx) => {
      g.endpoint = await ctx.createEndpoint({
        endpointProperties: { qualifiedName: 'Endpoint::t', address: 'https://a' },
      });
      g.api = await ctx.createAPI({ apiProperties: { qualifiedName: 'API::t', name: 't' } });
      g.operation = await ctx.createAPIOperation({
        apiGUID: g.api,
        apiOperationProperties: { qualifiedName: 'API::t.op' },
      });
      g.list = await ctx.createAPIParameterList({
        apiOperationGUID: g.operation,
        parameterListType: 'RESPONSE',
        apiParameterListProperties: { qualifiedName: 'API::t.op.response' },
      });
      g.parameter = await ctx.createAPIParameter({
        schemaElementGUID: g.list,
        apiParameterProperties: { qualifiedName: 'API::t.op.response.status', displayName: 'status' },
      });

      g.endpoint2 = await ctx.createEndpointFromTemplate({
        templateGUID: g.endpoint,
        networkAddress: 'https://b',
        templateProperties: { qualifiedName: 'Endpoint::t2' },
      });
      g.api2 = await ctx.createAPIFromTemplate({
        endpointGUID: g.endpoint2,
        templateGUID: g.api,
        templateProperties: { qualifiedName: 'API::t2', displayName: 't2' },
      });
      g.operation2 = await ctx.createAPIOperationFromTemplate({
        apiGUID: g.api2,
        templateGUID: g.operation,
        templateProperties: { qualifiedName: 'API::t2.op' },
      });
      g.list2 = await ctx.createAPIParameterListFromTemplate({
        apiOperationGUID: g.operation2,
        parameterListType: 'HEADER',
        templateGUID: g.list,
        templateProperties: { qualifiedName: 'API::t2.op.header' },
      });
      g.parameter2 = await ctx.createAPIParameterFromTemplate({
        schemaElementGUID: g.list2,
        templateGUID: g.parameter,
        templateProperties: { qualifiedName: 'API::t2.op.header.status' },
      });
    });
    expect((await context.getEndpointByGUID({ guid: g.endpoint2 }))?.endpointProperties?.address).toBe('https://b');
    expect((await context.getAPIByGUID({ guid: g.api2 }))?.apiproperties?.name).toBe('t2');
    // Egeria's template handler copies deeply: each copy takes copies of what is anchored to its
    // template (named after the copy and their types), then the route attaches the copy.
    expect(
      (await context.getOperationsForAPI({ apiGUID: g.api2 })).map((o) => [
        o.elementHeader?.guid,
        o.properties?.qualifiedName,
      ]),
    ).toEqual([
      [expect.any(String), 'API::t2::APISchemaType::APIOperation'],
      [g.operation2, 'API::t2.op'],
    ]);
    expect(
      (await context.getParameterListsForAPIOperation({ apiOperationGUID: g.operation2 })).map((l) => [
        l.elementHeader?.guid,
        l.properties?.qualifiedName,
      ]),
    ).toEqual([
      [expect.any(String), 'API::t2.op::APIParameterList'],
      [g.list2, 'API::t2.op.header'],
    ]);
    const copied = await context.getNestedAPIParameters({ parentElementGUID: g.list2 });
    expect(
      copied.map((p) => [
        p.elementHeader?.guid,
        p.elementHeader?.type?.typeName,
        p.schemaAttributeProperties?.qualifiedName,
        p.schemaAttributeProperties?.displayName,
      ]),
    ).toEqual([
      [expect.any(String), 'APIParameter', 'API::t2.op.header::APIParameter', 'status'],
      [g.parameter2, 'APIParameter', 'API::t2.op.header.status', 'status'],
    ]);
  });

  it('creates elements owned by the local cohort when the API manager is not home', async () => {
    const { connector, context } = await startConnector({ metadataSourceQualifiedName: 'APIM::not-home' });
    context.setAPIManagerIsHome(false);
    expect(context.getExternalSourceIsHome()).toBe(false);
    expect(() => context.setAPIManagerIsHome('no' as unknown as boolean)).toThrow(InvalidParameterException);
    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      g.api = await ctx.createAPI({ apiProperties: { qualifiedName: 'API::shared' } });
      g.operation = await ctx.createAPIOperation({
        apiGUID: g.api,
        apiOperationProperties: { qualifiedName: 'API::shared.op' },
      });
    });
    const [createAPI, createOperation] = testbed.proxy.requestsMatching(DATA_MANAGER_WRITES);
    expect(createAPI.query).toBe('apiManagerIsHome=false');
    expect(JSON.parse(createOperation.body)).not.toHaveProperty('externalSourceGUID');
    expect((await context.getAPIByGUID({ guid: g.api }))?.elementHeader?.origin?.originCategory).toBe('LOCAL_COHORT');
    expect((await context.getAPIOperationByGUID({ guid: g.operation }))?.elementHeader?.origin?.originCategory).toBe(
      'LOCAL_COHORT',
    );
    // Still used by its API manager.
    expect((await context.getMyAPIs()).map((a) => a.elementHeader?.guid)).toEqual([g.api]);
  });

  it('refuses a write under TO_THIRD_PARTY before anything is sent', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'APIM::readonly',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    });
    testbed.proxy.clearRequests();
    let refusal: unknown;
    await connector.refreshWith(async (ctx) => {
      refusal = await rejectionOf(ctx.createAPI({ apiProperties: { qualifiedName: 'API::refused' } }));
    });
    expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
    expect((refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
    expect(testbed.proxy.requests).toEqual([]);
    // Reads are still allowed, and nothing was created.
    expect(await context.getAPIsByName({ name: 'API::refused' })).toEqual([]);
  });

  it('receives the out-topic events of other connectors', async () => {
    const listener = await startConnector({ metadataSourceQualifiedName: 'APIM::listener' }, (c) => {
      c.listen = true;
    });
    expect(
      testbed.proxy.requestsMatching({
        path: `/data-manager/users/apiConnectorUser/topics/out-topic-connection/${listener.context.connectorId}`,
      }),
    ).toHaveLength(1);
    await listener.connector.refreshWith(async () => undefined);

    const writer = await startConnector({ metadataSourceQualifiedName: 'APIM::writer' });
    let apiGUID = '';
    await writer.connector.refreshWith(async (ctx) => {
      apiGUID = await ctx.createAPI({ apiProperties: { qualifiedName: 'API::announced' } });
    });
    await waitUntil(() => listener.connector.events.some((e) => e.principleElement?.guid === apiGUID), 'the API event');
    const event = listener.connector.events.find((e) => e.principleElement?.guid === apiGUID);
    expect(event?.eventType).toBe('NEW_ELEMENT_CREATED');
    expect(event?.principleElement?.type?.typeName).toBe('DeployedAPI');
  });
});
