/**
 * The Asset Manager's external reference exchange (Egeria 5.2's ExternalReferenceExchangeResource)
 * with requests shaped as Egeria 5.2's ExternalReferenceExchangeClient sends them, over HTTP against
 * a real emulator: create, update, delete, the lists, by GUID, links to elements; Egeria's errors.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';
import {
  correlation,
  effectiveTimeBody as scope,
  elementsOf,
  externalIdentifierProperties,
  guidsOf,
  nameBody,
  searchBody,
  startAssetManager,
} from './support/asset-manager-shapes';
import type { Source } from './support/asset-manager-shapes';

let em: TestEmulator;
let am: string;
let catalog: Source;
let other: Source;
const PAGE = 'startFrom=0&pageSize=0';
const BASE = '/servers/mds1/open-metadata/access-services/asset-manager/users/catalogUser';

beforeAll(async () => {
  const names = { catalog: 'Catalog::references', other: 'Catalog::other-references' };
  ({ em, am, catalog, other } = await startAssetManager('catalogUser', names));
});

afterAll(async () => {
  await em.close();
});

/** An `ExternalReferenceProperties` bean as the client sends it. */
function referenceProperties(qualifiedName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { class: 'ExternalReferenceProperties', qualifiedName, ...extra };
}

/** `createExternalReference`: `ExternalReferenceRequestBody`, `?assetManagerIsHome`. */
async function createReference(
  qualifiedName: string,
  options: { externalIdentifier?: string; extra?: Record<string, unknown>; anchorGUID?: string; owner?: Source } = {},
): Promise<string> {
  const answer = await em.ok(`${am}/external-references?assetManagerIsHome=true`, {
    metadataCorrelationProperties: correlation(
      options.owner ?? catalog,
      options.externalIdentifier === undefined ? undefined : externalIdentifierProperties(options.externalIdentifier),
    ),
    elementProperties: referenceProperties(qualifiedName, options.extra),
    ...(options.anchorGUID === undefined ? {} : { anchorGUID: options.anchorGUID }),
  });
  return answer['guid'] as string;
}

async function createGlossary(qualifiedName: string): Promise<string> {
  const answer = await em.ok(`${am}/glossaries?assetManagerIsHome=true`, {
    metadataCorrelationProperties: correlation(catalog),
    elementProperties: { class: 'GlossaryProperties', qualifiedName },
  });
  return answer['guid'] as string;
}

function element(answer: Record<string, unknown>): Record<string, Record<string, unknown>> {
  return answer['element'] as Record<string, Record<string, unknown>>;
}

test('create: Egeria stores what its builder knows and returns the bean its converter fills, with the correlation header', async () => {
  const guid = await createReference('Ref::iso-4217', {
    externalIdentifier: 'ref-1',
    extra: {
      displayName: 'ISO 4217',
      resourceDescription: 'Currency codes',
      uri: 'https://www.iso.org/iso-4217',
      version: '2015',
      organization: 'ISO',
      localReferenceId: 'local-1',
      additionalProperties: { scope: 'finance' },
    },
  });
  const answer = await em.ok(`${am}/external-references/${enc(guid)}/by-guid`, scope(catalog));
  expect(answer['class']).toBe('ExternalReferenceElementResponse');
  const read = element(answer);
  expect((read['elementHeader']['type'] as Record<string, unknown>)['typeName']).toBe('ExternalReference');
  expect(read['properties']).toEqual({
    class: 'ExternalReferenceProperties',
    qualifiedName: 'Ref::iso-4217',
    additionalProperties: { scope: 'finance' },
    displayName: 'ISO 4217',
    resourceDescription: 'Currency codes',
    uri: 'https://www.iso.org/iso-4217',
    version: '2015',
    organization: 'ISO',
  });
  const headers = read['correlationHeaders'] as unknown as Array<Record<string, unknown>>;
  expect(headers).toHaveLength(1);
  expect(headers[0]).toEqual(
    expect.objectContaining({ externalIdentifier: 'ref-1', externalScopeName: catalog.name, keyPattern: 'LOCAL_KEY' }),
  );
  const forOther = element(await em.ok(`${am}/external-references/${enc(guid)}/by-guid`, scope(other)));
  expect(forOther['correlationHeaders']).toBeUndefined();
});

test("create and update follow the resource's required parameters; qualified names are unique", async () => {
  expectSpringError(
    await em.post(`${am}/external-references`, { elementProperties: referenceProperties('Ref::no-home') }),
    400,
    `${BASE}/external-references`,
  );
  const guid = await createReference('Ref::updated', { extra: { uri: 'https://old.example', displayName: 'Old' } });
  expectSpringError(
    await em.post(`${am}/external-references/${enc(guid)}`, { elementProperties: referenceProperties('Ref::updated') }),
    400,
    `${BASE}/external-references/${guid}`,
  );
  await em.ok(`${am}/external-references/${enc(guid)}?isMergeUpdate=true`, {
    metadataCorrelationProperties: correlation(catalog),
    elementProperties: { class: 'ExternalReferenceProperties', uri: 'https://new.example' },
  });
  let read = element(await em.ok(`${am}/external-references/${enc(guid)}/by-guid`, scope(catalog)));
  expect(read['properties']).toEqual(expect.objectContaining({ uri: 'https://new.example', displayName: 'Old' }));

  await em.ok(`${am}/external-references/${enc(guid)}?isMergeUpdate=false`, {
    metadataCorrelationProperties: correlation(catalog),
    elementProperties: referenceProperties('Ref::updated', { organization: 'Acme' }),
  });
  read = element(await em.ok(`${am}/external-references/${enc(guid)}/by-guid`, scope(catalog)));
  expect(read['properties']).toEqual({
    class: 'ExternalReferenceProperties',
    qualifiedName: 'Ref::updated',
    organization: 'Acme',
  });
  expectFFDC(
    await em.post(`${am}/external-references/${enc(guid)}?isMergeUpdate=false`, {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { class: 'ExternalReferenceProperties', displayName: 'Nameless' },
    }),
    {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-006',
      action: 'updateExternalReference',
      parameterName: 'qualifiedName',
    },
  );
  const clash = await em.post(`${am}/external-references?assetManagerIsHome=true`, {
    elementProperties: referenceProperties('Ref::updated'),
  });
  expect(clash.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');
  const refused = await em.post(`${am}/external-references/${enc(guid)}?isMergeUpdate=true`, {
    metadataCorrelationProperties: correlation(other),
    elementProperties: { class: 'ExternalReferenceProperties', displayName: 'Taken over' },
  });
  expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);
});

test('lists: by type, resource id (Egeria compares the qualified name), URL, name, search string and asset manager', async () => {
  const alpha = await createReference('Ref::list-alpha', {
    externalIdentifier: 'ref-alpha',
    extra: { displayName: 'Alpha', uri: 'https://alpha.example', localReferenceId: 'A1' },
  });
  const beta = await createReference('Ref::list-beta', { extra: { displayName: 'Beta', uri: 'https://beta.example' } });

  const all = await em.ok(`${am}/external-references/by-type?${PAGE}`, scope(catalog));
  expect(guidsOf(all)).toEqual(expect.arrayContaining([alpha, beta]));
  const second = await em.ok(`${am}/external-references/by-type?startFrom=1&pageSize=1`, scope(catalog));
  expect(guidsOf(second)).toHaveLength(1);

  const byId = (id: string) =>
    em.ok(
      `${am}/external-references/by-resource-id?${PAGE}`,
      nameBody(catalog, id, { nameParameterName: 'resourceId' }),
    );
  expect((await byId('A1'))['elementList']).toBeUndefined();
  expect(guidsOf(await byId('Ref::list-alpha'))).toEqual([alpha]);

  const byURL = await em.ok(
    `${am}/external-references/by-url?${PAGE}`,
    nameBody(catalog, 'https://beta.example', { nameParameterName: 'url' }),
  );
  expect(guidsOf(byURL)).toEqual([beta]);
  expect(guidsOf(await em.ok(`${am}/external-references/by-name?${PAGE}`, nameBody(catalog, 'Alpha')))).toEqual([
    alpha,
  ]);
  const found = await em.ok(`${am}/external-references/by-search-string?${PAGE}`, searchBody(catalog, 'Ref::list-.*'));
  expect(guidsOf(found)).toEqual([alpha, beta]);

  const held = await em.ok(`${am}/external-references/by-asset-manager?${PAGE}`, scope(catalog));
  expect(guidsOf(held)).toContain(alpha);
  expect(guidsOf(held)).not.toContain(beta);

  expectFFDC(
    await em.post(`${am}/external-references/by-url?${PAGE}`, { ...scope(catalog), nameParameterName: 'url' }),
    {
      responseClass: 'ExternalReferenceElementsResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-006',
      action: 'getExternalReferencesByURL',
      parameterName: 'url',
    },
  );
  expectSpringError(
    await em.post(`${am}/external-references/by-type?startFrom=0`, scope(catalog)),
    400,
    `${BASE}/external-references/by-type`,
  );
  expectFFDC(await em.post(`${am}/external-references/by-type?startFrom=-1&pageSize=10`, scope(catalog)), {
    responseClass: 'ExternalReferenceElementsResponse',
    exception: 'InvalidParameterException',
    httpCode: 400,
    messageId: 'OMAG-COMMON-400-008',
    action: 'getExternalReferences',
    parameterName: 'startFrom',
  });
});

test('links: attach to an element, list attached references with their links, update, unlink; only the owner may change a link', async () => {
  const glossary = await createGlossary('Glossary::documented');
  const reference = await createReference('Ref::linked', {
    extra: { displayName: 'Linked', resourceDescription: 'A document', uri: 'https://docs.example/linked' },
  });
  const linkGUID = (
    await em.ok(`${am}/external-references/${enc(reference)}/links/${enc(glossary)}?assetManagerIsHome=true`, {
      ...scope(catalog),
      elementProperties: {
        class: 'ExternalReferenceLinkProperties',
        linkId: 'see-also',
        linkDescription: 'Background',
      },
    })
  )['guid'] as string;
  expect(typeof linkGUID).toBe('string');

  const attached = async () =>
    elementsOf(await em.ok(`${am}/external-references/attached-to/${enc(glossary)}?${PAGE}`, scope(catalog)));
  let links = await attached();
  expect(links).toHaveLength(1);
  expect(links[0]['elementHeader']['guid']).toBe(reference);
  expect(links[0]['link']).toEqual({
    class: 'ExternalReferenceLinkProperties',
    linkId: 'see-also',
    linkDescription: 'Background',
  });
  expect(links[0]['properties']).toEqual({
    class: 'ExternalReferenceProperties',
    qualifiedName: 'Ref::linked',
    displayName: 'Linked',
    resourceDescription: 'A document',
    uri: 'https://docs.example/linked',
  });

  await em.ok(`${am}/external-references/links/${enc(linkGUID)}/update`, {
    ...scope(catalog),
    elementProperties: { class: 'ExternalReferenceLinkProperties', linkId: 'defined-by' },
  });
  links = await attached();
  expect(links[0]['link']).toEqual({ class: 'ExternalReferenceLinkProperties', linkId: 'defined-by' });

  const refused = await em.post(`${am}/external-references/links/${enc(linkGUID)}/remove`, scope(other));
  expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);
  await em.ok(`${am}/external-references/links/${enc(linkGUID)}/remove`, scope(catalog));
  expect(await attached()).toEqual([]);
  expectFFDC(await em.post(`${am}/external-references/links/${enc(linkGUID)}/remove`, scope(catalog)), {
    responseClass: 'VoidResponse',
    exception: 'InvalidParameterException',
    httpCode: 404,
    messageId: 'OMAG-REPOSITORY-HANDLER-404-012',
    action: 'unlinkExternalReferenceFromElement',
    parameterName: 'externalReferenceLinkGUID',
  });
  expectSpringError(
    await em.post(`${am}/external-references/${enc(reference)}/links/${enc(glossary)}`, scope(catalog)),
    400,
    `${BASE}/external-references/${reference}/links/${glossary}`,
  );
  const unknown = await em.post(
    `${am}/external-references/${enc(reference)}/links/${enc('no-such-element')}?assetManagerIsHome=true`,
    scope(catalog),
  );
  expect(unknown.body['exceptionProperties']).toEqual(expect.objectContaining({ parameterName: 'attachedToGUID' }));
});

test('delete: the identifier named must be the reference’s; an anchored reference goes with its anchor', async () => {
  const guid = await createReference('Ref::deleted', { externalIdentifier: 'ref-deleted' });
  expectSpringError(
    await em.post(`${am}/external-references/${enc(guid)}/remove`),
    400,
    `${BASE}/external-references/${guid}/remove`,
  );
  expectFFDC(
    await em.post(`${am}/external-references/${enc(guid)}/remove`, {
      metadataCorrelationProperties: correlation(catalog, { externalIdentifier: 'ref-other' }),
    }),
    {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-GENERIC-HANDLERS-400-003',
      action: 'deleteExternalReference',
    },
  );
  const sibling = await createReference('Ref::sibling', { externalIdentifier: 'ref-sibling' });
  expectFFDC(
    await em.post(`${am}/external-references/${enc(guid)}/remove`, {
      metadataCorrelationProperties: correlation(catalog, { externalIdentifier: 'ref-sibling' }),
    }),
    {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-GENERIC-HANDLERS-400-004',
      action: 'deleteExternalReference',
    },
  );
  await em.ok(`${am}/external-references/${enc(guid)}/remove`, {
    metadataCorrelationProperties: correlation(catalog, { externalIdentifier: 'ref-deleted' }),
  });
  const gone = await em.post(`${am}/external-references/${enc(guid)}/by-guid`, scope(catalog));
  expect(gone.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
  expect(element(await em.ok(`${am}/external-references/${enc(sibling)}/by-guid`, scope(catalog)))).toBeDefined();

  const glossary = await createGlossary('Glossary::anchor');
  const anchored = await createReference('Ref::anchored', { anchorGUID: glossary });
  await em.ok(`${am}/glossaries/${enc(glossary)}/remove`, { metadataCorrelationProperties: correlation(catalog) });
  const withAnchor = await em.post(`${am}/external-references/${enc(anchored)}/by-guid`, scope(catalog));
  expect(withAnchor.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
  const badAnchor = await em.post(`${am}/external-references?assetManagerIsHome=true`, {
    elementProperties: referenceProperties('Ref::bad-anchor'),
    anchorGUID: 'no-such-anchor',
  });
  expect(badAnchor.body['exceptionProperties']).toEqual(expect.objectContaining({ parameterName: 'anchorGUID' }));
});
