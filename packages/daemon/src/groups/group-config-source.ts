/**
 * Where an integration group's configuration is read: the governance configuration framework
 * service of the group's metadata access server, called as the daemon's `localServerUserId`
 * (Egeria 5.2's `GovernanceConfigurationClient` of the Governance Server OMAS), and where the
 * connection of the Governance Server OMAS out topic, which announces changes, is asked for.
 */
import { PropertyServerException, type Connection, type PartnerServerOptions } from '@egeria-ts/core';
import {
  GOVERNANCE_CONFIGURATION_SERVICE,
  GOVERNANCE_SERVER_SERVICE,
  GovernanceConfigurationClient,
  GovernanceServerClient,
  OmasRestClient,
  OmasTransport,
  type IntegrationGroupElement,
  type OmasAuthOptions,
  type RegisteredIntegrationConnectorElement,
} from '@egeria-ts/omas-client';
import { INTEGRATION_DAEMON_ERROR_CODE } from '../runtime/daemon-errors';

/** The URL marker of the access service whose framework services hold the groups in Egeria 5.2. */
export const GROUP_CONFIGURATION_SERVICE_MARKER = 'governance-server';

/** An integration group as read from open metadata. @internal */
export interface IntegrationGroupReading {
  /** The `IntegrationGroup` element. */
  readonly group: IntegrationGroupElement & { readonly elementHeader: { readonly guid: string } };
  /** Its registered connectors, every page. */
  readonly registrations: readonly RegisteredIntegrationConnectorElement[];
}

/** Reads an integration group and its registered connectors. @internal */
export interface IntegrationGroupSource {
  /**
   * Reads the group by qualified name, then pages through its registered connectors.
   * @throws PropertyServerException `INTEGRATION-DAEMON-SERVICES-400-032` when the server returns no such group
   * @throws PropertyServerException, UserNotAuthorizedException... as the server or the transport report them
   */
  read(signal: AbortSignal): Promise<IntegrationGroupReading>;
  /**
   * Reads one connector's registration with the group (undefined when it is not registered).
   * @throws what the server or the transport report (for a connector that no longer exists, too)
   */
  readConnector(
    groupGUID: string,
    connectorGUID: string,
    signal: AbortSignal,
  ): Promise<RegisteredIntegrationConnectorElement | undefined>;
  /** Asks the Governance Server OMAS for the connection of its out topic; undefined when it has none. */
  outTopicConnection(callerId: string, signal: AbortSignal): Promise<Connection | undefined>;
  /** Releases the connection to the server. */
  close(): Promise<void>;
}

/** What {@link GovernanceConfigurationGroupSource} reads from and as whom. @internal */
export interface GovernanceConfigurationGroupSourceOptions {
  /** The group's qualified name. */
  readonly groupName: string;
  /** The daemon's name, for messages. */
  readonly daemonName: string;
  /** The daemon's `localServerUserId`: the user in the request paths. */
  readonly userId: string;
  /** The page size asked for (the daemon's `maxPageSize`). */
  readonly maxPageSize: number;
  /** The group's metadata access server and how to authenticate to it. */
  readonly partner: PartnerServerOptions;
}

function authOf(partner: PartnerServerOptions): OmasAuthOptions | undefined {
  const token = partner.bearerToken;
  if (typeof token === 'function') return { type: 'bearer', token: () => token() };
  if (typeof token === 'string') return { type: 'bearer', token };
  if (partner.localServerPassword !== undefined && partner.localServerUserId !== undefined) {
    return { type: 'basic', username: partner.localServerUserId, password: partner.localServerPassword };
  }
  return undefined;
}

/** {@link IntegrationGroupSource} over the governance configuration framework service. @internal */
export class GovernanceConfigurationGroupSource implements IntegrationGroupSource {
  readonly #options: GovernanceConfigurationGroupSourceOptions;
  #transport?: OmasTransport;
  #client?: GovernanceConfigurationClient;
  #serverClient?: GovernanceServerClient;

  constructor(options: GovernanceConfigurationGroupSourceOptions) {
    this.#options = options;
  }

  async read(signal: AbortSignal): Promise<IntegrationGroupReading> {
    const { groupName, maxPageSize } = this.#options;
    const client = this.#connect();
    const group = await client.getIntegrationGroupByName({ name: groupName, signal });
    const guid = group?.elementHeader?.guid;
    if (group === undefined || guid === undefined || group.elementHeader?.type === undefined || !group.properties) {
      throw PropertyServerException.fromDefinition(
        INTEGRATION_DAEMON_ERROR_CODE.UNKNOWN_INTEGRATION_GROUP_CONFIG,
        [groupName, this.#options.partner.serverName, this.#options.daemonName],
        { actionDescription: 'refreshConfig', exceptionProperties: { integrationGroupName: groupName } },
      );
    }
    const registrations: RegisteredIntegrationConnectorElement[] = [];
    const pageSize = Math.max(1, maxPageSize);
    for (let startFrom = 0; ; startFrom += pageSize) {
      const page = await client.getRegisteredIntegrationConnectors({
        integrationGroupGUID: guid,
        startFrom,
        pageSize,
        signal,
      });
      registrations.push(...page);
      if (page.length < pageSize) break;
    }
    return { group: group as IntegrationGroupReading['group'], registrations };
  }

  readConnector(
    groupGUID: string,
    connectorGUID: string,
    signal: AbortSignal,
  ): Promise<RegisteredIntegrationConnectorElement | undefined> {
    return this.#connect().getRegisteredIntegrationConnector({
      integrationGroupGUID: groupGUID,
      integrationConnectorGUID: connectorGUID,
      signal,
    });
  }

  outTopicConnection(callerId: string, signal: AbortSignal): Promise<Connection | undefined> {
    this.#connect();
    return (this.#serverClient as GovernanceServerClient).getOutTopicConnection({ callerId, signal });
  }

  async close(): Promise<void> {
    const transport = this.#transport;
    this.#transport = undefined;
    this.#client = undefined;
    this.#serverClient = undefined;
    await transport?.close();
  }

  #connect(): GovernanceConfigurationClient {
    if (this.#client !== undefined && this.#transport?.closed === false) return this.#client;
    const { partner, userId } = this.#options;
    const auth = authOf(partner);
    const tls = partner.tls;
    const transport = new OmasTransport({
      platformURLRoot: partner.platformRootURL,
      serverName: partner.serverName,
      userId,
      ...(auth === undefined ? {} : { auth }),
      ...(tls === undefined
        ? {}
        : { tls: { ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: tls.rejectUnauthorized } }),
      ...(partner.requestTimeoutMs === undefined ? {} : { timeoutMs: partner.requestTimeoutMs }),
      // Failures are reported once, by the group (audit message 0028), and retried by its schedule.
      retry: false,
      logger: () => undefined,
    });
    this.#transport = transport;
    this.#client = new GovernanceConfigurationClient(
      new OmasRestClient({
        service: GOVERNANCE_CONFIGURATION_SERVICE,
        transport,
        serviceURLMarker: GROUP_CONFIGURATION_SERVICE_MARKER,
      }),
    );
    this.#serverClient = new GovernanceServerClient(
      new OmasRestClient({ service: GOVERNANCE_SERVER_SERVICE, transport }),
    );
    return this.#client;
  }
}
