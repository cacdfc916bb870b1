import {
  INTEGRATION_SERVICE_URL_MARKERS,
  InvalidParameterException,
  getIntegrationService,
  type IntegrationServiceDescription,
  type IntegrationServiceURLMarker,
} from '@egeria-ts/core';
import { CREATE_CONNECTOR_ERROR_CODE } from './create-connector-messages';

/** The integrator package of an integration service: what a connector of that service imports. */
export interface IntegratorPackage {
  /** The integration service, as core describes it. */
  readonly service: IntegrationServiceDescription;
  /** The npm package, such as `@egeria-ts/files-integrator`. */
  readonly packageName: string;
  /** The connector base class it exports, such as `FilesIntegratorConnector`. */
  readonly connectorClassName: string;
  /** The integration service object it exports, such as `filesIntegratorService`. */
  readonly serviceExportName: string;
}

/**
 * The integrator package of the integration service with this URL marker.
 * @param marker - one of core's `INTEGRATION_SERVICE_URL_MARKERS`, such as `files-integrator`
 * @throws InvalidParameterException (`EGERIA-TS-CREATE-CONNECTOR-400-001`) naming the value and the known markers
 */
export function integratorPackageOf(marker: string): IntegratorPackage {
  const service = getIntegrationService(marker);
  if (service === undefined) {
    throw InvalidParameterException.fromDefinition(
      CREATE_CONNECTOR_ERROR_CODE.UNKNOWN_SERVICE,
      [marker, INTEGRATION_SERVICE_URL_MARKERS.join(', ')],
      { exceptionProperties: { parameterName: 'service', parameterValue: marker } },
    );
  }
  // `API Integrator` gives APIIntegratorConnector and apiIntegratorService.
  const words = service.name.split(' ');
  const first = words[0] ?? '';
  const lowerFirst = first === first.toUpperCase() ? first.toLowerCase() : first[0]?.toLowerCase() + first.slice(1);
  return Object.freeze({
    service,
    packageName: `@egeria-ts/${service.marker}`,
    connectorClassName: `${words.join('')}Connector`,
    serviceExportName: `${lowerFirst}${words.slice(1).join('')}Service`,
  });
}

/** The integrator packages of the twelve integration services, in code order. */
export function integratorPackages(): IntegratorPackage[] {
  return INTEGRATION_SERVICE_URL_MARKERS.map((marker: IntegrationServiceURLMarker) => integratorPackageOf(marker));
}
