/**
 * The out-topic connection call of every typed client (`GET .../topics/out-topic-connection/{callerId}`):
 * the connection when the access service has an out topic, undefined when Egeria 5.2 answers with a
 * connection response without one (no out topic configured).
 */
import { InvalidParameterException, type Connection } from '@egeria-ts/core';
import {
  ASSET_CONSUMER_SERVICE,
  ASSET_MANAGER_REGISTRATION_SERVICE,
  AssetConsumerClient,
  COMMUNITY_PROFILE_SERVICE,
  DATA_MANAGER_DATABASE_SERVICE,
  DatabaseManagerClient,
  ExternalAssetManagerClient,
  GOVERNANCE_SERVER_SERVICE,
  GovernanceServerClient,
  IT_INFRASTRUCTURE_SERVICE,
  ITInfrastructureClient,
  OmasRestClient,
  OrganizationManagementClient,
  SECURITY_MANAGER_SERVICE,
  SecurityManagerClient,
  type ServiceDefinition,
} from '@egeria-ts/omas-client';
import { EgeriaTestServer } from './support/egeria-test-server';

type Ask = (rest: OmasRestClient, callerId: string) => Promise<Connection | undefined>;

const clients: ReadonlyArray<readonly [string, ServiceDefinition<string>, Ask]> = [
  [
    'asset-consumer',
    ASSET_CONSUMER_SERVICE,
    (r, callerId) => new AssetConsumerClient(r).getOutTopicConnection({ callerId }),
  ],
  [
    'asset-manager',
    ASSET_MANAGER_REGISTRATION_SERVICE,
    (r, callerId) => new ExternalAssetManagerClient(r).getOutTopicConnection({ callerId }),
  ],
  [
    'community-profile',
    COMMUNITY_PROFILE_SERVICE,
    (r, callerId) => new OrganizationManagementClient(r).getOutTopicConnection({ callerId }),
  ],
  [
    'data-manager',
    DATA_MANAGER_DATABASE_SERVICE,
    (r, callerId) => new DatabaseManagerClient(r).getOutTopicConnection({ callerId }),
  ],
  [
    'governance-server',
    GOVERNANCE_SERVER_SERVICE,
    (r, callerId) => new GovernanceServerClient(r).getOutTopicConnection({ callerId }),
  ],
  [
    'it-infrastructure',
    IT_INFRASTRUCTURE_SERVICE,
    (r, callerId) => new ITInfrastructureClient(r).getOutTopicConnection({ callerId }),
  ],
  [
    'security-manager',
    SECURITY_MANAGER_SERVICE,
    (r, callerId) => new SecurityManagerClient(r).getOutTopicConnection({ callerId }),
  ],
];

const connection = {
  class: 'Connection',
  qualifiedName: 'OutTopic',
  endpoint: { class: 'Endpoint', address: 'egeria.omag.server.mds1.omas.outTopic' },
};

describe('getOutTopicConnection', () => {
  let server: EgeriaTestServer;
  const rests: OmasRestClient[] = [];
  const restFor = (service: ServiceDefinition<string>): OmasRestClient => {
    const rest = new OmasRestClient({
      service,
      transport: { platformURLRoot: server.url, serverName: 'mds1', userId: 'erinoverview', retry: false },
    });
    rests.push(rest);
    return rest;
  };

  beforeAll(async () => {
    server = await EgeriaTestServer.start();
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await Promise.all(rests.map((r) => r.close()));
    await server.close();
  });

  it.each(clients)('%s returns the connection of the out topic', async (marker, service, ask) => {
    server.enqueue({ kind: 'json', body: { class: 'OCFConnectionResponse', relatedHTTPCode: 200, connection } });
    const result = await ask(restFor(service), 'connector/1');
    expect(result).toEqual(connection);
    expect(server.last().method).toBe('GET');
    expect(server.last().path).toBe(
      `/servers/mds1/open-metadata/access-services/${marker}/users/erinoverview/topics/out-topic-connection/connector%2F1`,
    );
  });

  it.each(clients)('%s returns undefined when the access service has no out topic', async (_marker, service, ask) => {
    server.enqueue({ kind: 'json', body: { class: 'OCFConnectionResponse', relatedHTTPCode: 200 } });
    await expect(ask(restFor(service), 'connector-1')).resolves.toBeUndefined();
    expect(server.requests).toHaveLength(1);
  });

  it.each(clients)('%s refuses a blank caller id without a call', async (_marker, service, ask) => {
    const error = await ask(restFor(service), ' ').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect((error as { parameterName?: string }).parameterName).toBe('callerId');
    expect(server.requests).toHaveLength(0);
  });
});
