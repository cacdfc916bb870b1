/**
 * The external reference exchange service of a catalog connector, through its context against the
 * emulator over real HTTP: create, update, find, link to an element, list what is attached, unlink
 * and delete, with the asset manager's correlation and the activity report.
 */
import { EgeriaError, InvalidParameterException } from '@egeria-ts/core';
import { guidsOf, rejectionOf } from '@egeria-ts/testing';
import { useCatalogTestbed } from './catalog-testbed';

const { start, refresh } = useCatalogTestbed('cat-references');

test('external references: create, update, find, link, list attached, unlink and delete, counted by type', async () => {
  const started = await start({ name: 'ReferenceConnector' });
  const g: Record<string, string> = {};
  const report = await refresh(started, async (ctx) => {
    const references = ctx.getExternalReferenceService();
    g.glossary = await ctx.getGlossaryExchangeService().createGlossary({
      glossaryProperties: { qualifiedName: 'Glossary::documented' },
    });
    g.reference = await references.createExternalReference({
      externalIdentifierProperties: { externalIdentifier: 'doc-17' },
      externalReferenceProperties: {
        qualifiedName: 'Ref::style-guide',
        displayName: 'Style guide',
        uri: 'https://docs.example/style',
        organization: 'Acme',
      },
    });
    await references.updateExternalReference({
      externalReferenceGUID: g.reference,
      isMergeUpdate: true,
      externalIdentifier: 'doc-17',
      externalReferenceProperties: { version: '2' },
    });
    const read = await references.getExternalReferenceByGUID({ externalReferenceGUID: g.reference });
    expect(read?.properties).toEqual(
      expect.objectContaining({
        qualifiedName: 'Ref::style-guide',
        uri: 'https://docs.example/style',
        version: '2',
        organization: 'Acme',
      }),
    );
    expect(ctx.getMetadataCorrelationHeader(read ?? {})?.externalIdentifier).toBe('doc-17');
    expect(guidsOf(await references.findExternalReferences({ searchString: 'Ref::style.*' }))).toEqual([g.reference]);
    expect(guidsOf(await references.getExternalReferencesByName({ name: 'Style guide' }))).toEqual([g.reference]);
    expect(guidsOf(await references.getExternalReferencesForAssetManager())).toEqual([g.reference]);

    g.link = await references.linkExternalReferenceToElement({
      externalReferenceGUID: g.reference,
      attachedToGUID: g.glossary,
      linkProperties: { linkId: 'style', linkDescription: 'How to write terms' },
    });
    const attached = await references.retrieveAttachedExternalReferences({ attachedToGUID: g.glossary });
    expect(guidsOf(attached)).toEqual([g.reference]);
    expect(attached[0].link).toEqual(
      expect.objectContaining({ linkId: 'style', linkDescription: 'How to write terms' }),
    );

    await references.unlinkExternalReferenceFromElement({ externalReferenceLinkGUID: g.link });
    expect(await references.retrieveAttachedExternalReferences({ attachedToGUID: g.glossary })).toEqual([]);

    const wrongIdentifier = await rejectionOf(
      references.deleteExternalReference({ externalReferenceGUID: g.reference, externalIdentifier: 'doc-99' }),
    );
    expect(wrongIdentifier).toBeInstanceOf(InvalidParameterException);
    expect((wrongIdentifier as EgeriaError).messageId).toBe('OMAG-GENERIC-HANDLERS-400-003');
    await references.deleteExternalReference({ externalReferenceGUID: g.reference, externalIdentifier: 'doc-17' });
    expect(await references.getExternalReferencesByName({ name: 'Style guide' })).toEqual([]);
  });
  expect(report.createCounts).toEqual({ Glossary: 1, ExternalReference: 1, ExternalReferenceLink: 1 });
  expect(report.updateCounts).toEqual({ ExternalReference: 1 });
  expect(report.deleteCounts).toEqual({ ExternalReference: 1, ExternalReferenceLink: 1 });
});
