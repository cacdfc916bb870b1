import type { EnumValueInfo } from '../enums/enum-info';

/** How mature an Egeria component is (Egeria's `ComponentDevelopmentStatus`). */
export type ComponentDevelopmentStatus = 'IN_DEVELOPMENT' | 'TECHNICAL_PREVIEW' | 'STABLE' | 'SAMPLE' | 'DEPRECATED';

/** Egeria's ordinals and names for {@link ComponentDevelopmentStatus}. */
export const COMPONENT_DEVELOPMENT_STATUS_INFO: Readonly<Record<ComponentDevelopmentStatus, EnumValueInfo>> =
  Object.freeze({
    IN_DEVELOPMENT: { ordinal: 0, displayName: 'In Development', description: 'Still being built.' },
    TECHNICAL_PREVIEW: { ordinal: 1, displayName: 'Technical Preview', description: 'Usable; may still change.' },
    STABLE: { ordinal: 2, displayName: 'Stable', description: 'Usable; changes stay backward compatible.' },
    SAMPLE: { ordinal: 3, displayName: 'Sample', description: 'Supplied as a sample.' },
    DEPRECATED: { ordinal: 99, displayName: 'Deprecated', description: 'May be removed in a later release.' },
  });

/** Whether a service is switched on in a server's configuration (Egeria's `ServiceOperationalStatus`). */
export type ServiceOperationalStatus = 'NOT_IMPLEMENTED' | 'ENABLED' | 'DISABLED';

/** Egeria's ordinals and names for {@link ServiceOperationalStatus}. */
export const SERVICE_OPERATIONAL_STATUS_INFO: Readonly<Record<ServiceOperationalStatus, EnumValueInfo>> = Object.freeze(
  {
    NOT_IMPLEMENTED: { ordinal: 0, displayName: 'Not Implemented', description: 'No code for this service.' },
    ENABLED: { ordinal: 1, displayName: 'Enabled', description: 'The service is available and running.' },
    DISABLED: { ordinal: 2, displayName: 'Disabled', description: 'The service has been switched off.' },
  },
);
