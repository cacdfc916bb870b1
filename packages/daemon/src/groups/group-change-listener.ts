/**
 * How an integration group hears that its definition changed (Egeria 5.2's
 * GroupConfigurationRefreshThread and GovernanceServerOutTopicListener): it asks the Governance
 * Server OMAS of the group's metadata access server for its out-topic connection, listens to that
 * topic, and passes on the events that may concern the group: an `IntegrationGroupConfigurationEvent`
 * naming it, and every `IntegrationConnectorConfigurationEvent` (the group decides whether the
 * connector is one of its own). When the topic cannot be reached, or the access service has no out
 * topic, it tries again with backoff (the group is still read on its timer).
 */
import { ConnectorCheckedException, redactError, type AuditLog, type MessageDefinition } from '@egeria-ts/core';
import {
  createTopicConnector,
  governanceServerEventParser,
  type GovernanceServerEvent,
  type TopicConnector,
  type TopicEventLogger,
} from '@egeria-ts/omas-client';
import type { Backoff } from '../runtime/backoff';
import { INTEGRATION_DAEMON_AUDIT_CODE as CODE, DAEMON_RUNTIME_AUDIT_CODE } from '../runtime/daemon-audit-codes';
import { DAEMON_RUNTIME_ERROR_CODE } from '../runtime/daemon-errors';
import { settlesWithin, type DaemonTimerHandle, type DaemonTimers } from '../runtime/daemon-timers';
import type { IntegrationGroupSource } from './group-config-source';

/** What a {@link GroupChangeListener} listens for and whom it tells. @internal */
export interface GroupChangeListenerOptions {
  /** The group's qualified name. */
  readonly groupName: string;
  /** The daemon's name, for messages. */
  readonly daemonName: string;
  /** The metadata access server's name, for messages. */
  readonly serverName: () => string;
  /** Identifies this listener to the access service (and the consumer group on Kafka). */
  readonly callerId: string;
  /** Where the out-topic connection is asked for. */
  readonly source: () => IntegrationGroupSource;
  /** The group's GUID, once the group has been read. */
  readonly groupGUID: () => string | undefined;
  readonly timers: DaemonTimers;
  /** Delays between attempts to listen. */
  readonly backoff: Backoff;
  readonly auditLog: AuditLog;
  /** The group changed. */
  readonly onGroupChanged: () => void;
  /** A connector (its element, a registration or a catalog target of it) changed. */
  readonly onConnectorChanged: (connectorGUID: string) => void;
  /** The topic is being listened to (again): changes made before may have been missed. */
  readonly onListening: () => void;
}

const GROUP_EVENT = 'IntegrationGroupConfigurationEvent';
const CONNECTOR_EVENT = 'IntegrationConnectorConfigurationEvent';

/** Listens to the Governance Server OMAS out topic for one group. @internal */
export class GroupChangeListener {
  readonly #options: GroupChangeListenerOptions;
  #topic?: TopicConnector<GovernanceServerEvent>;
  #attempt?: Promise<void>;
  #first?: Promise<void>;
  #retry?: DaemonTimerHandle;
  #controller?: AbortController;
  #failing = false;
  #stopped = false;

  constructor(options: GroupChangeListenerOptions) {
    this.#options = options;
  }

  /** Starts listening in the background; resolves once the first attempt succeeded or failed (never rejects). */
  start(): Promise<void> {
    this.#first ??= this.#tryListening();
    return this.#first;
  }

  /** Stops listening (and trying to), within `budgetMs`. */
  async stop(budgetMs: number): Promise<void> {
    this.#stopped = true;
    if (this.#retry !== undefined) this.#options.timers.clearTimeout(this.#retry);
    this.#retry = undefined;
    this.#controller?.abort();
    if (this.#attempt !== undefined) await settlesWithin(this.#options.timers, this.#attempt, budgetMs);
    const topic = this.#topic;
    this.#topic = undefined;
    await topic?.disconnect().catch(() => undefined);
  }

  #tryListening(): Promise<void> {
    const attempt = this.#listen().finally(() => {
      if (this.#attempt === attempt) this.#attempt = undefined;
    });
    this.#attempt = attempt;
    return attempt;
  }

  async #listen(): Promise<void> {
    if (this.#stopped) return;
    const { callerId, groupName } = this.#options;
    const controller = new AbortController();
    this.#controller = controller;
    let topic: TopicConnector<GovernanceServerEvent> | undefined;
    try {
      const connection = await this.#options.source().outTopicConnection(callerId, controller.signal);
      if (connection === undefined) {
        throw ConnectorCheckedException.fromDefinition(DAEMON_RUNTIME_ERROR_CODE.NO_OUT_TOPIC, [
          'Governance Server OMAS',
          this.#options.serverName(),
        ]);
      }
      topic = createTopicConnector<GovernanceServerEvent>(connection, {
        parser: governanceServerEventParser,
        callerId,
        logger: this.#topicLogger(() => topic?.topicName ?? callerId),
      });
      topic.registerListener(this.#onEvent);
      if (this.#stopped) return;
      await topic.connect();
    } catch (error) {
      await topic?.disconnect().catch(() => undefined);
      if (this.#stopped) return;
      if (!this.#failing) {
        this.#failing = true;
        const redacted = redactError(error);
        this.#options.auditLog.logException('registerListener', CODE.NO_CONFIGURATION_LISTENER, error, [
          this.#options.daemonName,
          this.#options.serverName(),
          groupName,
          redacted.name,
          redacted.message,
        ]);
      }
      this.#retry = this.#options.timers.setTimeout(() => {
        this.#retry = undefined;
        void this.#tryListening();
      }, this.#options.backoff.next());
      return;
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
    }
    if (this.#stopped) {
      await topic.disconnect().catch(() => undefined);
      return;
    }
    this.#topic = topic;
    this.#failing = false;
    this.#options.backoff.reset();
    this.#options.auditLog.logMessage('registerListener', CODE.CONFIGURATION_LISTENER_REGISTERED, [
      this.#options.daemonName,
      this.#options.serverName(),
      groupName,
    ]);
    this.#options.onListening();
  }

  /** Passes on the events that may concern the group (Egeria's GovernanceServerOutTopicListener). */
  readonly #onEvent = (event: GovernanceServerEvent): void => {
    if (this.#stopped) return;
    if (event.class === GROUP_EVENT) {
      const guid = this.#options.groupGUID();
      const ours =
        event.integrationGroupName === this.#options.groupName ||
        (guid !== undefined && event.integrationGroupGUID === guid);
      if (ours) this.#options.onGroupChanged();
    } else if (event.class === CONNECTOR_EVENT && event.integrationConnectorGUID !== undefined) {
      this.#options.onConnectorChanged(event.integrationConnectorGUID);
    }
  };

  /** Topic errors at ERROR severity, topic warnings (such as a reconnection) at INFO. */
  #topicLogger(topicName: () => string): TopicEventLogger {
    const log =
      (definition: MessageDefinition) =>
      (message: string): void =>
        this.#options.auditLog.logMessage('processEvent', definition, [this.#options.groupName, topicName(), message]);
    return {
      error: log(DAEMON_RUNTIME_AUDIT_CODE.GROUP_TOPIC_PROBLEM),
      warn: log(DAEMON_RUNTIME_AUDIT_CODE.GROUP_TOPIC_WARNING),
    };
  }
}
