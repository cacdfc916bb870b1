/**
 * The schema type operations the display context inherits from the Data Manager contexts' shared
 * base (Egeria 5.2's display context has none of its own), driven by a small connector against the
 * emulator over HTTP.
 */
import { PermittedSynchronization, UserNotAuthorizedException, type Connection } from '@egeria-ts/core';
import { lastPublishedReport, reportCounts, useIntegratorTestbed } from '@egeria-ts/testing';
import { DisplayIntegratorConnector, displayIntegratorService } from '@egeria-ts/display-integrator';

const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-field-type-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:FieldTypeConnector' },
};

/** Catalogs a form with one data field and gives the field a primitive schema type; then removes the type. */
class FieldTypeConnector extends DisplayIntegratorConnector {
  readonly guids: Record<string, string> = {};
  phase: 'catalog' | 'retire' = 'catalog';
  refusal: unknown;

  override async refresh(): Promise<void> {
    const context = this.context;
    const g = this.guids;
    if (this.phase === 'retire') {
      await context.removeSchemaType({ schemaTypeGUID: g.type });
      return;
    }
    try {
      g.type = await context.createPrimitiveSchemaType({
        schemaTypeProperties: { qualifiedName: 'form:order:amount:type', dataType: 'decimal' },
      });
    } catch (error) {
      this.refusal = error;
      return;
    }
    g.form = await context.createForm({ formProperties: { qualifiedName: 'form:order' } });
    g.container = await context.createDataContainer({
      parentElementGUID: g.form,
      dataContainerProperties: { qualifiedName: 'form:order:fields' },
    });
    g.field = await context.createDataField({
      parentElementGUID: g.container,
      dataFieldProperties: { qualifiedName: 'form:order:amount' },
    });
    await context.setupSchemaType({
      schemaAttributeGUID: g.field,
      schemaTypeGUID: g.type,
      relationshipTypeName: 'SchemaAttributeType',
    });
  }
}

const testbed = useIntegratorTestbed(displayIntegratorService, {
  serverName: 'mds1',
  heartbeatMs: 60_000,
  userId: 'displayUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'field-type-connector',
  connection: CONNECTION,
});

async function refresh(connector: FieldTypeConnector, phase: FieldTypeConnector['phase']): Promise<void> {
  connector.phase = phase;
  await connector.runRefresh(new AbortController().signal);
}

it('gives a data field a schema type, finds it from the field and removes it', async () => {
  const connector = new FieldTypeConnector();
  const { context } = await testbed.start(connector, {
    settings: { metadataSourceQualifiedName: 'app:orders', generateIntegrationReport: true },
  });
  const applicationGUID = context.getApplicationGUID();
  const g = connector.guids;

  await refresh(connector, 'catalog');
  expect(reportCounts(lastPublishedReport(testbed.proxy, applicationGUID), 'createCounts')).toMatchObject({
    PrimitiveSchemaType: 1,
  });
  const type = await context.getSchemaTypeForElement({
    parentElementGUID: g.field,
    parentElementTypeName: 'SchemaAttribute',
  });
  expect(type?.elementHeader?.guid).toBe(g.type);
  expect(type?.schemaTypeProperties?.extendedProperties).toEqual({ dataType: 'decimal' });

  await refresh(connector, 'retire');
  expect(lastPublishedReport(testbed.proxy, applicationGUID)['deletedElements']).toEqual([g.type]);
  expect(
    await context.getSchemaTypeForElement({ parentElementGUID: g.field, parentElementTypeName: 'SchemaAttribute' }),
  ).toBeUndefined();
});

it('refuses a schema type write under TO_THIRD_PARTY before anything is sent', async () => {
  const connector = new FieldTypeConnector();
  await testbed.start(connector, {
    settings: {
      metadataSourceQualifiedName: 'app:readonly',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    },
  });
  testbed.proxy.clearRequests();
  await refresh(connector, 'catalog');
  expect(connector.refusal).toBeInstanceOf(UserNotAuthorizedException);
  expect((connector.refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
  expect(testbed.proxy.requests).toEqual([]);
});
