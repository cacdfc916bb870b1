/**
 * The operations of Egeria 5.2's integration service resources, below
 * `/servers/{serverName}/open-metadata/integration-services/{serviceURLMarker}/users/{userId}`:
 * every service's `validate-connector/{connectorProviderClassName}`, and the lineage integrator's
 * `api/v1/lineage`.
 */
import { getIntegrationService, redact } from '@egeria-ts/core';
import { invalidParameter } from './rest-messages';
import { readOpenLineageEvent } from './open-lineage';
import type { Operation, OperationCall } from './route';

/**
 * The Java interface a connector of the service implements, as Egeria names it in the
 * NOT_CORRECT_CONNECTOR_PROVIDER message, such as
 * `org.odpi.openmetadata.integrationservices.database.connector.DatabaseIntegratorConnector`.
 */
function connectorInterfaceOf(marker: string): string {
  const service = getIntegrationService(marker);
  const name = service ? service.name.replace(/ /g, '') : marker;
  return `org.odpi.openmetadata.integrationservices.${marker.split('-')[0]}.connector.${name}Connector`;
}

/**
 * The `connectorReport` of a `ConnectorReportResponse`. The administration interface says only
 * whether the class is usable; a runtime that returns a report object instead has it passed on.
 */
function connectorReportOf(result: unknown, className: string): Record<string, unknown> {
  if (typeof result === 'object' && result !== null) return redact(result) as Record<string, unknown>;
  return { connectorType: { class: 'ConnectorType', connectorProviderClassName: className } };
}

async function validateConnector(call: OperationCall): Promise<Record<string, unknown>> {
  const marker = call.params['serviceURLMarker'] as string;
  const className = call.params['connectorProviderClassName'] as string;
  const result: unknown = call.admin.validateConnector(marker, className);
  if (result === false || result === undefined || result === null) {
    const fullName = getIntegrationService(marker)?.fullName ?? marker;
    throw invalidParameter(
      'NOT_CORRECT_CONNECTOR_PROVIDER',
      [className, connectorInterfaceOf(marker), fullName],
      'connectorProviderClassName',
      'validateConnector',
    );
  }
  return { connectorReport: connectorReportOf(result, className) };
}

/** `validate-connector`, served for every integration service. */
export const VALIDATE_CONNECTOR: Operation = Object.freeze({
  method: 'GET',
  path: ['validate-connector', '{connectorProviderClassName}'],
  action: 'validateConnector',
  responseClass: 'ConnectorReportResponse',
  handle: validateConnector,
});

/**
 * The lineage integrator's `api/v1/lineage`: an OpenLineage event for the connectors that listen
 * for them. Egeria 5.2 answers with an empty body and drops errors; this answers with a
 * `VoidResponse`, which carries any error.
 */
export const PUBLISH_OPEN_LINEAGE_EVENT: Operation = Object.freeze({
  method: 'POST',
  path: ['api', 'v1', 'lineage'],
  action: 'publishOpenLineageEvent',
  responseClass: 'VoidResponse',
  handle: async ({ admin, body, rawBody }: OperationCall) => {
    await admin.publishOpenLineageEvent(readOpenLineageEvent(body, rawBody));
    return {};
  },
});

/** The operations of one integration service. */
export function serviceOperations(marker: string): readonly Operation[] {
  return marker === 'lineage-integrator' ? [VALIDATE_CONNECTOR, PUBLISH_OPEN_LINEAGE_EVENT] : [VALIDATE_CONNECTOR];
}
