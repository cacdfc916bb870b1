/**
 * Asset Manager OMAS stewardship (Egeria 5.2's StewardshipExchangeResource) over HTTP, with
 * requests shaped as Egeria 5.2's StewardshipExchangeClient sends them: a ClassificationRequestBody
 * with the correlation properties and the classification's own properties bean, the flags on every
 * query string, a RelationshipRequestBody naming the asset manager as the external source.
 */
import { TestEmulator, enc, expectFFDC } from './support/harness';

type Source = { guid: string; name: string };
type Json = Record<string, unknown>;

let em: TestEmulator;
let am: string;
let catalog: Source;
let asset: string;
let term: string;
let policy: string;

const FLAGS = 'forLineage=false&forDuplicateProcessing=false';

/** `getCorrelationProperties` with the element's external identifier. */
function correlation(externalIdentifier?: string): Json {
  const out: Json = { externalScopeGUID: catalog.guid, externalScopeName: catalog.name };
  if (externalIdentifier !== undefined) Object.assign(out, { externalIdentifier, keyPattern: 'LOCAL_KEY' });
  return out;
}

/** The body `setReferenceableClassification` builds. */
function classification(properties: Json | null): Json {
  return { metadataCorrelationProperties: correlation(), properties, effectiveTime: null };
}

/** The body `removeReferenceableClassification` builds. */
function declassification(): Json {
  return { metadataCorrelationProperties: correlation(), effectiveTime: null };
}

async function classificationsOfAsset(): Promise<Json[]> {
  const answer = await em.ok(`${am}/data-assets/${enc(asset)}/retrieve?${FLAGS}`, {
    assetManagerGUID: catalog.guid,
    assetManagerName: catalog.name,
  });
  return ((answer['element'] as Record<string, Json>)['elementHeader']['classifications'] ?? []) as Json[];
}

async function classificationOfAsset(name: string): Promise<Json | undefined> {
  return (await classificationsOfAsset()).find((c) => c['classificationName'] === name);
}

beforeAll(async () => {
  em = await TestEmulator.start();
  am = `${em.emulator.url}/servers/${enc(em.emulator.serverName)}/open-metadata/access-services/asset-manager/users/${enc('stewardUser')}`;
  const registered = await em.ok(`${am}/asset-managers`, {
    class: 'AssetManagerProperties',
    qualifiedName: 'Catalog::stewards',
  });
  catalog = { guid: registered['guid'] as string, name: 'Catalog::stewards' };
  asset = (
    await em.ok(`${am}/data-assets?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation('tbl-9'),
      elementProperties: { class: 'DataAssetProperties', qualifiedName: 'acme::payments', typeName: 'DataSet' },
    })
  )['guid'] as string;
  const glossary = (
    await em.ok(`${am}/glossaries?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(),
      elementProperties: { class: 'GlossaryProperties', qualifiedName: 'Glossary::finance' },
    })
  )['guid'] as string;
  term = (
    await em.ok(`${am}/glossaries/${enc(glossary)}/terms?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(),
      elementProperties: { class: 'GlossaryTermProperties', qualifiedName: 'Term::payment', displayName: 'Payment' },
    })
  )['guid'] as string;
  policy = (
    await em.ok(em.fw('open-metadata-store', 'stewardUser', 'asset-manager') + '/metadata-elements', {
      typeName: 'GovernancePolicy',
      properties: {
        propertyValueMap: {
          qualifiedName: { class: 'PrimitiveTypePropertyValue', typeName: 'string', primitiveValue: 'Policy::retain' },
          title: { class: 'PrimitiveTypePropertyValue', typeName: 'string', primitiveValue: 'Retain payments' },
        },
      },
    })
  )['guid'] as string;
});

afterAll(async () => {
  await em.close();
});

test('governance classifications are set, stored under the repository names, replaced and cleared', async () => {
  await em.ok(
    `${am}/elements/${enc(asset)}/confidence?${FLAGS}`,
    classification({
      class: 'GovernanceClassificationProperties',
      levelIdentifier: 3,
      status: 1,
      steward: 'jo',
      notes: 'checked',
    }),
  );
  expect((await classificationOfAsset('Confidence'))?.['classificationProperties']).toEqual({
    levelIdentifier: 3,
    statusIdentifier: 1,
    steward: 'jo',
    notes: 'checked',
  });
  await em.ok(
    `${am}/elements/${enc(asset)}/confidence?${FLAGS}`,
    classification({ class: 'GovernanceClassificationProperties', levelIdentifier: 4 }),
  );
  expect((await classificationOfAsset('Confidence'))?.['classificationProperties']).toEqual({ levelIdentifier: 4 });

  const sets: Array<[string, Json, string, Json]> = [
    [
      'criticality',
      { class: 'GovernanceClassificationProperties', levelIdentifier: 2 },
      'Criticality',
      { levelIdentifier: 2 },
    ],
    [
      'confidentiality',
      { class: 'GovernanceClassificationProperties', levelIdentifier: 1 },
      'Confidentiality',
      { levelIdentifier: 1 },
    ],
    [
      'retention',
      { class: 'RetentionClassificationProperties', retentionBasis: 5, associatedGUID: term },
      'Retention',
      { basisIdentifier: 5, associatedGUID: term },
    ],
    [
      'security-tags',
      { class: 'SecurityTagsProperties', securityLabels: ['pii'], accessGroups: { read: ['finance'] } },
      'SecurityTags',
      { securityLabels: ['pii'], accessGroups: { read: ['finance'] } },
    ],
    [
      'ownership',
      { class: 'OwnerProperties', owner: 'jo', ownerTypeName: 'UserIdentity' },
      'Ownership',
      { owner: 'jo', ownerTypeName: 'UserIdentity' },
    ],
    [
      'subject-area-member',
      { class: 'SubjectAreaClassificationProperties', subjectAreaName: 'Finance' },
      'SubjectArea',
      { subjectAreaName: 'Finance' },
    ],
    [
      'data-field',
      { class: 'DataFieldValuesProperties', defaultValue: '0', sampleValues: ['1', '2'] },
      'DataFieldValues',
      { defaultValue: '0', sampleValues: ['1', '2'] },
    ],
  ];
  for (const [segment, properties, name, stored] of sets) {
    await em.ok(`${am}/elements/${enc(asset)}/${segment}?${FLAGS}`, classification(properties));
    expect([name, (await classificationOfAsset(name))?.['classificationProperties']]).toEqual([name, stored]);
  }
  for (const [segment, , name] of sets) {
    await em.ok(`${am}/elements/${enc(asset)}/${segment}/remove?${FLAGS}`, declassification());
    expect([name, await classificationOfAsset(name)]).toEqual([name, undefined]);
  }
  await em.ok(`${am}/elements/${enc(asset)}/confidence/remove?${FLAGS}`);
  expect(await classificationsOfAsset()).toEqual([]);

  // A data field may be set without properties; other classifications need their own bean.
  await em.ok(`${am}/elements/${enc(asset)}/data-field?${FLAGS}`, classification(null));
  expect((await classificationOfAsset('DataFieldValues'))?.['classificationProperties']).toEqual({});
  await em.ok(`${am}/elements/${enc(asset)}/data-field/remove?${FLAGS}`);
  expectFFDC(
    await em.post(
      `${am}/elements/${enc(asset)}/confidence?${FLAGS}`,
      classification({ class: 'OwnerProperties', owner: 'x' }),
    ),
    {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-029',
      action: 'setConfidenceClassification',
    },
  );
  expectFFDC(await em.post(`${am}/elements/${enc(asset)}/ownership?${FLAGS}`), {
    responseClass: 'VoidResponse',
    exception: 'InvalidParameterException',
    httpCode: 400,
    messageId: 'OMAG-COMMON-400-017',
    action: 'addOwnership',
  });
});

test("5.2's /elements/by-data-field answers from Confidence with LevelIdentifierProperties and refuses DataFieldQueryProperties", async () => {
  await em.ok(
    `${am}/elements/${enc(asset)}/confidence?${FLAGS}`,
    classification({ class: 'GovernanceClassificationProperties', levelIdentifier: 3 }),
  );
  const found = await em.ok(`${am}/elements/by-data-field?startFrom=0&pageSize=0&${FLAGS}`, {
    assetManagerGUID: catalog.guid,
    assetManagerName: catalog.name,
    properties: { class: 'LevelIdentifierProperties', returnSpecificLevel: true, levelIdentifier: 3 },
  });
  expect(found['class']).toBe('ElementStubsResponse');
  expect((found['elements'] as Json[]).map((e) => [e['guid'], e['uniqueName']])).toEqual([[asset, 'acme::payments']]);
  const otherLevel = await em.ok(`${am}/elements/by-data-field?${FLAGS}`, {
    properties: { class: 'LevelIdentifierProperties', returnSpecificLevel: true, levelIdentifier: 1 },
  });
  expect(otherLevel['elements']).toBeUndefined();
  const refused = await em.post(`${am}/elements/by-data-field?startFrom=0&pageSize=0&${FLAGS}`, {
    assetManagerGUID: catalog.guid,
    assetManagerName: catalog.name,
    properties: { class: 'DataFieldQueryProperties', defaultValue: '0' },
  });
  expect(refused.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-029');
  expect(String(refused.body['exceptionErrorMessage'])).toContain('LevelIdentifierProperties');
  await em.ok(`${am}/elements/${enc(asset)}/confidence/remove?${FLAGS}`, declassification());
});

test('asset origins are found on the server path /asset/by-origin (5.2 Java client: /assets/by-origin, not served)', async () => {
  await em.ok(
    `${am}/assets/${enc(asset)}/origin?${FLAGS}`,
    classification({
      class: 'AssetOriginProperties',
      organizationGUID: 'org-1',
      otherOriginValues: { dept: 'treasury' },
    }),
  );
  const find = (organizationGUID: string) => ({
    assetManagerGUID: catalog.guid,
    assetManagerName: catalog.name,
    properties: { class: 'FindAssetOriginProperties', organizationGUID },
  });
  const found = await em.ok(`${am}/asset/by-origin?startFrom=0&pageSize=0&${FLAGS}`, find('org-1'));
  expect(found['class']).toBe('AssetElementsResponse');
  const list = found['elementList'] as Array<Record<string, Json>>;
  expect(list.map((e) => e['elementHeader']['guid'])).toEqual([asset]);
  expect(list[0]['assetProperties']).toEqual(
    expect.objectContaining({ class: 'AssetProperties', qualifiedName: 'acme::payments' }),
  );
  expect((await em.ok(`${am}/asset/by-origin?${FLAGS}`, find('org-2')))['elementList']).toBeUndefined();
  expect((await em.post(`${am}/assets/by-origin?startFrom=0&pageSize=0&${FLAGS}`, find('org-1'))).status).toBe(404);
  await em.ok(`${am}/assets/${enc(asset)}/origin/remove?${FLAGS}`, declassification());
  expect((await em.ok(`${am}/asset/by-origin?${FLAGS}`, find('org-1')))['elementList']).toBeUndefined();
});

test('semantic assignments and governed-by links are made, listed and removed', async () => {
  const assignment = `${am}/elements/${enc(asset)}/semantic-assignment/terms/${enc(term)}`;
  await em.ok(`${assignment}?${FLAGS}`, {
    externalSourceGUID: catalog.guid,
    externalSourceName: catalog.name,
    properties: { class: 'SemanticAssignmentProperties', expression: 'is a', status: 'VALIDATED', confidence: 90 },
  });
  const meanings = await em.ok(
    `${am}/glossaries/terms/by-semantic-assignment/${enc(asset)}?startFrom=0&pageSize=0&${FLAGS}`,
    {
      assetManagerGUID: catalog.guid,
      assetManagerName: catalog.name,
    },
  );
  expect(meanings['class']).toBe('GlossaryTermElementsResponse');
  const terms = meanings['elementList'] as Array<Record<string, Json>>;
  expect(terms.map((t) => t['glossaryTermProperties']['displayName'])).toEqual(['Payment']);
  expectFFDC(
    await em.post(`${assignment}?${FLAGS}`, { externalSourceGUID: catalog.guid, externalSourceName: catalog.name }),
    {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-029',
      action: 'setupSemanticAssignment',
    },
  );
  await em.ok(`${assignment}/remove?${FLAGS}`, { assetManagerGUID: catalog.guid, assetManagerName: catalog.name });
  expect(
    (await em.ok(`${am}/glossaries/terms/by-semantic-assignment/${enc(asset)}?${FLAGS}`))['elementList'],
  ).toBeUndefined();

  const governedBy = `${am}/elements/${enc(asset)}/governed-by/definition/${enc(policy)}`;
  await em.ok(`${governedBy}?${FLAGS}`, { externalSourceGUID: catalog.guid, externalSourceName: catalog.name });
  const definitions = await em.ok(`${am}/elements/${enc(asset)}/governed-by?startFrom=0&pageSize=0&${FLAGS}`, {
    assetManagerGUID: catalog.guid,
    assetManagerName: catalog.name,
  });
  expect(definitions['class']).toBe('GovernanceDefinitionsResponse');
  const list = definitions['elements'] as Array<Record<string, Json>>;
  expect(list.map((d) => [d['elementHeader']['guid'], d['properties']['title']])).toEqual([
    [policy, 'Retain payments'],
  ]);
  await em.ok(`${governedBy}/remove?${FLAGS}`, { assetManagerGUID: catalog.guid, assetManagerName: catalog.name });
  expect((await em.ok(`${am}/elements/${enc(asset)}/governed-by?${FLAGS}`))['elements']).toBeUndefined();
});
