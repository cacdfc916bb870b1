import {
  IllegalStateError,
  InMemoryAuditLogDestination,
  IntegrationConnector,
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  type Connection,
} from '@egeria-ts/core';
import {
  lastPublishedReport,
  rejectionOf,
  reportCounts,
  scriptedConnector,
  useIntegratorTestbed,
  waitUntil,
  type TestContextOptions,
} from '@egeria-ts/testing';
import {
  DisplayIntegratorConnector,
  displayIntegratorService,
  type DisplayIntegratorContext,
} from '@egeria-ts/display-integrator';
import type { DataManagerOutboundEvent } from '@egeria-ts/omas-client';

const SERVER = 'mds-display';

/** The writes to the Data Manager OMAS: POSTs below its root, except finds and the metadata source set-up. */
const DATA_MANAGER_WRITES = {
  method: 'POST',
  path: /^(?!.*\/by-)(?!.*\/metadata-sources).*\/access-services\/data-manager\//,
};

const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-display-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:ScriptedDisplayConnector' },
};

/** A display connector whose refresh runs a script through its context, and that may listen to events. */
const ScriptedDisplayConnector = scriptedConnector<DisplayIntegratorConnector, DataManagerOutboundEvent>(
  DisplayIntegratorConnector,
);
type ScriptedDisplayConnector = InstanceType<typeof ScriptedDisplayConnector>;

const testbed = useIntegratorTestbed(displayIntegratorService, {
  serverName: SERVER,
  heartbeatMs: 60_000,
  userId: 'displayConnectorUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'display-connector',
  connection: CONNECTION,
});

interface Started {
  readonly connector: ScriptedDisplayConnector;
  readonly context: DisplayIntegratorContext;
  readonly records: InMemoryAuditLogDestination;
}

async function startConnector(
  settings: TestContextOptions['settings'] = {},
  configure: (connector: ScriptedDisplayConnector) => void = () => undefined,
): Promise<Started> {
  const connector = new ScriptedDisplayConnector();
  configure(connector);
  const started = await testbed.start(connector, { settings });
  return { connector, context: started.context, records: started.auditRecords };
}

describe('DisplayIntegratorConnector', () => {
  it('has a typed error with the service id when its context is read too early', () => {
    let error: unknown;
    try {
      void new ScriptedDisplayConnector().context;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).messageId).toBe('OMIS-DISPLAY-INTEGRATOR-500-001');
  });

  it('is the only kind of connector the service runs', () => {
    class NotADisplayConnector extends IntegrationConnector {
      async refresh(): Promise<void> {}
    }
    expect(displayIntegratorService.supportsConnector(new ScriptedDisplayConnector())).toBe(true);
    expect(() => displayIntegratorService.validateConnector(new NotADisplayConnector(), 'other')).toThrow(
      expect.objectContaining({ messageId: 'OMIS-DISPLAY-INTEGRATOR-400-001' }),
    );
    expect(displayIntegratorService.description).toMatchObject({
      code: 603,
      marker: 'display-integrator',
      partnerOMAS: 'Data Manager OMAS',
      defaultPermittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY,
    });
  });
});

describe('DisplayIntegratorContext against the emulator', () => {
  it('creates, updates, finds and removes forms, reports, queries, data containers and data fields', async () => {
    const { connector, context, records } = await startConnector({
      metadataSourceQualifiedName: 'App::reporting-1',
      generateIntegrationReport: true,
    });
    expect(records.withMessageId('OMIS-DISPLAY-INTEGRATOR-0002')[0].messageParameters.slice(2, 4)).toEqual([
      'App::reporting-1',
      'FROM_THIRD_PARTY',
    ]);
    expect(
      JSON.parse(testbed.proxy.requestsMatching({ path: '/metadata-sources/new' }).at(-1)?.body ?? '{}'),
    ).toMatchObject({
      typeName: 'Application',
      qualifiedName: 'App::reporting-1',
    });
    expect(context.getApplicationName()).toBe('App::reporting-1');
    const appGUID = context.getApplicationGUID() as string;
    expect(appGUID).toMatch(/^[0-9a-f-]{36}$/);

    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      g.form = await ctx.createForm({ formProperties: { qualifiedName: 'Form::customer', name: 'customer' } });
      g.report = await ctx.createReport({
        reportProperties: { qualifiedName: 'Report::sales', name: 'sales', author: 'jo' },
      });
      g.query = await ctx.createQuery({ queryProperties: { qualifiedName: 'Query::sales', name: 'sales-query' } });
      g.address = await ctx.createDataContainer({
        parentElementGUID: g.form,
        dataContainerProperties: { qualifiedName: 'Form::customer.address', displayName: 'address' },
      });
      g.street = await ctx.createDataField({
        parentElementGUID: g.address,
        dataFieldProperties: { qualifiedName: 'Form::customer.address.street', displayName: 'street' },
      });
      g.number = await ctx.createDataField({
        parentElementGUID: g.street,
        dataFieldProperties: { qualifiedName: 'Form::customer.address.street.number', displayName: 'number' },
      });
    });

    // Every write went to the Data Manager as the connector's user with the application as external source.
    const writes = testbed.proxy.requestsMatching(DATA_MANAGER_WRITES);
    expect(writes).toHaveLength(6);
    for (const write of writes) {
      expect(write.path).toContain('/users/displayConnectorUser/');
      expect(JSON.parse(write.body)).toMatchObject({
        externalSourceGUID: appGUID,
        externalSourceName: 'App::reporting-1',
      });
    }
    expect(writes[0].query).toBe('applicationIsHome=true');
    expect(writes[3].path).toContain(`/schemas/elements/${g.form}/data-containers`);
    // A data field goes as Egeria's DisplayApplicationClient sends it: a schema attribute typed DisplayDataField.
    expect(writes[4].path).toContain(`/schema-attributes/attached-to/${g.address}`);
    expect(JSON.parse(writes[4].body)).toMatchObject({
      class: 'SchemaAttributeRequestBody',
      typeName: 'DisplayDataField',
    });

    const created = lastPublishedReport(testbed.proxy, appGUID);
    expect(created['createdElements']).toEqual([g.form, g.report, g.query, g.address, g.street, g.number]);
    expect(reportCounts(created, 'createCounts')).toEqual({
      Form: 1,
      DeployedReport: 1,
      InformationView: 1,
      DisplayDataContainer: 1,
      DisplayDataField: 2,
    });

    // Reads.
    const form = await context.getFormByGUID({ guid: g.form });
    expect(form?.properties).toMatchObject({ qualifiedName: 'Form::customer', name: 'customer' });
    expect(form?.elementHeader?.origin).toMatchObject({
      originCategory: 'EXTERNAL_SOURCE',
      homeMetadataCollectionId: appGUID,
    });
    expect((await context.getFormsForApplication()).map((f) => f.elementHeader?.guid)).toEqual([g.form]);
    expect((await context.getReportsForApplication()).map((r) => r.elementHeader?.guid)).toEqual([g.report]);
    expect((await context.getQueriesForApplication()).map((q) => q.elementHeader?.guid)).toEqual([g.query]);
    expect((await context.findForms({ searchString: 'Form::.*' })).map((f) => f.elementHeader?.guid)).toEqual([g.form]);
    expect((await context.getReportsByName({ name: 'sales' })).map((r) => r.elementHeader?.guid)).toEqual([g.report]);
    expect((await context.getReportByGUID({ guid: g.report }))?.properties?.author).toBe('jo');
    expect((await context.findQueries({ searchString: 'Query::.*' })).map((q) => q.elementHeader?.guid)).toEqual([
      g.query,
    ]);
    expect((await context.getQueryByGUID({ guid: g.query }))?.elementHeader?.type?.typeName).toBe('InformationView');
    expect(
      (await context.getDataContainersForElement({ parentElementGUID: g.form })).map((c) => c.elementHeader?.guid),
    ).toEqual([g.address]);
    expect((await context.getDataContainersByName({ name: 'address' })).map((c) => c.elementHeader?.guid)).toEqual([
      g.address,
    ]);
    expect((await context.findDataContainers({ searchString: '.*address' })).map((c) => c.elementHeader?.guid)).toEqual(
      [g.address],
    );
    expect((await context.getDataContainerByGUID({ guid: g.address }))?.properties?.displayName).toBe('address');
    expect(
      (await context.getChildDataFields({ parentElementGUID: g.address })).map((f) => f.elementHeader?.guid),
    ).toEqual([g.street]);
    expect(
      (await context.getChildDataFields({ parentElementGUID: g.street })).map((f) => f.elementHeader?.guid),
    ).toEqual([g.number]);
    expect(
      (await context.findDataFields({ searchString: 'Form::customer.*' })).map((f) => f.elementHeader?.guid),
    ).toEqual([g.street, g.number]);
    expect((await context.getDataFieldsByName({ name: 'street' })).map((f) => f.elementHeader?.guid)).toEqual([
      g.street,
    ]);
    const street = await context.getDataFieldByGUID({ guid: g.street });
    expect(street?.elementHeader?.type?.typeName).toBe('DisplayDataField');

    // Updates: merge keeps what is not given, replace drops it; publish and withdraw count as updates.
    await connector.refreshWith(async (ctx) => {
      await ctx.updateForm({ formGUID: g.form, isMergeUpdate: true, formProperties: { resourceDescription: 'v2' } });
      await ctx.updateReport({
        reportGUID: g.report,
        reportProperties: { qualifiedName: 'Report::sales', url: 'https://r' },
      });
      await ctx.updateQuery({ queryGUID: g.query, isMergeUpdate: true, queryProperties: { displayName: 'q' } });
      await ctx.updateDataContainer({
        dataContainerGUID: g.address,
        isMergeUpdate: true,
        dataContainerProperties: { description: 'where the customer lives' },
      });
      await ctx.updateDataField({
        dataFieldGUID: g.street,
        isMergeUpdate: true,
        dataFieldProperties: { description: 'the street' },
      });
      await ctx.publishForm({ formGUID: g.form });
      await ctx.withdrawForm({ formGUID: g.form });
      await ctx.publishReportAsset({ reportGUID: g.report });
      await ctx.withdrawReportAsset({ reportGUID: g.report });
      await ctx.publishQuery({ queryGUID: g.query });
      await ctx.withdrawQuery({ queryGUID: g.query });
    });
    expect((await context.getFormByGUID({ guid: g.form }))?.properties).toMatchObject({
      name: 'customer',
      resourceDescription: 'v2',
    });
    const report = await context.getReportByGUID({ guid: g.report });
    expect(report?.properties?.url).toBe('https://r');
    expect(report?.properties?.author).toBeUndefined();
    expect((await context.getDataContainerByGUID({ guid: g.address }))?.properties).toMatchObject({
      displayName: 'address',
      description: 'where the customer lives',
    });
    expect((await context.getDataFieldByGUID({ guid: g.street }))?.schemaAttributeProperties).toMatchObject({
      displayName: 'street',
      description: 'the street',
    });
    const updates = lastPublishedReport(testbed.proxy, appGUID);
    expect(updates['updatedElements']).toEqual([g.form, g.report, g.query, g.address, g.street]);
    expect(reportCounts(updates, 'updateCounts')).toEqual({
      Form: 1,
      DeployedReport: 1,
      InformationView: 1,
      DisplayDataContainer: 1,
      DisplayDataField: 1,
    });

    // Removes.
    await connector.refreshWith(async (ctx) => {
      await ctx.removeDataField({ dataFieldGUID: g.number });
      await ctx.removeDataContainer({ dataContainerGUID: g.address });
      await ctx.removeForm({ formGUID: g.form, qualifiedName: 'Form::customer' });
      await ctx.removeReport({ reportGUID: g.report, qualifiedName: 'Report::sales' });
      await ctx.removeQuery({ queryGUID: g.query, qualifiedName: 'Query::sales' });
    });
    expect(lastPublishedReport(testbed.proxy, appGUID)['deletedElements']).toEqual([
      g.number,
      g.address,
      g.form,
      g.report,
      g.query,
    ]);
    expect(await context.getFormsForApplication()).toEqual([]);
    expect(await context.getReportsForApplication()).toEqual([]);
    expect(await context.getQueriesForApplication()).toEqual([]);
    expect(await context.findDataFields({ searchString: 'Form::customer.*' })).toEqual([]);
    await expect(context.getFormByGUID({ guid: g.form })).rejects.toBeInstanceOf(InvalidParameterException);
  });

  it('creates from templates: form, report, query, data container and data field', async () => {
    const { connector, context } = await startConnector({ metadataSourceQualifiedName: 'App::templates' });
    const g: Record<string, string> = {};
    await connector.refreshWith(async (ctx) => {
      g.form = await ctx.createForm({ formProperties: { qualifiedName: 'Form::t', name: 't' } });
      g.report = await ctx.createReport({ reportProperties: { qualifiedName: 'Report::t', author: 'jo' } });
      g.query = await ctx.createQuery({ queryProperties: { qualifiedName: 'Query::t' } });
      g.container = await ctx.createDataContainer({
        parentElementGUID: g.form,
        dataContainerProperties: { qualifiedName: 'Form::t.c', displayName: 'c' },
      });
      g.field = await ctx.createDataField({
        parentElementGUID: g.container,
        dataFieldProperties: { qualifiedName: 'Form::t.c.f', displayName: 'f' },
      });
      g.form2 = await ctx.createFormFromTemplate({
        templateGUID: g.form,
        templateProperties: { qualifiedName: 'Form::t2', displayName: 't2' },
      });
      g.report2 = await ctx.createReportFromTemplate({
        templateGUID: g.report,
        templateProperties: { qualifiedName: 'Report::t2' },
      });
      g.query2 = await ctx.createQueryFromTemplate({
        templateGUID: g.query,
        templateProperties: { qualifiedName: 'Query::t2' },
      });
      g.container2 = await ctx.createDataContainerFromTemplate({
        parentElementGUID: g.form2,
        templateGUID: g.container,
        templateProperties: { qualifiedName: 'Form::t2.c' },
      });
      g.field2 = await ctx.createDataFieldFromTemplate({
        parentElementGUID: g.container2,
        templateGUID: g.field,
        templateProperties: { qualifiedName: 'Form::t2.c.f' },
      });
    });
    expect((await context.getFormByGUID({ guid: g.form2 }))?.properties?.name).toBe('t2');
    expect((await context.getReportByGUID({ guid: g.report2 }))?.properties?.author).toBe('jo');
    expect((await context.getQueryByGUID({ guid: g.query2 }))?.properties?.qualifiedName).toBe('Query::t2');
    expect((await context.getFormsForApplication()).map((f) => f.elementHeader?.guid)).toEqual([g.form, g.form2]);
    // Egeria's template handler copies deeply: the form's copy takes copies of the schema type and
    // container anchored to its template (each named after the copy it hangs from and its type),
    // then comes the container copied into it, which
    // holds a copy of its template's field and the field copied into it.
    const containers = await context.getDataContainersForElement({ parentElementGUID: g.form2 });
    expect(
      containers.map((c) => [c.elementHeader?.guid, c.properties?.qualifiedName, c.properties?.displayName]),
    ).toEqual([
      [expect.any(String), 'Form::t2::DisplayDataSchemaType::DisplayDataContainer', 'c'],
      [g.container2, 'Form::t2.c', 'c'],
    ]);
    const copied = await context.getChildDataFields({ parentElementGUID: g.container2 });
    expect(
      copied.map((f) => [
        f.elementHeader?.guid,
        f.elementHeader?.type?.typeName,
        f.schemaAttributeProperties?.qualifiedName,
      ]),
    ).toEqual([
      [expect.any(String), 'DisplayDataField', 'Form::t2.c::DisplayDataField'],
      [g.field2, 'DisplayDataField', 'Form::t2.c.f'],
    ]);
  });

  it('creates elements owned by the local cohort when the application is not home', async () => {
    const { connector, context } = await startConnector({ metadataSourceQualifiedName: 'App::not-home' });
    context.setExternalSourceIsHome(false);
    const g: Record<string, string> = {};
    testbed.proxy.clearRequests();
    await connector.refreshWith(async (ctx) => {
      g.form = await ctx.createForm({ formProperties: { qualifiedName: 'Form::shared' } });
      g.container = await ctx.createDataContainer({
        parentElementGUID: g.form,
        dataContainerProperties: { qualifiedName: 'Form::shared.c' },
      });
      g.field = await ctx.createDataField({
        parentElementGUID: g.container,
        dataFieldProperties: { qualifiedName: 'Form::shared.c.f' },
      });
    });
    const [createForm, createContainer, createField] = testbed.proxy.requestsMatching(DATA_MANAGER_WRITES);
    expect(createForm.query).toBe('applicationIsHome=false');
    expect(createContainer.query).toBe('applicationIsHome=false');
    expect(JSON.parse(createField.body)).not.toHaveProperty('externalSourceGUID');
    expect((await context.getFormByGUID({ guid: g.form }))?.elementHeader?.origin?.originCategory).toBe('LOCAL_COHORT');
    expect((await context.getDataContainerByGUID({ guid: g.container }))?.elementHeader?.origin?.originCategory).toBe(
      'LOCAL_COHORT',
    );
    expect((await context.getDataFieldByGUID({ guid: g.field }))?.elementHeader?.origin?.originCategory).toBe(
      'LOCAL_COHORT',
    );
    // Still used by its application.
    expect((await context.getFormsForApplication()).map((f) => f.elementHeader?.guid)).toEqual([g.form]);
  });

  it('refuses a write under TO_THIRD_PARTY before anything is sent', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'App::readonly',
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    });
    testbed.proxy.clearRequests();
    const refusals: unknown[] = [];
    await connector.refreshWith(async (ctx) => {
      for (const write of [
        () => ctx.createReport({ reportProperties: { qualifiedName: 'Report::refused' } }),
        () => ctx.publishReportAsset({ reportGUID: 'an-existing-report' }),
      ]) {
        refusals.push(await rejectionOf(write()));
      }
    });
    expect(refusals).toHaveLength(2);
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
      expect((refusal as UserNotAuthorizedException).messageId).toBe('EGERIA-TS-CONTEXT-403-001');
    }
    expect(testbed.proxy.requests).toEqual([]);
    expect(await context.getReportsByName({ name: 'Report::refused' })).toEqual([]);
  });

  it('receives the out-topic events of other connectors', async () => {
    const listener = await startConnector({ metadataSourceQualifiedName: 'App::listener' }, (c) => {
      c.listen = true;
    });
    expect(
      testbed.proxy.requestsMatching({
        path: `/data-manager/users/displayConnectorUser/topics/out-topic-connection/${listener.context.connectorId}`,
      }),
    ).toHaveLength(1);
    await listener.connector.refreshWith(async () => undefined);

    const writer = await startConnector({ metadataSourceQualifiedName: 'App::writer' });
    let reportGUID = '';
    await writer.connector.refreshWith(async (ctx) => {
      reportGUID = await ctx.createReport({ reportProperties: { qualifiedName: 'Report::announced' } });
    });
    await waitUntil(() => listener.connector.events.some((e) => e.principleElement?.guid === reportGUID), 'the event');
    const event = listener.connector.events.find((e) => e.principleElement?.guid === reportGUID);
    expect(event?.eventType).toBe('NEW_ELEMENT_CREATED');
    expect(event?.principleElement?.type?.typeName).toBe('DeployedReport');
  });
});
