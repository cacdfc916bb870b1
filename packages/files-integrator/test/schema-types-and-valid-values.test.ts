/**
 * The schema type and valid value operations of the files context (inherited from the Data Manager
 * contexts' shared base), driven by a small connector against the emulator over HTTP.
 */
import { PermittedSynchronization, UserNotAuthorizedException, type Connection } from '@egeria-ts/core';
import { lastPublishedReport, reportCounts, useIntegratorTestbed } from '@egeria-ts/testing';
import { FilesIntegratorConnector, filesIntegratorService } from '@egeria-ts/files-integrator';

const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-file-format-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:FileFormatConnector' },
};

/** The writes to the Data Manager OMAS: POSTs below its root, except look-ups and the metadata source set-up. */
const DATA_MANAGER_WRITES = {
  method: 'POST',
  path: /^(?!.*\/by-)(?!.*\/metadata-sources).*\/access-services\/data-manager\//,
};

/**
 * Catalogs the record format of a CSV file as schema types and its status column's codes as a
 * valid value set; then revises and retires them.
 */
class FileFormatConnector extends FilesIntegratorConnector {
  readonly guids: Record<string, string> = {};
  phase: 'catalog' | 'revise' | 'retire' = 'catalog';
  refusal: unknown;

  override async refresh(): Promise<void> {
    const context = this.context;
    const g = this.guids;
    if (this.phase === 'catalog') {
      try {
        g.format = await context.createStructSchemaType({
          schemaTypeProperties: { qualifiedName: 'csv:orders:format', displayName: 'orders format' },
        });
      } catch (error) {
        this.refusal = error;
        return;
      }
      g.status = await context.createPrimitiveSchemaType({
        schemaTypeProperties: { qualifiedName: 'csv:orders:status', dataType: 'string', defaultValue: 'OPEN' },
      });
      g.statuses = await context.createValidValue({
        validValueProperties: { qualifiedName: 'csv:order-statuses', displayName: 'order statuses' },
      });
      g.open = await context.createValidValue({
        validValueProperties: {
          qualifiedName: 'csv:order-status:open',
          preferredValue: 'OPEN',
          typeName: 'ValidValueDefinition',
        },
      });
      await context.setupValidValueMember({
        validValueSetGUID: g.statuses,
        validValueMemberGUID: g.open,
        properties: { defaultValue: true },
      });
      await context.setupValidValues({ elementGUID: g.status, validValueGUID: g.statuses });
    } else if (this.phase === 'revise') {
      await context.updateSchemaType({
        schemaTypeGUID: g.format,
        isMergeUpdate: true,
        schemaTypeProperties: { description: 'one line per order' },
      });
      await context.updateValidValue({
        validValueGUID: g.open,
        isMergeUpdate: true,
        validValueProperties: { description: 'not shipped yet' },
      });
    } else {
      await context.removeSchemaType({ schemaTypeGUID: g.format });
      await context.removeValidValue({ validValueGUID: g.open });
    }
  }
}

const testbed = useIntegratorTestbed(filesIntegratorService, {
  serverName: 'mds1',
  heartbeatMs: 60_000,
  userId: 'filesUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'file-format-connector',
  connection: CONNECTION,
});

const guidsOf = (elements: ReadonlyArray<{ elementHeader?: { guid?: string } }>) =>
  elements.map((e) => e.elementHeader?.guid);

async function refresh(connector: FileFormatConnector, phase: FileFormatConnector['phase']): Promise<void> {
  connector.phase = phase;
  await connector.runRefresh(new AbortController().signal);
}

it('creates, updates, finds and removes schema types and valid values as its file system', async () => {
  const connector = new FileFormatConnector();
  const { context } = await testbed.start(connector, {
    settings: { metadataSourceQualifiedName: 'fs:landing', generateIntegrationReport: true },
  });
  const sourceGUID = context.metadataSourceGUID;
  const g = connector.guids;

  testbed.proxy.clearRequests();
  await refresh(connector, 'catalog');
  for (const write of testbed.proxy.requestsMatching(DATA_MANAGER_WRITES)) {
    expect(JSON.parse(write.body)).toMatchObject({ externalSourceGUID: sourceGUID, externalSourceName: 'fs:landing' });
  }
  expect(reportCounts(lastPublishedReport(testbed.proxy, sourceGUID), 'createCounts')).toEqual({
    StructSchemaType: 1,
    PrimitiveSchemaType: 1,
    ValidValuesSet: 1,
    ValidValueDefinition: 1,
  });

  const format = await context.getSchemaTypeByGUID({ guid: g.format });
  expect(format?.elementHeader?.type?.typeName).toBe('StructSchemaType');
  expect(format?.elementHeader?.origin?.homeMetadataCollectionId).toBe(sourceGUID);
  expect(guidsOf(await context.findSchemaType({ searchString: 'csv:orders:.*' }))).toEqual([g.format, g.status]);
  expect(
    guidsOf(await context.findSchemaType({ searchString: 'csv:orders:.*', typeName: 'PrimitiveSchemaType' })),
  ).toEqual([g.status]);
  expect(guidsOf(await context.getSchemaTypeByName({ name: 'orders format' }))).toEqual([g.format]);
  const members = await context.getValidValueSetMembers({ validValueSetGUID: g.statuses });
  expect(guidsOf(members)).toEqual([g.open]);
  expect(members[0].isDefaultValue).toBe(true);
  expect((await context.getValidValuesForConsumer({ elementGUID: g.status }))?.elementHeader?.guid).toBe(g.statuses);
  expect(guidsOf(await context.getValidValueSetByName({ name: 'order statuses' }))).toEqual([g.statuses]);
  expect(guidsOf(await context.getValidValuesByName({ name: 'OPEN' }))).toEqual([g.open]);

  await refresh(connector, 'revise');
  expect((await context.getSchemaTypeByGUID({ guid: g.format }))?.schemaTypeProperties).toMatchObject({
    displayName: 'orders format',
    description: 'one line per order',
  });
  expect((await context.getValidValueByGUID({ guid: g.open }))?.validValueProperties?.description).toBe(
    'not shipped yet',
  );
  expect(reportCounts(lastPublishedReport(testbed.proxy, sourceGUID), 'updateCounts')).toEqual({
    SchemaType: 1,
    ValidValueDefinition: 1,
  });

  await refresh(connector, 'retire');
  expect(lastPublishedReport(testbed.proxy, sourceGUID)['deletedElements']).toEqual([g.format, g.open]);
  expect(await context.findSchemaType({ searchString: 'csv:orders:format' })).toEqual([]);
  expect(await context.getValidValueSetMembers({ validValueSetGUID: g.statuses })).toEqual([]);
});

it('refuses a schema type write under TO_THIRD_PARTY before anything is sent', async () => {
  const connector = new FileFormatConnector();
  const { context } = await testbed.start(connector, {
    settings: {
      metadataSourceQualifiedName: 'fs:readonly',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    },
  });
  testbed.proxy.clearRequests();
  await refresh(connector, 'catalog');
  expect(connector.refusal).toBeInstanceOf(UserNotAuthorizedException);
  expect((connector.refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
  expect(testbed.proxy.requests).toEqual([]);
  expect(await context.getSchemaTypeByName({ name: 'csv:orders:format' })).toEqual([]);
});
