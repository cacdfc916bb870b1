import {
  communityProfileEventParser,
  createIntegrationService,
  type CommunityProfileOutboundEvent,
  type MetadataSourceType,
  type OmasIntegrationService,
} from '@egeria-ts/omas-client';
import { OrganizationIntegratorConnector } from './organization-integrator-connector';
import { OrganizationIntegratorContext } from './organization-integrator-context';
import {
  ORGANIZATION_INTEGRATOR_AUDIT_CODE,
  ORGANIZATION_INTEGRATOR_ERROR_CODE,
} from './organization-integrator-messages';

/**
 * The software capability an organization integration connector's metadata source is registered
 * as. Egeria 5.2's context manager names no type, so the server creates a plain
 * `SoftwareCapability`; egeria-ts names that type.
 */
export const ORGANIZATION_METADATA_SOURCE: MetadataSourceType = Object.freeze({ typeName: 'SoftwareCapability' });

/**
 * The Organization Integrator OMIS (code 607, marker `organization-integrator`, partner Community
 * Profile OMAS, default permitted synchronization FROM_THIRD_PARTY): runs
 * {@link OrganizationIntegratorConnector}s and builds their {@link OrganizationIntegratorContext}s.
 * The integration daemon uses it; connector code does not.
 */
export const organizationIntegratorService: OmasIntegrationService<OrganizationIntegratorContext> =
  createIntegrationService<OrganizationIntegratorContext, CommunityProfileOutboundEvent>({
    marker: 'organization-integrator',
    connectorBaseClass: OrganizationIntegratorConnector,
    metadataSourceType: ORGANIZATION_METADATA_SOURCE,
    messages: {
      contextInitializing: ORGANIZATION_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
      connectorContextInitializing: ORGANIZATION_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
      nullContext: ORGANIZATION_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
      invalidConnector: ORGANIZATION_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
    },
    eventParser: communityProfileEventParser,
    createContext: (dependencies) => new OrganizationIntegratorContext(dependencies),
  });
