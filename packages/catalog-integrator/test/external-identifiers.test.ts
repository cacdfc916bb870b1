/**
 * A catalog connector's external identifier calls (add, update, remove, confirm synchronization) are
 * writes: a dry run records them and sends nothing, they are counted in the activity report, and, as
 * in Egeria, the permitted synchronization does not stop them (a TO_THIRD_PARTY connector keeps its
 * correlation while its other writes to open metadata are refused).
 */
import { EgeriaError, PermittedSynchronization, UserNotAuthorizedException, type RecordedWrite } from '@egeria-ts/core';
import { rejectionOf } from '@egeria-ts/testing';
import { ScriptedCatalogConnector, useCatalogTestbed, type StartedCatalogConnector } from './catalog-testbed';

const { testbed, start, refresh } = useCatalogTestbed('cat-correlation');

/** A glossary created by a connector that really writes, for the others to correlate. */
async function glossaryToCorrelate(qualifiedName: string): Promise<string> {
  const writer = await start({ name: `Writer-${qualifiedName}` });
  let guid = '';
  await refresh(writer, async (ctx) => {
    guid = await ctx.getGlossaryExchangeService().createGlossary({ glossaryProperties: { qualifiedName } });
  });
  return guid;
}

const CORRELATION_CALLS = [
  'addExternalIdentifier',
  'confirmSynchronization',
  'updateExternalIdentifier',
  'removeExternalIdentifier',
];

test('a dry run records the external identifier calls, sends none of them, and counts the element', async () => {
  const glossaryGUID = await glossaryToCorrelate('Glossary::dry-run');
  const writes: RecordedWrite[] = [];
  const connector = new ScriptedCatalogConnector();
  const context = (
    await testbed.start(connector, {
      connectorName: 'DryRunConnector',
      connectorId: 'DryRunConnector-id',
      metadataSourceQualifiedName: 'Catalog::dry-run',
      settings: { writeRecorder: { record: (write) => writes.push(write) } },
    })
  ).context;
  expect(context.dryRun).toBe(true);
  const started: StartedCatalogConnector = { connector, context, records: undefined as never };
  testbed.proxy.clearRequests();

  const element = { openMetadataElementGUID: glossaryGUID, openMetadataElementTypeName: 'Glossary' };
  const report = await refresh(started, async (ctx) => {
    await ctx.addExternalIdentifier({ ...element, externalIdentifierProperties: { externalIdentifier: 'g-dry' } });
    await ctx.confirmSynchronization({ ...element, externalIdentifier: 'g-dry' });
    await ctx.updateExternalIdentifier({
      ...element,
      externalIdentifierProperties: { externalIdentifier: 'g-dry', mappingProperties: { page: '2' } },
    });
    await ctx.removeExternalIdentifier({ ...element, externalIdentifier: 'g-dry' });
  });

  const sent = testbed.proxy.requests.filter((r) => /external-identifiers|synchronized/.test(r.path));
  expect(sent).toEqual([]);
  expect(writes.filter((w) => CORRELATION_CALLS.includes(w.operation))).toEqual(
    CORRELATION_CALLS.map((operation) => ({ operation, kind: 'update', typeName: 'Glossary', guid: glossaryGUID })),
  );
  expect(report.updateCounts).toEqual({ Glossary: 1 });
  expect(report.updatedElements).toEqual([glossaryGUID]);
});

test('TO_THIRD_PARTY: correlation is kept, as in Egeria, while other writes to open metadata are refused', async () => {
  const glossaryGUID = await glossaryToCorrelate('Glossary::pushed');
  const pusher = await start({
    name: 'PushConnector',
    permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
  });
  const element = { openMetadataElementGUID: glossaryGUID, openMetadataElementTypeName: 'Glossary' };
  let refused: unknown;
  const report = await refresh(pusher, async (ctx) => {
    refused = await rejectionOf(
      ctx.getGlossaryExchangeService().createGlossary({ glossaryProperties: { qualifiedName: 'Glossary::refused' } }),
    );
    await ctx.addExternalIdentifier({ ...element, externalIdentifierProperties: { externalIdentifier: 'pushed-1' } });
    await ctx.confirmSynchronization({ ...element, externalIdentifier: 'pushed-1' });
    const headers = await ctx.getExternalIdentifiers(element);
    expect(headers.map((h) => h.externalIdentifier)).toEqual(['pushed-1']);
    expect(headers[0].lastSynchronized).toBeDefined();
  });
  expect(refused).toBeInstanceOf(UserNotAuthorizedException);
  expect((refused as EgeriaError).messageId).toBe('OMIS-CATALOG-INTEGRATOR-400-003');
  expect(report.createCounts).toEqual({});
  expect(report.updateCounts).toEqual({ Glossary: 1 });
});

test('a confirmation alone counts its element as updated; calls on a disconnected context are refused', async () => {
  const glossaryGUID = await glossaryToCorrelate('Glossary::confirmed');
  const started = await start({ name: 'ConfirmConnector' });
  const element = { openMetadataElementGUID: glossaryGUID, openMetadataElementTypeName: 'Glossary' };
  await refresh(started, async (ctx) => {
    await ctx.addExternalIdentifier({ ...element, externalIdentifierProperties: { externalIdentifier: 'c-1' } });
  });
  const report = await refresh(started, async (ctx) => {
    await ctx.confirmSynchronization({ ...element, externalIdentifier: 'c-1' });
  });
  expect(report.updateCounts).toEqual({ Glossary: 1 });

  await started.context.disconnect();
  const refused = await rejectionOf(
    started.context.removeExternalIdentifier({ ...element, externalIdentifier: 'c-1' }),
  );
  expect(refused).toBeInstanceOf(UserNotAuthorizedException);
});
