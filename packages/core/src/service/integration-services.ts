import { PermittedSynchronization } from '../enums/permitted-synchronization';
import type { ComponentDevelopmentStatus } from './service-enums';

/** The URL marker of one of the twelve integration services (OMIS) of Egeria 5.2. */
export type IntegrationServiceURLMarker =
  | 'catalog-integrator'
  | 'api-integrator'
  | 'topic-integrator'
  | 'display-integrator'
  | 'database-integrator'
  | 'files-integrator'
  | 'lineage-integrator'
  | 'organization-integrator'
  | 'security-integrator'
  | 'analytics-integrator'
  | 'search-integrator'
  | 'infrastructure-integrator';

/** What Egeria 5.2 registers for one integration service (its `IntegrationServiceDescription`). */
export interface IntegrationServiceDescription {
  /** The service's code (`integrationServiceId`), 600 to 611. */
  readonly code: number;
  /** The URL marker, used in configuration and REST paths. */
  readonly marker: IntegrationServiceURLMarker;
  /** Short name, such as `Files Integrator`. */
  readonly name: string;
  /** Full name, such as `Files Integrator OMIS`. */
  readonly fullName: string;
  /** Full name of the partner access service, such as `Data Manager OMAS`. */
  readonly partnerOMAS: string;
  /** URL marker of the partner access service, such as `data-manager`. */
  readonly partnerOMASMarker: string;
  /** Permitted synchronization of the service's connectors when the configuration sets none. */
  readonly defaultPermittedSynchronization: PermittedSynchronization;
  /** Development status in Egeria 5.2. */
  readonly developmentStatus: ComponentDevelopmentStatus;
  /** One-line description of what the service is for. */
  readonly description: string;
  /** The service's documentation page. */
  readonly wiki: string;
}

function service(
  code: number,
  marker: IntegrationServiceURLMarker,
  name: string,
  partnerOMAS: string,
  defaultPermittedSynchronization: PermittedSynchronization,
  developmentStatus: ComponentDevelopmentStatus,
  description: string,
): IntegrationServiceDescription {
  return Object.freeze({
    code,
    marker,
    name,
    fullName: `${name} OMIS`,
    partnerOMAS,
    partnerOMASMarker: partnerOMAS
      .replace(/ OMAS$/, '')
      .toLowerCase()
      .replace(/ /g, '-'),
    defaultPermittedSynchronization,
    developmentStatus,
    description,
    wiki: `https://egeria-project.org/services/omis/${marker}/overview/`,
  });
}

const { BOTH_DIRECTIONS, FROM_THIRD_PARTY, TO_THIRD_PARTY } = PermittedSynchronization;

/** The twelve integration services of Egeria 5.2, in code order. */
export const INTEGRATION_SERVICES: readonly IntegrationServiceDescription[] = Object.freeze([
  service(
    600,
    'catalog-integrator',
    'Catalog Integrator',
    'Asset Manager OMAS',
    BOTH_DIRECTIONS,
    'STABLE',
    'Exchanges metadata with third party data catalogs.',
  ),
  service(
    601,
    'api-integrator',
    'API Integrator',
    'Data Manager OMAS',
    FROM_THIRD_PARTY,
    'STABLE',
    'Catalogs the APIs of third party API gateways.',
  ),
  service(
    602,
    'topic-integrator',
    'Topic Integrator',
    'Data Manager OMAS',
    FROM_THIRD_PARTY,
    'STABLE',
    'Catalogs the topics of event brokers.',
  ),
  service(
    603,
    'display-integrator',
    'Display Integrator',
    'Data Manager OMAS',
    FROM_THIRD_PARTY,
    'STABLE',
    'Catalogs the forms, reports and queries of applications that show data to people.',
  ),
  service(
    604,
    'database-integrator',
    'Database Integrator',
    'Data Manager OMAS',
    FROM_THIRD_PARTY,
    'STABLE',
    'Catalogs the databases, schemas, tables and columns of database managers.',
  ),
  service(
    605,
    'files-integrator',
    'Files Integrator',
    'Data Manager OMAS',
    FROM_THIRD_PARTY,
    'STABLE',
    'Catalogs the folders and files of file systems and file managers.',
  ),
  service(
    606,
    'lineage-integrator',
    'Lineage Integrator',
    'Asset Manager OMAS',
    FROM_THIRD_PARTY,
    'STABLE',
    'Exchanges processes and lineage with third party tools.',
  ),
  service(
    607,
    'organization-integrator',
    'Organization Integrator',
    'Community Profile OMAS',
    FROM_THIRD_PARTY,
    'STABLE',
    'Loads the people and teams of an organization.',
  ),
  service(
    608,
    'security-integrator',
    'Security Integrator',
    'Security Manager OMAS',
    TO_THIRD_PARTY,
    'IN_DEVELOPMENT',
    'Sends security settings to the points where they are enforced.',
  ),
  service(
    609,
    'analytics-integrator',
    'Analytics Integrator',
    'Data Science OMAS',
    BOTH_DIRECTIONS,
    'IN_DEVELOPMENT',
    'Exchanges metadata with analytics tools.',
  ),
  service(
    610,
    'search-integrator',
    'Search Integrator',
    'Asset Consumer OMAS',
    BOTH_DIRECTIONS,
    'DEPRECATED',
    'Copies metadata into a technology built for searching.',
  ),
  service(
    611,
    'infrastructure-integrator',
    'Infrastructure Integrator',
    'IT Infrastructure OMAS',
    BOTH_DIRECTIONS,
    'STABLE',
    'Exchanges metadata about hosts, platforms, servers and their capabilities.',
  ),
]);

/** The URL markers of the twelve integration services, in code order. */
export const INTEGRATION_SERVICE_URL_MARKERS: readonly IntegrationServiceURLMarker[] = Object.freeze(
  INTEGRATION_SERVICES.map((s) => s.marker),
);

/** The description of the integration service with this URL marker, or undefined for an unknown marker. */
export function getIntegrationService(marker: string): IntegrationServiceDescription | undefined {
  return INTEGRATION_SERVICES.find((s) => s.marker === marker);
}
