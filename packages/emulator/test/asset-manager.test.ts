/**
 * Asset Manager OMAS operations, with requests shaped as Egeria 5.2's Asset Manager Java clients
 * (ExternalAssetManagerClient, DataAssetExchangeClient, GlossaryExchangeClient, LineageExchangeClient)
 * send them, against a real emulator over HTTP; and the Asset Manager out topic.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';
import { SseReader } from './support/sse';

type Source = { guid: string; name: string };

let em: TestEmulator;
let am: string;
let catalog: Source;
let other: Source;
const readers: SseReader[] = [];

function amRoot(userId = 'catalogUser'): string {
  return `${em.emulator.url}/servers/${enc(em.emulator.serverName)}/open-metadata/access-services/asset-manager/users/${enc(userId)}`;
}

/** What the Java client's `getCorrelationProperties` fills: the scope, then the caller's identifier. */
function correlation(source: Source | undefined, externalIdentifier?: string): Record<string, unknown> {
  if (source === undefined) return {};
  const out: Record<string, unknown> = { externalScopeGUID: source.guid, externalScopeName: source.name };
  if (externalIdentifier !== undefined) {
    Object.assign(out, {
      externalIdentifier,
      externalIdentifierName: 'tableId',
      keyPattern: 'LOCAL_KEY',
      synchronizationDirection: 'FROM_THIRD_PARTY',
      mappingProperties: { url: `https://catalog.example/${externalIdentifier}` },
    });
  }
  return out;
}

function dataAssetBody(source: Source | undefined, properties: Record<string, unknown>, externalIdentifier?: string) {
  return {
    metadataCorrelationProperties: correlation(source, externalIdentifier),
    elementProperties: { class: 'DataAssetProperties', ...properties },
  };
}

function scope(source: Source | undefined): Record<string, unknown> {
  return source === undefined ? {} : { assetManagerGUID: source.guid, assetManagerName: source.name };
}

async function registerCatalog(qualifiedName: string): Promise<Source> {
  const answer = await em.ok(`${amRoot('daemonUser')}/asset-managers`, {
    class: 'AssetManagerProperties',
    qualifiedName,
    displayName: qualifiedName,
  });
  return { guid: answer['guid'] as string, name: qualifiedName };
}

beforeAll(async () => {
  em = await TestEmulator.start({ heartbeatMs: 100 });
  am = amRoot();
  catalog = await registerCatalog('Catalog::acme');
  other = await registerCatalog('Catalog::other');
});

afterEach(() => {
  for (const reader of readers.splice(0)) reader.close();
});

afterAll(async () => {
  await em.close();
});

test('a registered asset manager is found by name; an unknown name has no GUID', async () => {
  const found = await em.ok(`${am}/asset-managers/by-name/${enc('Catalog::acme')}`, undefined, 'GET');
  expect(found['class']).toBe('GUIDResponse');
  expect(found['guid']).toBe(catalog.guid);
  const missing = await em.ok(`${am}/asset-managers/by-name/${enc('Catalog::nobody')}`, undefined, 'GET');
  expect(missing['guid']).toBeUndefined();
});

describe('data assets', () => {
  test('create with an external identifier; get by GUID returns the type, properties and correlation header', async () => {
    const created = await em.ok(
      `${am}/data-assets?assetManagerIsHome=true`,
      dataAssetBody(catalog, { qualifiedName: 'acme::orders', displayName: 'Orders', typeName: 'DataSet' }, 'tbl-1'),
    );
    const guid = created['guid'] as string;
    expect(typeof guid).toBe('string');

    const answer = await em.ok(
      `${am}/data-assets/${enc(guid)}/retrieve?forLineage=false&forDuplicateProcessing=false`,
      {
        ...scope(catalog),
      },
    );
    expect(answer['class']).toBe('DataAssetElementResponse');
    const element = answer['element'] as Record<string, Record<string, unknown>>;
    expect((element['elementHeader']['type'] as Record<string, unknown>)['typeName']).toBe('DataSet');
    expect((element['elementHeader']['origin'] as Record<string, unknown>)['homeMetadataCollectionId']).toBe(
      catalog.guid,
    );
    expect(element['dataAssetProperties']).toEqual(
      expect.objectContaining({ class: 'DataAssetProperties', qualifiedName: 'acme::orders', displayName: 'Orders' }),
    );
    const headers = element['correlationHeaders'] as unknown as Array<Record<string, unknown>>;
    expect(headers).toHaveLength(1);
    expect(headers[0]).toEqual(
      expect.objectContaining({
        externalScopeGUID: catalog.guid,
        externalScopeName: catalog.name,
        externalIdentifier: 'tbl-1',
        externalIdentifierName: 'tableId',
        mappingProperties: { url: 'https://catalog.example/tbl-1' },
      }),
    );
  });

  test('merge update, find, by name and by asset manager', async () => {
    const guid = (
      await em.ok(
        `${am}/data-assets?assetManagerIsHome=true`,
        dataAssetBody(catalog, { qualifiedName: 'acme::customers' }),
      )
    )['guid'] as string;
    await em.ok(
      `${am}/data-assets/${enc(guid)}?isMergeUpdate=true&forLineage=false&forDuplicateProcessing=false`,
      dataAssetBody(catalog, { description: 'Who buys' }),
    );
    const found = await em.ok(`${am}/data-assets/by-search-string?startFrom=0&pageSize=10`, {
      ...scope(catalog),
      searchString: 'acme::cust.*',
      searchStringParameterName: 'searchString',
    });
    const list = found['elementList'] as Array<Record<string, Record<string, unknown>>>;
    expect(list.map((e) => e['elementHeader']['guid'])).toEqual([guid]);
    expect(list[0]['dataAssetProperties']).toEqual(
      expect.objectContaining({ qualifiedName: 'acme::customers', description: 'Who buys' }),
    );

    const byName = await em.ok(`${am}/data-assets/by-name?startFrom=0&pageSize=10`, {
      ...scope(catalog),
      name: 'acme::customers',
      nameParameterName: 'name',
    });
    expect((byName['elementList'] as unknown[]).length).toBe(1);

    await em.ok(`${am}/data-assets?assetManagerIsHome=true`, dataAssetBody(other, { qualifiedName: 'other::x' }));
    const mine = await em.ok(`${am}/data-assets/by-asset-manager?startFrom=0&pageSize=0`, scope(other));
    const names = (mine['elementList'] as Array<Record<string, Record<string, unknown>>>).map(
      (e) => e['dataAssetProperties']['qualifiedName'],
    );
    expect(names).toEqual(['other::x']);
  });

  test("Egeria's checks: isMergeUpdate and assetManagerIsHome are required, qualifiedName too, only the owner may change", async () => {
    const guid = (
      await em.ok(`${am}/data-assets?assetManagerIsHome=true`, dataAssetBody(catalog, { qualifiedName: 'acme::owned' }))
    )['guid'] as string;
    expectSpringError(
      await em.post(`${am}/data-assets/${enc(guid)}`, dataAssetBody(catalog, { qualifiedName: 'acme::owned' })),
      400,
      `/servers/mds1/open-metadata/access-services/asset-manager/users/catalogUser/data-assets/${guid}`,
    );
    expectSpringError(
      await em.post(`${am}/data-assets`, dataAssetBody(catalog, { qualifiedName: 'acme::x' })),
      400,
      '/servers/mds1/open-metadata/access-services/asset-manager/users/catalogUser/data-assets',
    );
    expectFFDC(
      await em.post(`${am}/data-assets?assetManagerIsHome=true`, dataAssetBody(catalog, { displayName: 'x' })),
      {
        responseClass: 'GUIDResponse',
        exception: 'InvalidParameterException',
        httpCode: 400,
        messageId: 'OMAG-COMMON-400-006',
        action: 'createDataAsset',
        parameterName: 'qualifiedName',
      },
    );
    const refused = await em.post(
      `${am}/data-assets/${enc(guid)}?isMergeUpdate=true`,
      dataAssetBody(other, { description: 'taken over' }),
    );
    expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);
    // The error names the owner: the asset manager that created the asset.
    expect(refused.body['exceptionErrorMessageParameters']).toEqual(expect.arrayContaining([other.guid, catalog.guid]));
  });

  test('remove: the asset is gone', async () => {
    const guid = (
      await em.ok(`${am}/data-assets?assetManagerIsHome=true`, dataAssetBody(catalog, { qualifiedName: 'acme::gone' }))
    )['guid'] as string;
    await em.ok(`${am}/data-assets/${enc(guid)}/remove`, { metadataCorrelationProperties: correlation(catalog) });
    const after = await em.post(`${am}/data-assets/${enc(guid)}/retrieve`, scope(catalog));
    expect(after.body['relatedHTTPCode']).toBe(404);
    expect(after.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
  });
});

describe('glossaries and terms', () => {
  test('a term is created in a glossary, listed for it, updated, and removed with its glossary', async () => {
    const glossary = (
      await em.ok(`${am}/glossaries?assetManagerIsHome=true`, {
        metadataCorrelationProperties: correlation(catalog),
        elementProperties: { class: 'GlossaryProperties', qualifiedName: 'Glossary::acme', displayName: 'Acme' },
      })
    )['guid'] as string;
    const term = (
      await em.ok(`${am}/glossaries/${enc(glossary)}/terms?assetManagerIsHome=true`, {
        metadataCorrelationProperties: correlation(catalog),
        elementProperties: {
          class: 'GlossaryTermProperties',
          qualifiedName: 'Term::customer',
          displayName: 'Customer',
        },
      })
    )['guid'] as string;
    const listed = await em.ok(`${am}/glossaries/${enc(glossary)}/terms/retrieve?startFrom=0&pageSize=10`);
    const terms = listed['elementList'] as Array<Record<string, Record<string, unknown>>>;
    expect(terms.map((t) => t['elementHeader']['guid'])).toEqual([term]);
    expect(terms[0]['glossaryTermProperties']).toEqual(
      expect.objectContaining({ class: 'GlossaryTermProperties', displayName: 'Customer' }),
    );

    await em.ok(`${am}/glossaries/terms/${enc(term)}/update?isMergeUpdate=true`, {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { class: 'GlossaryTermProperties', summary: 'Someone who buys' },
    });
    const read = await em.ok(`${am}/glossaries/terms/${enc(term)}/retrieve`);
    expect((read['element'] as Record<string, Record<string, unknown>>)['glossaryTermProperties']['summary']).toBe(
      'Someone who buys',
    );

    await em.ok(`${am}/glossaries/${enc(glossary)}/remove`, { metadataCorrelationProperties: correlation(catalog) });
    const gone = await em.post(`${am}/glossaries/terms/${enc(term)}/retrieve`, {});
    expect(gone.body['exceptionClassName']).toMatch(/InvalidParameterException$/);
  });

  test('a term needs an existing glossary', async () => {
    const answer = await em.post(`${am}/glossaries/${enc('no-such-glossary')}/terms?assetManagerIsHome=true`, {
      elementProperties: { class: 'GlossaryTermProperties', qualifiedName: 'Term::orphan' },
    });
    expect(answer.body['relatedHTTPCode']).toBe(404);
    expect(answer.body['exceptionProperties']).toEqual(expect.objectContaining({ parameterName: 'glossaryGUID' }));
  });
});

describe('processes, ports and lineage', () => {
  test('a process gets the default type, ports, and data and control flows between them', async () => {
    const process = (
      await em.ok(`${am}/processes?assetManagerIsHome=true`, {
        metadataCorrelationProperties: correlation(catalog),
        processStatus: 'ACTIVE',
        elementProperties: { class: 'ProcessProperties', qualifiedName: 'etl::load', displayName: 'Load' },
      })
    )['guid'] as string;
    const readProcess = await em.ok(`${am}/processes/${enc(process)}/retrieve`, scope(catalog));
    const processElement = readProcess['element'] as Record<string, Record<string, unknown>>;
    expect((processElement['elementHeader']['type'] as Record<string, unknown>)['typeName']).toBe(
      'DeployedSoftwareComponent',
    );

    const portBody = (qualifiedName: string) => ({
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: {
        class: 'PortProperties',
        qualifiedName,
        portType: 'INPUT_PORT',
        typeName: 'PortImplementation',
      },
    });
    const input = (
      await em.ok(`${am}/processes/${enc(process)}/ports?assetManagerIsHome=true`, portBody('etl::load::in'))
    )['guid'] as string;
    const ports = await em.ok(`${am}/processes/${enc(process)}/ports/retrieve?startFrom=0&pageSize=10`, scope(catalog));
    expect((ports['elementList'] as Array<Record<string, Record<string, unknown>>>)[0]['elementHeader']['guid']).toBe(
      input,
    );

    const source = (
      await em.ok(`${am}/data-assets?assetManagerIsHome=true`, dataAssetBody(catalog, { qualifiedName: 'acme::raw' }))
    )['guid'] as string;
    const flow = (
      await em.ok(`${am}/data-flows/suppliers/${enc(source)}/consumers/${enc(process)}?assetManagerIsHome=true`, {
        externalSourceGUID: catalog.guid,
        externalSourceName: catalog.name,
        properties: { class: 'DataFlowProperties', qualifiedName: 'flow::raw->load', label: 'raw' },
      })
    )['guid'] as string;
    const consumers = await em.ok(
      `${am}/data-flows/suppliers/${enc(source)}/consumers/retrieve?startFrom=0&pageSize=10`,
      scope(catalog),
    );
    const flows = consumers['elements'] as Array<Record<string, Record<string, unknown>>>;
    expect(flows).toHaveLength(1);
    expect(flows[0]['dataFlowHeader']['guid']).toBe(flow);
    expect(flows[0]['dataFlowProperties']).toEqual(expect.objectContaining({ label: 'raw' }));
    expect(flows[0]['dataConsumer']['guid']).toBe(process);
    const single = await em.ok(`${am}/data-flows/suppliers/${enc(source)}/consumers/${enc(process)}/retrieve`, {
      ...scope(catalog),
      name: 'flow::raw->load',
      nameParameterName: 'qualifiedName',
    });
    expect((single['element'] as Record<string, Record<string, unknown>>)['dataSupplier']['guid']).toBe(source);

    const next = (
      await em.ok(`${am}/processes?assetManagerIsHome=true`, {
        metadataCorrelationProperties: correlation(catalog),
        elementProperties: { class: 'ProcessProperties', qualifiedName: 'etl::publish' },
      })
    )['guid'] as string;
    await em.ok(`${am}/control-flows/current-steps/${enc(process)}/next-steps/${enc(next)}?assetManagerIsHome=true`, {
      externalSourceGUID: catalog.guid,
      externalSourceName: catalog.name,
    });
    const previous = await em.ok(
      `${am}/control-flows/current-steps/${enc(next)}/previous-steps/retrieve?startFrom=0&pageSize=10`,
    );
    expect((previous['elements'] as Array<Record<string, Record<string, unknown>>>)[0]['currentStep']['guid']).toBe(
      process,
    );

    await em.ok(`${am}/data-flows/${enc(flow)}/remove`, scope(catalog));
    const none = await em.ok(`${am}/data-flows/consumers/${enc(process)}/suppliers/retrieve?startFrom=0&pageSize=10`);
    expect(none['elements']).toBeUndefined();

    await em.ok(`${am}/processes/${enc(process)}/remove`, { metadataCorrelationProperties: correlation(catalog) });
    const portGone = await em.post(`${am}/ports/${enc(input)}/retrieve`, scope(catalog));
    expect(portGone.body['exceptionClassName']).toMatch(/InvalidParameterException$/);
  });
});

test('the Asset Manager out topic carries AssetManagerOutTopicEvents (no class, header and properties)', async () => {
  const answer = await em.ok(`${am}/topics/out-topic-connection/${enc('catalog-connector')}`, undefined, 'GET');
  const connection = answer['connection'] as Record<string, Record<string, unknown>>;
  const address = connection['endpoint']['address'] as string;
  expect(address).toContain('egeria.omag.server.mds1.omas.assetmanager.outTopic');
  const { reader, status } = await SseReader.open(address);
  readers.push(reader);
  expect(status).toBe(200);

  const asset = (
    await em.ok(`${am}/data-assets?assetManagerIsHome=true`, dataAssetBody(catalog, { qualifiedName: 'acme::events' }))
  )['guid'] as string;
  const process = (
    await em.ok(`${am}/processes?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { class: 'ProcessProperties', qualifiedName: 'etl::events' },
    })
  )['guid'] as string;
  await em.ok(`${am}/data-flows/suppliers/${enc(asset)}/consumers/${enc(process)}?assetManagerIsHome=true`, {
    externalSourceGUID: catalog.guid,
    externalSourceName: catalog.name,
  });
  await reader.waitFor((r) =>
    r.events.some(
      (e) =>
        (e.data['elementHeader'] as Record<string, Record<string, unknown>> | undefined)?.['type']['typeName'] ===
        'DataFlow',
    ),
  );
  const created = reader.events.find(
    (e) => (e.data['elementHeader'] as Record<string, unknown> | undefined)?.['guid'] === asset,
  )?.data;
  expect(created).toBeDefined();
  expect(created?.['class']).toBeUndefined();
  expect(created).toEqual(
    expect.objectContaining({
      eventVersionId: 1,
      eventType: 'NEW_ELEMENT_CREATED',
      elementProperties: expect.objectContaining({ qualifiedName: 'acme::events' }),
    }),
  );
  expect(typeof created?.['eventTime']).toBe('number');
  const flowEvent = reader.events.find(
    (e) =>
      (e.data['elementHeader'] as Record<string, Record<string, unknown>> | undefined)?.['type']['typeName'] ===
      'DataFlow',
  )?.data as Record<string, Record<string, unknown>>;
  expect(flowEvent['endOneElementHeader']['guid']).toBe(asset);
  expect(flowEvent['endTwoElementHeader']['guid']).toBe(process);
  // Egeria's bean writes end one's properties under endTwoElementProperties too.
  expect(flowEvent['endTwoElementProperties']).toEqual(flowEvent['endOneElementProperties']);
});
