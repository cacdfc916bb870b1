/**
 * The out-topic events of the Governance Server OMAS (Egeria 5.2's `GovernanceServerEvent` and its
 * subclasses), as the integration daemon and the engine host read them: news that the definition
 * of an integration group, an integration connector or a governance engine changed, and engine
 * action requests. Jackson writes the subclass's name in `class` and the event type by name.
 */
import type { OutTopicEventParser } from './event-parser';
import { createOutTopicEventParser } from './event-parser';

/** The URL marker of the Governance Server OMAS. */
export const GOVERNANCE_SERVER_MARKER = 'governance-server';

/**
 * The event types of the Governance Server OMAS (Egeria's `GovernanceServerEventType`). The
 * integration daemon acts on `REFRESH_INTEGRATION_GROUP_EVENT` and
 * `REFRESH_INTEGRATION_CONNECTOR_EVENT`.
 */
export type GovernanceServerEventType =
  | 'UNKNOWN_GOVERNANCE_SERVER_EVENT'
  | 'REFRESH_GOVERNANCE_ENGINE_EVENT'
  | 'REFRESH_GOVERNANCE_SERVICE_EVENT'
  | 'REFRESH_INTEGRATION_GROUP_EVENT'
  | 'REFRESH_INTEGRATION_CONNECTOR_EVENT'
  | 'REQUESTED_ENGINE_ACTION_EVENT'
  | 'CANCELLED_ENGINE_ACTION_EVENT'
  | 'WATCHDOG_GOVERNANCE_SERVICE_EVENT';

/** Each Governance Server event type with its code (Egeria's `eventTypeCode`). */
export const GOVERNANCE_SERVER_EVENT_TYPE_CODES: Readonly<Record<GovernanceServerEventType, number>> = Object.freeze({
  UNKNOWN_GOVERNANCE_SERVER_EVENT: 0,
  REFRESH_GOVERNANCE_ENGINE_EVENT: 1,
  REFRESH_GOVERNANCE_SERVICE_EVENT: 2,
  REFRESH_INTEGRATION_GROUP_EVENT: 3,
  REFRESH_INTEGRATION_CONNECTOR_EVENT: 4,
  REQUESTED_ENGINE_ACTION_EVENT: 5,
  CANCELLED_ENGINE_ACTION_EVENT: 6,
  WATCHDOG_GOVERNANCE_SERVICE_EVENT: 7,
});

/** The `class` values a Governance Server event may carry (the subclasses of Egeria's `GovernanceServerEvent`). */
export type GovernanceServerEventClass =
  | 'IntegrationGroupConfigurationEvent'
  | 'IntegrationConnectorConfigurationEvent'
  | 'GovernanceEngineConfigurationEvent'
  | 'GovernanceServiceConfigurationEvent'
  | 'EngineActionEvent'
  | 'WatchdogGovernanceServiceEvent';

const EVENT_CLASSES: readonly GovernanceServerEventClass[] = [
  'IntegrationGroupConfigurationEvent',
  'IntegrationConnectorConfigurationEvent',
  'GovernanceEngineConfigurationEvent',
  'GovernanceServiceConfigurationEvent',
  'EngineActionEvent',
  'WatchdogGovernanceServiceEvent',
];

/**
 * An event of the Governance Server OMAS out topic, with the fields of every subclass; `class`
 * says which one it is. Egeria 5.2 publishes:
 * - `IntegrationGroupConfigurationEvent` (`REFRESH_INTEGRATION_GROUP_EVENT`) when an
 *   `IntegrationGroup` entity is created, updated, classified, declassified, deleted or restored:
 *   `integrationGroupGUID` and `integrationGroupName` (its qualified name);
 * - `IntegrationConnectorConfigurationEvent` (`REFRESH_INTEGRATION_CONNECTOR_EVENT`) when an
 *   `IntegrationConnector` entity is updated, classified, declassified, deleted or restored (not
 *   created), and when a `RegisteredIntegrationConnector` or `CatalogTarget` relationship of it is
 *   created, updated or deleted: `integrationConnectorGUID` and `integrationConnectorName` (its
 *   qualified name). The event does not say which group: ask the governance configuration service.
 *
 * The watchdog event's nested `WatchdogGovernanceEvent` is not read.
 */
export interface GovernanceServerEvent {
  /** Jackson discriminator: which subclass of Egeria's `GovernanceServerEvent` this is. */
  readonly class?: GovernanceServerEventClass;
  /** Version of the event bean (1). */
  readonly eventVersionId?: number;
  /** What happened; `UNKNOWN_GOVERNANCE_SERVER_EVENT` when the type is unknown or missing. */
  readonly eventType: GovernanceServerEventType;
  /** The integration group that changed (`IntegrationGroupConfigurationEvent`). */
  readonly integrationGroupGUID?: string;
  /** Its qualified name. */
  readonly integrationGroupName?: string;
  /** The integration connector that changed, or whose registration or catalog targets changed (`IntegrationConnectorConfigurationEvent`). */
  readonly integrationConnectorGUID?: string;
  /** Its qualified name. */
  readonly integrationConnectorName?: string;
  /** The governance engine concerned (governance engine, service and engine action events). */
  readonly governanceEngineGUID?: string;
  /** Its qualified name. */
  readonly governanceEngineName?: string;
  /** The `SupportedGovernanceService` relationship that changed (`GovernanceServiceConfigurationEvent`). */
  readonly registeredGovernanceServiceGUID?: string;
  /** The governance request type concerned (`GovernanceServiceConfigurationEvent`). */
  readonly requestType?: string;
  /** Its request parameters. */
  readonly requestParameters?: Readonly<Record<string, unknown>>;
  /** The engine action requested or cancelled (`EngineActionEvent`). */
  readonly engineActionGUID?: string;
}

/** Parses Governance Server OMAS out-topic events. */
export const governanceServerEventParser: OutTopicEventParser<GovernanceServerEvent> =
  createOutTopicEventParser<GovernanceServerEvent>({
    eventName: 'GovernanceServerEvent',
    className: EVENT_CLASSES,
    eventTypes: { codes: GOVERNANCE_SERVER_EVENT_TYPE_CODES, unknown: 'UNKNOWN_GOVERNANCE_SERVER_EVENT' },
    fields: {
      class: 'class',
      eventVersionId: 'long',
      eventType: 'eventType',
      integrationGroupGUID: 'string',
      integrationGroupName: 'string',
      integrationConnectorGUID: 'string',
      integrationConnectorName: 'string',
      governanceEngineGUID: 'string',
      governanceEngineName: 'string',
      registeredGovernanceServiceGUID: 'string',
      requestType: 'string',
      requestParameters: 'propertyMap',
      engineActionGUID: 'string',
    },
  });
