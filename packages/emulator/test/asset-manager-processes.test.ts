/**
 * Asset Manager process and port operations beyond the basics (Egeria 5.2's LineageExchangeResource):
 * from a template, status, the process hierarchy, publish and withdraw, process ports, port
 * delegation, port schema types and business significance, with requests shaped as 5.2's
 * LineageExchangeClient sends them, over HTTP.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';
import {
  classificationsOf,
  correlation,
  effectiveTimeBody,
  guidsOf,
  relationshipBody,
  startAssetManager,
  templateBody,
  type Json,
  type Source,
  updateBody,
} from './support/asset-manager-shapes';

let em: TestEmulator;
let am: string;
let catalog: Source;
let other: Source;

const FLAGS = 'forLineage=true&forDuplicateProcessing=false';

async function createProcess(qualifiedName: string, extra: Json = {}, processStatus?: string): Promise<string> {
  const body: Json = {
    metadataCorrelationProperties: correlation(catalog),
    elementProperties: { class: 'ProcessProperties', qualifiedName, ...extra },
  };
  if (processStatus !== undefined) body['processStatus'] = processStatus;
  return (await em.ok(`${am}/processes?assetManagerIsHome=true`, body))['guid'] as string;
}

async function createPort(processGUID: string, qualifiedName: string, portType = 'INPUT_PORT'): Promise<string> {
  const answer = await em.ok(`${am}/processes/${enc(processGUID)}/ports?assetManagerIsHome=true&${FLAGS}`, {
    metadataCorrelationProperties: correlation(catalog),
    elementProperties: { class: 'PortProperties', qualifiedName, portType },
  });
  return answer['guid'] as string;
}

async function getProcess(guid: string): Promise<Json> {
  return (await em.ok(`${am}/processes/${enc(guid)}/retrieve?${FLAGS}`, effectiveTimeBody(catalog)))['element'] as Json;
}

function statusOf(element: Json): unknown {
  return (element['elementHeader'] as Json)['status'];
}

beforeAll(async () => {
  const names = { catalog: 'Catalog::lineage', other: 'Catalog::other-lineage' };
  ({ em, am, catalog, other } = await startAssetManager('lineageUser', names));
});

afterAll(async () => {
  await em.close();
});

describe('processes', () => {
  test('createProcessFromTemplate copies the template process and records the external identifier', async () => {
    const template = await createProcess('template::etl', {
      typeName: 'DeployedSoftwareComponent',
      name: 'ETL template',
      formula: 'a + b',
    });
    const created = await em.ok(
      `${am}/processes/from-template/${enc(template)}?assetManagerIsHome=true`,
      templateBody(catalog, { qualifiedName: 'etl::copy', displayName: 'ETL copy' }, { externalIdentifier: 'job-9' }),
    );
    const copy = await getProcess(created['guid'] as string);
    expect(((copy['elementHeader'] as Json)['type'] as Json)['typeName']).toBe('DeployedSoftwareComponent');
    expect(copy['processProperties']).toEqual(
      expect.objectContaining({
        class: 'ProcessProperties',
        qualifiedName: 'etl::copy',
        name: 'ETL copy',
        formula: 'a + b',
      }),
    );
    expect(copy['correlationHeaders']).toEqual([expect.objectContaining({ externalIdentifier: 'job-9' })]);
    const notAProcess = await em.post(
      `${am}/processes/from-template/${enc(catalog.guid)}?assetManagerIsHome=true`,
      templateBody(catalog, { qualifiedName: 'etl::wrong' }),
    );
    expect(notAProcess.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-001');
  });

  test('the process status is the element status: set at create, changed by its owner only', async () => {
    const guid = await createProcess('etl::status', {}, 'DRAFT');
    expect(statusOf(await getProcess(guid))).toBe('DRAFT');
    const url = `${am}/processes/${enc(guid)}/status?${FLAGS}`;
    await em.ok(url, { ...updateBody(catalog), processStatus: 'APPROVED' });
    expect(statusOf(await getProcess(guid))).toBe('APPROVED');

    const refused = await em.post(url, { ...updateBody(other), processStatus: 'ACTIVE' });
    expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);
    expectFFDC(await em.post(url, updateBody(catalog)), {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-015',
      action: 'updateProcessStatus',
      parameterName: 'processStatus',
    });
    expectSpringError(
      await em.post(url, { ...updateBody(catalog), processStatus: 'RUNNING' }),
      400,
      `/servers/mds1/open-metadata/access-services/asset-manager/users/lineageUser/processes/${guid}/status`,
    );
    expect(statusOf(await getProcess(guid))).toBe('APPROVED');
  });

  test('publish and withdraw set and clear the zone membership', async () => {
    const guid = await createProcess('etl::published');
    await em.ok(`${am}/processes/${enc(guid)}/publish?${FLAGS}`, effectiveTimeBody(catalog));
    expect(classificationsOf(await getProcess(guid))).toEqual(['AssetZoneMembership']);
    await em.ok(`${am}/processes/${enc(guid)}/withdraw?${FLAGS}`, effectiveTimeBody(catalog));
    expect(classificationsOf(await getProcess(guid))).toEqual([]);
  });

  test('the process hierarchy: parent, children, ownership, ambiguity and removal', async () => {
    const parent = await createProcess('etl::parent');
    const child = await createProcess('etl::child');
    const url = `${am}/processes/parent/${enc(parent)}/child/${enc(child)}`;
    await em.ok(
      `${url}?assetManagerIsHome=true&${FLAGS}`,
      relationshipBody(catalog, { class: 'ProcessContainmentProperties', processContainmentType: 'OWNED' }),
    );
    const children = await em.ok(
      `${am}/processes/${enc(parent)}/children/retrieve?startFrom=0&pageSize=10&${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect(children['class']).toBe('ProcessElementsResponse');
    expect(guidsOf(children)).toEqual([child]);
    const found = await em.ok(`${am}/processes/${enc(child)}/parent/retrieve?${FLAGS}`, effectiveTimeBody(catalog));
    expect(found['class']).toBe('ProcessElementResponse');
    expect(((found['element'] as Json)['elementHeader'] as Json)['guid']).toBe(parent);
    const none = await em.ok(`${am}/processes/${enc(parent)}/parent/retrieve?${FLAGS}`, effectiveTimeBody(catalog));
    expect(none['element']).toBeUndefined();

    // With a containment properties bean the asset manager owns the link: another may not remove it.
    const refused = await em.post(`${url}/remove?${FLAGS}`, effectiveTimeBody(other));
    expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);

    const second = await createProcess('etl::second-parent');
    await em.ok(
      `${am}/processes/parent/${enc(second)}/child/${enc(child)}?assetManagerIsHome=true`,
      relationshipBody(catalog),
    );
    expectFFDC(await em.post(`${am}/processes/${enc(child)}/parent/retrieve`, effectiveTimeBody(catalog)), {
      responseClass: 'ProcessElementResponse',
      exception: 'PropertyServerException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-006',
      action: 'getProcessParent',
    });

    await em.ok(`${url}/remove?${FLAGS}`, effectiveTimeBody(catalog));
    const left = await em.ok(`${am}/processes/${enc(child)}/parent/retrieve`, effectiveTimeBody(catalog));
    expect(((left['element'] as Json)['elementHeader'] as Json)['guid']).toBe(second);
    expectFFDC(await em.post(`${url}/remove`, effectiveTimeBody(catalog)), {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-015',
      action: 'clearProcessParent',
      parameterName: 'relationship',
    });
    expectSpringError(
      await em.post(`${am}/processes/parent/${enc(parent)}/child/${enc(child)}?assetManagerIsHome=true`),
      400,
      `/servers/mds1/open-metadata/access-services/asset-manager/users/lineageUser/processes/parent/${parent}/child/${child}`,
    );
  });
});

describe('ports', () => {
  test('a port is linked to another process and unlinked; the Java client sends no properties, so the server owns the link', async () => {
    const first = await createProcess('ports::first');
    const second = await createProcess('ports::second');
    const port = await createPort(first, 'ports::first::in');
    const url = `${am}/processes/${enc(second)}/ports/${enc(port)}`;
    await em.ok(`${url}?assetManagerIsHome=true&${FLAGS}`, relationshipBody(catalog));
    const listed = await em.ok(
      `${am}/processes/${enc(second)}/ports/retrieve?startFrom=0&pageSize=10&${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect(guidsOf(listed)).toEqual([port]);
    // Any asset manager may remove a link the server owns.
    await em.ok(`${url}/remove?${FLAGS}`, effectiveTimeBody(other));
    const after = await em.ok(
      `${am}/processes/${enc(second)}/ports/retrieve?startFrom=0&pageSize=10`,
      effectiveTimeBody(catalog),
    );
    expect(after['elementList']).toBeUndefined();
    const notAPort = await em.post(`${am}/processes/${enc(second)}/ports/${enc(first)}?assetManagerIsHome=true`, {});
    expect(notAPort.body['exceptionProperties']).toEqual(expect.objectContaining({ parameterName: 'guid' }));
  });

  test('port delegation: the port delegated to, the ports that use one, and ambiguity', async () => {
    const outer = await createProcess('delegation::outer');
    const inner = await createProcess('delegation::inner');
    const outerPort = await createPort(outer, 'delegation::outer::in');
    const innerPort = await createPort(inner, 'delegation::inner::in');
    const spare = await createPort(inner, 'delegation::inner::spare');
    await em.ok(
      `${am}/ports/${enc(outerPort)}/port-delegations/${enc(innerPort)}?assetManagerIsHome=true&${FLAGS}`,
      relationshipBody(catalog),
    );
    const delegated = await em.ok(
      `${am}/ports/${enc(outerPort)}/port-delegations/retrieve?${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect(delegated['class']).toBe('PortElementResponse');
    const element = delegated['element'] as Json;
    expect((element['elementHeader'] as Json)['guid']).toBe(innerPort);
    expect(element['portProperties']).toEqual(
      expect.objectContaining({ class: 'PortProperties', portType: 'INPUT_PORT' }),
    );
    const users = await em.ok(
      `${am}/ports/${enc(innerPort)}/used-by/retrieve?startFrom=0&pageSize=10&${FLAGS}`,
      effectiveTimeBody(catalog),
    );
    expect(users['class']).toBe('PortElementsResponse');
    expect(guidsOf(users)).toEqual([outerPort]);

    // setupPortDelegation passes the body's source whatever its properties: the link is the catalog's.
    const refused = await em.post(
      `${am}/ports/${enc(outerPort)}/port-delegations/${enc(innerPort)}/remove`,
      effectiveTimeBody(other),
    );
    expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);

    await em.ok(
      `${am}/ports/${enc(outerPort)}/port-delegations/${enc(spare)}?assetManagerIsHome=true`,
      relationshipBody(catalog),
    );
    expectFFDC(await em.post(`${am}/ports/${enc(outerPort)}/port-delegations/retrieve`, effectiveTimeBody(catalog)), {
      responseClass: 'PortElementResponse',
      exception: 'PropertyServerException',
      httpCode: 404,
      messageId: 'OMAG-GENERIC-HANDLERS-404-003',
      action: 'getPortDelegation',
    });
    await em.ok(`${am}/ports/${enc(outerPort)}/port-delegations/${enc(spare)}/remove`, effectiveTimeBody(catalog));
    await em.ok(`${am}/ports/${enc(outerPort)}/port-delegations/${enc(innerPort)}/remove`, effectiveTimeBody(catalog));
    const cleared = await em.ok(`${am}/ports/${enc(outerPort)}/port-delegations/retrieve`, effectiveTimeBody(catalog));
    expect(cleared['element']).toBeUndefined();
  });

  test('a port is linked to the schema type of its data and unlinked', async () => {
    // An event type (a SchemaType) made through the Data Manager's event broker routes.
    const dm = em.dm('topicUser');
    const topic = (
      await em.ok(`${dm}/topics?eventBrokerIsHome=false`, { class: 'TopicRequestBody', qualifiedName: 'topic::orders' })
    )['guid'] as string;
    const schemaType = (
      await em.ok(`${dm}/topics/${enc(topic)}/event-types`, {
        class: 'EventTypeRequestBody',
        isDeprecated: false,
        qualifiedName: 'event::order-created',
      })
    )['guid'] as string;
    const process = await createProcess('schema::process');
    const port = await createPort(process, 'schema::process::in');
    const url = `${am}/ports/${enc(port)}/schema-type/${enc(schemaType)}`;
    await em.ok(`${url}?assetManagerIsHome=true&${FLAGS}`, relationshipBody(catalog));
    // Linking twice keeps one relationship: removing it once leaves none.
    await em.ok(`${url}?assetManagerIsHome=true&${FLAGS}`, relationshipBody(catalog));
    await em.ok(`${url}/remove?${FLAGS}`, effectiveTimeBody(catalog));
    const again = await em.post(`${url}/remove?${FLAGS}`, effectiveTimeBody(catalog));
    expect(again.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-015');
    const notASchemaType = await em.post(
      `${am}/ports/${enc(port)}/schema-type/${enc(process)}?assetManagerIsHome=true`,
      relationshipBody(catalog),
    );
    expect(notASchemaType.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-001');
  });
});

test('business significance is set and cleared on any referenceable, with or without a body', async () => {
  const process = await createProcess('significant::process');
  const port = await createPort(process, 'significant::process::out', 'OUTPUT_PORT');
  await em.ok(`${am}/elements/${enc(process)}/is-business-significant?${FLAGS}`, updateBody(catalog));
  await em.ok(`${am}/elements/${enc(port)}/is-business-significant`);
  expect(classificationsOf(await getProcess(process))).toEqual(['BusinessSignificant']);
  const portElement = (await em.ok(`${am}/ports/${enc(port)}/retrieve`, effectiveTimeBody(catalog)))['element'] as Json;
  // A port is anchored to its process.
  expect(classificationsOf(portElement)).toEqual(['Anchors', 'BusinessSignificant']);
  await em.ok(`${am}/elements/${enc(process)}/is-business-significant/remove?${FLAGS}`, updateBody(catalog));
  expect(classificationsOf(await getProcess(process))).toEqual([]);
  const unknown = await em.post(
    `${am}/elements/${enc('no-such-element')}/is-business-significant`,
    updateBody(catalog),
  );
  expect(unknown.body['relatedHTTPCode']).toBe(404);
  expect(unknown.body['exceptionProperties']).toEqual(expect.objectContaining({ parameterName: 'elementGUID' }));
});
