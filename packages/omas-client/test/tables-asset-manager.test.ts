/**
 * The Asset Manager clients against facts read from Egeria 5.2's AssetManagerOMASResource,
 * DataAssetExchangeResource, LineageExchangeResource, GlossaryExchangeResource and
 * ExternalReferenceExchangeResource (commit 19177ef7).
 */
import {
  ASSET_MANAGER_DATA_ASSET_SERVICE,
  ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE,
  ASSET_MANAGER_GLOSSARY_SERVICE,
  ASSET_MANAGER_LINEAGE_SERVICE,
  ASSET_MANAGER_REGISTRATION_SERVICE,
  ExternalAssetManagerClient,
  GlossaryExchangeClient,
  LineageExchangeClient,
} from '@egeria-ts/omas-client';
import { RecordingInvoker } from './tables-support';

describe('asset manager registration', () => {
  const ops = ASSET_MANAGER_REGISTRATION_SERVICE.operations;

  it('registers the catalog with a bare AssetManagerProperties body and finds it by name in the path', async () => {
    expect(ops.createExternalAssetManager).toMatchObject({
      method: 'POST',
      path: '/asset-managers',
      requestBody: 'AssetManagerProperties',
      creates: true,
    });
    expect(ops.getExternalAssetManagerGUID).toMatchObject({
      method: 'GET',
      path: '/asset-managers/by-name/{qualifiedName}',
      response: { bean: 'GUIDResponse', field: 'guid' },
    });
    const invoker = new RecordingInvoker();
    await new ExternalAssetManagerClient(invoker).createExternalAssetManager({
      qualifiedName: 'Catalog::acme',
      deployedImplementationType: 'Data Catalog',
    });
    expect(invoker.only().request.body).toEqual({
      class: 'AssetManagerProperties',
      qualifiedName: 'Catalog::acme',
      deployedImplementationType: 'Data Catalog',
    });
  });

  it('answers the out-topic connection under connection', () => {
    expect(ops.getOutTopicConnection).toMatchObject({
      path: '/topics/out-topic-connection/{callerId}',
      response: { bean: 'OCFConnectionResponse', field: 'connection' },
    });
  });
});

describe('data assets', () => {
  const ops = ASSET_MANAGER_DATA_ASSET_SERVICE.operations;

  it('reads 5.2 Asset Manager element lists under elementList', () => {
    expect(ops.findDataAssets.response).toEqual({
      bean: 'DataAssetElementsResponse',
      field: 'elementList',
      list: true,
    });
    expect(ops.getDataAssetByGUID).toMatchObject({
      method: 'POST',
      path: '/data-assets/{assetGUID}/retrieve',
      requestBody: 'EffectiveTimeQueryRequestBody',
      bodyRequired: false,
    });
  });

  it("keeps the server's doubled /data-assets/data-assets path for related assets at end 1", () => {
    expect(ops.getRelatedAssetsAtEnd1.path).toBe(
      '/data-assets/data-assets/relationships/{relationshipTypeName}/to-asset/{toAssetGUID}/retrieve/end1',
    );
    expect(ops.getRelatedAssetsAtEnd2.path).toBe(
      '/data-assets/relationships/{relationshipTypeName}/from-asset/{fromAssetGUID}/retrieve/end2',
    );
  });

  it('requires assetManagerIsHome on creates and isMergeUpdate on updates, with optional lineage flags', () => {
    expect(ops.createDataAsset.query).toEqual({ assetManagerIsHome: { required: true, default: true } });
    expect(ops.updateDataAsset.query).toEqual({
      isMergeUpdate: { required: true },
      forLineage: { required: false, default: false },
      forDuplicateProcessing: { required: false, default: false },
    });
  });
});

describe('lineage', () => {
  const ops = ASSET_MANAGER_LINEAGE_SERVICE.operations;

  it('creates processes with a ProcessRequestBody and its nested ProcessProperties class', async () => {
    const invoker = new RecordingInvoker();
    await new LineageExchangeClient(invoker).createProcess({
      processStatus: 'ACTIVE',
      elementProperties: { qualifiedName: 'etl::daily' },
    });
    const call = invoker.only();
    expect(call.operation).toBe(ops.createProcess);
    expect(call.request.query).toEqual({});
    expect(call.request.body).toEqual({
      class: 'ProcessRequestBody',
      processStatus: 'ACTIVE',
      elementProperties: { class: 'ProcessProperties', qualifiedName: 'etl::daily' },
    });
  });

  it("names the relationship properties' class as Egeria's Java client does", async () => {
    const invoker = new RecordingInvoker();
    const lineage = new LineageExchangeClient(invoker);
    await lineage.setupDataFlow({
      dataSupplierGUID: 'table-1',
      dataConsumerGUID: 'process-1',
      properties: { formula: 'copy', qualifiedName: 'flow::1' },
    });
    await lineage.setupDataFlow({
      dataSupplierGUID: 'table-1',
      dataConsumerGUID: 'process-1',
      properties: { class: 'DataFlowProperties', description: 'already named' },
    });
    expect(invoker.calls.map((c) => c.request.body)).toEqual([
      {
        class: 'RelationshipRequestBody',
        properties: { class: 'DataFlowProperties', formula: 'copy', qualifiedName: 'flow::1' },
      },
      { class: 'RelationshipRequestBody', properties: { class: 'DataFlowProperties', description: 'already named' } },
    ]);
  });

  it('sets up data flows, control flows, process calls and lineage mappings, each returning a GUID', () => {
    for (const name of ['setupDataFlow', 'setupControlFlow', 'setupProcessCall', 'setupLineageMapping'] as const) {
      expect([name, ops[name].response, ops[name].creates]).toEqual([
        name,
        { bean: 'GUIDResponse', field: 'guid' },
        true,
      ]);
      expect([name, ops[name].requestBody]).toEqual([name, 'RelationshipRequestBody']);
    }
    expect(ops.setupDataFlow.path).toBe('/data-flows/suppliers/{dataSupplierGUID}/consumers/{dataConsumerGUID}');
    expect(ops.setupDataFlow.query).toHaveProperty('assetManagerIsHome', { required: true, default: true });
    // Lineage mappings have no ownership flag.
    expect(ops.setupLineageMapping.query).not.toHaveProperty('assetManagerIsHome');
  });

  it('reads lineage relationships from the common beans under elements', () => {
    expect(ops.getDataFlowConsumers.response).toEqual({
      bean: 'DataFlowElementsResponse',
      field: 'elements',
      list: true,
    });
    expect(ops.getProcessesByName.response).toEqual({
      bean: 'ProcessElementsResponse',
      field: 'elementList',
      list: true,
    });
    expect(ops.getPortDelegation.response).toEqual({ bean: 'PortElementResponse', field: 'element' });
  });

  it('sends the lineage flags the caller gives', async () => {
    const invoker = new RecordingInvoker();
    await new LineageExchangeClient(invoker).getSourceLineageMappings({
      destinationElementGUID: 'col-1',
      forLineage: true,
      pageSize: 100,
    });
    expect(invoker.only().request.query).toEqual({ startFrom: 0, pageSize: 100, forLineage: true });
    expect(invoker.only().request.body).toEqual({ class: 'EffectiveTimeQueryRequestBody' });
  });
});

describe('glossaries', () => {
  const ops = ASSET_MANAGER_GLOSSARY_SERVICE.operations;

  it("uses the glossary resource's optional flags (unlike data assets)", () => {
    expect(ops.createGlossary.query).toEqual({ assetManagerIsHome: { required: false, default: false } });
    expect(ops.updateGlossaryTerm.query).toMatchObject({ isMergeUpdate: { required: false, default: false } });
    expect(ops.createGlossaryCategory.query).toMatchObject({ isRootCategory: { required: false, default: false } });
  });

  it('creates a term under a glossary', async () => {
    const invoker = new RecordingInvoker();
    await new GlossaryExchangeClient(invoker).createGlossaryTerm({
      glossaryGUID: 'g-1',
      elementProperties: { qualifiedName: 'term::customer', displayName: 'Customer' },
    });
    const call = invoker.only();
    expect(call.operation.path).toBe('/glossaries/{glossaryGUID}/terms');
    expect(call.request.body).toEqual({
      class: 'ReferenceableUpdateRequestBody',
      elementProperties: { class: 'GlossaryTermProperties', qualifiedName: 'term::customer', displayName: 'Customer' },
    });
  });
});

describe('external references', () => {
  const ops = ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE.operations;

  it('reads a reference by GUID with a POST to /by-guid and links it to an element', () => {
    expect(ops.getExternalReferenceByGUID).toMatchObject({
      method: 'POST',
      path: '/external-references/{externalReferenceGUID}/by-guid',
      response: { bean: 'ExternalReferenceElementResponse', field: 'element' },
    });
    expect(ops.linkExternalReferenceToElement).toMatchObject({
      path: '/external-references/{externalReferenceGUID}/links/{attachedToGUID}',
      requestBody: 'ExternalReferenceLinkRequestBody',
      response: { bean: 'GUIDResponse', field: 'guid' },
      creates: true,
    });
  });
});
