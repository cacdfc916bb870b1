/**
 * The valid values exchange service used by a catalog connector through its context against the
 * emulator over real HTTP (through the open metadata store, as Egeria 5.2's client keeps them).
 */
import { EgeriaError, PermittedSynchronization, UserNotAuthorizedException } from '@egeria-ts/core';
import { guidsOf, rejectionOf } from '@egeria-ts/testing';
import { CATALOG_EXCHANGE_SERVICE_NAMES } from '@egeria-ts/catalog-integrator';
import { useCatalogTestbed } from './catalog-testbed';

const { testbed, start, refresh } = useCatalogTestbed('cat-valid-values');

test('valid value sets and members: create, read, find, update, attach, detach, assign and remove', async () => {
  const started = await start({ name: 'ValidValuesConnector' });
  const g: Record<string, string> = {};
  const report = await refresh(started, async (ctx) => {
    const values = ctx.getValidValuesExchangeService();
    g.colours = await values.createValidValueSet({
      externalIdentifierProperties: { externalIdentifier: 'colours' },
      validValueProperties: { qualifiedName: 'vv::colours', displayName: 'Colours' },
    });
    g.red = await values.createValidValueDefinition({
      setGUID: g.colours,
      externalIdentifierProperties: { externalIdentifier: 'red' },
      validValueProperties: {
        qualifiedName: 'vv::colours::red',
        displayName: 'Red',
        preferredValue: 'R',
        category: 'primary',
        isCaseSensitive: true,
      },
    });
    const red = await values.getValidValueByGUID({ validValueGUID: g.red });
    expect(red?.validValueProperties).toEqual(
      expect.objectContaining({
        qualifiedName: 'vv::colours::red',
        displayName: 'Red',
        preferredValue: 'R',
        category: 'primary',
        isCaseSensitive: true,
        typeName: 'ValidValueDefinition',
      }),
    );
    expect(ctx.getMetadataCorrelationHeader(red ?? {})?.externalIdentifier).toBe('red');
    expect(guidsOf(await values.getValidValueByName({ validValueName: 'Red' }))).toEqual([g.red]);
    expect(guidsOf(await values.findValidValues({ searchString: 'vv::colours::.*' }))).toEqual([g.red]);

    const members = await values.getValidValueSetMembers({ validValueSetGUID: g.colours });
    expect(
      members.map((m) => [m.validValueElement?.elementHeader?.guid, m.relationshipProperties?.defaultValue]),
    ).toEqual([[g.red, false]]);
    expect(guidsOf(await values.getSetsForValidValue({ validValueGUID: g.red }))).toEqual([g.colours]);

    g.warm = await values.createValidValueSet({ validValueProperties: { qualifiedName: 'vv::warm' } });
    await values.attachValidValueToSet({ setGUID: g.warm, validValueGUID: g.red, properties: { defaultValue: true } });
    const warm = await values.getValidValueSetMembers({ validValueSetGUID: g.warm });
    expect(warm.map((m) => m.relationshipProperties?.defaultValue)).toEqual([true]);
    expect(guidsOf(await values.getSetsForValidValue({ validValueGUID: g.red })).sort()).toEqual(
      [g.colours, g.warm].sort(),
    );
    await values.detachValidValueFromSet({ setGUID: g.warm, validValueGUID: g.red });
    expect(await values.getValidValueSetMembers({ validValueSetGUID: g.warm })).toEqual([]);

    await values.updateValidValue({
      validValueGUID: g.red,
      externalIdentifier: 'red',
      isMergeUpdate: true,
      validValueProperties: { description: 'The colour of blood' },
    });
    const merged = await values.getValidValueByGUID({ validValueGUID: g.red });
    expect(merged?.validValueProperties).toEqual(
      expect.objectContaining({ displayName: 'Red', description: 'The colour of blood' }),
    );

    g.asset = await ctx.getDataAssetExchangeService().createDataAsset({
      dataAssetProperties: { qualifiedName: 'acme::paint', typeName: 'DataSet' },
    });
    await values.assignReferenceValueToItem({
      validValueGUID: g.red,
      referenceableGUID: g.asset,
      properties: { attributeName: 'colour', confidence: 80, steward: 'jo' },
    });
    const assignments = await values.getReferenceValueAssignments({ referenceableGUID: g.asset });
    expect(
      assignments.map((a) => [a.validValueElement?.elementHeader?.guid, a.relationshipProperties?.attributeName]),
    ).toEqual([[g.red, 'colour']]);
    expect(assignments[0].relationshipProperties?.confidence).toBe(80);
    const items = await values.getReferenceValueAssignedItems({ validValueGUID: g.red });
    expect(items.map((i) => i.assignedItem?.referenceableProperties?.qualifiedName)).toEqual(['acme::paint']);
    await values.unassignReferenceValueFromItem({ validValueGUID: g.red, referenceableGUID: g.asset });
    expect(await values.getReferenceValueAssignments({ referenceableGUID: g.asset })).toEqual([]);

    await values.removeValidValue({ validValueGUID: g.red, externalIdentifier: 'red' });
    expect(await values.getValidValueByName({ validValueName: 'Red' })).toEqual([]);
    expect(await values.getValidValueSetMembers({ validValueSetGUID: g.colours })).toEqual([]);
  });
  expect(report.createCounts).toEqual({ ValidValuesSet: 2, ValidValueDefinition: 1, DataSet: 1 });
  expect(report.deleteCounts).toEqual({ ValidValueDefinition: 1 });
  expect(report.updatedElements).toEqual(expect.arrayContaining([g.red, g.asset]));
});

test('detaching a member finds its membership on any page of the set', async () => {
  const started = await start({ name: 'BigSetConnector', maxPageSize: 2 });
  await refresh(started, async (ctx) => {
    const values = ctx.getValidValuesExchangeService();
    const set = await values.createValidValueSet({ validValueProperties: { qualifiedName: 'vv::big' } });
    const members: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      members.push(
        await values.createValidValueDefinition({
          setGUID: set,
          validValueProperties: { qualifiedName: `vv::big::${n}`, preferredValue: String(n) },
        }),
      );
    }
    const memberGUIDs = async (): Promise<string[]> => {
      const all: string[] = [];
      for (let startFrom = 0; ; startFrom += 2) {
        const page = await values.getValidValueSetMembers({ validValueSetGUID: set, startFrom, pageSize: 2 });
        all.push(...page.map((m) => m.validValueElement?.elementHeader?.guid ?? ''));
        if (page.length < 2) return all;
      }
    };
    expect((await memberGUIDs()).sort()).toEqual([...members].sort());
    // The fifth membership is on the third page of two.
    await values.detachValidValueFromSet({ setGUID: set, validValueGUID: members[4] });
    await values.detachValidValueFromSet({ setGUID: set, validValueGUID: members[2] });
    expect((await memberGUIDs()).sort()).toEqual([members[0], members[1], members[3]].sort());
  });
});

test('a valid value read by GUID is undefined when the element is not a valid value', async () => {
  const { context } = await start({ name: 'NotAValueConnector' });
  const asset = await context.getDataAssetExchangeService().createDataAsset({
    dataAssetProperties: { qualifiedName: 'acme::not-a-value' },
  });
  expect(await context.getValidValuesExchangeService().getValidValueByGUID({ validValueGUID: asset })).toBeUndefined();
});

test('TO_THIRD_PARTY: valid value writes are refused before anything is sent; the service can be switched off', async () => {
  const { context } = await start({
    name: 'ValuesPushConnector',
    permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
  });
  const values = context.getValidValuesExchangeService();
  testbed.proxy.clearRequests();
  const refusal = await rejectionOf(
    values.createValidValueSet({ validValueProperties: { qualifiedName: 'vv::pushed' } }),
  );
  expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
  expect((refusal as EgeriaError).messageId).toBe('OMIS-CATALOG-INTEGRATOR-400-003');
  const refusedAttach = await rejectionOf(values.attachValidValueToSet({ setGUID: 'a', validValueGUID: 'b' }));
  expect((refusedAttach as EgeriaError).messageId).toBe('OMIS-CATALOG-INTEGRATOR-400-003');
  expect(testbed.proxy.requests).toEqual([]);
  expect(await values.getValidValueByName({ validValueName: 'vv::pushed' })).toEqual([]);

  const { context: off } = await start({
    name: 'NoValuesConnector',
    serviceOptions: { disabledExchangeServices: [CATALOG_EXCHANGE_SERVICE_NAMES.validValues] },
  });
  expect(() => off.getValidValuesExchangeService()).toThrow(
    expect.objectContaining({ messageId: 'OMIS-CATALOG-INTEGRATOR-400-002' }),
  );
  expect(off.getStewardshipExchangeService()).toBeDefined();
});
