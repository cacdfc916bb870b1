/**
 * The Asset Manager stewardship client against facts read from Egeria 5.2's
 * StewardshipExchangeResource and StewardshipExchangeClient (commit 19177ef7).
 */
import { ASSET_MANAGER_STEWARDSHIP_SERVICE, StewardshipExchangeClient } from '@egeria-ts/omas-client';
import { RecordingInvoker } from './tables-support';

const ops = ASSET_MANAGER_STEWARDSHIP_SERVICE.operations;

test('every stewardship body is optional and every call takes the lineage flags', () => {
  for (const operation of Object.values(ops)) {
    expect([operation.name, operation.method, operation.bodyRequired]).toEqual([operation.name, 'POST', false]);
    expect(operation.query).toEqual(
      expect.objectContaining({
        forLineage: { required: false, default: false },
        forDuplicateProcessing: { required: false, default: false },
      }),
    );
  }
});

test("follows the server's /asset/by-origin, where 5.2's Java client posts to /assets/by-origin", () => {
  expect(ops.getAssetsByOrigin).toMatchObject({
    path: '/asset/by-origin',
    requestBody: 'FindByPropertiesRequestBody',
    response: { bean: 'AssetElementsResponse', field: 'elementList', list: true },
    paging: { startFrom: 'startFrom', pageSize: 'pageSize' },
  });
  expect(ops.getDataFieldClassifiedElements.response).toEqual({
    bean: 'ElementStubsResponse',
    field: 'elements',
    list: true,
  });
  expect(ops.getGovernedByDefinitions.response.field).toBe('elements');
  expect(ops.getMeanings.response.field).toBe('elementList');
});

test('a classification goes as a ClassificationRequestBody with its nested properties class', async () => {
  const invoker = new RecordingInvoker();
  await new StewardshipExchangeClient(invoker).setConfidenceClassification({
    elementGUID: 'table-1',
    forLineage: false,
    forDuplicateProcessing: false,
    metadataCorrelationProperties: { externalScopeGUID: 'catalog-1', externalScopeName: 'Catalog::acme' },
    properties: { levelIdentifier: 3, steward: 'jo' },
  });
  const call = invoker.only();
  expect(call.operation).toBe(ops.setConfidenceClassification);
  expect(call.request.path).toEqual({ elementGUID: 'table-1' });
  expect(call.request.query).toEqual({ forLineage: false, forDuplicateProcessing: false });
  expect(call.request.body).toEqual({
    class: 'ClassificationRequestBody',
    metadataCorrelationProperties: { externalScopeGUID: 'catalog-1', externalScopeName: 'Catalog::acme' },
    properties: { class: 'GovernanceClassificationProperties', levelIdentifier: 3, steward: 'jo' },
  });
});

test('the governed-by link names the element first and the definition second, as the path does', async () => {
  expect(ops.addGovernanceDefinitionToElement.path).toBe(
    '/elements/{elementGUID}/governed-by/definition/{definitionGUID}',
  );
  const invoker = new RecordingInvoker();
  await new StewardshipExchangeClient(invoker).addGovernanceDefinitionToElement({
    elementGUID: 'table-1',
    definitionGUID: 'policy-1',
    externalSourceGUID: 'catalog-1',
    externalSourceName: 'Catalog::acme',
  });
  expect(invoker.only().request.body).toEqual({
    class: 'RelationshipRequestBody',
    externalSourceGUID: 'catalog-1',
    externalSourceName: 'Catalog::acme',
  });
});
