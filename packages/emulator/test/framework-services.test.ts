/**
 * The framework services the 5.2 integration daemon and contexts use: governance configuration
 * (integration groups, connectors, registrations, catalog targets), open integration (metadata
 * sources, integration reports) and the open metadata store (elements by unique name, external
 * identifiers); plus the Data Manager's own metadata source operations.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';
import { databaseManagerBody, databaseProperties, nameBody, referenceableBody } from './support/java-shapes';

type Element = Record<string, Record<string, unknown>>;
let em: TestEmulator;
let gc: string;
let oi: string;
let oms: string;
let dm: string;

beforeAll(async () => {
  em = await TestEmulator.start();
  gc = em.fw('governance-configuration-service');
  oi = em.fw('open-integration');
  oms = em.fw('open-metadata-store');
  dm = em.dm();
});

afterAll(async () => {
  await TestEmulator.closeAll();
});

describe('governance configuration service', () => {
  test('integration groups and connectors, registered with catalog targets: what the daemon reads', async () => {
    const group = (
      await em.ok(`${gc}/integration-groups/new`, {
        class: 'IntegrationGroupProperties',
        qualifiedName: 'Group::nightly',
        displayName: 'Nightly',
      })
    )['guid'] as string;
    const connector = (
      await em.ok(`${gc}/integration-connectors/new`, {
        class: 'IntegrationConnectorProperties',
        qualifiedName: 'Connector::files',
        name: 'files',
        usesBlockingCalls: false,
        connection: {
          class: 'Connection',
          qualifiedName: 'files-connection',
          connectorType: { class: 'ConnectorType', connectorProviderClassName: 'my-files-connector' },
        },
      })
    )['guid'] as string;
    await em.ok(`${gc}/integration-groups/${group}/integration-connectors/${connector}`, {
      connectorName: 'FilesConnector',
      connectorUserId: 'filesnpa',
      metadataSourceQualifiedName: 'FileSystem::landing',
      refreshTimeInterval: 60,
      permittedSynchronization: 'FROM_THIRD_PARTY',
    });
    const target = (await em.ok(`${dm}/databases`, referenceableBody(undefined, databaseProperties('target::db'))))[
      'guid'
    ] as string;
    const catalogTarget = (
      await em.ok(`${gc}/integration-connectors/${connector}/catalog-targets/${target}`, {
        catalogTargetName: 'landing',
        configurationProperties: { depth: 3 },
        permittedSynchronization: 'FROM_THIRD_PARTY',
        deleteMethod: 'SOFT_DELETE',
      })
    )['guid'] as string;

    const byName = await em.ok(`${gc}/integration-groups/by-name/${enc('Group::nightly')}`, undefined, 'GET');
    expect(byName['class']).toBe('IntegrationGroupElementResponse');
    const groupElement = byName['element'] as Element;
    expect(groupElement['elementHeader']['guid']).toBe(group);
    expect(groupElement['properties']).toEqual(
      expect.objectContaining({
        class: 'IntegrationGroupProperties',
        qualifiedName: 'Group::nightly',
        displayName: 'Nightly',
      }),
    );

    const registered = await em.ok(
      `${gc}/integration-groups/${group}/integration-connectors?startingFrom=0&maximumResults=10`,
      undefined,
      'GET',
    );
    expect(registered['class']).toBe('RegisteredIntegrationConnectorsResponse');
    const element = (registered['elements'] as Record<string, unknown>[])[0] as Element;
    expect(element['elementHeader']['guid']).toBe(connector);
    expect(element['properties']['connection']).toEqual(expect.objectContaining({ qualifiedName: 'files-connection' }));
    expect(element['registrationProperties']).toEqual(
      expect.objectContaining({
        connectorName: 'FilesConnector',
        refreshTimeInterval: 60,
        permittedSynchronization: 'FROM_THIRD_PARTY',
        generateIntegrationReports: true,
      }),
    );
    const targets = element['catalogTargets'] as unknown as Record<string, unknown>[];
    expect(targets[0]).toEqual(
      expect.objectContaining({
        relationshipGUID: catalogTarget,
        catalogTargetName: 'landing',
        deleteMethod: 'SOFT_DELETE',
      }),
    );
    expect((targets[0]['catalogTargetElement'] as Record<string, unknown>)['guid']).toBe(target);

    const single = await em.ok(
      `${gc}/integration-groups/${group}/integration-connectors/${connector}`,
      undefined,
      'GET',
    );
    expect((single['registeredIntegrationConnector'] as Element)['registrationProperties']['connectorUserId']).toBe(
      'filesnpa',
    );
    // 5.2's converter gives the registration relationship's GUID as the connector's id.
    const connectorId = (single['registeredIntegrationConnector'] as Record<string, unknown>)['connectorId'];
    expect(connectorId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(connectorId).not.toBe(connector);
    expect((element as unknown as Record<string, unknown>)['connectorId']).toBe(connectorId);
    expect((await em.ok(`${gc}/integration-connectors/${connector}/registrations`, undefined, 'GET'))['guids']).toEqual(
      [group],
    );

    await em.ok(`${gc}/catalog-targets/${catalogTarget}/update`, { catalogTargetName: 'renamed' });
    const got = await em.ok(`${gc}/catalog-targets/${catalogTarget}`, undefined, 'GET');
    expect((got['element'] as Record<string, unknown>)['catalogTargetName']).toBe('renamed');
    const listed = await em.ok(
      `${gc}/integration-connectors/${connector}/catalog-targets?startingFrom=0&maximumResults=10`,
      undefined,
      'GET',
    );
    expect((listed['elements'] as unknown[]).length).toBe(1);
    await em.ok(`${gc}/catalog-targets/${catalogTarget}/delete`, {});
    expect((await em.get(`${gc}/catalog-targets/${catalogTarget}`)).body['exceptionErrorMessageId']).toBe(
      'OMAG-REPOSITORY-HANDLER-404-012',
    );

    await em.ok(`${gc}/integration-groups/${group}/integration-connectors/${connector}/delete`);
    expect(
      (
        await em.ok(
          `${gc}/integration-groups/${group}/integration-connectors?startingFrom=0&maximumResults=10`,
          undefined,
          'GET',
        )
      )['elements'],
    ).toBeUndefined();

    await em.ok(`${gc}/integration-groups/${group}/update?isMergeUpdate=true`, {
      class: 'IntegrationGroupProperties',
      description: 'updated',
    });
    const updated = (await em.ok(`${gc}/integration-groups/${group}`, undefined, 'GET'))['element'] as Element;
    expect(updated['properties']).toEqual(expect.objectContaining({ displayName: 'Nightly', description: 'updated' }));
    const all = await em.ok(`${gc}/integration-groups?startingFrom=0&maximumResults=10`, undefined, 'GET');
    expect((all['elements'] as unknown[]).length).toBe(1);
    await em.ok(`${gc}/integration-groups/${group}/delete`, { qualifiedName: 'Group::nightly' });
    expect((await em.get(`${gc}/integration-groups/${group}`)).body['relatedHTTPCode']).toBe(404);
    await em.ok(`${gc}/integration-connectors/${connector}/delete`, { qualifiedName: 'Connector::files' });
  });

  test('Spring and Egeria errors on this service', async () => {
    const base = new URL(gc).pathname;
    expectSpringError(await em.get(`${gc}/integration-groups?startingFrom=0`), 400, `${base}/integration-groups`);
    expectSpringError(
      await em.post(`${gc}/integration-groups/new`, { qualifiedName: 'no class' }),
      400,
      `${base}/integration-groups/new`,
    );
    expectSpringError(
      await em.post(`${gc}/integration-groups/x/update`, { class: 'IntegrationGroupProperties' }),
      400,
      `${base}/integration-groups/x/update`,
    );
    const noName = await em.post(`${gc}/integration-groups/new`, {
      class: 'IntegrationGroupProperties',
      displayName: 'x',
    });
    expect(noName.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-006');
    const unknown = await em.get(`${gc}/integration-connectors/nope`);
    expectFFDC(unknown, {
      responseClass: 'IntegrationConnectorElementResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'getIntegrationConnectorByGUID',
      parameterName: 'guid',
    });
    expect(unknown.body['exceptionErrorMessageParameters']).toEqual(
      expect.arrayContaining(['Governance Action Framework Services']),
    );
    const missing = await em.ok(`${gc}/integration-groups/by-name/none`, undefined, 'GET');
    expect(missing['element']).toBeUndefined();
  });
});

describe('open integration service', () => {
  test('metadata sources: create and find by name', async () => {
    const guid = (
      await em.ok(`${oi}/metadata-sources/new`, {
        typeName: 'DatabaseManager',
        qualifiedName: 'DBMS::oif',
        deployedImplementationType: 'PostgreSQL',
      })
    )['guid'] as string;
    expect((await em.ok(`${oi}/metadata-sources/by-name`, nameBody('DBMS::oif', 'qualifiedName')))['guid']).toBe(guid);
    expect((await em.ok(`${dm}/metadata-sources/by-name`, nameBody('DBMS::oif', 'qualifiedName')))['guid']).toBe(guid);
    expect((await em.ok(`${oi}/metadata-sources/by-name`, nameBody('unknown')))['guid']).toBeUndefined();
    const badType = await em.post(`${oi}/metadata-sources/new`, {
      typeName: 'Database',
      qualifiedName: 'not::a::capability',
    });
    expect(badType.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-019');
    const noName = await em.post(`${oi}/metadata-sources/by-name`, {});
    expect(noName.body['exceptionProperties']).toEqual({ parameterName: 'qualifiedName' });
  });

  test('integration reports: publish, read, filter by date, page', async () => {
    const element = (await em.ok(`${dm}/databases`, referenceableBody(undefined, databaseProperties('reported::db'))))[
      'guid'
    ] as string;
    for (let i = 0; i < 3; i++) {
      await em.ok(`${oi}/elements/${element}/integration-reports`, {
        serverName: 'daemon1',
        connectorId: 'c1',
        connectorName: 'FilesConnector',
        refreshStartDate: 1714557600000 + i * 1000,
        refreshCompletionDate: 1714557600500 + i * 1000,
        createdElements: [`g${i}`],
      });
    }
    const all = await em.ok(
      `${oi}/integration-reports/for-element/${element}?startingFrom=0&maximumResults=10`,
      undefined,
      'GET',
    );
    const reports = all['elements'] as Element[];
    expect(reports).toHaveLength(3);
    expect(reports[0]['properties']).toEqual(
      expect.objectContaining({
        connectorName: 'FilesConnector',
        refreshStartDate: '2024-05-01T10:00:00.000+00:00',
        createdElements: ['g0'],
      }),
    );
    const one = await em.ok(`${oi}/integration-reports/${reports[1]['elementHeader']['guid']}`, undefined, 'GET');
    expect((one['element'] as Element)['properties']['createdElements']).toEqual(['g1']);
    const after = await em.ok(
      `${oi}/integration-reports?afterCompletionDate=1714557601000&startingFrom=0&maximumResults=10`,
      undefined,
      'GET',
    );
    expect((after['elements'] as unknown[]).length).toBe(2);
    const paged = await em.ok(`${oi}/integration-reports?startingFrom=2&maximumResults=2`, undefined, 'GET');
    expect((paged['elements'] as unknown[]).length).toBe(1);
  });
});

describe('open metadata store', () => {
  test('elements by unique name', async () => {
    const guid = (
      await em.ok(`${dm}/databases`, referenceableBody(undefined, databaseProperties('unique::db', { name: 'unique' })))
    )['guid'];
    const answer = await em.ok(
      `${oms}/metadata-elements/by-unique-name?forLineage=false&forDuplicateProcessing=false`,
      nameBody('unique::db', 'qualifiedName'),
    );
    expect(answer['class']).toBe('OpenMetadataElementResponse');
    const element = answer['element'] as Record<string, unknown>;
    expect(element['elementGUID']).toBe(guid);
    const properties = (element['elementProperties'] as Record<string, Record<string, Record<string, unknown>>>)[
      'propertyValueMap'
    ];
    expect(properties['qualifiedName']).toEqual({
      class: 'PrimitiveTypePropertyValue',
      typeName: 'string',
      primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_STRING',
      primitiveValue: 'unique::db',
    });
    expect(
      (await em.ok(`${oms}/metadata-elements/guid-by-unique-name`, nameBody('unique::db', 'qualifiedName')))['guid'],
    ).toBe(guid);
    expect(
      (await em.ok(`${oms}/metadata-elements/guid-by-unique-name`, { name: 'unique', namePropertyName: 'name' }))[
        'guid'
      ],
    ).toBe(guid);
    expect(
      (await em.ok(`${oms}/metadata-elements/by-unique-name`, nameBody('nothing', 'qualifiedName')))['element'],
    ).toBeUndefined();
  });

  test('external identifiers: add, validate, find, update, confirm, remove', async () => {
    const scope = (await em.ok(`${dm}/metadata-sources/database-managers`, databaseManagerBody('Catalog::ext')))[
      'guid'
    ] as string;
    const element = (await em.ok(`${dm}/databases`, referenceableBody(undefined, databaseProperties('ext::db'))))[
      'guid'
    ] as string;
    const other = (await em.ok(`${dm}/databases`, referenceableBody(undefined, databaseProperties('ext::other'))))[
      'guid'
    ] as string;
    const correlation = (extra: Record<string, unknown> = {}) => ({
      metadataCorrelationProperties: {
        externalScopeGUID: scope,
        externalScopeName: 'Catalog::ext',
        externalIdentifier: 'tbl-00042',
        externalIdentifierName: 'tableId',
        synchronizationDirection: 'FROM_THIRD_PARTY',
        keyPattern: 'LOCAL_KEY',
        mappingProperties: { url: 'https://catalog/tbl-00042' },
        ...extra,
      },
    });
    const ids = (guid: string) => `${oms}/metadata-elements/Database/${guid}/external-identifiers`;
    await em.ok(`${ids(element)}/add?forLineage=false&forDuplicateProcessing=false`, correlation());
    expect((await em.ok(`${ids(element)}/validate`, correlation()))['flag']).toBe(true);
    expect((await em.ok(`${ids(other)}/validate`, correlation()))['flag']).toBe(false);

    const found = await em.ok(
      `${oms}/external-identifiers/open-metadata-elements?startFrom=0&pageSize=10`,
      correlation(),
    );
    expect((found['elementHeaders'] as Record<string, unknown>[])[0]['guid']).toBe(element);

    await em.ok(
      `${ids(element)}/update`,
      correlation({ externalInstanceVersion: 7, mappingProperties: { url: 'https://catalog/v2' } }),
    );
    await em.ok(
      `${oms}/metadata-elements/Database/${element}/synchronized`,
      correlation()['metadataCorrelationProperties'],
    );
    const headers = await em.ok(ids(element), { externalSourceGUID: scope });
    expect(headers['class']).toBe('MetadataCorrelationHeadersResponse');
    const header = (headers['elementList'] as Record<string, unknown>[])[0];
    expect(header).toEqual(
      expect.objectContaining({
        externalScopeGUID: scope,
        externalScopeName: 'Catalog::ext',
        externalIdentifier: 'tbl-00042',
        synchronizationDirection: 'FROM_THIRD_PARTY',
        externalInstanceVersion: 7,
        mappingProperties: { url: 'https://catalog/v2' },
      }),
    );
    expect(String(header['lastSynchronized'])).toMatch(/\+00:00$/);

    await em.ok(`${ids(element)}/remove`, correlation());
    expect(
      (await em.ok(`${oms}/external-identifiers/open-metadata-elements`, correlation()))['elementHeaders'],
    ).toBeUndefined();
    expect((await em.ok(ids(element)))['elementList']).toBeUndefined();
  });

  test('external identifier errors', async () => {
    const element = (await em.ok(`${dm}/databases`, referenceableBody(undefined, databaseProperties('ext::err'))))[
      'guid'
    ] as string;
    const url = `${oms}/metadata-elements/Database/${element}/external-identifiers/add`;
    expect((await em.post(url, {})).body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-017');
    const noScope = await em.post(url, { metadataCorrelationProperties: { externalIdentifier: 'x' } });
    expect(noScope.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-005');
    expect(noScope.body['exceptionProperties']).toEqual({ parameterName: 'externalScopeGUID' });
    const unknownScope = await em.post(url, {
      metadataCorrelationProperties: { externalScopeGUID: 'nope', externalIdentifier: 'x' },
    });
    expect(unknownScope.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
    const badEnum = await em.post(url, {
      metadataCorrelationProperties: {
        externalScopeGUID: element,
        externalIdentifier: 'x',
        keyPattern: 'NOT_A_PATTERN',
      },
    });
    expect(badEnum.status).toBe(400);
  });
});

describe('Data Manager metadata sources', () => {
  test.each([
    ['/metadata-sources/filesystems', 'FileSystemRequestBody', 'DataManager'],
    ['/metadata-sources/file-managers', 'FileManagerRequestBody', 'DataManager'],
    ['/metadata-sources/database-managers', 'DatabaseManagerRequestBody', 'DatabaseManager'],
    ['/metadata-sources/api-managers', 'APIManagerRequestBody', 'APIManager'],
    ['/metadata-sources/event-brokers', 'EventBrokerRequestBody', 'EventBroker'],
    ['/metadata-sources/applications', 'ApplicationRequestBody', 'Application'],
    ['/metadata-sources/data-processing-engines', 'DataProcessingEngineRequestBody', 'Engine'],
  ])('%s creates a %s, found again by name', async (path, bean, typeName) => {
    const qualifiedName = `source::${bean}`;
    const guid = (await em.ok(`${dm}${path}`, { class: bean, qualifiedName, resourceName: 'r', version: '1' }))['guid'];
    expect((await em.ok(`${dm}/metadata-sources/by-name`, nameBody(qualifiedName, 'qualifiedName')))['guid']).toBe(
      guid,
    );
    const element = await em.ok(`${oms}/metadata-elements/by-unique-name`, nameBody(qualifiedName, 'qualifiedName'));
    expect((element['element'] as Record<string, Record<string, unknown>>)['type']['typeName']).toBe(typeName);
    const duplicate = await em.post(`${dm}${path}`, { class: bean, qualifiedName });
    expect(duplicate.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');
    const noName = await em.post(`${dm}${path}`, { class: bean });
    expect(noName.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-006');
  });
});
