/**
 * The glossary exchange service of a catalog connector, through its context against the emulator
 * over real HTTP: glossaries from templates, categories and their hierarchy, controlled and template
 * terms, term status, categorization and term relationships.
 */
import { guidsOf } from '@egeria-ts/testing';
import { useCatalogTestbed } from './catalog-testbed';

const { start, refresh } = useCatalogTestbed('cat-glossaries');

test('glossaries from templates and categories: create, hierarchy, find, update and remove, counted by type', async () => {
  const started = await start({ name: 'GlossaryConnector' });
  const g: Record<string, string> = {};
  const report = await refresh(started, async (ctx) => {
    const glossaries = ctx.getGlossaryExchangeService();
    g.template = await glossaries.createGlossary({
      glossaryProperties: { qualifiedName: 'Glossary::template', description: 'A template', language: 'en' },
    });
    g.glossary = await glossaries.createGlossaryFromTemplate({
      templateGUID: g.template,
      externalIdentifierProperties: { externalIdentifier: 'gl-1' },
      templateProperties: { qualifiedName: 'Glossary::acme', displayName: 'Acme' },
    });
    const copy = await glossaries.getGlossaryByGUID({ glossaryGUID: g.glossary });
    expect(copy?.glossaryProperties).toEqual(
      expect.objectContaining({ qualifiedName: 'Glossary::acme', displayName: 'Acme', description: 'A template' }),
    );
    expect(ctx.getMetadataCorrelationHeader(copy ?? {})?.externalIdentifier).toBe('gl-1');

    g.parent = await glossaries.createGlossaryCategory({
      glossaryGUID: g.glossary,
      externalIdentifierProperties: { externalIdentifier: 'cat-parent' },
      glossaryCategoryProperties: { qualifiedName: 'Category::parent', displayName: 'Parent' },
    });
    g.child = await glossaries.createGlossaryCategory({
      glossaryGUID: g.glossary,
      glossaryCategoryProperties: { qualifiedName: 'Category::child', displayName: 'Child' },
    });
    await glossaries.setupCategoryParent({
      glossaryParentCategoryGUID: g.parent,
      glossaryChildCategoryGUID: g.child,
    });
    expect(guidsOf(await glossaries.getCategoriesForGlossary({ glossaryGUID: g.glossary }))).toEqual([
      g.parent,
      g.child,
    ]);
    const found = await glossaries.findGlossaryCategories({ searchString: 'Category::p.*', glossaryGUID: g.glossary });
    expect(guidsOf(found)).toEqual([g.parent]);
    expect(ctx.getMetadataCorrelationHeader(found[0])?.externalIdentifier).toBe('cat-parent');

    await glossaries.updateGlossaryCategory({
      glossaryCategoryGUID: g.parent,
      isMergeUpdate: true,
      externalIdentifier: 'cat-parent',
      glossaryCategoryProperties: { description: 'The top' },
    });
    const parent = await glossaries.getGlossaryCategoryByGUID({ glossaryCategoryGUID: g.parent });
    expect(parent?.glossaryCategoryProperties).toEqual(
      expect.objectContaining({ displayName: 'Parent', description: 'The top' }),
    );
    expect(ctx.getMetadataCorrelationHeader(parent ?? {})?.lastSynchronized).toBeDefined();

    await glossaries.clearCategoryParent({ glossaryParentCategoryGUID: g.parent, glossaryChildCategoryGUID: g.child });
    await glossaries.removeGlossaryCategory({ glossaryCategoryGUID: g.child });
    expect(guidsOf(await glossaries.getCategoriesForGlossary({ glossaryGUID: g.glossary }))).toEqual([g.parent]);
  });
  expect(report.createCounts).toEqual({ Glossary: 2, GlossaryCategory: 2 });
  expect(report.updateCounts).toEqual({ GlossaryCategory: 2 });
  expect(report.deleteCounts).toEqual({ GlossaryCategory: 1 });
});

test('terms: controlled with a status, from a template, categorized and related, listed by category', async () => {
  const started = await start({ name: 'TermConnector' });
  const g: Record<string, string> = {};
  await refresh(started, async (ctx) => {
    const glossaries = ctx.getGlossaryExchangeService();
    g.glossary = await glossaries.createGlossary({ glossaryProperties: { qualifiedName: 'Glossary::terms' } });
    g.category = await glossaries.createGlossaryCategory({
      glossaryGUID: g.glossary,
      glossaryCategoryProperties: { qualifiedName: 'Category::parties' },
    });
    g.draft = await glossaries.createGlossaryTerm({
      glossaryGUID: g.glossary,
      initialStatus: 'DRAFT',
      glossaryTermProperties: { qualifiedName: 'Term::customer', displayName: 'Customer' },
    });
    let customer = await glossaries.getGlossaryTermByGUID({ glossaryTermGUID: g.draft });
    expect(customer?.elementHeader?.status).toBe('DRAFT');
    expect(customer?.elementHeader?.type?.typeName).toBe('ControlledGlossaryTerm');
    await glossaries.updateGlossaryTermStatus({ glossaryTermGUID: g.draft, glossaryTermStatus: 'APPROVED' });
    customer = await glossaries.getGlossaryTermByGUID({ glossaryTermGUID: g.draft });
    expect(customer?.elementHeader?.status).toBe('APPROVED');
    expect(
      guidsOf(await glossaries.findGlossaryTerms({ searchString: 'Term::.*', limitResultsByStatus: ['APPROVED'] })),
    ).toEqual([g.draft]);

    g.client = await glossaries.createGlossaryTermFromTemplate({
      glossaryGUID: g.glossary,
      templateGUID: g.draft,
      templateProperties: { qualifiedName: 'Term::client', displayName: 'Client' },
      glossaryTermStatus: 'PROPOSED',
    });
    const client = await glossaries.getGlossaryTermByGUID({ glossaryTermGUID: g.client });
    expect(client?.glossaryTermProperties?.displayName).toBe('Client');
    expect(client?.elementHeader?.status).toBe('PROPOSED');
    expect((await glossaries.getGlossaryForTerm({ glossaryTermGUID: g.client }))?.elementHeader?.guid).toBe(g.glossary);

    await glossaries.setupTermCategory({
      glossaryCategoryGUID: g.category,
      glossaryTermGUID: g.draft,
      properties: { description: 'Buys from us', status: 'ACTIVE' },
    });
    const inCategory = await glossaries.getTermsForGlossaryCategory({ glossaryCategoryGUID: g.category });
    expect(guidsOf(inCategory)).toEqual([g.draft]);
    expect(inCategory[0].relatedElement?.relatedElement?.guid).toBe(g.category);

    await glossaries.setupTermRelationship({
      relationshipTypeName: 'Synonym',
      glossaryTermOneGUID: g.draft,
      glossaryTermTwoGUID: g.client,
      properties: { expression: 'customer = client' },
    });
    await glossaries.clearTermRelationship({
      relationshipTypeName: 'Synonym',
      glossaryTermOneGUID: g.draft,
      glossaryTermTwoGUID: g.client,
    });
    await glossaries.clearTermCategory({ glossaryCategoryGUID: g.category, glossaryTermGUID: g.draft });
    expect(await glossaries.getTermsForGlossaryCategory({ glossaryCategoryGUID: g.category })).toEqual([]);
  });
});
