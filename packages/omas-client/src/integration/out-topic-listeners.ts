import {
  CONTEXT_ERROR_CODE,
  ConnectorCheckedException,
  InvalidParameterException,
  UserNotAuthorizedException,
  describeValue,
  type AuditLog,
  type Connection,
} from '@egeria-ts/core';
import { createTopicConnector } from '../events/default-registry';
import type { OutTopicEventParser } from '../events/event-parser';
import type { TopicConnector, TopicEventLogger, TopicListener } from '../events/topic-connector';
import type { TopicConnectorRegistry } from '../events/topic-connector-registry';
import { INTEGRATION_SERVICE_KIT_MESSAGES } from './kit-messages';

const { OUT_TOPIC_UNAVAILABLE } = INTEGRATION_SERVICE_KIT_MESSAGES;

/** What an {@link OutTopicListeners} needs. @public */
export interface OutTopicListenersOptions<E> {
  /** The integration service's full name, for messages. */
  readonly serviceName: string;
  /** The connector's name, for messages. */
  readonly connectorName: string;
  /** Identifies the connector to the access service (its connector id, as in Egeria). */
  readonly callerId: string;
  /** The connector's audit log: listener failures and topic problems are written there. */
  readonly auditLog: AuditLog;
  /** Parses the partner access service's events; undefined when the service has none. */
  readonly parser: OutTopicEventParser<E> | undefined;
  /**
   * Asks the partner access service for its out-topic connection (`GET .../topics/out-topic-connection/{callerId}`);
   * undefined when the access service has no out topic configured.
   */
  readonly getConnection: (callerId: string) => Promise<Connection | undefined>;
  /** Builds the topic connector from the connection; the default registry when absent. */
  readonly registry?: TopicConnectorRegistry;
}

function errorName(error: unknown): string {
  if (error instanceof Error) return error.name;
  return typeof error;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function eventTypeOf(event: unknown): string {
  const type = typeof event === 'object' && event !== null ? (event as { eventType?: unknown }).eventType : undefined;
  return typeof type === 'string' ? type : 'out-topic';
}

/** The GUID of the element an event is about (`principleElement` in Data Manager events, `elementHeader` in others). */
function elementGUIDOf(event: unknown): string | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const { principleElement, elementHeader } = event as { principleElement?: unknown; elementHeader?: unknown };
  for (const header of [principleElement, elementHeader]) {
    const guid = typeof header === 'object' && header !== null ? (header as { guid?: unknown }).guid : undefined;
    if (typeof guid === 'string' && guid !== '') return guid;
  }
  return undefined;
}

/** The elements a connector created and deleted during its first refresh. */
export interface FirstRefreshWrites {
  /** GUIDs of the elements it created. */
  readonly created?: readonly string[];
  /** GUIDs of the elements it deleted. */
  readonly deleted?: readonly string[];
}

/**
 * The out-topic listeners of one integration context. The first {@link OutTopicListeners.registerListener}
 * connects: it asks the partner access service for its out-topic connection (caller id: the
 * connector id; a service without an out topic is reported as an unavailable out topic), builds the topic connector through the topic connector registry and connects it.
 * Each event goes to every listener in turn; a listener that throws is logged and the others still
 * get the event. While the connector's first refresh runs, events are not delivered (they are mostly
 * about the connector's own writes, and the refresh reads the current state anyway); their number is
 * logged when it ends, and the creation and deletion events of the first refresh's own writes that
 * arrive after it ended are not delivered either. {@link OutTopicListeners.disconnect} closes the topic.
 * @public
 */
export class OutTopicListeners<E> {
  #listeners: ReadonlyArray<TopicListener<E>> = [];
  #topic?: TopicConnector<E>;
  #connecting?: Promise<TopicConnector<E>>;
  #inFirstRefresh = false;
  #firstRefreshDone = false;
  #skipped = 0;
  #closed = false;
  #delivered = 0;
  #ownCreated: ReadonlySet<string> = new Set();
  #ownDeleted: ReadonlySet<string> = new Set();

  constructor(private readonly options: OutTopicListenersOptions<E>) {}

  /** The number of registered listeners. */
  get listenerCount(): number {
    return this.#listeners.length;
  }

  /** The number of events delivered to the listeners so far (each event counted once). */
  get eventsDelivered(): number {
    return this.#delivered;
  }

  /** True while events are held back because the first refresh runs. */
  get inFirstRefresh(): boolean {
    return this.#inFirstRefresh;
  }

  /**
   * Adds a listener (adding the same one again does nothing) and connects to the out topic if
   * this is the first.
   * @throws ConnectorCheckedException when the service has no out-topic events, or the topic cannot be reached
   */
  async registerListener(listener: TopicListener<E>): Promise<void> {
    const operation = 'registerListener';
    if (typeof listener !== 'function') {
      throw InvalidParameterException.fromDefinition(
        CONTEXT_ERROR_CODE.INVALID_PARAMETER,
        ['listener', operation, this.options.connectorName, describeValue(listener)],
        { actionDescription: operation, exceptionProperties: { parameterName: 'listener' } },
      );
    }
    if (this.#closed) throw this.#disconnected(operation);
    if (this.options.parser === undefined) {
      throw ConnectorCheckedException.fromDefinition(INTEGRATION_SERVICE_KIT_MESSAGES.NO_EVENT_PARSER, [
        this.options.serviceName,
      ]);
    }
    if (!this.#listeners.includes(listener)) this.#listeners = [...this.#listeners, listener];
    try {
      await this.#connect(this.options.parser);
    } catch (error) {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
      throw error;
    }
  }

  /** Removes a listener; false when it was not registered. The topic stays open. */
  unregisterListener(listener: TopicListener<E>): boolean {
    const before = this.#listeners.length;
    this.#listeners = this.#listeners.filter((l) => l !== listener);
    return this.#listeners.length < before;
  }

  /** Holds back events from now on: the connector's first refresh has started (later calls do nothing). */
  firstRefreshStarted(): void {
    if (this.#firstRefreshDone || this.#inFirstRefresh) return;
    this.#inFirstRefresh = true;
  }

  /**
   * Delivers events again: the first refresh has ended. Logs how many were held back. The creations
   * and deletions of the first refresh are remembered until {@link OutTopicListeners.forgetFirstRefreshWrites}:
   * their events, when they arrive late, are not delivered either (an element is created and deleted
   * only once, so these events can only be about the connector's own writes).
   * @param ownWrites - what the connector created and deleted during its first refresh
   */
  firstRefreshEnded(ownWrites: FirstRefreshWrites = {}): void {
    if (!this.#inFirstRefresh) return;
    this.#inFirstRefresh = false;
    this.#firstRefreshDone = true;
    this.#ownCreated = new Set(ownWrites.created ?? []);
    this.#ownDeleted = new Set(ownWrites.deleted ?? []);
    if (this.#skipped > 0) {
      this.options.auditLog.logMessage('refresh', INTEGRATION_SERVICE_KIT_MESSAGES.EVENTS_SKIPPED_IN_FIRST_REFRESH, [
        this.options.connectorName,
        this.#skipped,
      ]);
    }
    this.#skipped = 0;
  }

  /** Forgets the creations and deletions of the first refresh (called when the next refresh starts). */
  forgetFirstRefreshWrites(): void {
    this.#ownCreated = new Set();
    this.#ownDeleted = new Set();
  }

  /** Closes the topic and forgets the listeners. Safe to call more than once. */
  async disconnect(): Promise<void> {
    this.#closed = true;
    this.#listeners = [];
    const topic = this.#topic ?? (await this.#connecting?.catch(() => undefined));
    this.#topic = undefined;
    this.#connecting = undefined;
    if (topic === undefined) return;
    try {
      await topic.disconnect();
    } catch (error) {
      this.options.auditLog.logException(
        'disconnect',
        INTEGRATION_SERVICE_KIT_MESSAGES.TOPIC_DISCONNECT_FAILED,
        error,
        [this.options.connectorName, topic.topicName, errorText(error)],
      );
    }
  }

  /** Delivers one event to every listener, each failure isolated. */
  readonly #dispatch = async (event: E): Promise<void> => {
    if (this.#closed) return;
    if (this.#inFirstRefresh) {
      this.#skipped++;
      return;
    }
    if (this.#isLateFirstRefreshEvent(event)) return;
    if (this.#listeners.length > 0) this.#delivered++;
    for (const listener of this.#listeners) {
      try {
        await listener(event);
      } catch (error) {
        this.options.auditLog.logException('processEvent', INTEGRATION_SERVICE_KIT_MESSAGES.LISTENER_FAILED, error, [
          this.options.connectorName,
          errorName(error),
          eventTypeOf(event),
          errorText(error),
        ]);
      }
    }
  };

  #isLateFirstRefreshEvent(event: E): boolean {
    if (this.#ownCreated.size === 0 && this.#ownDeleted.size === 0) return false;
    const guid = elementGUIDOf(event);
    if (guid === undefined) return false;
    const type = eventTypeOf(event);
    return (
      (type === 'NEW_ELEMENT_CREATED' && this.#ownCreated.has(guid)) ||
      (type === 'ELEMENT_DELETED' && this.#ownDeleted.has(guid))
    );
  }

  async #connect(parser: OutTopicEventParser<E>): Promise<TopicConnector<E>> {
    if (this.#topic !== undefined) return this.#topic;
    this.#connecting ??= this.#open(parser).finally(() => {
      this.#connecting = undefined;
    });
    return this.#connecting;
  }

  async #open(parser: OutTopicEventParser<E>): Promise<TopicConnector<E>> {
    const { callerId, connectorName, serviceName, auditLog } = this.options;
    let topic: TopicConnector<E> | undefined;
    try {
      const connection = await this.options.getConnection(callerId);
      if (connection === undefined) {
        throw ConnectorCheckedException.fromDefinition(
          OUT_TOPIC_UNAVAILABLE,
          [serviceName, connectorName, callerId, 'the partner access service has no out topic configured'],
          { actionDescription: 'registerListener' },
        );
      }
      const logger: TopicEventLogger = {
        error: (message) =>
          auditLog.logMessage('processEvent', INTEGRATION_SERVICE_KIT_MESSAGES.TOPIC_PROBLEM, [
            connectorName,
            message,
            topic?.topicName ?? callerId,
          ]),
        warn: (message) =>
          auditLog.logMessage('processEvent', INTEGRATION_SERVICE_KIT_MESSAGES.TOPIC_PROBLEM, [
            connectorName,
            message,
            topic?.topicName ?? callerId,
          ]),
      };
      topic = createTopicConnector<E>(connection, { parser, callerId, logger, registry: this.options.registry });
      topic.registerListener(this.#dispatch);
      await topic.connect();
    } catch (error) {
      await topic?.disconnect().catch(() => undefined);
      throw ConnectorCheckedException.fromDefinition(
        INTEGRATION_SERVICE_KIT_MESSAGES.OUT_TOPIC_UNAVAILABLE,
        [serviceName, connectorName, callerId, errorText(error)],
        { actionDescription: 'registerListener', cause: error },
      );
    }
    if (this.#closed) {
      await topic.disconnect();
      throw this.#disconnected('registerListener');
    }
    this.#topic = topic;
    return topic;
  }

  #disconnected(operation: string): UserNotAuthorizedException {
    return UserNotAuthorizedException.fromDefinition(
      CONTEXT_ERROR_CODE.CONTEXT_DISCONNECTED,
      [this.options.connectorName, operation],
      { actionDescription: operation },
    );
  }
}
