import type { Connection, EmbeddedConnection } from '@egeria-ts/core';
import { ConnectionCheckedException, getConnectorProviderClassName, isVirtualConnection } from '@egeria-ts/core';
import { EventMessages } from './internal/messages';
import type { EventDirection, TopicConnector, TopicConnectorOptions } from './topic-connector';

/** Builds topic connectors of one kind from their Connections. */
export interface TopicConnectorFactory {
  /**
   * Creates a connector (not yet connected) for the topic the connection describes.
   * Throws a `ConnectionCheckedException` naming the connection field at fault.
   */
  create<E>(connection: Connection, options: TopicConnectorOptions<E>): TopicConnector<E>;
}

/** Options of a {@link TopicConnectorRegistry}. */
export interface TopicConnectorRegistryOptions {
  /**
   * Consulted for a provider class name this registry does not know, for example a connector
   * registry of `@egeria-ts/core` that this one delegates to.
   */
  readonly fallback?: (connectorProviderClassName: string) => TopicConnectorFactory | undefined;
}

/** Options of {@link TopicConnectorRegistry.register}. */
export interface RegisterTopicConnectorOptions {
  /** Other names the factory answers to, such as the Java provider class name of the same kind of topic. */
  readonly aliases?: readonly string[];
  /** Replace a factory already registered under one of the names instead of refusing. */
  readonly replace?: boolean;
}

/**
 * The Java provider classes of the client-side out-topic connectors of the Egeria 5.2 access
 * services, with the URL marker of each. An access service answers
 * `GET .../topics/out-topic-connection/{callerId}` with a VirtualConnection whose connector type
 * is one of these, embedding the event bus connection (Kafka for a real server); the registry
 * unwraps it and builds the embedded connection's topic connector.
 */
export const OMAS_OUT_TOPIC_CLIENT_PROVIDERS: Readonly<Record<string, string>> = Object.freeze({
  'org.odpi.openmetadata.accessservices.assetconsumer.connectors.outtopic.AssetConsumerOutTopicClientProvider':
    'asset-consumer',
  'org.odpi.openmetadata.accessservices.assetmanager.connectors.outtopic.AssetManagerOutTopicClientProvider':
    'asset-manager',
  'org.odpi.openmetadata.accessservices.assetowner.connectors.outtopic.AssetOwnerOutTopicClientProvider': 'asset-owner',
  'org.odpi.openmetadata.accessservices.communityprofile.connectors.outtopic.CommunityProfileOutTopicClientProvider':
    'community-profile',
  'org.odpi.openmetadata.accessservices.datamanager.connectors.outtopic.DataManagerOutTopicClientProvider':
    'data-manager',
  'org.odpi.openmetadata.accessservices.digitalarchitecture.connectors.outtopic.DigitalArchitectureOutTopicClientProvider':
    'digital-architecture',
  'org.odpi.openmetadata.accessservices.governanceengine.connectors.outtopic.GovernanceEngineOutTopicClientProvider':
    'governance-engine',
  'org.odpi.openmetadata.accessservices.governanceserver.connectors.outtopic.GovernanceServerOutTopicClientProvider':
    'governance-server',
  'org.odpi.openmetadata.accessservices.itinfrastructure.connectors.outtopic.ITInfrastructureOutTopicClientProvider':
    'it-infrastructure',
  'org.odpi.openmetadata.accessservices.securitymanager.connectors.outtopic.SecurityManagerOutTopicClientProvider':
    'security-manager',
  'org.odpi.openmetadata.accessservices.stewardshipaction.connectors.outtopic.StewardshipActionOutTopicClientProvider':
    'stewardship-action',
});

/** A name for a connection in error messages. */
export function describeConnection(connection: Connection): string {
  const name = connection.qualifiedName ?? connection.displayName ?? connection.guid;
  return typeof name === 'string' && name !== '' ? name : '(unnamed connection)';
}

/**
 * The event direction of a topic connector: the override if given, else the connection's
 * `eventDirection` configuration property (Egeria's `inOut`, `inOnly`, `outOnly`), else `inOut`.
 */
export function resolveEventDirection(connection: Connection, override?: EventDirection): EventDirection {
  if (override !== undefined) return override;
  const value = connection.configurationProperties?.['eventDirection'];
  if (value === undefined || value === null) return 'inOut';
  if (value === 'inOut' || value === 'inOnly' || value === 'outOnly') return value;
  throw new ConnectionCheckedException(
    `The eventDirection of topic connection ${describeConnection(connection)} should be inOut, inOnly or outOnly, but it is ${String(value)}`,
    {
      messageId: 'EGERIA-TS-OMAS-EVENTS-400-017',
      parameters: [describeConnection(connection), String(value)],
      exceptionProperties: { parameterName: 'connection.configurationProperties.eventDirection' },
    },
  );
}

const MAX_NESTING = 4;

/**
 * Topic connector factories keyed by `connection.connectorType.connectorProviderClassName`.
 * Egeria's own out-topic client connections ({@link OMAS_OUT_TOPIC_CLIENT_PROVIDERS}) are
 * unwrapped to the event bus connection they embed.
 */
export class TopicConnectorRegistry {
  private readonly factories = new Map<string, TopicConnectorFactory>();
  private readonly envelopes = new Set<string>(Object.keys(OMAS_OUT_TOPIC_CLIENT_PROVIDERS));

  constructor(private readonly options: TopicConnectorRegistryOptions = {}) {}

  /**
   * Registers a factory under a provider class name and its aliases. Throws a
   * `ConnectionCheckedException` when a name is taken, unless `replace` is set.
   */
  register(
    connectorProviderClassName: string,
    factory: TopicConnectorFactory,
    options: RegisterTopicConnectorOptions = {},
  ): void {
    const names = [connectorProviderClassName, ...(options.aliases ?? [])];
    if (!options.replace) {
      const taken = names.find((n) => this.factories.has(n));
      if (taken !== undefined) {
        throw ConnectionCheckedException.fromDefinition(EventMessages.DUPLICATE_FACTORY, [taken], {
          exceptionProperties: { parameterName: 'connectorProviderClassName', parameterValue: taken },
        });
      }
    }
    for (const name of names) this.factories.set(name, factory);
  }

  /** Removes the factory registered under a name; returns false when there was none. */
  unregister(connectorProviderClassName: string): boolean {
    return this.factories.delete(connectorProviderClassName);
  }

  /** True when a factory is registered under the name (or the fallback knows it). */
  has(connectorProviderClassName: string): boolean {
    return this.get(connectorProviderClassName) !== undefined;
  }

  /** The factory for a provider class name, if any. */
  get(connectorProviderClassName: string): TopicConnectorFactory | undefined {
    return this.factories.get(connectorProviderClassName) ?? this.options.fallback?.(connectorProviderClassName);
  }

  /** The names registered here (not those of the fallback). */
  names(): string[] {
    return [...this.factories.keys()];
  }

  /**
   * Declares a provider class name whose connections are VirtualConnections wrapping the event bus
   * connection, like Egeria's out-topic client providers.
   */
  registerEnvelope(connectorProviderClassName: string): void {
    this.envelopes.add(connectorProviderClassName);
  }

  /**
   * Creates a topic connector (not yet connected) from a Connection, such as the one an access
   * service returns for its out topic. Throws a `ConnectionCheckedException` naming the field at
   * fault when the connection is unusable or its connector is not registered.
   */
  create<E = unknown>(connection: Connection, options: TopicConnectorOptions<E> = {}): TopicConnector<E> {
    return this.createNested(connection, options, 'connection', 0);
  }

  private createNested<E>(
    connection: Connection | undefined | null,
    options: TopicConnectorOptions<E>,
    path: string,
    depth: number,
  ): TopicConnector<E> {
    if (connection === undefined || connection === null || typeof connection !== 'object') {
      throw ConnectionCheckedException.fromDefinition(EventMessages.NULL_CONNECTION, [], {
        exceptionProperties: { parameterName: path },
      });
    }
    const name = describeConnection(connection);
    if (connection.connectorType === undefined || connection.connectorType === null) {
      throw ConnectionCheckedException.fromDefinition(EventMessages.NULL_CONNECTOR_TYPE, [name], {
        exceptionProperties: { parameterName: `${path}.connectorType` },
      });
    }
    const providerClassName = getConnectorProviderClassName(connection);
    if (providerClassName === undefined) {
      throw ConnectionCheckedException.fromDefinition(EventMessages.NULL_CONNECTOR_PROVIDER, [name], {
        exceptionProperties: { parameterName: `${path}.connectorType.connectorProviderClassName` },
      });
    }
    const factory = this.get(providerClassName);
    if (factory !== undefined) return factory.create(connection, options);
    if (this.envelopes.has(providerClassName) && depth < MAX_NESTING) {
      const embedded = this.unwrap(connection, providerClassName, path);
      return this.createNested(embedded, options, `${path}.embeddedConnections[0].embeddedConnection`, depth + 1);
    }
    throw ConnectionCheckedException.fromDefinition(
      EventMessages.UNKNOWN_CONNECTOR_PROVIDER,
      [providerClassName, this.names().join(', ') || '(none)'],
      {
        exceptionProperties: {
          parameterName: `${path}.connectorType.connectorProviderClassName`,
          parameterValue: providerClassName,
        },
      },
    );
  }

  /** The embedded event bus connection, with the embedding's arguments merged into its configuration properties. */
  private unwrap(connection: Connection, providerClassName: string, path: string): Connection {
    const list: unknown = isVirtualConnection(connection) ? connection.embeddedConnections : undefined;
    const entries = Array.isArray(list) ? (list as EmbeddedConnection[]) : [];
    const entry = entries.length === 1 ? entries[0] : undefined;
    const embedded = entry?.embeddedConnection;
    if (entry === undefined || embedded === undefined || embedded === null) {
      throw ConnectionCheckedException.fromDefinition(
        EventMessages.INVALID_VIRTUAL_CONNECTION,
        [describeConnection(connection), providerClassName, entries.length],
        { exceptionProperties: { parameterName: `${path}.embeddedConnections` } },
      );
    }
    const args = entry.arguments;
    if (args === undefined || args === null || Object.keys(args).length === 0) return embedded;
    return { ...embedded, configurationProperties: { ...embedded.configurationProperties, ...args } };
  }
}
