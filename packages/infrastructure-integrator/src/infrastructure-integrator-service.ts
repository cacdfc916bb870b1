import {
  createIntegrationService,
  itInfrastructureEventParser,
  type ITInfrastructureOutTopicEvent,
  type MetadataSourceType,
  type OmasIntegrationService,
} from '@egeria-ts/omas-client';
import { InfrastructureIntegratorConnector } from './infrastructure-integrator-connector';
import { InfrastructureIntegratorContext } from './infrastructure-integrator-context';
import {
  INFRASTRUCTURE_INTEGRATOR_AUDIT_CODE,
  INFRASTRUCTURE_INTEGRATOR_ERROR_CODE,
} from './infrastructure-integrator-messages';

/**
 * The software capability an infrastructure integration connector's metadata source is registered
 * as: Egeria 5.2's `DeployedImplementationType.ASSET_CATALOG` (an `InventoryCatalog` classified as
 * `AssetManager`).
 */
export const INFRASTRUCTURE_MANAGER_METADATA_SOURCE: MetadataSourceType = Object.freeze({
  typeName: 'InventoryCatalog',
  classificationName: 'AssetManager',
  deployedImplementationType: 'Asset Metadata Catalog',
});

/**
 * The Infrastructure Integrator OMIS (code 611, marker `infrastructure-integrator`, partner IT
 * Infrastructure OMAS, default permitted synchronization BOTH_DIRECTIONS): runs
 * {@link InfrastructureIntegratorConnector}s and builds their {@link InfrastructureIntegratorContext}s.
 * The integration daemon uses it; connector code does not.
 */
export const infrastructureIntegratorService: OmasIntegrationService<InfrastructureIntegratorContext> =
  createIntegrationService<InfrastructureIntegratorContext, ITInfrastructureOutTopicEvent>({
    marker: 'infrastructure-integrator',
    connectorBaseClass: InfrastructureIntegratorConnector,
    metadataSourceType: INFRASTRUCTURE_MANAGER_METADATA_SOURCE,
    messages: {
      contextInitializing: INFRASTRUCTURE_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
      connectorContextInitializing: INFRASTRUCTURE_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
      nullContext: INFRASTRUCTURE_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
      invalidConnector: INFRASTRUCTURE_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
    },
    eventParser: itInfrastructureEventParser,
    createContext: (dependencies) => new InfrastructureIntegratorContext(dependencies),
  });
