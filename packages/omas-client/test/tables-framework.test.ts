/**
 * The framework services' clients against facts read from Egeria 5.2's Spring resources
 * (GovernanceConfigurationResource, OpenIntegrationResource, ExternalIdentifierResource,
 * OpenMetadataStoreResource at commit 19177ef7).
 */
import {
  GOVERNANCE_CONFIGURATION_SERVICE,
  GovernanceConfigurationClient,
  OPEN_INTEGRATION_SERVICE,
  OPEN_METADATA_STORE_SERVICE,
  OpenIntegrationClient,
  OpenMetadataStoreClient,
} from '@egeria-ts/omas-client';
import { RecordingInvoker } from './tables-support';

describe('governance configuration service', () => {
  const ops = GOVERNANCE_CONFIGURATION_SERVICE.operations;

  it('lives under the framework services with its own name', () => {
    expect(GOVERNANCE_CONFIGURATION_SERVICE.root).toEqual({
      kind: 'framework-service',
      service: 'governance-configuration-service',
    });
  });

  it('reads the registered connectors of a group with startingFrom / maximumResults', async () => {
    expect(ops.getRegisteredIntegrationConnectors).toMatchObject({
      method: 'GET',
      path: '/integration-groups/{integrationGroupGUID}/integration-connectors',
      query: { startingFrom: { required: true }, maximumResults: { required: true } },
      paging: { startFrom: 'startingFrom', pageSize: 'maximumResults' },
      response: { bean: 'RegisteredIntegrationConnectorsResponse', field: 'elements', list: true },
    });
    const invoker = new RecordingInvoker();
    invoker.answer = () => [{ connectorName: 'files' }];
    const client = new GovernanceConfigurationClient(invoker);
    const page = await client.getRegisteredIntegrationConnectors({
      integrationGroupGUID: 'group-1',
      startFrom: 20,
      pageSize: 10,
    });
    expect(page).toEqual([{ connectorName: 'files' }]);
    const call = invoker.only();
    expect(call.operation).toBe(ops.getRegisteredIntegrationConnectors);
    expect(call.request.path).toEqual({ integrationGroupGUID: 'group-1' });
    expect(call.request.query).toEqual({ startingFrom: 20, maximumResults: 10 });
    expect(call.request.body).toBeUndefined();
  });

  it('finds a group by the name in its path and a registered connector under registeredIntegrationConnector', () => {
    expect(ops.getIntegrationGroupByName).toMatchObject({
      method: 'GET',
      path: '/integration-groups/by-name/{name}',
      response: { bean: 'IntegrationGroupElementResponse', field: 'element' },
    });
    expect(ops.getRegisteredIntegrationConnector.response).toEqual({
      bean: 'RegisteredIntegrationConnectorResponse',
      field: 'registeredIntegrationConnector',
    });
    expect(ops.getIntegrationConnectorRegistrations.response).toEqual({
      bean: 'GUIDListResponse',
      field: 'guids',
      list: true,
    });
  });

  it('adds a catalog target with a bare CatalogTargetProperties body', async () => {
    const invoker = new RecordingInvoker();
    const client = new GovernanceConfigurationClient(invoker);
    const guid = await client.addCatalogTarget({
      integrationConnectorGUID: 'connector-1',
      metadataElementGUID: 'element-1',
      catalogTargetName: 'landing',
      permittedSynchronization: 'FROM_THIRD_PARTY',
      configurationProperties: { depth: 2 },
    });
    expect(guid).toBe('addCatalogTarget-result');
    const call = invoker.only();
    expect(call.operation.path).toBe(
      '/integration-connectors/{integrationConnectorGUID}/catalog-targets/{metadataElementGUID}',
    );
    expect(call.operation.creates).toBe(true);
    expect(call.request.body).toEqual({
      class: 'CatalogTargetProperties',
      catalogTargetName: 'landing',
      permittedSynchronization: 'FROM_THIRD_PARTY',
      configurationProperties: { depth: 2 },
    });
  });

  it('updates a group only with an explicit isMergeUpdate', async () => {
    expect(ops.updateIntegrationGroup.query).toEqual({ isMergeUpdate: { required: true } });
    const invoker = new RecordingInvoker();
    await new GovernanceConfigurationClient(invoker).updateIntegrationGroup({
      guid: 'g',
      isMergeUpdate: false,
      qualifiedName: 'group::daily',
    });
    expect(invoker.only().request.query).toEqual({ isMergeUpdate: false });
    expect(invoker.only().request.body).toEqual({ class: 'IntegrationGroupProperties', qualifiedName: 'group::daily' });
  });

  it('removes a catalog target with a required NullRequestBody and unregisters with an optional one', () => {
    expect(ops.removeCatalogTarget).toMatchObject({ requestBody: 'NullRequestBody', bodyRequired: true });
    expect(ops.unregisterIntegrationConnectorFromGroup).toMatchObject({
      requestBody: 'NullRequestBody',
      bodyRequired: false,
    });
  });
});

describe('open integration service', () => {
  const ops = OPEN_INTEGRATION_SERVICE.operations;

  it('looks a metadata source up by name and creates one', async () => {
    expect(ops.getMetadataSourceGUID).toMatchObject({
      method: 'POST',
      path: '/metadata-sources/by-name',
      requestBody: 'NameRequestBody',
    });
    expect(ops.createMetadataSource).toMatchObject({
      path: '/metadata-sources/new',
      requestBody: 'MetadataSourceRequestBody',
      creates: true,
    });
    const invoker = new RecordingInvoker();
    await new OpenIntegrationClient(invoker).getMetadataSourceGUID({ name: 'Catalog::acme' });
    expect(invoker.only().request.body).toEqual({ class: 'NameRequestBody', name: 'Catalog::acme' });
  });

  it('sends dates in query parameters as java.util.Date can read them back', async () => {
    expect(ops.getIntegrationReports.paging).toEqual({ startFrom: 'startingFrom', pageSize: 'maximumResults' });
    const invoker = new RecordingInvoker();
    const after = new Date(Date.UTC(2024, 10, 26, 10, 0, 0));
    await new OpenIntegrationClient(invoker).getIntegrationReports({ afterCompletionDate: after });
    expect(invoker.only().request.query).toEqual({
      afterCompletionDate: 'Tue, 26 Nov 2024 10:00:00 GMT',
      startingFrom: 0,
      maximumResults: 0,
    });
  });

  it('publishes an integration report against an element', async () => {
    const invoker = new RecordingInvoker();
    await new OpenIntegrationClient(invoker).publishIntegrationReport({
      elementGUID: 'connector-guid',
      connectorName: 'files',
      createdElements: ['a', 'b'],
    });
    const call = invoker.only();
    expect(call.operation.path).toBe('/elements/{elementGUID}/integration-reports');
    expect(call.request.body).toEqual({
      class: 'IntegrationReportProperties',
      connectorName: 'files',
      createdElements: ['a', 'b'],
    });
  });
});

describe('open metadata store service', () => {
  const ops = OPEN_METADATA_STORE_SERVICE.operations;

  it('adds an external identifier to a typed element with the lineage flags defaulting to false', async () => {
    expect(ops.addExternalIdentifier).toMatchObject({
      method: 'POST',
      path: '/metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/external-identifiers/add',
      requestBody: 'UpdateMetadataCorrelatorsRequestBody',
      query: {
        forLineage: { required: false, default: false },
        forDuplicateProcessing: { required: false, default: false },
      },
    });
    const invoker = new RecordingInvoker();
    await new OpenMetadataStoreClient(invoker).addExternalIdentifier({
      openMetadataElementTypeName: 'DataAsset',
      openMetadataElementGUID: 'asset-1',
      metadataCorrelationProperties: {
        externalScopeGUID: 'catalog-guid',
        externalScopeName: 'Catalog::acme',
        externalIdentifier: 'tbl-42',
        synchronizationDirection: 'FROM_THIRD_PARTY',
        keyPattern: 'LOCAL_KEY',
      },
    });
    const call = invoker.only();
    expect(call.request.path).toEqual({ openMetadataElementTypeName: 'DataAsset', openMetadataElementGUID: 'asset-1' });
    expect(call.request.query).toEqual({});
    expect(call.request.body).toEqual({
      class: 'UpdateMetadataCorrelatorsRequestBody',
      metadataCorrelationProperties: {
        externalScopeGUID: 'catalog-guid',
        externalScopeName: 'Catalog::acme',
        externalIdentifier: 'tbl-42',
        synchronizationDirection: 'FROM_THIRD_PARTY',
        keyPattern: 'LOCAL_KEY',
      },
    });
  });

  it('confirms synchronization with a bare MetadataCorrelationProperties body', () => {
    expect(ops.confirmSynchronization).toMatchObject({
      path: '/metadata-elements/{openMetadataElementTypeName}/{openMetadataElementGUID}/synchronized',
      requestBody: 'MetadataCorrelationProperties',
    });
  });

  it('reads correlation headers under elementList, with optional paging', () => {
    expect(ops.getExternalIdentifiers).toMatchObject({
      method: 'POST',
      query: { startFrom: { required: false, default: 0 }, pageSize: { required: false, default: 0 } },
      response: { bean: 'MetadataCorrelationHeadersResponse', field: 'elementList', list: true },
      paging: { startFrom: 'startFrom', pageSize: 'pageSize' },
    });
    expect(ops.getElementsForExternalIdentifier.response).toEqual({
      bean: 'ElementHeadersResponse',
      field: 'elementHeaders',
      list: true,
    });
  });

  it('gets elements by GUID with a POST and by unique name', () => {
    expect(ops.getMetadataElementByGUID).toMatchObject({
      method: 'POST',
      path: '/metadata-elements/{elementGUID}',
      requestBody: 'AnyTimeRequestBody',
      bodyRequired: false,
      response: { bean: 'OpenMetadataElementResponse', field: 'element' },
    });
    expect(ops.getMetadataElementGUIDByUniqueName).toMatchObject({
      path: '/metadata-elements/guid-by-unique-name',
      requestBody: 'NameRequestBody',
      response: { bean: 'GUIDResponse', field: 'guid' },
    });
  });
});
