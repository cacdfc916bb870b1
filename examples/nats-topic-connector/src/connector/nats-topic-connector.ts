import { IllegalStateError, PermittedSynchronization, integrationConnector } from '@egeria-ts/core';
import { TopicIntegratorConnector } from '@egeria-ts/topic-integrator';
import { NATS_AUDIT_CODE, NATS_ERROR_CODE } from '../messages';
import { JetStreamReader } from '../source/jetstream-reader';
import { StreamFilter } from '../source/stream-filter';
import { desiredTopic } from './desired-topic';
import { natsQualifiedName } from './qualified-names';
import { TopicCatalog } from './topic-catalog';
import { TopicSynchronizer, type TopicSyncCounts } from './topic-synchronizer';

/** The name connections use for the connector (`connectorType.connectorProviderClassName`). */
export const NATS_TOPIC_CONNECTOR_NAME = 'NatsTopicConnector';

/** The Java-style provider class name that also resolves to the connector. */
export const NATS_TOPIC_CONNECTOR_ALIAS =
  'org.odpi.openmetadata.adapters.connectors.integration.nats.NatsTopicIntegrationProvider';

/** What the last refresh did. */
export interface NatsRefreshSummary extends TopicSyncCounts {
  /** The server, as `nats://host:port`. */
  readonly serverURL: string;
  /** Streams catalogued (those that passed the filter). */
  readonly streams: number;
}

const LIST = 'stringList' as const;

/**
 * A Topic Integrator connector that catalogs the JetStream streams of a NATS server: each stream
 * becomes a `Topic` owned by the connector's event broker (its metadata source), with the stream's
 * description and configuration (subjects, retention, storage, replicas, limits...) as properties.
 *
 * The servers are the connection's `endpoint.address` (`nats://host:port`, or several separated by
 * commas), the credentials its `userId` and `clearPassword`, or `securedProperties.token` (write
 * `${env:NATS_PASSWORD}`; secrets are never logged). Each refresh lists the streams through the
 * JetStream manager API, creates the topics of new streams, updates those whose stream changed
 * (comparing properties first, so an unchanged server writes nothing) and removes those whose
 * stream was deleted, only among the topics its metadata source owns. Qualified names are
 * `NATS::nats://<host:port>::<stream>`.
 */
@integrationConnector({
  name: NATS_TOPIC_CONNECTOR_NAME,
  aliases: [NATS_TOPIC_CONNECTOR_ALIAS],
  displayName: 'NATS JetStream Topic Connector',
  description: 'Catalogs the JetStream streams of a NATS server as topics, with their subjects and configuration.',
  serviceURLMarker: 'topic-integrator',
  refreshTimeInterval: 60,
  configurationProperties: {
    includeStreams: {
      type: LIST,
      description: 'The only streams to catalogue (the exclude list is then ignored).',
    },
    excludeStreams: { type: LIST, description: 'Streams to skip.' },
    connectionTimeoutSeconds: {
      type: 'integer',
      description: 'Seconds to wait for the connection to the server.',
      defaultValue: 10,
    },
    requestTimeoutSeconds: {
      type: 'integer',
      description: 'Seconds to wait for one JetStream API request.',
      defaultValue: 10,
    },
  },
})
export class NatsTopicConnector extends TopicIntegratorConnector {
  #reader?: JetStreamReader;
  #lastRefresh?: NatsRefreshSummary;
  #refusalLogged = false;

  /** What the last completed refresh did; undefined before the first one. */
  get lastRefresh(): NatsRefreshSummary | undefined {
    return this.#lastRefresh;
  }

  /** Reads the server address, credentials, filter and timeouts from the connection. */
  override async start(): Promise<void> {
    await super.start();
    const connection = this.connection;
    const properties = this.configurationProperties;
    const token = connection.securedProperties?.['token'];
    this.#reader = new JetStreamReader({
      address: connection.endpoint?.address as string,
      ...(connection.userId === undefined ? {} : { userId: connection.userId }),
      ...(connection.clearPassword === undefined ? {} : { clearPassword: connection.clearPassword }),
      ...(token === undefined ? {} : { token }),
      filter: StreamFilter.fromConfiguration(properties),
      connectionTimeoutMillis: properties.getInteger('connectionTimeoutSeconds', 10) * 1000,
      requestTimeoutMillis: properties.getInteger('requestTimeoutSeconds', 10) * 1000,
      connectionName: `egeria-ts ${this.connectorName}`,
    });
    this.#refusalLogged = false;
  }

  /**
   * Catalogs the server: lists its streams, then creates, updates and removes topics to match. When
   * the server cannot be read, the refresh fails and nothing is removed. A connector whose permitted
   * synchronization is TO_THIRD_PARTY does nothing (it only copies from NATS into open metadata),
   * and says so once in its audit log.
   * @param signal - stops the refresh between topics
   */
  async refresh(signal: AbortSignal): Promise<void> {
    const reader = this.#requireReader();
    const serverURL = reader.server.serverURL;
    const sync = this.context.permittedSynchronization;
    if (sync === PermittedSynchronization.TO_THIRD_PARTY) {
      if (!this.#refusalLogged) {
        this.auditLog.logMessage('refresh', NATS_AUDIT_CODE.SYNCHRONIZATION_NOT_SUPPORTED, [
          this.connectorName,
          serverURL,
          sync,
        ]);
        this.#refusalLogged = true;
      }
      return;
    }
    this.auditLog.logMessage('refresh', NATS_AUDIT_CODE.REFRESH_STARTING, [this.connectorName, serverURL]);

    const snapshot = await reader.readServer(signal);
    const desired = snapshot.streams.map((stream) => desiredTopic(serverURL, stream));
    const log = (definition: (typeof NATS_AUDIT_CODE)['TOPIC_CREATED']) => (qualifiedName: string, guid: string) =>
      this.auditLog.logMessage('refresh', definition, [this.connectorName, qualifiedName, guid]);
    const synchronizer = new TopicSynchronizer(new TopicCatalog(this.context), signal, {
      created: log(NATS_AUDIT_CODE.TOPIC_CREATED),
      updated: log(NATS_AUDIT_CODE.TOPIC_UPDATED),
      removed: log(NATS_AUDIT_CODE.TOPIC_REMOVED),
      notOwned: (qualifiedName) =>
        this.auditLog.logMessage('refresh', NATS_AUDIT_CODE.NOT_OWNED, [this.connectorName, qualifiedName]),
    });
    await synchronizer.synchronize(natsQualifiedName(serverURL), desired);

    const counts = { ...synchronizer.counts };
    this.#lastRefresh = Object.freeze({ serverURL, streams: desired.length, ...counts });
    this.setStatistic('streams', desired.length);
    this.incrementStatistic('topicsCreated', counts.created);
    this.incrementStatistic('topicsUpdated', counts.updated);
    this.incrementStatistic('topicsRemoved', counts.removed);
    this.auditLog.logMessage('refresh', NATS_AUDIT_CODE.REFRESH_COMPLETE, [
      this.connectorName,
      serverURL,
      desired.length,
      counts.created,
      counts.updated,
      counts.removed,
    ]);
  }

  /** Forgets the reader; every connection the reader opens is already closed. */
  override async disconnect(): Promise<void> {
    this.#reader = undefined;
    await super.disconnect();
  }

  #requireReader(): JetStreamReader {
    if (this.#reader === undefined) {
      throw IllegalStateError.fromDefinition(NATS_ERROR_CODE.NOT_STARTED, [this.connectorName, 'refresh']);
    }
    return this.#reader;
  }
}
