import {
  assetManagerEventParser,
  createIntegrationService,
  type MetadataSourceType,
  type OmasIntegrationService,
} from '@egeria-ts/omas-client';
import { LineageIntegratorConnector } from './lineage-integrator-connector';
import { LineageIntegratorContext } from './lineage-integrator-context';
import { LINEAGE_INTEGRATOR_AUDIT_CODE, LINEAGE_INTEGRATOR_ERROR_CODE } from './lineage-integrator-messages';
import type { OpenLineageRunEvent } from './open-lineage-events';
import {
  OpenLineageListenerManager,
  type OpenLineagePublishResult,
  type PublishOpenLineageOptions,
} from './open-lineage-listener-manager';

/**
 * The software capability a lineage integration connector's metadata source is registered as.
 * Egeria 5.2's lineage context manager passes no type, so the server creates a `SoftwareCapability`.
 */
export const LINEAGE_METADATA_SOURCE: MetadataSourceType = Object.freeze({});

/**
 * The Lineage Integrator OMIS built by {@link createLineageIntegratorService}: the integration
 * service plus its OpenLineage listeners, which the integration daemon's REST API feeds.
 */
export interface LineageIntegratorService extends OmasIntegrationService<LineageIntegratorContext> {
  /**
   * Hands an OpenLineage run event to every OpenLineage listener of every connector of the service
   * (the daemon's `POST .../integration-services/lineage-integrator/users/{userId}/api/v1/lineage`
   * calls it with the request body). Raw JSON that cannot be read as a run event is logged and still
   * delivered as raw text; a listener that fails is logged and the others still get the event.
   * @param event - the raw JSON text of a run event, or a run event
   * @param options - the audit log for a reading problem (default: each listening connector's)
   */
  publishOpenLineageEvent(
    event: string | OpenLineageRunEvent,
    options?: PublishOpenLineageOptions,
  ): Promise<OpenLineagePublishResult>;
  /** The number of OpenLineage listeners registered by the service's connectors. */
  readonly openLineageListenerCount: number;
}

/**
 * Builds a Lineage Integrator OMIS with its own OpenLineage listeners (a daemon normally has one:
 * {@link lineageIntegratorService}; tests may build more).
 */
export function createLineageIntegratorService(): LineageIntegratorService {
  const openLineage = new OpenLineageListenerManager();
  const base = createIntegrationService({
    marker: 'lineage-integrator',
    connectorBaseClass: LineageIntegratorConnector,
    metadataSourceType: LINEAGE_METADATA_SOURCE,
    messages: {
      contextInitializing: LINEAGE_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
      connectorContextInitializing: LINEAGE_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
      nullContext: LINEAGE_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
      invalidConnector: LINEAGE_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
    },
    eventParser: assetManagerEventParser,
    createContext: (dependencies) => new LineageIntegratorContext(dependencies, openLineage),
  });
  const service: LineageIntegratorService = {
    ...base,
    publishOpenLineageEvent: (event, options) => openLineage.publish(event, options),
    get openLineageListenerCount(): number {
      return openLineage.listenerCount;
    },
  };
  return Object.freeze(service);
}

/**
 * The Lineage Integrator OMIS (code 606, marker `lineage-integrator`, partner Asset Manager OMAS,
 * default permitted synchronization FROM_THIRD_PARTY): runs {@link LineageIntegratorConnector}s,
 * builds their {@link LineageIntegratorContext}s, and fans OpenLineage events out to their listeners
 * (`lineageIntegratorService.publishOpenLineageEvent(raw)`). The integration daemon uses it;
 * connector code does not.
 */
export const lineageIntegratorService: LineageIntegratorService = createLineageIntegratorService();
