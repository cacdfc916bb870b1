/**
 * The Asset Manager's glossary exchange (Egeria 5.2's GlossaryExchangeResource) with requests shaped as
 * Egeria 5.2's GlossaryExchangeClient sends them, over HTTP against a real emulator: glossaries from
 * templates, categories and their hierarchy, controlled and template terms, term status,
 * categorization and term relationships; Egeria's errors and its out-topic events.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';
import { SseReader } from './support/sse';
import {
  correlation,
  effectiveTimeBody as scope,
  elementsOf,
  externalIdentifierProperties,
  guidsOf,
  nameBody,
  relationshipBody,
  searchBody,
  startAssetManager,
} from './support/asset-manager-shapes';
import type { Source } from './support/asset-manager-shapes';

let em: TestEmulator;
let am: string;
let catalog: Source;
let other: Source;
const readers: SseReader[] = [];
const PAGE = 'startFrom=0&pageSize=0&forLineage=false&forDuplicateProcessing=false';
const FLAGS = 'forLineage=false&forDuplicateProcessing=false';

beforeAll(async () => {
  const names = { catalog: 'Catalog::glossaries', other: 'Catalog::other' };
  ({ em, am, catalog, other } = await startAssetManager('catalogUser', names, { heartbeatMs: 100 }));
});

afterEach(() => {
  for (const reader of readers.splice(0)) reader.close();
});

afterAll(async () => {
  await em.close();
});

/** The `ExternalIdentifierProperties` of a create, when it has an identifier. */
function identifiedAs(externalIdentifier: string | undefined) {
  return externalIdentifier === undefined ? undefined : externalIdentifierProperties(externalIdentifier);
}

/** `createGlossary`: `ReferenceableRequestBody`. */
async function createGlossary(qualifiedName: string, externalIdentifier?: string, extra = {}): Promise<string> {
  const answer = await em.ok(`${am}/glossaries?assetManagerIsHome=true`, {
    metadataCorrelationProperties: correlation(catalog, identifiedAs(externalIdentifier)),
    elementProperties: { class: 'GlossaryProperties', qualifiedName, ...extra },
  });
  return answer['guid'] as string;
}

/** `createGlossaryCategory`: the client's URL ends in `&isRootCategory` with no value. */
async function createCategory(glossaryGUID: string, qualifiedName: string, externalIdentifier?: string, extra = {}) {
  const answer = await em.ok(
    `${am}/glossaries/${enc(glossaryGUID)}/categories?assetManagerIsHome=true&${FLAGS}&isRootCategory`,
    {
      metadataCorrelationProperties: correlation(catalog, identifiedAs(externalIdentifier)),
      parentGUID: glossaryGUID,
      elementProperties: { class: 'GlossaryCategoryProperties', qualifiedName, ...extra },
    },
  );
  return answer['guid'] as string;
}

/** `createGlossaryTerm`. */
async function createTerm(glossaryGUID: string, qualifiedName: string, extra = {}): Promise<string> {
  const answer = await em.ok(`${am}/glossaries/${enc(glossaryGUID)}/terms?assetManagerIsHome=true&${FLAGS}`, {
    metadataCorrelationProperties: correlation(catalog),
    parentGUID: glossaryGUID,
    elementProperties: { class: 'GlossaryTermProperties', qualifiedName, ...extra },
  });
  return answer['guid'] as string;
}

function element(answer: Record<string, unknown>): Record<string, Record<string, unknown>> {
  return answer['element'] as Record<string, Record<string, unknown>>;
}

describe('glossaries', () => {
  test('from a template: the copy keeps what it does not override, gets its own identifier; a deep copy copies the terms', async () => {
    const template = await createGlossary('Glossary::template', undefined, {
      displayName: 'Template',
      description: 'Copy me',
      language: 'en',
    });
    await createTerm(template, 'Term::template-term', { displayName: 'Templated' });

    const shallow = (
      await em.ok(`${am}/glossaries/from-template/${enc(template)}?assetManagerIsHome=true&deepCopy=false`, {
        metadataCorrelationProperties: correlation(catalog, externalIdentifierProperties('g-copy')),
        elementProperties: { qualifiedName: 'Glossary::copy', displayName: 'Copy' },
      })
    )['guid'] as string;
    const copy = element(await em.ok(`${am}/glossaries/${enc(shallow)}/retrieve?${FLAGS}`, scope(catalog)));
    expect(copy['glossaryProperties']).toEqual(
      expect.objectContaining({
        class: 'GlossaryProperties',
        qualifiedName: 'Glossary::copy',
        displayName: 'Copy',
        description: 'Copy me',
        language: 'en',
      }),
    );
    expect((copy['correlationHeaders'] as unknown as Array<Record<string, unknown>>)[0]).toEqual(
      expect.objectContaining({ externalIdentifier: 'g-copy', externalScopeGUID: catalog.guid }),
    );
    expect(await em.ok(`${am}/glossaries/${enc(shallow)}/terms/retrieve?${PAGE}`, scope(catalog))).not.toHaveProperty(
      'elementList',
    );

    const deep = (
      await em.ok(`${am}/glossaries/from-template/${enc(template)}?assetManagerIsHome=true&deepCopy=true`, {
        metadataCorrelationProperties: correlation(catalog),
        elementProperties: { qualifiedName: 'Glossary::deep' },
      })
    )['guid'] as string;
    const terms = elementsOf(await em.ok(`${am}/glossaries/${enc(deep)}/terms/retrieve?${PAGE}`, scope(catalog)));
    expect(terms.map((t) => t['glossaryTermProperties']['qualifiedName'])).toEqual(['Glossary::deep::GlossaryTerm']);
    expect(terms[0]['glossaryTermProperties']['displayName']).toBe('Templated');
    const owner = element(await em.ok(`${am}/glossaries/for-term/${enc(guidsOf({ elementList: terms })[0])}/retrieve`));
    expect(owner['elementHeader']['guid']).toBe(deep);
  });

  test('from a template: errors name the parameter at fault', async () => {
    const template = await createGlossary('Glossary::template-errors');
    const term = await createTerm(template, 'Term::not-a-glossary');
    expectFFDC(
      await em.post(`${am}/glossaries/from-template/${enc(template)}?assetManagerIsHome=true&deepCopy=false`, {
        metadataCorrelationProperties: correlation(catalog),
      }),
      {
        responseClass: 'GUIDResponse',
        exception: 'InvalidParameterException',
        httpCode: 400,
        messageId: 'OMAG-COMMON-400-015',
        action: 'createGlossaryFromTemplate',
        parameterName: 'templateProperties',
      },
    );
    const wrongType = await em.post(`${am}/glossaries/from-template/${enc(term)}?deepCopy=false`, {
      elementProperties: { qualifiedName: 'Glossary::from-term' },
    });
    expect(wrongType.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-001');
    const clash = await em.post(`${am}/glossaries/from-template/${enc(template)}?deepCopy=false`, {
      elementProperties: { qualifiedName: 'Glossary::template-errors' },
    });
    expect(clash.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');
  });

  test('getGlossariesForAssetManager lists the glossaries the catalog holds identifiers for', async () => {
    const mine = await createGlossary('Glossary::identified', 'g-identified');
    await createGlossary('Glossary::unidentified');
    const listed = await em.ok(`${am}/glossaries/by-asset-manager?${PAGE}`, scope(catalog));
    expect(guidsOf(listed)).toContain(mine);
    expect(elementsOf(listed).every((g) => g['glossaryProperties']['qualifiedName'] !== 'Glossary::unidentified')).toBe(
      true,
    );
    expect((await em.ok(`${am}/glossaries/by-asset-manager?${PAGE}`, scope(other)))['elementList']).toBeUndefined();
  });
});

describe('categories', () => {
  test('create, read with the asking catalog’s correlation headers, list, find and get by name in one glossary', async () => {
    const glossary = await createGlossary('Glossary::cats');
    const elsewhere = await createGlossary('Glossary::elsewhere');
    const sales = await createCategory(glossary, 'Category::sales', 'c-sales', { displayName: 'Sales' });
    const finance = await createCategory(glossary, 'Category::finance', undefined, { displayName: 'Finance' });
    await createCategory(elsewhere, 'Category::sales-elsewhere', undefined, { displayName: 'Sales' });

    const read = element(await em.ok(`${am}/glossaries/categories/${enc(sales)}/retrieve?${FLAGS}`, scope(catalog)));
    expect(read['glossaryCategoryProperties']).toEqual(
      expect.objectContaining({
        class: 'GlossaryCategoryProperties',
        qualifiedName: 'Category::sales',
        displayName: 'Sales',
      }),
    );
    expect(read['correlationHeaders']).toHaveLength(1);
    const forOther = element(await em.ok(`${am}/glossaries/categories/${enc(sales)}/retrieve?${FLAGS}`, scope(other)));
    expect(forOther['correlationHeaders']).toBeUndefined();

    const listed = await em.ok(`${am}/glossaries/${enc(glossary)}/categories/retrieve?${PAGE}`, scope(catalog));
    expect(guidsOf(listed)).toEqual([sales, finance]);
    const paged = await em.ok(`${am}/glossaries/${enc(glossary)}/categories/retrieve?startFrom=1&pageSize=1`);
    expect(guidsOf(paged)).toEqual([finance]);

    const found = await em.ok(
      `${am}/glossaries/categories/by-search-string?${PAGE}`,
      searchBody(catalog, 'Category::sa.*', { glossaryGUID: glossary }),
    );
    expect(guidsOf(found)).toEqual([sales]);
    const everywhere = await em.ok(
      `${am}/glossaries/categories/by-search-string?${PAGE}`,
      searchBody(catalog, '.*ales.*'),
    );
    expect(guidsOf(everywhere)).toHaveLength(2);
    const byName = await em.ok(
      `${am}/glossaries/categories/by-name?${PAGE}`,
      nameBody(catalog, 'Sales', { glossaryGUID: glossary }),
    );
    expect(guidsOf(byName)).toEqual([sales]);
    const notRegex = await em.ok(`${am}/glossaries/categories/by-name?${PAGE}`, nameBody(catalog, 'Sal.*'));
    expect(notRegex['elementList']).toBeUndefined();

    const owner = element(
      await em.ok(`${am}/glossaries/for-category/${enc(finance)}/retrieve?${FLAGS}`, scope(catalog)),
    );
    expect(owner['elementHeader']['guid']).toBe(glossary);
  });

  test('a root category is classified RootCategory', async () => {
    const glossary = await createGlossary('Glossary::roots');
    const root = (
      await em.ok(`${am}/glossaries/${enc(glossary)}/categories?assetManagerIsHome=true&isRootCategory=true`, {
        elementProperties: { class: 'GlossaryCategoryProperties', qualifiedName: 'Category::root' },
      })
    )['guid'] as string;
    const read = element(await em.ok(`${am}/glossaries/categories/${enc(root)}/retrieve`));
    const classifications = read['elementHeader']['classifications'] as Array<Record<string, unknown>>;
    expect(classifications.map((c) => c['classificationName'])).toEqual(['Anchors', 'RootCategory']);
  });

  test('hierarchy: set up, read parent and subcategories, clear; two parents are an error', async () => {
    const glossary = await createGlossary('Glossary::hierarchy');
    const parent = await createCategory(glossary, 'Category::parent', 'c-parent');
    const child = await createCategory(glossary, 'Category::child', 'c-child');
    const link = `${am}/glossaries/categories/${enc(parent)}/subcategories/${enc(child)}`;
    await em.ok(`${link}?${FLAGS}`, relationshipBody(catalog, { class: 'RelationshipProperties' }));
    await em.ok(`${link}?${FLAGS}`, relationshipBody(catalog)); // set up twice: still one link

    const subs = await em.ok(
      `${am}/glossaries/categories/${enc(parent)}/subcategories/retrieve?${PAGE}`,
      scope(catalog),
    );
    expect(guidsOf(subs)).toEqual([child]);
    const up = element(
      await em.ok(`${am}/glossaries/categories/${enc(child)}/parent/retrieve?${FLAGS}`, scope(catalog)),
    );
    expect(up['elementHeader']['guid']).toBe(parent);
    // Egeria 5.2 attaches the child's correlation headers; the emulator answers the parent's own.
    const parentHeaders = up['correlationHeaders'] as unknown as Array<Record<string, unknown>>;
    expect(parentHeaders.map((h) => h['externalIdentifier'])).toEqual(['c-parent']);

    const second = await createCategory(glossary, 'Category::second-parent');
    await em.ok(`${am}/glossaries/categories/${enc(second)}/subcategories/${enc(child)}`, relationshipBody(catalog));
    expectFFDC(await em.post(`${am}/glossaries/categories/${enc(child)}/parent/retrieve`, scope(catalog)), {
      responseClass: 'GlossaryCategoryElementResponse',
      exception: 'PropertyServerException',
      httpCode: 404,
      messageId: 'OMAG-GENERIC-HANDLERS-404-003',
      action: 'getGlossaryCategoryParent',
    });

    const refused = await em.post(
      `${am}/glossaries/categories/${enc(parent)}/subcategories/${enc(child)}/remove`,
      scope(other),
    );
    expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);
    await em.ok(`${link}/remove?${FLAGS}`, scope(catalog));
    await em.ok(`${am}/glossaries/categories/${enc(second)}/subcategories/${enc(child)}/remove`, scope(catalog));
    const none = await em.ok(`${am}/glossaries/categories/${enc(child)}/parent/retrieve`, scope(catalog));
    expect(none['element']).toBeUndefined();
    expect(none['relatedHTTPCode']).toBe(200);
  });

  test('update merges or replaces; Egeria’s checks on class, qualified name and external identifier; remove', async () => {
    const glossary = await createGlossary('Glossary::updates');
    const category = await createCategory(glossary, 'Category::updated', 'c-upd', { description: 'First' });
    const update = (merge: boolean) =>
      `${am}/glossaries/categories/${enc(category)}/update?isMergeUpdate=${merge}&${FLAGS}`;

    await em.ok(update(true), {
      metadataCorrelationProperties: correlation(catalog, { externalIdentifier: 'c-upd' }),
      elementProperties: { class: 'GlossaryCategoryProperties', displayName: 'Updated' },
    });
    let read = element(await em.ok(`${am}/glossaries/categories/${enc(category)}/retrieve`, scope(catalog)));
    expect(read['glossaryCategoryProperties']).toEqual(
      expect.objectContaining({ description: 'First', displayName: 'Updated' }),
    );
    expect((read['correlationHeaders'] as unknown as Array<Record<string, unknown>>)[0]['lastSynchronized']).toEqual(
      expect.any(String),
    );

    await em.ok(update(false), {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { class: 'GlossaryCategoryProperties', qualifiedName: 'Category::updated' },
    });
    read = element(await em.ok(`${am}/glossaries/categories/${enc(category)}/retrieve`, scope(catalog)));
    expect(read['glossaryCategoryProperties']['description']).toBeUndefined();

    expectFFDC(
      await em.post(update(false), {
        metadataCorrelationProperties: correlation(catalog),
        elementProperties: { class: 'GlossaryCategoryProperties', displayName: 'No name' },
      }),
      {
        responseClass: 'VoidResponse',
        exception: 'InvalidParameterException',
        httpCode: 400,
        messageId: 'OMAG-COMMON-400-006',
        action: 'updateGlossaryCategory',
        parameterName: 'qualifiedName',
      },
    );
    expectFFDC(
      await em.post(update(true), {
        metadataCorrelationProperties: correlation(catalog),
        elementProperties: { class: 'GlossaryTermProperties', displayName: 'A term?' },
      }),
      {
        responseClass: 'VoidResponse',
        exception: 'InvalidParameterException',
        httpCode: 400,
        messageId: 'OMAG-COMMON-400-029',
        action: 'updateGlossaryCategory',
      },
    );
    expectSpringError(
      await em.post(update(true), { elementProperties: { class: 'NoSuchProperties' } }),
      400,
      `/servers/mds1/open-metadata/access-services/asset-manager/users/catalogUser/glossaries/categories/${category}/update`,
    );
    expectFFDC(
      await em.post(update(true), {
        metadataCorrelationProperties: correlation(catalog, { externalIdentifier: 'c-unknown' }),
        elementProperties: { class: 'GlossaryCategoryProperties', displayName: 'x' },
      }),
      {
        responseClass: 'VoidResponse',
        exception: 'InvalidParameterException',
        httpCode: 400,
        messageId: 'OMAG-GENERIC-HANDLERS-400-003',
        action: 'updateGlossaryCategory',
        parameterName: 'correlationProperties.getExternalIdentifier()',
      },
    );
    const refused = await em.post(update(true), {
      metadataCorrelationProperties: correlation(other),
      elementProperties: { class: 'GlossaryCategoryProperties', displayName: 'Taken over' },
    });
    expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);

    await em.ok(`${am}/glossaries/categories/${enc(category)}/remove?${FLAGS}`, {
      metadataCorrelationProperties: correlation(catalog, { externalIdentifier: 'c-upd' }),
    });
    const gone = await em.post(`${am}/glossaries/categories/${enc(category)}/retrieve`, scope(catalog));
    expect(gone.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
  });
});

describe('terms', () => {
  test('a controlled term starts in its status, which changes; finds and names filter by status and glossary', async () => {
    const glossary = await createGlossary('Glossary::controlled');
    const created = await em.ok(
      `${am}/glossaries/${enc(glossary)}/terms/new-controlled?assetManagerIsHome=true&${FLAGS}`,
      {
        metadataCorrelationProperties: correlation(catalog, externalIdentifierProperties('t-draft')),
        elementProperties: { class: 'GlossaryTermProperties', qualifiedName: 'Term::draft', displayName: 'Draft' },
        initialStatus: 'DRAFT',
      },
    );
    const term = created['guid'] as string;
    let read = element(await em.ok(`${am}/glossaries/terms/${enc(term)}/retrieve?${FLAGS}`, scope(catalog)));
    expect(read['elementHeader']['status']).toBe('DRAFT');
    expect((read['elementHeader']['type'] as Record<string, unknown>)['typeName']).toBe('ControlledGlossaryTerm');

    const byStatus = (statuses: string[]) =>
      em.ok(
        `${am}/glossaries/terms/by-search-string?${PAGE}`,
        searchBody(catalog, 'Term::dr.*', { glossaryGUID: glossary, limitResultsByStatus: statuses }),
      );
    expect(guidsOf(await byStatus(['DRAFT']))).toEqual([term]);
    expect((await byStatus(['APPROVED']))['elementList']).toBeUndefined();

    await em.ok(`${am}/glossaries/terms/${enc(term)}/status?${FLAGS}`, {
      metadataCorrelationProperties: correlation(catalog, { externalIdentifier: 't-draft' }),
      glossaryTermStatus: 'APPROVED',
    });
    read = element(await em.ok(`${am}/glossaries/terms/${enc(term)}/retrieve?${FLAGS}`, scope(catalog)));
    expect(read['elementHeader']['status']).toBe('APPROVED');
    expect(guidsOf(await byStatus(['APPROVED', 'ACTIVE']))).toEqual([term]);
    const named = await em.ok(
      `${am}/glossaries/terms/by-name?${PAGE}`,
      nameBody(catalog, 'Draft', { glossaryGUID: glossary, limitResultsByStatus: ['APPROVED'] }),
    );
    expect(guidsOf(named)).toEqual([term]);

    expectFFDC(
      await em.post(`${am}/glossaries/${enc(glossary)}/terms/new-controlled?assetManagerIsHome=true`, {
        elementProperties: { class: 'GlossaryTermProperties', qualifiedName: 'Term::no-status' },
      }),
      {
        responseClass: 'GUIDResponse',
        exception: 'InvalidParameterException',
        httpCode: 400,
        messageId: 'OMAG-COMMON-400-015',
        action: 'createControlledGlossaryTerm',
        parameterName: 'initialStatus',
      },
    );
    expectSpringError(
      await em.post(`${am}/glossaries/terms/${enc(term)}/status`, { glossaryTermStatus: 'FINISHED' }),
      400,
      `/servers/mds1/open-metadata/access-services/asset-manager/users/catalogUser/glossaries/terms/${term}/status`,
    );
    expectFFDC(
      await em.post(`${am}/glossaries/terms/${enc(term)}/status`, {
        metadataCorrelationProperties: correlation(catalog),
      }),
      {
        responseClass: 'VoidResponse',
        exception: 'InvalidParameterException',
        httpCode: 400,
        messageId: 'OMAG-COMMON-400-015',
        action: 'updateGlossaryTermStatus',
        parameterName: 'glossaryTermStatus',
      },
    );
    const badType = await em.post(`${am}/glossaries/${enc(glossary)}/terms/new-controlled?assetManagerIsHome=true`, {
      elementProperties: { class: 'GlossaryTermProperties', qualifiedName: 'Term::bad-type', typeName: 'Glossary' },
      initialStatus: 'DRAFT',
    });
    expect(badType.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-019');
  });

  test('from a template: properties and status from the request, TemplateSubstitute by default, anchored in the glossary', async () => {
    const source = await createGlossary('Glossary::term-templates');
    const target = await createGlossary('Glossary::term-copies');
    const template = await createTerm(source, 'Term::template', { summary: 'Templated summary', displayName: 'T' });
    const copy = (
      await em.ok(
        `${am}/glossaries/${enc(target)}/terms/from-template/${enc(template)}?assetManagerIsHome=true&deepCopy=false`,
        {
          metadataCorrelationProperties: correlation(catalog, externalIdentifierProperties('t-copy')),
          parentGUID: target,
          elementProperties: { qualifiedName: 'Term::copy', displayName: 'Copy', versionIdentifier: 'v2' },
          glossaryTermStatus: 'PROPOSED',
        },
      )
    )['guid'] as string;
    const read = element(await em.ok(`${am}/glossaries/terms/${enc(copy)}/retrieve?${FLAGS}`, scope(catalog)));
    expect(read['glossaryTermProperties']).toEqual(
      expect.objectContaining({
        qualifiedName: 'Term::copy',
        displayName: 'Copy',
        summary: 'Templated summary',
        publishVersionIdentifier: 'v2',
      }),
    );
    expect(read['elementHeader']['status']).toBe('PROPOSED');
    const classifications = read['elementHeader']['classifications'] as Array<Record<string, unknown>>;
    expect(classifications.map((c) => c['classificationName']).sort()).toEqual(['Anchors', 'TemplateSubstitute']);
    expect(guidsOf(await em.ok(`${am}/glossaries/${enc(target)}/terms/retrieve?${PAGE}`))).toEqual([copy]);
    const owner = element(await em.ok(`${am}/glossaries/for-term/${enc(copy)}/retrieve?${FLAGS}`, scope(catalog)));
    expect(owner['elementHeader']['guid']).toBe(target);

    const missing = await em.post(`${am}/glossaries/${enc(target)}/terms/from-template/${enc('no-such-term')}`, {
      elementProperties: { qualifiedName: 'Term::orphan-copy' },
    });
    expect(missing.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
    expect(missing.body['exceptionProperties']).toEqual(expect.objectContaining({ parameterName: 'templateGUID' }));
  });

  test('categorization: set up with its status, list a category’s terms with the relationship, filter by status, clear', async () => {
    const glossary = await createGlossary('Glossary::categorized');
    const category = await createCategory(glossary, 'Category::people');
    const term = await createTerm(glossary, 'Term::customer');
    const link = `${am}/glossaries/categories/${enc(category)}/terms/${enc(term)}`;
    await em.ok(
      `${link}?${FLAGS}`,
      relationshipBody(catalog, { class: 'GlossaryTermCategorization', description: 'Who buys', status: 'DRAFT' }),
    );
    const list = (statuses?: string[]) =>
      em.ok(`${am}/glossaries/categories/${enc(category)}/terms/retrieve?${PAGE}`, {
        ...scope(catalog),
        ...(statuses === undefined ? {} : { limitResultsByStatus: statuses }),
      });
    const listed = elementsOf(await list());
    expect(listed.map((t) => t['elementHeader']['guid'])).toEqual([term]);
    const related = listed[0]['relatedElement'];
    expect((related['relatedElement'] as Record<string, unknown>)['guid']).toBe(category);
    expect(
      ((related['relationshipHeader'] as Record<string, unknown>)['type'] as Record<string, unknown>)['typeName'],
    ).toBe('TermCategorization');
    expect(related['relationshipProperties']).toEqual({
      class: 'RelationshipProperties',
      extendedProperties: { description: 'Who buys', status: 'DRAFT' },
    });
    expect(guidsOf(await list(['DRAFT']))).toEqual([term]);
    expect((await list(['ACTIVE']))['elementList']).toBeUndefined();

    // Set up again without properties: the one link is kept, with Egeria's default status; only its owner may.
    const refused = await em.post(`${link}?${FLAGS}`);
    expect(refused.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-008');
    await em.ok(`${link}?${FLAGS}`, relationshipBody(catalog));
    expect(guidsOf(await list(['ACTIVE']))).toEqual([term]);

    await em.ok(`${link}/remove?${FLAGS}`, scope(catalog));
    expect((await list())['elementList']).toBeUndefined();
    const wrongEnd = await em.post(
      `${am}/glossaries/categories/${enc(term)}/terms/${enc(term)}`,
      relationshipBody(catalog),
    );
    expect(wrongEnd.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-001');
  });

  test('term relationships: set up by type name, related terms from either end, merge update, clear; unknown types', async () => {
    const glossary = await createGlossary('Glossary::related');
    const client = await createTerm(glossary, 'Term::client');
    const customer = await createTerm(glossary, 'Term::customer-related');
    const relationship = `${am}/glossaries/terms/${enc(client)}/relationships/Synonym/terms/${enc(customer)}`;
    await em.ok(
      `${relationship}?${FLAGS}`,
      relationshipBody(catalog, {
        class: 'GlossaryTermRelationship',
        expression: 'client = customer',
        status: 'ACTIVE',
      }),
    );
    const relatedTo = async (term: string, body: Record<string, unknown>) =>
      elementsOf(
        await em.ok(`${am}/glossaries/terms/${enc(term)}/related-terms?${PAGE}`, { ...scope(catalog), ...body }),
      );

    const fromClient = await relatedTo(client, { relationshipTypeName: 'Synonym' });
    expect(fromClient.map((t) => t['elementHeader']['guid'])).toEqual([customer]);
    expect((fromClient[0]['relatedElement']['relatedElement'] as Record<string, unknown>)['guid']).toBe(client);
    // From end two the related element is still the term the list started at (5.2 reports end one).
    const fromCustomer = await relatedTo(customer, {});
    expect(fromCustomer.map((t) => t['elementHeader']['guid'])).toEqual([client]);
    expect((fromCustomer[0]['relatedElement']['relatedElement'] as Record<string, unknown>)['guid']).toBe(customer);
    expect(await relatedTo(client, { relationshipTypeName: 'Antonym' })).toEqual([]);

    await em.ok(
      `${relationship}/update?${FLAGS}`,
      relationshipBody(catalog, { class: 'GlossaryTermRelationship', description: 'Same' }),
    );
    const updated = (await relatedTo(client, { relationshipTypeName: 'Synonym' }))[0];
    expect(
      (updated['relatedElement']['relationshipProperties'] as Record<string, unknown>)['extendedProperties'],
    ).toEqual({
      expression: 'client = customer',
      description: 'Same',
      status: 'ACTIVE',
    });
    expectFFDC(
      await em.post(`${relationship}/update`, relationshipBody(catalog, { class: 'RelationshipProperties' })),
      {
        responseClass: 'VoidResponse',
        exception: 'InvalidParameterException',
        httpCode: 400,
        messageId: 'OMAG-COMMON-400-029',
        action: 'updateTermRelationship',
      },
    );
    expectFFDC(
      await em.post(
        `${am}/glossaries/terms/${enc(client)}/relationships/Synonymous/terms/${enc(customer)}`,
        relationshipBody(catalog),
      ),
      {
        responseClass: 'VoidResponse',
        exception: 'InvalidParameterException',
        httpCode: 400,
        messageId: 'OMAG-COMMON-400-018',
        action: 'setupTermRelationship',
        parameterName: 'typeName',
      },
    );
    expectSpringError(
      await em.post(relationship),
      400,
      `/servers/mds1/open-metadata/access-services/asset-manager/users/catalogUser/glossaries/terms/${client}/relationships/Synonym/terms/${customer}`,
    );

    const refused = await em.post(`${relationship}/remove`, scope(other));
    expect(refused.body['exceptionClassName']).toMatch(/UserNotAuthorizedException$/);
    await em.ok(`${relationship}/remove?${FLAGS}`, scope(catalog));
    expect(await relatedTo(client, {})).toEqual([]);
  });
});

test('out-topic events: a categorization is a new relationship between its category and term; a status change an update', async () => {
  const answer = await em.ok(`${am}/topics/out-topic-connection/${enc('glossary-connector')}`, undefined, 'GET');
  const address = (answer['connection'] as Record<string, Record<string, unknown>>)['endpoint']['address'] as string;
  const { reader } = await SseReader.open(address);
  readers.push(reader);

  const glossary = await createGlossary('Glossary::events');
  const category = await createCategory(glossary, 'Category::events');
  const term = (
    await em.ok(`${am}/glossaries/${enc(glossary)}/terms/new-controlled?assetManagerIsHome=true`, {
      metadataCorrelationProperties: correlation(catalog),
      elementProperties: { class: 'GlossaryTermProperties', qualifiedName: 'Term::events' },
      initialStatus: 'DRAFT',
    })
  )['guid'] as string;
  await em.ok(`${am}/glossaries/categories/${enc(category)}/terms/${enc(term)}`, relationshipBody(catalog));
  await em.ok(`${am}/glossaries/terms/${enc(term)}/status`, {
    metadataCorrelationProperties: correlation(catalog),
    glossaryTermStatus: 'ACTIVE',
  });

  const typeOf = (data: Record<string, unknown>) =>
    ((data['elementHeader'] as Record<string, Record<string, unknown>> | undefined)?.['type'] ?? {})['typeName'];
  await reader.waitFor((r) =>
    r.events.some((e) => e.data['eventType'] === 'ELEMENT_UPDATED' && typeOf(e.data) === 'ControlledGlossaryTerm'),
  );
  const categorized = reader.events.find((e) => typeOf(e.data) === 'TermCategorization')?.data as Record<
    string,
    Record<string, unknown>
  >;
  expect(categorized['eventType']).toBe('NEW_ELEMENT_CREATED');
  expect(categorized['endOneElementHeader']['guid']).toBe(category);
  expect(categorized['endTwoElementHeader']['guid']).toBe(term);
  expect(categorized['elementProperties']).toEqual({ status: 'ACTIVE' });
  const updated = reader.events.find(
    (e) => e.data['eventType'] === 'ELEMENT_UPDATED' && typeOf(e.data) === 'ControlledGlossaryTerm',
  )?.data as Record<string, Record<string, unknown>>;
  expect(updated['elementHeader']['status']).toBe('ACTIVE');
  expect(updated['previousElementHeader']['status']).toBe('DRAFT');
});
