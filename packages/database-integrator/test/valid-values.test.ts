/**
 * The valid value operations of the database context (inherited from the Data Manager contexts'
 * shared base), driven by a small connector against the emulator over HTTP.
 */
import { PermittedSynchronization, UserNotAuthorizedException, type Connection } from '@egeria-ts/core';
import { lastPublishedReport, reportCounts, useIntegratorTestbed } from '@egeria-ts/testing';
import { DatabaseIntegratorConnector, databaseIntegratorService } from '@egeria-ts/database-integrator';

const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-column-codes-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:ColumnCodesConnector' },
};

/**
 * Catalogs a table whose `status` column takes its values from a code list (a valid value set and
 * its members), tags the table with a reference value, then revises and removes the code list.
 */
class ColumnCodesConnector extends DatabaseIntegratorConnector {
  readonly guids: Record<string, string> = {};
  phase: 'catalog' | 'revise' | 'retire' = 'catalog';
  refusal: unknown;

  override async refresh(): Promise<void> {
    const context = this.context;
    const g = this.guids;
    if (this.phase === 'catalog') {
      try {
        g.codes = await context.createValidValue({
          validValueProperties: { qualifiedName: 'db:status-codes', displayName: 'status codes', scope: 'sales' },
        });
      } catch (error) {
        this.refusal = error;
        return;
      }
      g.active = await context.createValidValue({
        validValueProperties: {
          qualifiedName: 'db:status-code:A',
          preferredValue: 'A',
          typeName: 'ValidValueDefinition',
        },
      });
      await context.setupValidValueMember({ validValueSetGUID: g.codes, validValueMemberGUID: g.active });
      g.database = await context.createDatabase({ databaseProperties: { qualifiedName: 'db:sales', name: 'sales' } });
      g.table = await context.createDatabaseTable({
        databaseAssetGUID: g.database,
        databaseTableProperties: { qualifiedName: 'db:sales.orders', displayName: 'orders' },
      });
      g.column = await context.createDatabaseColumn({
        databaseTableGUID: g.table,
        databaseColumnProperties: { qualifiedName: 'db:sales.orders.status', displayName: 'status', dataType: 'char' },
      });
      await context.setupValidValues({ elementGUID: g.column, validValueGUID: g.codes });
      await context.setupReferenceValueTag({ elementGUID: g.table, validValueGUID: g.active });
    } else if (this.phase === 'revise') {
      await context.updateValidValue({
        validValueGUID: g.codes,
        validValueProperties: { qualifiedName: 'db:status-codes', description: 'order states' },
      });
    } else {
      await context.clearValidValues({ elementGUID: g.column, validValueGUID: g.codes });
      await context.removeValidValue({ validValueGUID: g.active });
      await context.removeValidValue({ validValueGUID: g.codes });
    }
  }
}

const testbed = useIntegratorTestbed(databaseIntegratorService, {
  serverName: 'mds1',
  heartbeatMs: 60_000,
  userId: 'dbConnectorUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'column-codes-connector',
  connection: CONNECTION,
});

const guidsOf = (elements: ReadonlyArray<{ elementHeader?: { guid?: string } }>) =>
  elements.map((e) => e.elementHeader?.guid);

async function refresh(connector: ColumnCodesConnector, phase: ColumnCodesConnector['phase']): Promise<void> {
  connector.phase = phase;
  await connector.runRefresh(new AbortController().signal);
}

it('creates, links, updates, finds and removes valid values as its database manager', async () => {
  const connector = new ColumnCodesConnector();
  const { context } = await testbed.start(connector, {
    settings: { metadataSourceQualifiedName: 'dbms:sales', generateIntegrationReport: true },
  });
  const managerGUID = context.getDatabaseManagerGUID();
  const g = connector.guids;

  await refresh(connector, 'catalog');
  expect(reportCounts(lastPublishedReport(testbed.proxy, managerGUID), 'createCounts')).toMatchObject({
    ValidValuesSet: 1,
    ValidValueDefinition: 1,
  });
  const codes = await context.getValidValueByGUID({ guid: g.codes });
  expect(codes?.elementHeader?.origin?.homeMetadataCollectionId).toBe(managerGUID);
  expect((await context.getValidValuesForConsumer({ elementGUID: g.column }))?.elementHeader?.guid).toBe(g.codes);
  expect(guidsOf(await context.getValidValueSetMembers({ validValueSetGUID: g.codes }))).toEqual([g.active]);
  expect(guidsOf(await context.getValidValuesByName({ name: 'A' }))).toEqual([g.active]);
  expect(guidsOf(await context.getReferenceValues({ elementGUID: g.table }))).toEqual([g.active]);
  // Egeria 5.2 lists only the assignees that are valid values themselves: the table is not one.
  expect(await context.getAssigneesOfReferenceValue({ validValueGUID: g.active })).toEqual([]);
  expect(await context.getConsumersOfValidValue({ validValueGUID: g.codes })).toEqual([]);

  await refresh(connector, 'revise');
  expect((await context.getValidValueByGUID({ guid: g.codes }))?.validValueProperties).toMatchObject({
    qualifiedName: 'db:status-codes',
    description: 'order states',
  });
  expect((await context.getValidValueByGUID({ guid: g.codes }))?.validValueProperties?.scope).toBeUndefined();

  await refresh(connector, 'retire');
  const report = lastPublishedReport(testbed.proxy, managerGUID);
  expect(report['deletedElements']).toEqual([g.active, g.codes]);
  expect(await context.getValidValuesForConsumer({ elementGUID: g.column })).toBeUndefined();
  expect(await context.findValidValues({ searchString: 'db:status.*' })).toEqual([]);
});

it('refuses a valid value write under TO_THIRD_PARTY before anything is sent', async () => {
  const connector = new ColumnCodesConnector();
  await testbed.start(connector, {
    settings: {
      metadataSourceQualifiedName: 'dbms:readonly',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    },
  });
  testbed.proxy.clearRequests();
  await refresh(connector, 'catalog');
  expect(connector.refusal).toBeInstanceOf(UserNotAuthorizedException);
  expect((connector.refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
  expect(testbed.proxy.requests).toEqual([]);
});
