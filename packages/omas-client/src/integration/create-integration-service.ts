import {
  IllegalStateError,
  InvalidParameterException,
  PropertyServerException,
  describeValue,
  getIntegrationService,
  redact,
  type CreateIntegrationContextRequest,
  type IntegrationConnector,
  type IntegrationContext,
  type IntegrationContextOptions,
  type IntegrationService,
  type IntegrationServiceDescription,
  type IntegrationServiceURLMarker,
  type MessageDefinition,
  type PartnerServerOptions,
} from '@egeria-ts/core';
import type { OutTopicEventParser } from '../events/event-parser';
import { OUT_TOPIC_EVENT_PARSERS } from '../events/omas-events';
import type { TopicConnectorRegistry } from '../events/topic-connector-registry';
import type { OperationDefinition, ServiceDefinition } from '../operations/operation-definition';
import type { OperationInvoker } from '../operations/operation-invoker';
import { getOutTopicConnection as outTopicConnection } from '../services/common/out-topic-connection';
import { GovernanceConfigurationClient } from '../services/framework/governance-configuration-client';
import { GOVERNANCE_CONFIGURATION_SERVICE } from '../services/framework/governance-configuration-operations';
import { OpenIntegrationClient } from '../services/framework/open-integration-client';
import { OPEN_INTEGRATION_SERVICE } from '../services/framework/open-integration-operations';
import { GovernanceConfigurationCatalogTargetStore } from './catalog-target-store';
import { skipPlaceholderCalls } from './dry-run-invoker';
import { INTEGRATION_SERVICE_KIT_MESSAGES } from './kit-messages';
import { setUpMetadataSource, type MetadataSourceType } from './metadata-source';
import type { IntegrationContextDependencies } from './omas-integration-context';
import { OutTopicListeners } from './out-topic-listeners';
import { PartnerConnections } from './partner-connections';
import { OpenIntegrationReportPublisher } from './report-publisher';

/**
 * The messages an integration service logs and raises, with the ids of its Egeria 5.2
 * `<Service>AuditCode` and `<Service>ErrorCode` (for the database integrator,
 * `OMIS-DATABASE-INTEGRATOR-0001`, `-0002`, `-500-001`, `-400-001`).
 * @public
 */
export interface IntegrationServiceMessages {
  /** STARTUP audit message when the service first works with a partner server: {0} server, {1} platform URL. */
  readonly contextInitializing: MessageDefinition;
  /**
   * STARTUP audit message for each context: {0} connector name, {1} connector id, {2} metadata
   * source, {3} permitted synchronization, {4} service options.
   */
  readonly connectorContextInitializing: MessageDefinition;
  /** Error when a connector's context is read before it is set: {0} connector name. */
  readonly nullContext: MessageDefinition;
  /** Error for a connector that does not extend the service's base class: {0} connector, {1} service, {2} base class. */
  readonly invalidConnector: MessageDefinition;
}

/** A connector base class, abstract or not. @public */
export type IntegrationConnectorClass<C extends IntegrationContext> = abstract new (
  ...args: never[]
) => IntegrationConnector<C>;

/** What {@link createIntegrationService} builds a service from: the service-specific part. @public */
export interface CreateIntegrationServiceOptions<C extends IntegrationContext, E = unknown> {
  /** The service's URL marker; its description comes from core's `INTEGRATION_SERVICES`. */
  readonly marker: IntegrationServiceURLMarker;
  /** The class the service's connectors extend, such as `DatabaseIntegratorConnector`. */
  readonly connectorBaseClass: IntegrationConnectorClass<C>;
  /** The software capability registered as the metadata source (from the 5.2 context manager's `setUpMetadataSource` call). */
  readonly metadataSourceType: MetadataSourceType;
  /** The service's messages. */
  readonly messages: IntegrationServiceMessages;
  /**
   * Parses the partner access service's out-topic events; default: `OUT_TOPIC_EVENT_PARSERS` for
   * the partner's URL marker (none for a partner without events: listeners are then refused).
   */
  readonly eventParser?: OutTopicEventParser<E>;
  /** Builds topic connectors from out-topic connections; default: the default topic connector registry. */
  readonly topicConnectorRegistry?: TopicConnectorRegistry;
  /** Builds the service's context, normally `(deps) => new MyContext(deps)`. */
  readonly createContext: (dependencies: IntegrationContextDependencies<E>) => C;
}

/**
 * An integration service built by {@link createIntegrationService}: core's `IntegrationService`
 * plus what the runtime and tests may want to see.
 * @public
 */
export interface OmasIntegrationService<C extends IntegrationContext> extends IntegrationService<C> {
  /** The service's messages. */
  readonly messages: IntegrationServiceMessages;
  /** The software capability registered as the metadata source. */
  readonly metadataSourceType: MetadataSourceType;
  /** The class the service's connectors extend. */
  readonly connectorBaseClass: IntegrationConnectorClass<C>;
  /**
   * Throws an `InvalidParameterException` with the service's `invalidConnector` message when the
   * connector does not extend the service's base class (Egeria's check in `setContext`).
   * @param connector - the connector
   * @param connectorName - its name from the configuration, for the message
   */
  validateConnector(connector: unknown, connectorName?: string): void;
  /** Closes the transports the service shares between its contexts; later contexts open new ones. */
  close(): Promise<void>;
}

function invalidRequest(parameterName: string, value: unknown): InvalidParameterException {
  return InvalidParameterException.fromDefinition(
    INTEGRATION_SERVICE_KIT_MESSAGES.INVALID_REQUEST,
    [parameterName, describeValue(value)],
    { exceptionProperties: { parameterName } },
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkRequest(request: CreateIntegrationContextRequest): void {
  if (!isRecord(request)) throw invalidRequest('request', request);
  if (!isRecord(request.context)) throw invalidRequest('context', request.context);
  const partner: unknown = request.partner;
  if (!isRecord(partner)) throw invalidRequest('partner', partner);
  for (const field of ['platformRootURL', 'serverName'] as const) {
    const value = partner[field];
    if (typeof value !== 'string' || value.trim() === '') throw invalidRequest(`partner.${field}`, value);
  }
  const options: unknown = request.serviceOptions;
  if (options !== undefined && !isRecord(options)) throw invalidRequest('serviceOptions', options);
  const signal: unknown = request.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw invalidRequest('signal', signal);
}

/** Waits for a promise, or rejects with the signal's reason as soon as it fires. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** The partner access service's out-topic connection operation (the same path on every 5.2 OMAS). */
function outTopicService(marker: string): ServiceDefinition<'getOutTopicConnection'> {
  const getOutTopicConnection: OperationDefinition = Object.freeze({
    name: 'getOutTopicConnection',
    method: 'GET',
    path: '/topics/out-topic-connection/{callerId}',
    response: Object.freeze({ bean: 'OCFConnectionResponse', field: 'connection' }),
  });
  return Object.freeze({
    root: Object.freeze({ kind: 'access-service', marker } as const),
    operations: Object.freeze({ getOutTopicConnection }),
  });
}

/**
 * Builds an integration service (OMIS) from its service-specific part: the shared kit behind all
 * twelve. For each connector, `createContext`:
 * 1. logs the service's STARTUP messages (the first for each partner server, then one per context);
 * 2. connects to the partner server through a transport shared by every context of that server and
 *    user id (platform URL, server name, Basic or bearer authentication, TLS, timeout);
 * 3. finds the metadata source by qualified name through the open integration framework service,
 *    creating it when missing, as the daemon's user (Egeria's `setUpMetadataSource`); no name means
 *    local-cohort provenance and no call. A server that cannot be reached or refuses is a
 *    `PropertyServerException` (the runtime marks the connector INITIALIZE_FAILED);
 * 4. gives the context a catalog target store (governance configuration framework service), an
 *    activity report publisher (open integration framework service) and its out-topic listeners
 *    (`GET .../topics/out-topic-connection/{callerId = connector id}`, parsed with the partner's parser);
 * 5. calls the service's `createContext` with all of it.
 * @public
 */
export function createIntegrationService<C extends IntegrationContext, E = unknown>(
  options: CreateIntegrationServiceOptions<C, E>,
): OmasIntegrationService<C> {
  const found: IntegrationServiceDescription | undefined = getIntegrationService(options.marker);
  if (found === undefined) throw invalidRequest('marker', options.marker);
  const description = found;
  if (typeof options.connectorBaseClass !== 'function')
    throw invalidRequest('connectorBaseClass', options.connectorBaseClass);
  if (typeof options.createContext !== 'function') throw invalidRequest('createContext', options.createContext);
  const partnerMarker = description.partnerOMASMarker;
  const parser =
    options.eventParser ??
    ((OUT_TOPIC_EVENT_PARSERS as Readonly<Record<string, OutTopicEventParser<unknown>>>)[partnerMarker] as
      OutTopicEventParser<E> | undefined);
  const outTopicOperations = outTopicService(partnerMarker);
  const connections = new PartnerConnections();
  const settingUp = new Map<string, Promise<string | undefined>>();

  async function metadataSource(
    partner: PartnerServerOptions,
    context: CreateIntegrationContextRequest['context'],
    signal: AbortSignal | undefined,
  ): Promise<string | undefined> {
    const qualifiedName = context.metadataSourceQualifiedName;
    if (qualifiedName === undefined || qualifiedName === '') return undefined;
    // Egeria sets the metadata source up as the integration daemon's user.
    const daemonUserId = partner.localServerUserId ?? context.userId;
    const client = new OpenIntegrationClient(
      connections.invoker(partner, daemonUserId, OPEN_INTEGRATION_SERVICE, partnerMarker),
    );
    const writeRecorder = context.writeRecorder;
    let pending: Promise<string | undefined>;
    if (writeRecorder !== undefined) {
      // A dry run looks the metadata source up and records a create instead of sending it.
      pending = setUpMetadataSource({ client, qualifiedName, type: options.metadataSourceType, writeRecorder });
    } else {
      const key = JSON.stringify([partner.platformRootURL, partner.serverName, qualifiedName]);
      const shared = settingUp.get(key);
      if (shared !== undefined) pending = shared;
      else {
        // Contexts that start together with the same metadata source share one look-up (and at most
        // one create); the shared call has no signal, so that one caller's cancel fails only that caller.
        pending = setUpMetadataSource({ client, qualifiedName, type: options.metadataSourceType }).finally(() =>
          settingUp.delete(key),
        );
        settingUp.set(key, pending);
      }
    }
    try {
      return await untilAborted(pending, signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw PropertyServerException.fromDefinition(
        INTEGRATION_SERVICE_KIT_MESSAGES.METADATA_SOURCE_UNAVAILABLE,
        [
          description.fullName,
          context.connectorName,
          partner.serverName,
          partner.platformRootURL,
          qualifiedName,
          error instanceof Error ? error.message : String(error),
        ],
        {
          actionDescription: 'setUpMetadataSource',
          cause: error,
          exceptionProperties: { metadataSourceQualifiedName: qualifiedName, serverName: partner.serverName },
        },
      );
    }
  }

  const service: OmasIntegrationService<C> = {
    description,
    messages: options.messages,
    metadataSourceType: options.metadataSourceType,
    connectorBaseClass: options.connectorBaseClass,

    supportsConnector(connector: IntegrationConnector): boolean {
      return connector instanceof options.connectorBaseClass;
    },

    validateConnector(connector: unknown, connectorName?: string): void {
      if (connector instanceof options.connectorBaseClass) return;
      const name =
        connectorName ??
        (isRecord(connector) && typeof connector['connectorName'] === 'string'
          ? connector['connectorName']
          : describeValue(connector));
      throw InvalidParameterException.fromDefinition(
        options.messages.invalidConnector,
        [name, description.fullName, options.connectorBaseClass.name],
        { actionDescription: 'setContext', exceptionProperties: { parameterName: 'integrationConnector' } },
      );
    },

    async createContext(request: CreateIntegrationContextRequest): Promise<C> {
      checkRequest(request);
      const { context, partner, signal } = request;
      const serviceOptions = Object.freeze({ ...request.serviceOptions });
      signal?.throwIfAborted();
      const auditLog = context.auditLog;
      if (typeof auditLog?.logMessage !== 'function') throw invalidRequest('context.auditLog', auditLog);
      const permittedSynchronization = context.permittedSynchronization ?? description.defaultPermittedSynchronization;

      if (connections.firstUse(partner)) {
        auditLog.logMessage('initializeContextManager', options.messages.contextInitializing, [
          partner.serverName,
          partner.platformRootURL,
        ]);
      }
      auditLog.logMessage('setContext', options.messages.connectorContextInitializing, [
        context.connectorName,
        context.connectorId,
        context.metadataSourceQualifiedName ?? 'null',
        permittedSynchronization,
        request.serviceOptions === undefined ? 'null' : JSON.stringify(redact(serviceOptions)),
      ]);

      const metadataSourceGUID = await metadataSource(partner, context, signal);
      signal?.throwIfAborted();
      const sendingInvoker = (service: ServiceDefinition): OperationInvoker =>
        connections.invoker(
          partner,
          context.userId,
          service,
          service.root.kind === 'framework-service' ? partnerMarker : undefined,
        );
      // In a dry run, calls about elements the run only pretended to create are not sent.
      const userInvoker =
        context.writeRecorder === undefined
          ? sendingInvoker
          : (service: ServiceDefinition): OperationInvoker => skipPlaceholderCalls(sendingInvoker(service));
      const contextOptions: IntegrationContextOptions = {
        ...context,
        permittedSynchronization,
        metadataSourceGUID,
        catalogTargetStore: new GovernanceConfigurationCatalogTargetStore(
          (userId) =>
            new GovernanceConfigurationClient(
              connections.invoker(partner, userId, GOVERNANCE_CONFIGURATION_SERVICE, partnerMarker),
            ),
        ),
        integrationReportPublisher: new OpenIntegrationReportPublisher({
          clientFor: (userId) =>
            new OpenIntegrationClient(connections.invoker(partner, userId, OPEN_INTEGRATION_SERVICE, partnerMarker)),
          defaultElementGUID: metadataSourceGUID,
          connectorName: context.connectorName,
          auditLog,
        }),
      };
      const outTopic = new OutTopicListeners<E>({
        serviceName: description.fullName,
        connectorName: context.connectorName,
        callerId: context.connectorId,
        auditLog,
        parser,
        registry: options.topicConnectorRegistry,
        getConnection: (callerId) =>
          outTopicConnection(userInvoker(outTopicOperations), outTopicOperations.operations.getOutTopicConnection, {
            callerId,
          }),
      });
      const created = options.createContext({
        contextOptions,
        externalSourceName: metadataSourceGUID === undefined ? undefined : context.metadataSourceQualifiedName,
        partnerInvoker: userInvoker,
        outTopic,
        serviceOptions,
        description,
      });
      if (!isRecord(created) || typeof (created as { guardWrite?: unknown }).guardWrite !== 'function') {
        throw IllegalStateError.fromDefinition(
          INTEGRATION_SERVICE_KIT_MESSAGES.BAD_CONTEXT_FACTORY,
          [description.fullName, describeValue(created)],
          { actionDescription: 'createContext' },
        );
      }
      return created;
    },

    async close(): Promise<void> {
      await connections.close();
    },
  };
  return Object.freeze(service);
}
