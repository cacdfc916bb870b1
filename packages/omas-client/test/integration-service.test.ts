import {
  AuditLogSeverity,
  IntegrationConnector,
  InvalidParameterException,
  PermittedSynchronization,
  PropertyServerException,
  UserNotAuthorizedException,
  ConnectorCheckedException,
  type MessageDefinition,
  type PartnerServerOptions,
} from '@egeria-ts/core';
import {
  InMemoryEventBus,
  createIntegrationService,
  createTopicConnectorRegistry,
  rawEventParser,
  type OmasIntegrationService,
} from '@egeria-ts/omas-client';
import type { EgeriaTestServer } from './support/egeria-test-server';
import { replies } from './support/egeria-test-server';
import {
  SERVER,
  ThingConnector,
  ThingContext,
  contextSettings,
  memoryAuditLog,
  resetFakePartner,
  startFakePartner,
  type FakePartnerState,
} from './integration-support';

const message = (messageId: string, severity?: AuditLogSeverity, httpCode?: number): MessageDefinition => ({
  messageId,
  severity,
  httpCode,
  template: `${messageId} {0} {1} {2} {3} {4}`,
  systemAction: 'none',
  userAction: 'none',
});

const MESSAGES = {
  contextInitializing: message('TEST-0001', AuditLogSeverity.STARTUP),
  connectorContextInitializing: message('TEST-0002', AuditLogSeverity.STARTUP),
  nullContext: message('TEST-500-001', undefined, 400),
  invalidConnector: message('TEST-400-001', undefined, 400),
};

let server: EgeriaTestServer;
let state: FakePartnerState;
let bus: InMemoryEventBus;
let service: OmasIntegrationService<ThingContext>;
const contexts: ThingContext[] = [];

function partner(overrides: Partial<PartnerServerOptions> = {}): PartnerServerOptions {
  return { platformRootURL: server.url, serverName: SERVER, localServerUserId: 'daemonUser', ...overrides };
}

async function newContext(
  settings: Partial<Parameters<typeof contextSettings>[1]> = {},
  partnerOverrides: Partial<PartnerServerOptions> = {},
) {
  const log = memoryAuditLog();
  const context = await service.createContext({
    context: contextSettings(log.auditLog, settings),
    partner: partner(partnerOverrides),
  });
  contexts.push(context);
  return { context, ...log };
}

beforeAll(async () => {
  ({ server, state } = await startFakePartner());
});

beforeEach(() => {
  resetFakePartner(server, state);
  bus = new InMemoryEventBus();
  service = createIntegrationService({
    marker: 'database-integrator',
    connectorBaseClass: ThingConnector,
    metadataSourceType: {
      typeName: 'DatabaseManager',
      deployedImplementationType: 'Relational database manager (RDBMS)',
    },
    messages: MESSAGES,
    eventParser: rawEventParser,
    topicConnectorRegistry: createTopicConnectorRegistry({ inMemoryBus: bus }),
    createContext: (deps) => new ThingContext(deps),
  });
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.disconnect();
  await service.close();
});

afterAll(async () => {
  await server.close();
});

describe('the service description and connector check', () => {
  it('takes the description from core and checks connectors against the base class', () => {
    expect(service.description.code).toBe(604);
    expect(service.description.partnerOMASMarker).toBe('data-manager');
    class Good extends ThingConnector {
      async refresh(): Promise<void> {}
    }
    class Other extends IntegrationConnector {
      async refresh(): Promise<void> {}
    }
    expect(service.supportsConnector(new Good())).toBe(true);
    expect(service.supportsConnector(new Other())).toBe(false);
    expect(() => service.validateConnector(new Good(), 'good')).not.toThrow();
    let error: unknown;
    try {
      service.validateConnector(new Other(), 'other');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect((error as InvalidParameterException).messageId).toBe('TEST-400-001');
    expect((error as InvalidParameterException).message).toContain('other');
    expect((error as InvalidParameterException).message).toContain('Database Integrator OMIS');
    expect((error as InvalidParameterException).message).toContain('ThingConnector');
  });

  it('refuses an unknown marker and a bad request, naming the field', async () => {
    expect(() =>
      createIntegrationService({
        marker: 'no-such-integrator' as 'database-integrator',
        connectorBaseClass: ThingConnector,
        metadataSourceType: { typeName: 'DatabaseManager' },
        messages: MESSAGES,
        createContext: (deps) => new ThingContext(deps),
      }),
    ).toThrow(/marker/);
    const { auditLog } = memoryAuditLog();
    await expect(
      service.createContext({
        context: contextSettings(auditLog),
        partner: { platformRootURL: '', serverName: SERVER },
      }),
    ).rejects.toMatchObject({ parameterName: 'partner.platformRootURL' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('metadata source', () => {
  it('is created once as the daemon user, then found again by the next context', async () => {
    const first = await newContext({ metadataSourceQualifiedName: 'dbms-1' });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /servers/${SERVER}/open-metadata/framework-services/data-manager/open-integration/users/daemonUser/metadata-sources/by-name`,
      `POST /servers/${SERVER}/open-metadata/framework-services/data-manager/open-integration/users/daemonUser/metadata-sources/new`,
    ]);
    expect(server.requests[0].json).toMatchObject({ name: 'dbms-1', namePropertyName: 'qualifiedName' });
    expect(server.requests[1].json).toEqual({
      class: 'MetadataSourceRequestBody',
      typeName: 'DatabaseManager',
      qualifiedName: 'dbms-1',
      deployedImplementationType: 'Relational database manager (RDBMS)',
    });
    const guid = state.metadataSources.get('dbms-1');
    expect(first.context.metadataSourceGUID).toBe(guid);
    expect(first.context.source).toEqual({ externalSourceGUID: guid, externalSourceName: 'dbms-1' });

    server.requests.length = 0;
    const second = await newContext({ metadataSourceQualifiedName: 'dbms-1', connectorId: 'connector-2' });
    expect(server.requests.map((r) => r.path.split('/').slice(-2).join('/'))).toEqual(['metadata-sources/by-name']);
    expect(second.context.metadataSourceGUID).toBe(guid);
  });

  it('makes one look-up and one create for contexts that start together', async () => {
    const results = await Promise.all([
      newContext({ metadataSourceQualifiedName: 'dbms-together', connectorId: 'a' }),
      newContext({ metadataSourceQualifiedName: 'dbms-together', connectorId: 'b' }),
    ]);
    expect(server.requests.filter((r) => r.path.endsWith('/metadata-sources/new'))).toHaveLength(1);
    expect(results[0].context.metadataSourceGUID).toBe(results[1].context.metadataSourceGUID);
  });

  it('lets one starting context be cancelled without failing another that waits for the same source', async () => {
    state.override = (request) =>
      request.path.endsWith('/by-name')
        ? { kind: 'json', delayMs: 150, body: { class: 'GUIDResponse', relatedHTTPCode: 200, guid: 'ms-slow' } }
        : undefined;
    const controller = new AbortController();
    const { auditLog } = memoryAuditLog();
    const cancelled = service.createContext({
      context: contextSettings(auditLog, { metadataSourceQualifiedName: 'dbms-slow', connectorId: 'c-cancel' }),
      partner: partner(),
      signal: controller.signal,
    });
    const kept = newContext({ metadataSourceQualifiedName: 'dbms-slow', connectorId: 'c-keep' });
    setTimeout(() => controller.abort(new Error('stopping')), 20);
    await expect(cancelled).rejects.toThrow('stopping');
    expect((await kept).context.metadataSourceGUID).toBe('ms-slow');
    expect(server.requests.filter((r) => r.path.endsWith('/by-name'))).toHaveLength(1);
  });

  it('means local-cohort provenance, with no call, when no name is given', async () => {
    const { context } = await newContext();
    expect(server.requests).toHaveLength(0);
    expect(context.metadataSourceGUID).toBeUndefined();
    expect(context.source).toEqual({});
  });

  it('turns a refusing server into a PropertyServerException', async () => {
    state.override = () =>
      replies.ffdc('UserNotAuthorizedException', { relatedHTTPCode: 403, exceptionErrorMessage: 'daemonUser may not' });
    const { auditLog } = memoryAuditLog();
    const error = await service
      .createContext({
        context: contextSettings(auditLog, { metadataSourceQualifiedName: 'dbms-x' }),
        partner: partner(),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PropertyServerException);
    expect((error as PropertyServerException).messageId).toBe('EGERIA-TS-INTEGRATION-SERVICE-503-001');
    expect((error as PropertyServerException).message).toContain('dbms-x');
    expect((error as Error).cause).toBeInstanceOf(UserNotAuthorizedException);
  });

  it('turns an unreachable server into a PropertyServerException', async () => {
    const { auditLog } = memoryAuditLog();
    const error = await service
      .createContext({
        context: contextSettings(auditLog, { metadataSourceQualifiedName: 'dbms-y' }),
        partner: partner({ platformRootURL: 'http://127.0.0.1:1', requestTimeoutMs: 2000 }),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PropertyServerException);
    expect((error as PropertyServerException).messageId).toBe('EGERIA-TS-INTEGRATION-SERVICE-503-001');
  });
});

describe('isOwnedByMetadataSource', () => {
  const header = (originCategory: string, homeMetadataCollectionId?: string) => ({
    guid: 'element-1',
    origin: { originCategory, homeMetadataCollectionId },
  });

  it("with a metadata source: owned when the element's home metadata collection is the source", async () => {
    const { context } = await newContext({ metadataSourceQualifiedName: 'dbms-owner' });
    const source = context.metadataSourceGUID;
    expect(source).toBeDefined();
    expect(context.isOwnedByMetadataSource(header('EXTERNAL_SOURCE', source))).toBe(true);
    expect(context.isOwnedByMetadataSource(header('EXTERNAL_SOURCE', 'another-source'))).toBe(false);
    expect(context.isOwnedByMetadataSource(header('LOCAL_COHORT', 'local-collection'))).toBe(false);
    expect(context.isOwnedByMetadataSource({ origin: null })).toBe(false);
    expect(context.isOwnedByMetadataSource(undefined)).toBe(false);
    expect(context.isOwnedByMetadataSource(null)).toBe(false);
  });

  it('without a metadata source: owned unless an external source owns the element', async () => {
    const { context } = await newContext();
    expect(context.isOwnedByMetadataSource(header('LOCAL_COHORT', 'local-collection'))).toBe(true);
    expect(context.isOwnedByMetadataSource(header('EXTERNAL_SOURCE', 'a-source'))).toBe(false);
    expect(context.isOwnedByMetadataSource({})).toBe(true);
    expect(context.isOwnedByMetadataSource(undefined)).toBe(true);
  });
});

describe('context set-up', () => {
  it('logs the start-up messages and applies the service default permitted synchronization', async () => {
    const { context, records } = await newContext({ metadataSourceQualifiedName: 'dbms-log' });
    expect(records.withMessageId('TEST-0001')).toHaveLength(1);
    expect(records.withMessageId('TEST-0002')[0].messageParameters).toEqual([
      'TestConnector',
      'connector-1',
      'dbms-log',
      'FROM_THIRD_PARTY',
      'null',
    ]);
    expect(context.permittedSynchronization).toBe(PermittedSynchronization.FROM_THIRD_PARTY);
    const second = await newContext({ permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY });
    expect(second.records.withMessageId('TEST-0001')).toHaveLength(0);
    expect(second.context.permittedSynchronization).toBe(PermittedSynchronization.TO_THIRD_PARTY);
  });

  it('sends Basic credentials of the daemon and shares one connection between contexts', async () => {
    const before = server.connectionsOpened;
    await newContext({ metadataSourceQualifiedName: 'dbms-auth-1' }, { localServerPassword: 'daemonSecret' });
    await newContext({ metadataSourceQualifiedName: 'dbms-auth-2' }, { localServerPassword: 'daemonSecret' });
    const expected = `Basic ${Buffer.from('daemonUser:daemonSecret').toString('base64')}`;
    expect(server.requests.length).toBeGreaterThanOrEqual(4);
    for (const request of server.requests) expect(request.headers['authorization']).toBe(expected);
    expect(server.connectionsOpened - before).toBe(1);
  });

  it('sends a bearer token from a provider', async () => {
    let calls = 0;
    await newContext(
      { metadataSourceQualifiedName: 'dbms-bearer' },
      {
        bearerToken: async () => {
          calls++;
          return 'token-1';
        },
      },
    );
    expect(calls).toBeGreaterThan(0);
    expect(server.requests[0].headers['authorization']).toBe('Bearer token-1');
  });
});

describe('catalog targets and activity reports', () => {
  it('reads and writes catalog targets through the governance configuration service as the connector', async () => {
    const { context } = await newContext({ integrationConnectorGUID: 'ic-1' });
    const relationshipGUID = await context.addCatalogTarget('element-1', { catalogTargetName: 'db one' });
    const add = server.requests[server.requests.length - 1];
    expect(add.path).toBe(
      `/servers/${SERVER}/open-metadata/framework-services/data-manager/governance-configuration-service/users/connectorUser/integration-connectors/ic-1/catalog-targets/element-1`,
    );
    expect(add.json).toMatchObject({ class: 'CatalogTargetProperties', catalogTargetName: 'db one' });
    const targets = await context.getCatalogTargets({ pageSize: 10 });
    expect(targets.map((t) => t.relationshipGUID)).toEqual([relationshipGUID]);
    expect(server.last().query).toEqual({ startingFrom: '0', maximumResults: '10' });
  });

  it('publishes the report on the metadata source with the counts by type', async () => {
    const { context } = await newContext({
      metadataSourceQualifiedName: 'dbms-report',
      generateIntegrationReport: true,
    });
    context.startRecording();
    await context.createThing('thing-1');
    await context.createThing('thing-2');
    const report = await context.publishReport();
    expect(report?.createCounts).toEqual({ Thing: 2 });
    expect(state.reports).toHaveLength(1);
    expect(state.reports[0].elementGUID).toBe(state.metadataSources.get('dbms-report'));
    expect(state.reports[0].body).toMatchObject({
      class: 'IntegrationReportProperties',
      connectorId: 'connector-1',
      connectorName: 'TestConnector',
      createdElements: ['thing-1', 'thing-2'],
      additionalProperties: { createCounts: JSON.stringify({ Thing: 2 }) },
    });
    expect(server.last().path).toContain('/users/connectorUser/elements/');
  });

  it('logs once, and publishes nothing, when a report has nowhere to go', async () => {
    const { context, records } = await newContext({ generateIntegrationReport: true });
    const before = state.reports.length;
    context.startRecording();
    await context.createThing('thing-3');
    await context.publishReport();
    context.startRecording();
    await context.createThing('thing-4');
    await context.publishReport();
    expect(state.reports).toHaveLength(before);
    expect(server.requests.filter((r) => r.path.includes('integration-reports'))).toHaveLength(0);
    expect(records.withMessageId('EGERIA-TS-INTEGRATION-SERVICE-0008')).toHaveLength(1);
  });
});

describe('out-topic listeners', () => {
  async function flush(): Promise<void> {
    await bus.topic(state.topicName).flush();
  }

  it('connects lazily with the connector id as caller id and delivers parsed events to every listener', async () => {
    const { context, records } = await newContext();
    expect(server.requests).toHaveLength(0);
    const received: unknown[] = [];
    await context.registerListener(() => {
      throw new Error('listener broke');
    });
    await context.registerListener((event) => {
      received.push(event);
    });
    expect(server.requests.map((r) => r.path)).toEqual([
      `/servers/${SERVER}/open-metadata/access-services/data-manager/users/connectorUser/topics/out-topic-connection/connector-1`,
    ]);
    expect(context.isListenerRegistered()).toBe(true);
    bus.topic(state.topicName).publish(JSON.stringify({ eventType: 'NEW_ELEMENT_CREATED', n: 1 }));
    await flush();
    expect(received).toEqual([{ eventType: 'NEW_ELEMENT_CREATED', n: 1 }]);
    const failures = records.withMessageId('EGERIA-TS-INTEGRATION-SERVICE-0004');
    expect(failures).toHaveLength(1);
    expect(failures[0].messageText).toContain('listener broke');
    expect(failures[0].messageText).toContain('NEW_ELEMENT_CREATED');
  });

  it('holds back events during the first refresh only', async () => {
    const { context, records } = await newContext();
    const received: unknown[] = [];
    await context.registerListener((event) => {
      received.push(event);
    });
    const topic = bus.topic(state.topicName);
    context.setRefreshSignal(new AbortController().signal);
    context.startRecording();
    topic.publish(JSON.stringify({ n: 'during first refresh' }));
    await flush();
    expect(received).toEqual([]);
    await context.publishReport();
    expect(records.withMessageId('EGERIA-TS-INTEGRATION-SERVICE-0005')[0].messageParameters).toEqual([
      'TestConnector',
      '1',
    ]);
    topic.publish(JSON.stringify({ n: 'after' }));
    await flush();
    context.setRefreshSignal(new AbortController().signal);
    context.startRecording();
    topic.publish(JSON.stringify({ n: 'during second refresh' }));
    await flush();
    expect(received).toEqual([{ n: 'after' }, { n: 'during second refresh' }]);
  });

  it('does not deliver late creation and deletion events of the first refresh until the next refresh', async () => {
    const { context } = await newContext();
    const received: unknown[] = [];
    await context.registerListener((event) => {
      received.push(event);
    });
    context.setRefreshSignal(new AbortController().signal);
    context.startRecording();
    await context.createThing('own-guid');
    await context.publishReport();
    const topic = bus.topic(state.topicName);
    const own = { eventType: 'NEW_ELEMENT_CREATED', principleElement: { guid: 'own-guid' } };
    const ownUpdate = { eventType: 'ELEMENT_UPDATED', principleElement: { guid: 'own-guid' } };
    const other = { eventType: 'NEW_ELEMENT_CREATED', elementHeader: { guid: 'other-guid' } };
    for (const event of [own, ownUpdate, other]) topic.publish(JSON.stringify(event));
    await flush();
    expect(received).toEqual([ownUpdate, other]);
    context.setRefreshSignal(new AbortController().signal);
    topic.publish(JSON.stringify(own));
    await flush();
    expect(received).toEqual([ownUpdate, other, own]);
  });

  it('stops delivering when the context disconnects and refuses new listeners', async () => {
    const { context } = await newContext();
    const received: unknown[] = [];
    await context.registerListener((event) => {
      received.push(event);
    });
    await context.disconnect();
    bus.topic(state.topicName).publish(JSON.stringify({ n: 1 }));
    await flush();
    expect(received).toEqual([]);
    await expect(context.registerListener(() => undefined)).rejects.toBeInstanceOf(UserNotAuthorizedException);
  });

  it('reports an out topic that cannot be reached as a ConnectorCheckedException, and leaves no listener', async () => {
    const { context } = await newContext();
    state.override = () =>
      replies.ffdc('PropertyServerException', { relatedHTTPCode: 500, exceptionErrorMessage: 'no topic' });
    const error = await context.registerListener(() => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect((error as ConnectorCheckedException).messageId).toBe('EGERIA-TS-INTEGRATION-SERVICE-503-002');
    expect(context.isListenerRegistered()).toBe(false);
  });

  it('reports a partner access service without an out topic (no connection in the response) as unavailable', async () => {
    const { context, records } = await newContext();
    // Egeria 5.2's OMASServiceInstanceHandler answers with no connection when no out topic is configured.
    state.override = (request) =>
      request.path.includes('/topics/out-topic-connection/')
        ? { kind: 'json', body: { class: 'OCFConnectionResponse', relatedHTTPCode: 200 } }
        : undefined;
    const error = await context.registerListener(() => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect((error as ConnectorCheckedException).messageId).toBe('EGERIA-TS-INTEGRATION-SERVICE-503-002');
    expect((error as ConnectorCheckedException).message).toContain('no out topic configured');
    expect(context.isListenerRegistered()).toBe(false);
    expect(records.withMessageId('EGERIA-TS-INTEGRATION-SERVICE-0004')).toHaveLength(0);
  });
});
