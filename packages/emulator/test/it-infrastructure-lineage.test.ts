/**
 * IT Infrastructure OMAS asset statuses and lineage relationships (ITAssetResource), with requests
 * shaped as Egeria 5.2's ProcessManagerClient and ITInfrastructureClientBase send them, against a
 * real emulator over HTTP.
 */
import { outTopicName } from '@egeria-ts/emulator';
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';
import { SseReader } from './support/sse';
import { externalSourceBody } from './support/java-shapes';

type Source = { guid: string; name: string };
type Json = Record<string, unknown>;

let em: TestEmulator;
let it: string;
let cmdb: Source;
let other: Source;

/** `ITInfrastructureClientBase.createAsset`: an AssetRequestBody (flat AssetProperties). */
async function createAsset(typeName: string, qualifiedName: string, extra: Json = {}): Promise<string> {
  const body = { class: 'AssetRequestBody', typeName, qualifiedName, ...extra, ...externalSourceBody(cmdb) };
  return (await em.ok(`${it}/assets?infrastructureManagerIsHome=true`, body))['guid'] as string;
}

/** `ProcessManagerClient.setupDataFlow` (and the other set-ups): a `<Type>RequestBody`. */
function relationshipBody(source: Source | undefined, propertiesClass: string, properties: Json = {}): Json {
  return { ...externalSourceBody(source), properties: { class: propertiesClass, ...properties } };
}

/** `ProcessManagerClient.getDataFlow` and friends: a NameRequestBody. */
function nameBody(qualifiedName?: string): Json {
  return qualifiedName === undefined
    ? { nameParameterName: 'qualifiedName' }
    : { name: qualifiedName, nameParameterName: 'qualifiedName' };
}

function statusOf(answer: Json): unknown {
  return ((answer['element'] as Json)['elementHeader'] as Json)['status'];
}

beforeAll(async () => {
  em = await TestEmulator.start({ heartbeatMs: 100 });
  it = em.omas('it-infrastructure', 'itUser');
  const oi = em.fw('open-integration', 'daemonUser', 'it-infrastructure');
  cmdb = await em.registerSource(`${oi}/metadata-sources/new`, { qualifiedName: 'CMDB::lineage' });
  other = await em.registerSource(`${oi}/metadata-sources/new`, { qualifiedName: 'CMDB::other' });
});

afterAll(async () => {
  await em.close();
});

describe('asset status', () => {
  test('a process starts as a draft and moves through its statuses; other assets only accept ACTIVE', async () => {
    const process = await createAsset('DeployedSoftwareComponent', 'process::etl', { initialStatus: 'DRAFT' });
    expect(statusOf(await em.ok(`${it}/assets/Process/${process}`, {}))).toBe('DRAFT');

    await em.ok(`${it}/assets/Process/${process}/status`, { ...externalSourceBody(cmdb), elementStatus: 'APPROVED' });
    expect(statusOf(await em.ok(`${it}/assets/Process/${process}`, {}))).toBe('APPROVED');
    // No status in the body means ACTIVE, as ITAssetRESTService.getInstanceStatus decides.
    await em.ok(`${it}/assets/Process/${process}/status`, externalSourceBody(cmdb));
    expect(statusOf(await em.ok(`${it}/assets/Process/${process}`, {}))).toBe('ACTIVE');

    const host = await createAsset('Host', 'host::status', { deployedImplementationType: 'Linux host' });
    const byTechnology = await em.ok(`${it}/assets/Host/by-deployed-implementation-type?startFrom=0&pageSize=0`, {
      name: 'Linux host',
    });
    expect(((byTechnology['elements'] as Json[]) ?? []).map((e) => (e['elementHeader'] as Json)['guid'])).toEqual([
      host,
    ]);
    const everyHost = await em.ok(`${it}/assets/Host/by-deployed-implementation-type?startFrom=0&pageSize=0`);
    expect((everyHost['elements'] as Json[]).length).toBeGreaterThanOrEqual(1);
    const refused = await em.post(`${it}/assets/Host/${host}/status`, {
      ...externalSourceBody(cmdb),
      elementStatus: 'DRAFT',
    });
    expectFFDC(refused, {
      responseClass: 'VoidResponse',
      exception: 'PropertyServerException',
      httpCode: 500,
      messageId: 'OMAG-REPOSITORY-HANDLER-500-001',
      action: 'updateAssetStatus',
    });
    expect(String(refused.body['exceptionErrorMessage'])).toContain('OMRS-REPOSITORY-400-035');
    const draftHost = await em.post(`${it}/assets?infrastructureManagerIsHome=true`, {
      class: 'AssetRequestBody',
      typeName: 'Host',
      qualifiedName: 'host::draft',
      initialStatus: 'DRAFT',
      ...externalSourceBody(cmdb),
    });
    expect(draftHost.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-500-001');

    const unknownStatus = await em.post(`${it}/assets/Process/${process}/status`, { elementStatus: 'RETIRED' });
    expect(unknownStatus.status).toBe(400);

    const notOwner = await em.post(`${it}/assets/Process/${process}/status`, {
      ...externalSourceBody(other),
      elementStatus: 'DRAFT',
    });
    expectFFDC(notOwner, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-007',
      action: 'updateAssetStatus',
    });
    const missingBody = await em.post(`${it}/assets/Process/${process}/status`);
    expectSpringError(
      missingBody,
      400,
      `/servers/mds1/open-metadata/access-services/it-infrastructure/users/itUser/assets/Process/${process}/status`,
    );
  });
});

describe('lineage relationships', () => {
  test('data flows: set up, get by qualified name, list both ways, update (replace), clear', async () => {
    const table = await createAsset('DataSet', 'dataset::orders');
    const process = await createAsset('DeployedSoftwareComponent', 'process::load-orders');
    const report = await createAsset('DataSet', 'dataset::report');

    // 5.2's Java client adds ?assetManagerIsHome, which the resource does not declare: Spring refuses it.
    const javaClientURL = await em.post(
      `${it}/data-flows/suppliers/${table}/consumers/${process}?assetManagerIsHome=true`,
      relationshipBody(cmdb, 'DataFlowProperties'),
    );
    expect(javaClientURL.status).toBe(400);

    const flow = (
      await em.ok(
        `${it}/data-flows/suppliers/${table}/consumers/${process}?infrastructureManagerIsHome=true`,
        relationshipBody(cmdb, 'DataFlowProperties', {
          qualifiedName: 'flow::orders',
          label: 'orders',
          formula: 'select *',
          effectiveFrom: 1714557600000,
        }),
      )
    )['guid'] as string;
    await em.ok(
      `${it}/data-flows/suppliers/${process}/consumers/${report}?infrastructureManagerIsHome=true`,
      relationshipBody(cmdb, 'DataFlowProperties', { qualifiedName: 'flow::report' }),
    );

    const single = await em.ok(`${it}/data-flows/suppliers/${table}/consumers/${process}/retrieve`, nameBody());
    expect(single['class']).toBe('DataFlowElementResponse');
    const element = single['element'] as Json;
    expect((element['dataFlowHeader'] as Json)['guid']).toBe(flow);
    expect((element['dataFlowHeader'] as Json)['origin']).toMatchObject({
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: cmdb.guid,
    });
    expect(element['dataFlowProperties']).toEqual({
      class: 'DataFlowProperties',
      qualifiedName: 'flow::orders',
      label: 'orders',
      formula: 'select *',
      effectiveFrom: '2024-05-01T10:00:00.000+00:00',
    });
    expect((element['dataSupplier'] as Json)['guid']).toBe(table);
    expect((element['dataConsumer'] as Json)['guid']).toBe(process);
    const byOtherName = await em.ok(
      `${it}/data-flows/suppliers/${table}/consumers/${process}/retrieve`,
      nameBody('flow::other'),
    );
    expect(byOtherName['element']).toBeUndefined();

    const consumers = await em.ok(
      `${it}/data-flows/suppliers/${process}/consumers/retrieve?startFrom=0&pageSize=10`,
      {},
    );
    expect(consumers['class']).toBe('DataFlowElementsResponse');
    expect((consumers['elements'] as Json[]).map((e) => (e['dataConsumer'] as Json)['guid'])).toEqual([report]);
    const suppliers = await em.ok(
      `${it}/data-flows/consumers/${process}/suppliers/retrieve?startFrom=0&pageSize=10`,
      {},
    );
    expect((suppliers['elements'] as Json[]).map((e) => (e['dataSupplier'] as Json)['guid'])).toEqual([table]);
    // Effective before its start date: not there.
    const early = await em.ok(`${it}/data-flows/consumers/${process}/suppliers/retrieve?startFrom=0&pageSize=10`, {
      effectiveTime: 1700000000000,
    });
    expect(early['elements']).toBeUndefined();

    const wrongSource = await em.post(
      `${it}/data-flows/${flow}/update`,
      relationshipBody(other, 'DataFlowProperties', { qualifiedName: 'flow::orders' }),
    );
    expect(wrongSource.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-007');
    await em.ok(
      `${it}/data-flows/${flow}/update`,
      relationshipBody(cmdb, 'DataFlowProperties', { qualifiedName: 'flow::orders', description: 'nightly' }),
    );
    const updated = (
      await em.ok(`${it}/data-flows/suppliers/${table}/consumers/${process}/retrieve`, nameBody('flow::orders'))
    )['element'] as Json;
    expect(updated['dataFlowProperties']).toEqual({
      class: 'DataFlowProperties',
      qualifiedName: 'flow::orders',
      description: 'nightly',
    });

    const untyped = await em.post(`${it}/data-flows/${flow}/update`, {
      ...externalSourceBody(cmdb),
      properties: { qualifiedName: 'x' },
    });
    expect(untyped.status).toBe(400);

    await em.ok(`${it}/data-flows/${flow}/remove`, externalSourceBody(cmdb));
    expect(
      (await em.ok(`${it}/data-flows/suppliers/${table}/consumers/${process}/retrieve`, nameBody()))['element'],
    ).toBeUndefined();
    const gone = await em.post(`${it}/data-flows/${flow}/remove`, externalSourceBody(cmdb));
    expectFFDC(gone, {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-012',
      action: 'clearDataFlow',
      parameterName: 'dataFlowGUID',
    });
  });

  test('control flows and process calls: next and previous steps, callers and called', async () => {
    const extract = await createAsset('DeployedSoftwareComponent', 'process::extract');
    const transform = await createAsset('DeployedSoftwareComponent', 'process::transform');
    const control = (
      await em.ok(
        `${it}/control-flows/current-steps/${extract}/next-steps/${transform}?infrastructureManagerIsHome=true`,
        relationshipBody(cmdb, 'ControlFlowProperties', { qualifiedName: 'cf::1', guard: 'ok' }),
      )
    )['guid'] as string;
    const next = await em.ok(
      `${it}/control-flows/current-steps/${extract}/next-steps/retrieve?startFrom=0&pageSize=0`,
      {},
    );
    expect(next['class']).toBe('ControlFlowElementsResponse');
    expect((next['elements'] as Json[]).map((e) => (e['controlFlowHeader'] as Json)['guid'])).toEqual([control]);
    const previous = await em.ok(
      `${it}/control-flows/current-steps/${transform}/previous-steps/retrieve?startFrom=0&pageSize=0`,
      {},
    );
    expect((previous['elements'] as Json[]).map((e) => (e['currentStep'] as Json)['guid'])).toEqual([extract]);
    await em.ok(
      `${it}/control-flows/${control}/update`,
      relationshipBody(cmdb, 'ControlFlowProperties', { qualifiedName: 'cf::1', guard: 'done' }),
    );
    const read = await em.ok(
      `${it}/control-flows/current-steps/${extract}/next-steps/${transform}/retrieve`,
      nameBody('cf::1'),
    );
    expect(((read['element'] as Json)['controlFlowProperties'] as Json)['guard']).toBe('done');
    await em.ok(`${it}/control-flows/${control}/remove`, externalSourceBody(cmdb));

    // Not home: the call is owned by the server, so any caller may clear it.
    const call = (
      await em.ok(
        `${it}/process-calls/callers/${extract}/called/${transform}?infrastructureManagerIsHome=false`,
        relationshipBody(cmdb, 'ProcessCallProperties', { qualifiedName: 'pc::1' }),
      )
    )['guid'] as string;
    const called = await em.ok(`${it}/process-calls/callers/${extract}/called/retrieve?startFrom=0&pageSize=0`, {});
    expect(called['class']).toBe('ProcessCallElementsResponse');
    const callElement = (called['elements'] as Json[])[0];
    expect((callElement['processCallHeader'] as Json)['origin']).toMatchObject({ originCategory: 'LOCAL_COHORT' });
    expect((callElement['called'] as Json)['guid']).toBe(transform);
    const callers = await em.ok(`${it}/process-calls/called/${transform}/callers/retrieve?startFrom=0&pageSize=0`, {});
    expect((callers['elements'] as Json[]).map((e) => (e['caller'] as Json)['guid'])).toEqual([extract]);
    await em.ok(`${it}/process-calls/${call}/remove`, {});
    expect(
      (await em.ok(`${it}/process-calls/callers/${extract}/called/retrieve?startFrom=0&pageSize=0`, {}))['elements'],
    ).toBeUndefined();

    // Process calls link assets: a schema type is refused.
    const notAnAsset = await em.post(
      `${it}/process-calls/callers/${extract}/called/${cmdb.guid}?infrastructureManagerIsHome=true`,
      relationshipBody(cmdb, 'ProcessCallProperties'),
    );
    expect(notAnAsset.body['exceptionClassName']).toMatch(/InvalidParameterException$/);
  });

  test('lineage mappings: set up answers no GUID and has no owner; list both ways; clear', async () => {
    const source = await createAsset('DataSet', 'dataset::src');
    const target = await createAsset('DataSet', 'dataset::dst');
    const setup = await em.ok(
      `${it}/lineage-mappings/sources/${source}/destinations/${target}`,
      relationshipBody(undefined, 'LineageMappingProperties', { qualifiedName: 'lm::1', label: 'copy' }),
    );
    expect(setup['class']).toBe('VoidResponse');
    expect(setup['guid']).toBeUndefined();
    const read = await em.ok(`${it}/lineage-mappings/sources/${source}/destinations/${target}/retrieve`, nameBody());
    expect(read['class']).toBe('LineageMappingElementResponse');
    const mapping = read['element'] as Json;
    expect((mapping['lineageMappingHeader'] as Json)['origin']).toMatchObject({ originCategory: 'LOCAL_COHORT' });
    expect((mapping['sourceElement'] as Json)['guid']).toBe(source);
    expect((mapping['targetElement'] as Json)['guid']).toBe(target);
    const destinations = await em.ok(
      `${it}/lineage-mappings/sources/${source}/destinations/retrieve?startFrom=0&pageSize=0`,
      {},
    );
    expect((destinations['elements'] as Json[]).length).toBe(1);
    const sources = await em.ok(
      `${it}/lineage-mappings/destinations/${target}/sources/retrieve?startFrom=0&pageSize=0`,
      {},
    );
    expect((sources['elements'] as Json[]).length).toBe(1);
    const noUpdate = await em.post(
      `${it}/lineage-mappings/${(mapping['lineageMappingHeader'] as Json)['guid'] as string}/update`,
      relationshipBody(undefined, 'LineageMappingProperties'),
    );
    expect(noUpdate.status).toBe(404);
    await em.ok(
      `${it}/lineage-mappings/${(mapping['lineageMappingHeader'] as Json)['guid'] as string}/remove`,
      externalSourceBody(cmdb),
    );
    expect(
      (await em.ok(`${it}/lineage-mappings/destinations/${target}/sources/retrieve?startFrom=0&pageSize=0`, {}))[
        'elements'
      ],
    ).toBeUndefined();
    const negative = await em.post(
      `${it}/lineage-mappings/destinations/${target}/sources/retrieve?startFrom=-1&pageSize=0`,
      {},
    );
    expect(negative.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-008');
  });

  test('the out topic announces a new data flow', async () => {
    const answer = await em.ok(`${it}/topics/out-topic-connection/${enc('lineage-listener')}`, undefined, 'GET');
    const address = (answer['connection'] as Record<string, Json>)['endpoint']['address'] as string;
    expect(address).toContain(outTopicName('mds1', 'it-infrastructure'));
    const { reader } = await SseReader.open(address, '0');
    try {
      const a = await createAsset('DataSet', 'dataset::evt-a');
      const b = await createAsset('DataSet', 'dataset::evt-b');
      const flow = (
        await em.ok(
          `${it}/data-flows/suppliers/${a}/consumers/${b}?infrastructureManagerIsHome=true`,
          relationshipBody(cmdb, 'DataFlowProperties', { qualifiedName: 'flow::evt' }),
        )
      )['guid'] as string;
      const headerGUID = (e: { data: Json }) => (e.data['elementHeader'] as Json | undefined)?.['guid'];
      await reader.waitFor((r) => r.events.some((e) => headerGUID(e) === flow));
      const created = reader.events.find((e) => headerGUID(e) === flow);
      // 5.2's ITInfrastructureOutTopicEvent has no fields for a relationship's ends.
      expect(created?.data).toMatchObject({
        eventType: 'NEW_ELEMENT_CREATED',
        elementHeader: { type: { typeName: 'DataFlow' } },
        elementProperties: { qualifiedName: 'flow::evt' },
      });
      expect(created?.data['endOneElementHeader']).toBeUndefined();
    } finally {
      reader.close();
    }
  });
});
