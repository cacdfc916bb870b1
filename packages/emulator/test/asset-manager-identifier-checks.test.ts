/**
 * The external identifier check of Asset Manager updates and removals beyond the element tables:
 * the connection exchange (5.2's ConnectionExchangeHandler checks updateConnection,
 * updateConnectorType and every removal, not updateEndpoint), updateProcessStatus and business
 * significance (ProcessExchangeHandler). Requests are shaped as 5.2's ConnectionExchangeClient and
 * LineageExchangeClient send them; the check stamps `lastSynchronized` on the identifier it names.
 */
import { TestEmulator, enc, expectFFDC } from './support/harness';
import {
  correlation,
  effectiveTimeBody,
  externalIdentifierProperties,
  startAssetManager,
  type Json,
  type Source,
  updateBody,
} from './support/asset-manager-shapes';

let em: TestEmulator;
let am: string;
let catalog: Source;

const FLAGS = 'forLineage=false&forDuplicateProcessing=false';

beforeAll(async () => {
  ({ em, am, catalog } = await startAssetManager('catalogUser', { catalog: 'Catalog::identifiers' }));
});

afterAll(async () => {
  await em.close();
});

/** `create<Noun>` of the connection exchange with the caller's external identifier. */
async function createExchanged(segment: string, propertiesClass: string, qualifiedName: string, id: string) {
  const answer = await em.ok(`${am}/${segment}?assetManagerIsHome=true`, {
    metadataCorrelationProperties: correlation(catalog, externalIdentifierProperties(id)),
    elementProperties: { class: propertiesClass, qualifiedName },
  });
  return answer['guid'] as string;
}

/** `update<Noun>`: the properties bean under `elementProperties`, the identifier in the correlation properties. */
function exchangeUpdate(propertiesClass: string, properties: Json, id?: string): Json {
  return { ...updateBody(catalog, id), elementProperties: { class: propertiesClass, ...properties } };
}

/** The `lastSynchronized` of the catalog's correlation header on an element bean. */
function lastSynchronized(element: Json): unknown {
  const headers = (element['correlationHeaders'] as Json[] | undefined) ?? [];
  return headers.find((h) => h['externalScopeGUID'] === catalog.guid)?.['lastSynchronized'];
}

async function retrieve(segment: string, guid: string): Promise<Json> {
  return (await em.ok(`${am}/${segment}/${enc(guid)}/retrieve?${FLAGS}`, effectiveTimeBody(catalog)))[
    'element'
  ] as Json;
}

const UNKNOWN = {
  responseClass: 'VoidResponse',
  exception: 'InvalidParameterException' as const,
  httpCode: 400,
  messageId: 'OMAG-GENERIC-HANDLERS-400-003',
  parameterName: 'correlationProperties.getExternalIdentifier()',
};
const ANOTHER_ELEMENTS = { ...UNKNOWN, messageId: 'OMAG-GENERIC-HANDLERS-400-004' };

describe('connection exchange', () => {
  test('updateConnection and updateConnectorType check the identifier they name and stamp it', async () => {
    for (const [segment, propertiesClass, noun, beanField] of [
      ['connections', 'ConnectionProperties', 'Connection', 'connectionProperties'],
      ['connector-types', 'ConnectorTypeProperties', 'ConnectorType', 'connectorTypeProperties'],
    ] as const) {
      const guid = await createExchanged(segment, propertiesClass, `ids::${segment}::1`, `${segment}-1`);
      const sibling = await createExchanged(segment, propertiesClass, `ids::${segment}::2`, `${segment}-2`);
      expect(lastSynchronized(await retrieve(segment, guid))).toBeUndefined();
      const url = `${am}/${segment}/${enc(guid)}?isMergeUpdate=true&${FLAGS}`;

      expectFFDC(await em.post(url, exchangeUpdate(propertiesClass, { description: 'x' }, 'no-such-id')), {
        ...UNKNOWN,
        action: `update${noun}`,
      });
      expectFFDC(await em.post(url, exchangeUpdate(propertiesClass, { description: 'x' }, `${segment}-2`)), {
        ...ANOTHER_ELEMENTS,
        action: `update${noun}`,
      });
      expect((await retrieve(segment, guid))[beanField]).not.toHaveProperty('description');

      await em.ok(url, exchangeUpdate(propertiesClass, { description: 'checked' }, `${segment}-1`));
      const updated = await retrieve(segment, guid);
      expect(updated[beanField]).toMatchObject({ description: 'checked' });
      expect(String(lastSynchronized(updated))).toMatch(/\+00:00$/);
      expect(lastSynchronized(await retrieve(segment, sibling))).toBeUndefined();
      // Without an identifier nothing is checked.
      await em.ok(url, exchangeUpdate(propertiesClass, { description: 'unchecked' }));
    }
  });

  test('updateEndpoint does not check the identifier (as in 5.2); removeEndpoint does', async () => {
    const guid = await createExchanged('endpoints', 'EndpointProperties', 'ids::endpoint', 'ep-1');
    await em.ok(
      `${am}/endpoints/${enc(guid)}?isMergeUpdate=true&${FLAGS}`,
      exchangeUpdate('EndpointProperties', { address: '/data' }, 'no-such-id'),
    );
    const endpoint = await retrieve('endpoints', guid);
    expect((endpoint['endpointProperties'] as Json)['address']).toBe('/data');
    expect(lastSynchronized(endpoint)).toBeUndefined();

    const remove = `${am}/endpoints/${enc(guid)}/remove?${FLAGS}`;
    expectFFDC(await em.post(remove, updateBody(catalog, 'no-such-id')), { ...UNKNOWN, action: 'removeEndpoint' });
    await em.ok(remove, updateBody(catalog, 'ep-1'));
    const gone = await em.post(`${am}/endpoints/${enc(guid)}/retrieve?${FLAGS}`, effectiveTimeBody(catalog));
    expect(gone.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
  });

  test('removeConnection and removeConnectorType refuse an identifier that is not the element’s', async () => {
    for (const [segment, propertiesClass, noun] of [
      ['connections', 'ConnectionProperties', 'Connection'],
      ['connector-types', 'ConnectorTypeProperties', 'ConnectorType'],
    ] as const) {
      const guid = await createExchanged(segment, propertiesClass, `ids::${segment}::removed`, `${segment}-r`);
      await createExchanged(segment, propertiesClass, `ids::${segment}::kept`, `${segment}-k`);
      const remove = `${am}/${segment}/${enc(guid)}/remove?${FLAGS}`;
      expectFFDC(await em.post(remove, updateBody(catalog, 'no-such-id')), {
        ...UNKNOWN,
        action: `remove${noun}`,
      });
      expectFFDC(await em.post(remove, updateBody(catalog, `${segment}-k`)), {
        ...ANOTHER_ELEMENTS,
        action: `remove${noun}`,
      });
      expect(await retrieve(segment, guid)).toBeDefined();
      await em.ok(remove, updateBody(catalog, `${segment}-r`));
      const gone = await em.post(`${am}/${segment}/${enc(guid)}/retrieve?${FLAGS}`, effectiveTimeBody(catalog));
      expect(gone.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
    }
  });
});

describe('process exchange', () => {
  async function createProcess(qualifiedName: string, id: string): Promise<string> {
    const answer = await em.ok(`${am}/processes?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(catalog, externalIdentifierProperties(id)),
      elementProperties: { class: 'ProcessProperties', qualifiedName },
    });
    return answer['guid'] as string;
  }

  async function getProcess(guid: string): Promise<Json> {
    return (await em.ok(`${am}/processes/${enc(guid)}/retrieve?${FLAGS}`, effectiveTimeBody(catalog)))[
      'element'
    ] as Json;
  }

  test('updateProcessStatus checks the identifier (naming the type Asset) and stamps it', async () => {
    const guid = await createProcess('ids::process::status', 'job-status');
    await createProcess('ids::process::other', 'job-other');
    const url = `${am}/processes/${enc(guid)}/status?${FLAGS}`;
    expectFFDC(await em.post(url, { ...updateBody(catalog, 'job-other'), processStatus: 'DRAFT' }), {
      ...ANOTHER_ELEMENTS,
      action: 'updateProcessStatus',
    });
    const refused = await em.post(url, { ...updateBody(catalog, 'no-such-id'), processStatus: 'DRAFT' });
    expectFFDC(refused, { ...UNKNOWN, action: 'updateProcessStatus' });
    expect(refused.body['exceptionErrorMessageParameters']).toEqual(expect.arrayContaining(['Asset', guid]));
    expect((await getProcess(guid))['elementHeader']).toMatchObject({ status: 'ACTIVE' });

    await em.ok(url, { ...updateBody(catalog, 'job-status'), processStatus: 'DRAFT' });
    const process = await getProcess(guid);
    expect(process['elementHeader']).toMatchObject({ status: 'DRAFT' });
    expect(String(lastSynchronized(process))).toMatch(/\+00:00$/);
  });

  test('setBusinessSignificant and clearBusinessSignificant check the identifier they name', async () => {
    const guid = await createProcess('ids::process::significant', 'job-significant');
    const set = `${am}/elements/${enc(guid)}/is-business-significant?${FLAGS}`;
    const refused = await em.post(set, updateBody(catalog, 'no-such-id'));
    expectFFDC(refused, { ...UNKNOWN, action: 'setBusinessSignificant' });
    expect(refused.body['exceptionErrorMessageParameters']).toEqual(expect.arrayContaining(['Referenceable']));
    expect((await getProcess(guid))['elementHeader']).not.toHaveProperty('classifications');

    await em.ok(set, updateBody(catalog, 'job-significant'));
    const significant = await getProcess(guid);
    expect(
      ((significant['elementHeader'] as Json)['classifications'] as Json[]).map((c) => c['classificationName']),
    ).toEqual(['BusinessSignificant']);
    expect(String(lastSynchronized(significant))).toMatch(/\+00:00$/);

    const clear = `${am}/elements/${enc(guid)}/is-business-significant/remove?${FLAGS}`;
    expectFFDC(await em.post(clear, updateBody(catalog, 'no-such-id')), {
      ...UNKNOWN,
      action: 'clearBusinessSignificant',
    });
    await em.ok(clear, updateBody(catalog, 'job-significant'));
    expect((await getProcess(guid))['elementHeader']).not.toHaveProperty('classifications');
  });
});
