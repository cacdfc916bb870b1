/**
 * Data Manager API operations (APIs, API operations, parameter lists, parameters as schema
 * attributes, endpoints), with requests shaped as Egeria 5.2's APIManagerClient and
 * ConnectionManagerClient send them, against a real emulator over HTTP.
 */
import { TestEmulator, enc, expectFFDC } from './support/harness';
import { externalSourceBody, nameBody, searchStringBody, templateBody } from './support/java-shapes';

type Source = { guid: string; name: string };

let em: TestEmulator;
let dm: string;
let gateway: Source;
let other: Source;

/** `APIManagerClient`'s flat request beans: the properties bean's fields, its `class`, the metadata source. */
function flatBody(bean: string, source: Source | undefined, properties: Record<string, unknown>) {
  return { class: bean, ...properties, ...externalSourceBody(source) };
}

/** The primitives `APIParameterProperties` (a SchemaAttributeProperties) always writes. */
const ATTRIBUTE_PRIMITIVES = {
  elementPosition: 0,
  minCardinality: 0,
  maxCardinality: 0,
  allowsDuplicateValues: false,
  orderedValues: false,
  minimumLength: 0,
  length: 0,
  precision: 0,
  significantDigits: 0,
  isNullable: true,
  isDeprecated: false,
};

async function guidOf(url: string, body: unknown): Promise<string> {
  return (await em.ok(url, body))['guid'] as string;
}

async function guids(url: string, body?: unknown): Promise<string[]> {
  const answer = await em.ok(url, body, body === undefined ? 'GET' : 'POST');
  const elements = (answer['elements'] ?? []) as { elementHeader: { guid: string } }[];
  return elements.map((e) => e.elementHeader.guid);
}

beforeAll(async () => {
  em = await TestEmulator.start();
  dm = em.dm('apiUser');
  const created = await em.ok(`${dm}/metadata-sources/api-managers`, {
    class: 'APIManagerRequestBody',
    qualifiedName: 'APIM::gateway',
  });
  gateway = { guid: created['guid'] as string, name: 'APIM::gateway' };
  const second = await em.ok(`${dm}/metadata-sources/api-managers`, {
    class: 'APIManagerRequestBody',
    qualifiedName: 'APIM::other',
  });
  other = { guid: second['guid'] as string, name: 'APIM::other' };
});

afterAll(async () => {
  await em.close();
});

describe('APIs', () => {
  it('creates an API for an endpoint, lists it for its manager and endpoint, publishes, updates and removes it', async () => {
    const endpoint = await guidOf(
      `${dm}/endpoints`,
      flatBody('EndpointRequestBody', gateway, { qualifiedName: 'Endpoint::orders', address: 'https://api/orders' }),
    );
    const api = await guidOf(
      `${dm}/apis/for-endpoint/${enc(endpoint)}?apiManagerIsHome=true`,
      flatBody('APIRequestBody', gateway, { qualifiedName: 'API::orders', name: 'orders', versionIdentifier: '1' }),
    );
    const read = await em.ok(`${dm}/apis/${enc(api)}`, undefined, 'GET');
    const element = read['element'] as Record<string, Record<string, unknown>>;
    expect(read['class']).toBe('APIResponse');
    // Egeria's APIElement getter getAPIProperties() is written by Jackson as `apiproperties`.
    expect(element['apiproperties']).toMatchObject({
      class: 'APIProperties',
      qualifiedName: 'API::orders',
      name: 'orders',
    });
    expect(element['elementHeader']).toMatchObject({
      guid: api,
      type: expect.objectContaining({ typeName: 'DeployedAPI' }),
      origin: expect.objectContaining({ originCategory: 'EXTERNAL_SOURCE', homeMetadataCollectionId: gateway.guid }),
    });

    expect(
      await guids(`${dm}/apis/api-managers/${enc(gateway.guid)}/${enc(gateway.name)}?startFrom=0&pageSize=10`),
    ).toEqual([api]);
    expect(await guids(`${dm}/apis/by-endpoint/${enc(endpoint)}?startFrom=0&pageSize=10`)).toEqual([api]);
    expect(await guids(`${dm}/apis/by-search-string?startFrom=0&pageSize=10`, searchStringBody('API::ord.*'))).toEqual([
      api,
    ]);
    expect(await guids(`${dm}/apis/by-name?startFrom=0&pageSize=10`, nameBody('orders'))).toEqual([api]);

    await em.ok(`${dm}/apis/${enc(api)}/publish`);
    let header = ((await em.ok(`${dm}/apis/${enc(api)}`, undefined, 'GET'))['element'] as Record<string, unknown>)[
      'elementHeader'
    ] as { classifications?: { classificationName: string }[] };
    expect(header.classifications?.map((c) => c.classificationName)).toContain('AssetZoneMembership');
    await em.ok(`${dm}/apis/${enc(api)}/withdraw`);
    header = ((await em.ok(`${dm}/apis/${enc(api)}`, undefined, 'GET'))['element'] as Record<string, unknown>)[
      'elementHeader'
    ] as { classifications?: { classificationName: string }[] };
    expect((header.classifications ?? []).map((c) => c.classificationName)).not.toContain('AssetZoneMembership');

    await em.ok(
      `${dm}/apis/${enc(api)}?isMergeUpdate=true`,
      flatBody('APIRequestBody', gateway, { resourceDescription: 'orders v2' }),
    );
    const updated = (await em.ok(`${dm}/apis/${enc(api)}`, undefined, 'GET'))['element'] as Record<string, never>;
    expect(updated['apiproperties']).toMatchObject({ name: 'orders', resourceDescription: 'orders v2' });

    // Only the API manager that owns the API may change it.
    expectFFDC(await em.post(`${dm}/apis/${enc(api)}/${enc('API::orders')}/delete`, externalSourceBody(other)), {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-007',
      action: 'removeAPI',
    });
    await em.ok(`${dm}/apis/${enc(api)}/${enc('API::orders')}/delete`, externalSourceBody(gateway));
    expect(await guids(`${dm}/apis/by-endpoint/${enc(endpoint)}?startFrom=0&pageSize=10`)).toEqual([]);
  });

  it('creates an API owned by the local cohort when its manager is not home, still used by the manager', async () => {
    const api = await guidOf(
      `${dm}/apis?apiManagerIsHome=false`,
      flatBody('APIRequestBody', gateway, { qualifiedName: 'API::shared' }),
    );
    const element = (await em.ok(`${dm}/apis/${enc(api)}`, undefined, 'GET'))['element'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(element['elementHeader']['origin']).toMatchObject({ originCategory: 'LOCAL_COHORT' });
    expect(
      await guids(`${dm}/apis/api-managers/${enc(gateway.guid)}/${enc(gateway.name)}?startFrom=0&pageSize=10`),
    ).toContain(api);
  });

  it('requires the apiManagerIsHome flag, as Spring does', async () => {
    const answer = await em.post(`${dm}/apis`, flatBody('APIRequestBody', gateway, { qualifiedName: 'API::flagless' }));
    expect(answer.status).toBe(400);
  });
});

describe('API operations, parameter lists and parameters', () => {
  it('builds the schema of an API and removes it with the operation', async () => {
    const api = await guidOf(
      `${dm}/apis?apiManagerIsHome=true`,
      flatBody('APIRequestBody', gateway, { qualifiedName: 'API::customers' }),
    );
    const operation = await guidOf(
      `${dm}/apis/${enc(api)}/api-operations`,
      flatBody('APIOperationRequestBody', gateway, {
        qualifiedName: 'API::customers.get',
        displayName: 'getCustomer',
        path: '/customers/{id}',
        command: 'GET',
        isDeprecated: false,
      }),
    );
    expect(await guids(`${dm}/apis/${enc(api)}/api-operations?startFrom=0&pageSize=10`)).toEqual([operation]);
    const operationElement = (await em.ok(`${dm}/apis/api-operations/${enc(operation)}`, undefined, 'GET'))[
      'element'
    ] as Record<string, Record<string, unknown>>;
    expect(operationElement['properties']).toMatchObject({
      class: 'APIOperationProperties',
      path: '/customers/{id}',
      command: 'GET',
    });

    const response = await guidOf(
      `${dm}/apis/api-operations/${enc(operation)}/api-parameter-lists/RESPONSE`,
      flatBody('APIParameterListRequestBody', gateway, {
        qualifiedName: 'API::customers.get.response',
        required: true,
      }),
    );
    const request = await guidOf(
      `${dm}/apis/api-operations/${enc(operation)}/api-parameter-lists/REQUEST`,
      flatBody('APIParameterListRequestBody', gateway, {
        qualifiedName: 'API::customers.get.request',
        required: false,
      }),
    );
    expect(
      (
        await em.post(
          `${dm}/apis/api-operations/${enc(operation)}/api-parameter-lists/BODY`,
          flatBody('APIParameterListRequestBody', gateway, { qualifiedName: 'x' }),
        )
      ).status,
    ).toBe(400);

    // APIManagerClient.createAPIParameter sends a schema attribute typed APIParameter.
    const id = await guidOf(
      `${dm}/schema-attributes/attached-to/${enc(request)}`,
      flatBody('SchemaAttributeRequestBody', gateway, {
        ...ATTRIBUTE_PRIMITIVES,
        qualifiedName: 'API::customers.get.request.id',
        displayName: 'id',
        typeName: 'APIParameter',
        extendedProperties: { parameterType: 'path' },
      }),
    );
    const street = await guidOf(
      `${dm}/schema-attributes/attached-to/${enc(id)}`,
      flatBody('SchemaAttributeRequestBody', gateway, {
        ...ATTRIBUTE_PRIMITIVES,
        qualifiedName: 'API::customers.get.request.id.nested',
        displayName: 'nested',
        typeName: 'APIParameter',
      }),
    );

    const lists = (
      await em.ok(
        `${dm}/apis/api-operations/${enc(operation)}/api-parameter-lists?startFrom=0&pageSize=10`,
        undefined,
        'GET',
      )
    )['elements'] as Record<string, unknown>[];
    expect(
      lists.map((l) => [(l['elementHeader'] as { guid: string }).guid, l['parameterListType'], l['parameterCount']]),
    ).toEqual([
      [response, 'RESPONSE', 0],
      [request, 'REQUEST', 1],
    ]);
    expect(await guids(`${dm}/schema-elements/${enc(request)}/nested-attributes?startFrom=0&pageSize=10`)).toEqual([
      id,
    ]);
    expect(await guids(`${dm}/schema-elements/${enc(id)}/nested-attributes?startFrom=0&pageSize=10`)).toEqual([street]);
    expect(
      await guids(
        `${dm}/schema-attributes/types/APIParameter/by-search-string?startFrom=0&pageSize=10`,
        searchStringBody('API::customers.*'),
      ),
    ).toEqual([id, street]);
    expect(
      await guids(`${dm}/schema-attributes/types/APIParameter/by-name?startFrom=0&pageSize=10`, nameBody('id')),
    ).toEqual([id]);
    const parameter = (await em.ok(`${dm}/schema-attributes/${enc(id)}`, undefined, 'GET'))['element'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(parameter['schemaAttributeProperties']).toMatchObject({
      class: 'SchemaAttributeProperties',
      displayName: 'id',
      typeName: 'APIParameter',
      extendedProperties: { parameterType: 'path' },
    });

    await em.ok(
      `${dm}/schema-attributes/${enc(id)}?isMergeUpdate=true`,
      flatBody('SchemaAttributeRequestBody', gateway, { description: 'the customer id' }),
    );
    const merged = (await em.ok(`${dm}/schema-attributes/${enc(id)}`, undefined, 'GET'))['element'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(merged['schemaAttributeProperties']).toMatchObject({ displayName: 'id', description: 'the customer id' });

    // A parameter list from a template lands on the operation. Egeria's template handler also links
    // the copy to what its template links to and that is not anchored to the template: the same
    // operation again, by the template's APIResponse relationship.
    const header = await guidOf(
      `${dm}/apis/api-operations/${enc(operation)}/api-parameter-lists/HEADER/from-template/${enc(response)}`,
      templateBody(gateway, 'API::customers.get.header'),
    );
    const copied = (await em.ok(`${dm}/apis/api-operations/api-parameter-lists/${enc(header)}`, undefined, 'GET'))[
      'element'
    ] as Record<string, unknown>;
    expect(copied['properties']).toMatchObject({ qualifiedName: 'API::customers.get.header', required: true });
    const withCopy = (
      await em.ok(
        `${dm}/apis/api-operations/${enc(operation)}/api-parameter-lists?startFrom=0&pageSize=10`,
        undefined,
        'GET',
      )
    )['elements'] as Record<string, unknown>[];
    expect(withCopy.map((l) => (l['elementHeader'] as { guid: string }).guid)).toEqual([response, request, header]);
    expect(
      await guids(
        `${dm}/apis/api-operations/api-parameter-lists/by-search-string?startFrom=0&pageSize=10`,
        searchStringBody('API::customers.get.header'),
      ),
    ).toEqual([header]);

    await em.ok(
      `${dm}/apis/api-operations/${enc(operation)}/${enc('API::customers.get')}/delete`,
      externalSourceBody(gateway),
    );
    expect(await guids(`${dm}/apis/${enc(api)}/api-operations?startFrom=0&pageSize=10`)).toEqual([]);
    expect((await em.get(`${dm}/schema-attributes/${enc(street)}`)).body['relatedHTTPCode']).toBe(404);
    expect(
      await guids(
        `${dm}/apis/api-operations/api-parameter-lists/by-search-string?startFrom=0&pageSize=10`,
        searchStringBody('API::customers.*'),
      ),
    ).toEqual([]);
  });

  it('refuses a schema attribute type that is not a SchemaAttribute', async () => {
    const api = await guidOf(
      `${dm}/apis?apiManagerIsHome=true`,
      flatBody('APIRequestBody', gateway, { qualifiedName: 'API::typed' }),
    );
    const operation = await guidOf(
      `${dm}/apis/${enc(api)}/api-operations`,
      flatBody('APIOperationRequestBody', gateway, { qualifiedName: 'API::typed.op' }),
    );
    expectFFDC(
      await em.post(
        `${dm}/schema-attributes/attached-to/${enc(operation)}`,
        flatBody('SchemaAttributeRequestBody', gateway, { qualifiedName: 'API::typed.op.x', typeName: 'DeployedAPI' }),
      ),
      {
        responseClass: 'GUIDResponse',
        exception: 'InvalidParameterException',
        httpCode: 400,
        messageId: 'OMAG-COMMON-400-019',
        action: 'createSchemaAttribute',
        parameterName: 'typeName',
      },
    );
  });
});

describe('endpoints', () => {
  it('creates an endpoint from a template with the network address of the path, finds, updates and removes it', async () => {
    const template = await guidOf(
      `${dm}/endpoints`,
      flatBody('EndpointRequestBody', gateway, {
        qualifiedName: 'Endpoint::template',
        address: 'https://a',
        protocol: 'https',
      }),
    );
    const copy = await guidOf(
      `${dm}/endpoints/network-address/${enc('https://b/c')}/from-template/${enc(template)}`,
      templateBody(gateway, 'Endpoint::copy'),
    );
    const element = (await em.ok(`${dm}/endpoints/${enc(copy)}`, undefined, 'GET'))['element'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(element['endpointProperties']).toMatchObject({
      qualifiedName: 'Endpoint::copy',
      address: 'https://b/c',
      protocol: 'https',
    });
    expect(
      await guids(`${dm}/endpoints/by-search-string?startFrom=0&pageSize=10`, searchStringBody('Endpoint::copy')),
    ).toEqual([copy]);
    await em.ok(
      `${dm}/endpoints/${enc(copy)}?isMergeUpdate=true`,
      flatBody('EndpointRequestBody', gateway, { protocol: 'http' }),
    );
    expect(
      (
        (await em.ok(`${dm}/endpoints/${enc(copy)}`, undefined, 'GET'))['element'] as Record<
          string,
          Record<string, unknown>
        >
      )['endpointProperties']['protocol'],
    ).toBe('http');
    await em.ok(`${dm}/endpoints/${enc(copy)}/delete`, externalSourceBody(gateway));
    expect(await guids(`${dm}/endpoints/by-name?startFrom=0&pageSize=10`, nameBody('Endpoint::copy'))).toEqual([]);
  });
});
