/**
 * A fake partner server for the integration service kit tests: the open integration and governance
 * configuration framework services and an access service's out-topic connection, on Egeria 5.2's
 * paths, over the shared EgeriaTestServer. It keeps metadata sources, catalog targets and reports.
 */
import {
  AuditLogger,
  InMemoryAuditLogDestination,
  IntegrationConnector,
  type AuditLog,
  type IntegrationContextOptions,
} from '@egeria-ts/core';
import { IN_MEMORY_TOPIC_CONNECTOR_PROVIDER, OmasIntegrationContext } from '@egeria-ts/omas-client';
import { EgeriaTestServer, replies, type RecordedRequest, type Reply } from './support/egeria-test-server';

export const SERVER = 'mds1';

/** What the fake partner has been told. */
export interface FakePartnerState {
  readonly metadataSources: Map<string, string>;
  readonly reports: Array<{ elementGUID: string; body: Record<string, unknown> }>;
  readonly catalogTargets: Map<string, Record<string, unknown>>;
  /** Reply to every request with this instead (for failure tests). */
  override?: (request: RecordedRequest) => Reply | undefined;
  /** The in-memory topic the out-topic connection names. */
  topicName: string;
}

let counter = 0;
function newGUID(): string {
  counter++;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

const FRAMEWORK = new RegExp(
  `^/servers/${SERVER}/open-metadata/framework-services/([^/]+)/([^/]+)/users/([^/]+)(/.*)$`,
);
const ACCESS = new RegExp(`^/servers/${SERVER}/open-metadata/access-services/([^/]+)/users/([^/]+)(/.*)$`);

/** Starts the fake partner server. */
export async function startFakePartner(): Promise<{ server: EgeriaTestServer; state: FakePartnerState }> {
  const server = await EgeriaTestServer.start();
  const state: FakePartnerState = {
    metadataSources: new Map(),
    reports: [],
    catalogTargets: new Map(),
    topicName: 'data-manager-out',
  };
  resetFakePartner(server, state);
  return { server, state };
}

/** Forgets the recorded requests and any override; keeps what the partner stores. */
export function resetFakePartner(server: EgeriaTestServer, state: FakePartnerState): void {
  server.reset();
  state.override = undefined;
  server.setDefault((request) => state.override?.(request) ?? answer(state, request));
}

function body(request: RecordedRequest): Record<string, unknown> {
  return (request.json ?? {}) as Record<string, unknown>;
}

function answer(state: FakePartnerState, request: RecordedRequest): Reply {
  const framework = FRAMEWORK.exec(request.path);
  if (framework) {
    const [, , service, , rest] = framework;
    if (service === 'open-integration') {
      if (rest === '/metadata-sources/by-name') {
        const guid = state.metadataSources.get(String(body(request)['name']));
        return guid ? replies.guid(guid) : { kind: 'json', body: { class: 'GUIDResponse', relatedHTTPCode: 200 } };
      }
      if (rest === '/metadata-sources/new') {
        const guid = newGUID();
        state.metadataSources.set(String(body(request)['qualifiedName']), guid);
        return replies.guid(guid);
      }
      const report = /^\/elements\/([^/]+)\/integration-reports$/.exec(rest);
      if (report) {
        state.reports.push({ elementGUID: decodeURIComponent(report[1]), body: body(request) });
        return replies.void();
      }
    }
    if (service === 'governance-configuration-service') {
      const add = /^\/integration-connectors\/([^/]+)\/catalog-targets\/([^/]+)$/.exec(rest);
      if (add && request.method === 'POST') {
        const guid = newGUID();
        state.catalogTargets.set(guid, {
          ...body(request),
          relationshipGUID: guid,
          catalogTargetElement: { guid: add[2] },
          connector: add[1],
        });
        return replies.guid(guid);
      }
      const list = /^\/integration-connectors\/([^/]+)\/catalog-targets$/.exec(rest);
      if (list) {
        const all = [...state.catalogTargets.values()].filter((t) => t['connector'] === list[1]);
        const from = Number(request.query['startingFrom']);
        const size = Number(request.query['maximumResults']);
        return replies.elements('CatalogTargetsResponse', all.slice(from, from + size));
      }
    }
  }
  const access = ACCESS.exec(request.path);
  if (access && access[3].startsWith('/topics/out-topic-connection/')) {
    return {
      kind: 'json',
      body: {
        class: 'OCFConnectionResponse',
        relatedHTTPCode: 200,
        connection: {
          class: 'Connection',
          qualifiedName: `out topic for ${decodeURIComponent(access[3].split('/').pop() ?? '')}`,
          connectorType: { class: 'ConnectorType', connectorProviderClassName: IN_MEMORY_TOPIC_CONNECTOR_PROVIDER },
          endpoint: { class: 'Endpoint', address: state.topicName },
        },
      },
    };
  }
  return replies.ffdc('InvalidParameterException', {
    relatedHTTPCode: 404,
    exceptionErrorMessage: `no route ${request.path}`,
  });
}

/** An audit log that keeps its records. */
export function memoryAuditLog(): { auditLog: AuditLog; records: InMemoryAuditLogDestination } {
  const records = new InMemoryAuditLogDestination();
  return { auditLog: new AuditLogger({ component: 'test', destinations: [records] }), records };
}

/** Connector-side context settings for a test. */
export function contextSettings(
  auditLog: AuditLog,
  overrides: Partial<IntegrationContextOptions> = {},
): Omit<IntegrationContextOptions, 'metadataSourceGUID' | 'catalogTargetStore' | 'integrationReportPublisher'> {
  return {
    userId: 'connectorUser',
    connectorId: 'connector-1',
    connectorName: 'TestConnector',
    auditLog,
    ...overrides,
  };
}

/** The kit test's service context: one write that counts a `Thing`. */
export class ThingContext extends OmasIntegrationContext<unknown> {
  /** Counts a created Thing without sending anything. */
  async createThing(guid: string): Promise<string> {
    return this.write('createThing', async () => guid, { kind: 'create', typeName: 'Thing', guid: (g) => g });
  }

  /** The external source a write would carry. */
  get source(): { externalSourceGUID?: string; externalSourceName?: string } {
    return this.externalSource;
  }
}

/** The kit test's connector base class. */
export abstract class ThingConnector extends IntegrationConnector<ThingContext> {}
