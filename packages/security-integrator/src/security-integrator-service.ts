import {
  createIntegrationService,
  securityManagerEventParser,
  type MetadataSourceType,
  type OmasIntegrationService,
  type SecurityManagerOutTopicEvent,
} from '@egeria-ts/omas-client';
import { SecurityIntegratorConnector } from './security-integrator-connector';
import { SecurityIntegratorContext } from './security-integrator-context';
import { SECURITY_INTEGRATOR_AUDIT_CODE, SECURITY_INTEGRATOR_ERROR_CODE } from './security-integrator-messages';

/**
 * The software capability a security integration connector's metadata source is registered as.
 * Egeria 5.2's context manager creates it through the Security Manager OMAS with only a qualified
 * name, which gives a plain `SoftwareCapability`; egeria-ts creates the same element through the
 * open integration framework service.
 */
export const SECURITY_MANAGER_METADATA_SOURCE: MetadataSourceType = Object.freeze({ typeName: 'SoftwareCapability' });

/**
 * The Security Integrator OMIS (code 608, marker `security-integrator`, partner Security Manager
 * OMAS, default permitted synchronization TO_THIRD_PARTY): runs {@link SecurityIntegratorConnector}s
 * and builds their {@link SecurityIntegratorContext}s. The integration daemon uses it; connector
 * code does not.
 */
export const securityIntegratorService: OmasIntegrationService<SecurityIntegratorContext> = createIntegrationService<
  SecurityIntegratorContext,
  SecurityManagerOutTopicEvent
>({
  marker: 'security-integrator',
  connectorBaseClass: SecurityIntegratorConnector,
  metadataSourceType: SECURITY_MANAGER_METADATA_SOURCE,
  messages: {
    contextInitializing: SECURITY_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
    connectorContextInitializing: SECURITY_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
    nullContext: SECURITY_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
    invalidConnector: SECURITY_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
  },
  eventParser: securityManagerEventParser,
  createContext: (dependencies) => new SecurityIntegratorContext(dependencies),
});
