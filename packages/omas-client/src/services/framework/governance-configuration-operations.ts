/**
 * The governance configuration framework service: integration groups, integration connectors, their registrations and catalog targets (what the 5.2 integration daemon reads its groups from).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_LIST_RESPONSE,
  GUID_RESPONSE,
  MERGE_UPDATE,
  OPTIONAL_BODY,
  PAGED_MAXIMUM_RESULTS,
  VOID_RESPONSE,
  defineService,
  elements,
  get,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link GOVERNANCE_CONFIGURATION_SERVICE}. @public */
export type GovernanceConfigurationOperationName =
  | 'createIntegrationGroup'
  | 'getIntegrationGroupByGUID'
  | 'getIntegrationGroupByName'
  | 'getAllIntegrationGroups'
  | 'updateIntegrationGroup'
  | 'deleteIntegrationGroup'
  | 'createIntegrationConnector'
  | 'getIntegrationConnectorByGUID'
  | 'getIntegrationConnectorByName'
  | 'getAllIntegrationConnectors'
  | 'getIntegrationConnectorRegistrations'
  | 'updateIntegrationConnector'
  | 'deleteIntegrationConnector'
  | 'registerIntegrationConnectorWithGroup'
  | 'getRegisteredIntegrationConnector'
  | 'getRegisteredIntegrationConnectors'
  | 'unregisterIntegrationConnectorFromGroup'
  | 'addCatalogTarget'
  | 'updateCatalogTarget'
  | 'getCatalogTarget'
  | 'getCatalogTargets'
  | 'removeCatalogTarget';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<GovernanceConfigurationOperationName, OperationRow>> = {
  createIntegrationGroup: post('/integration-groups/new', 'IntegrationGroupProperties', GUID_RESPONSE, CREATES),
  getIntegrationGroupByGUID: get('/integration-groups/{guid}', single('IntegrationGroupElementResponse')),
  getIntegrationGroupByName: get('/integration-groups/by-name/{name}', single('IntegrationGroupElementResponse')),
  getAllIntegrationGroups: get(
    '/integration-groups',
    elements('IntegrationGroupElementsResponse'),
    PAGED_MAXIMUM_RESULTS,
  ),
  updateIntegrationGroup: post(
    '/integration-groups/{guid}/update',
    'IntegrationGroupProperties',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  deleteIntegrationGroup: post('/integration-groups/{guid}/delete', 'DeleteRequestBody', VOID_RESPONSE),
  createIntegrationConnector: post(
    '/integration-connectors/new',
    'IntegrationConnectorProperties',
    GUID_RESPONSE,
    CREATES,
  ),
  getIntegrationConnectorByGUID: get('/integration-connectors/{guid}', single('IntegrationConnectorElementResponse')),
  getIntegrationConnectorByName: get(
    '/integration-connectors/by-name/{name}',
    single('IntegrationConnectorElementResponse'),
  ),
  getAllIntegrationConnectors: get(
    '/integration-connectors',
    elements('IntegrationConnectorElementsResponse'),
    PAGED_MAXIMUM_RESULTS,
  ),
  getIntegrationConnectorRegistrations: get('/integration-connectors/{guid}/registrations', GUID_LIST_RESPONSE),
  updateIntegrationConnector: post(
    '/integration-connectors/{guid}/update',
    'IntegrationConnectorProperties',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  deleteIntegrationConnector: post('/integration-connectors/{guid}/delete', 'DeleteRequestBody', VOID_RESPONSE),
  registerIntegrationConnectorWithGroup: post(
    '/integration-groups/{integrationGroupGUID}/integration-connectors/{integrationConnectorGUID}',
    'RegisteredIntegrationConnectorProperties',
    VOID_RESPONSE,
    CREATES,
  ),
  getRegisteredIntegrationConnector: get(
    '/integration-groups/{integrationGroupGUID}/integration-connectors/{integrationConnectorGUID}',
    single('RegisteredIntegrationConnectorResponse', 'registeredIntegrationConnector'),
  ),
  getRegisteredIntegrationConnectors: get(
    '/integration-groups/{integrationGroupGUID}/integration-connectors',
    elements('RegisteredIntegrationConnectorsResponse'),
    PAGED_MAXIMUM_RESULTS,
  ),
  unregisterIntegrationConnectorFromGroup: post(
    '/integration-groups/{integrationGroupGUID}/integration-connectors/{integrationConnectorGUID}/delete',
    'NullRequestBody',
    VOID_RESPONSE,
    OPTIONAL_BODY,
  ),
  addCatalogTarget: post(
    '/integration-connectors/{integrationConnectorGUID}/catalog-targets/{metadataElementGUID}',
    'CatalogTargetProperties',
    GUID_RESPONSE,
    CREATES,
  ),
  updateCatalogTarget: post('/catalog-targets/{relationshipGUID}/update', 'CatalogTargetProperties', VOID_RESPONSE),
  getCatalogTarget: get('/catalog-targets/{relationshipGUID}', single('CatalogTargetResponse')),
  getCatalogTargets: get(
    '/integration-connectors/{integrationConnectorGUID}/catalog-targets',
    elements('CatalogTargetsResponse'),
    PAGED_MAXIMUM_RESULTS,
  ),
  removeCatalogTarget: post('/catalog-targets/{relationshipGUID}/delete', 'NullRequestBody', VOID_RESPONSE),
};

/** The governance configuration framework service: integration groups, integration connectors, their registrations and catalog targets (what the 5.2 integration daemon reads its groups from): the operation table. @public */
export const GOVERNANCE_CONFIGURATION_SERVICE = defineService<GovernanceConfigurationOperationName>(
  { kind: 'framework-service', service: 'governance-configuration-service' },
  rows,
);
