import {
  createIntegrationService,
  dataManagerEventParser,
  type MetadataSourceType,
  type OmasIntegrationService,
} from '@egeria-ts/omas-client';
import { TopicIntegratorConnector } from './topic-integrator-connector';
import { TopicIntegratorContext } from './topic-integrator-context';
import { TOPIC_INTEGRATOR_AUDIT_CODE, TOPIC_INTEGRATOR_ERROR_CODE } from './topic-integrator-messages';

/**
 * The software capability a topic integration connector's metadata source is registered as:
 * Egeria 5.2's `DeployedImplementationType.EVENT_BROKER` (associated type `EventBroker`, no
 * classification).
 */
export const EVENT_BROKER_METADATA_SOURCE: MetadataSourceType = Object.freeze({
  typeName: 'EventBroker',
  deployedImplementationType: 'Event Broker',
});

/**
 * The Topic Integrator OMIS (code 602, marker `topic-integrator`, partner Data Manager OMAS,
 * default permitted synchronization FROM_THIRD_PARTY): runs {@link TopicIntegratorConnector}s and
 * builds their {@link TopicIntegratorContext}s. The integration daemon uses it; connector code does not.
 */
export const topicIntegratorService: OmasIntegrationService<TopicIntegratorContext> = createIntegrationService({
  marker: 'topic-integrator',
  connectorBaseClass: TopicIntegratorConnector,
  metadataSourceType: EVENT_BROKER_METADATA_SOURCE,
  messages: {
    contextInitializing: TOPIC_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
    connectorContextInitializing: TOPIC_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
    nullContext: TOPIC_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
    invalidConnector: TOPIC_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
  },
  eventParser: dataManagerEventParser,
  createContext: (dependencies) => new TopicIntegratorContext(dependencies),
});
