/**
 * The lineage integration context's methods beyond the basics, run by a connector against the
 * emulator over real HTTP (through the testbed's recording proxy): data assets from templates,
 * publish and withdraw, reference data and relationships between assets; processes from templates,
 * status, hierarchy, ports, port delegation and business significance; the Memento and Incomplete
 * classifications (through the open metadata store); and writes refused before anything is sent
 * when the permitted synchronization forbids them.
 */
import { PermittedSynchronization } from '@egeria-ts/core';
import { guidsOf, useIntegratorTestbed } from '@egeria-ts/testing';
import { lineageIntegratorService, type LineageIntegratorContext } from '@egeria-ts/lineage-integrator';
import { ScriptedLineageConnector, refresh, type StartedLineageConnector } from './lineage-testbed';

const SERVER = 'lin2';
const SOURCE = 'Scheduler::dagster';

const testbed = useIntegratorTestbed(lineageIntegratorService, {
  serverName: SERVER,
  userId: 'lineageUser',
  localServerUserId: 'daemonUser',
});

async function startConnector(
  options: { name?: string; permittedSynchronization?: PermittedSynchronization } = {},
): Promise<StartedLineageConnector> {
  const name = options.name ?? 'DagsterLineageConnector';
  const connector = new ScriptedLineageConnector();
  const started = await testbed.start(connector, {
    connectorName: name,
    connectorId: `${name}-id`,
    metadataSourceQualifiedName: SOURCE,
    permittedSynchronization: options.permittedSynchronization,
  });
  return { connector, context: started.context, records: started.auditRecords };
}

function classificationNames(
  element: { elementHeader?: { classifications?: readonly { classificationName?: string }[] } } | undefined,
) {
  return (element?.elementHeader?.classifications ?? []).map((c) => c.classificationName);
}

test('data assets: from a template, published and withdrawn, reference data, and relationships between assets', async () => {
  const started = await startConnector();
  started.connector.script = async (ctx) => {
    const template = await ctx.createDataAsset({
      dataAssetProperties: { qualifiedName: 'dagster::template', typeName: 'DataSet', name: 'template' },
    });
    const copy = await ctx.createDataAssetFromTemplate({
      templateGUID: template,
      templateProperties: { qualifiedName: 'dagster::orders', displayName: 'orders' },
      externalIdentifierProperties: { externalIdentifier: 'asset-orders' },
    });
    const read = await ctx.getDataAssetByGUID({ assetGUID: copy });
    expect(read?.elementHeader?.type?.typeName).toBe('DataSet');
    expect(read?.dataAssetProperties?.name).toBe('orders');
    expect(read?.correlationHeaders?.[0]?.externalIdentifier).toBe('asset-orders');

    await ctx.publishDataAsset({ assetGUID: copy });
    expect(classificationNames(await ctx.getDataAssetByGUID({ assetGUID: copy }))).toEqual(['AssetZoneMembership']);
    await ctx.withdrawDataAsset({ assetGUID: copy });
    await ctx.setDataAssetAsReferenceData({ assetGUID: copy });
    expect(classificationNames(await ctx.getDataAssetByGUID({ assetGUID: copy }))).toEqual(['ReferenceData']);
    await ctx.clearDataAssetAsReferenceData({ assetGUID: copy });
    expect(classificationNames(await ctx.getDataAssetByGUID({ assetGUID: copy }))).toEqual([]);

    const store = await ctx.createDataAsset({
      dataAssetProperties: { qualifiedName: 'dagster::store', typeName: 'DataStore' },
    });
    const relationshipGUID = await ctx.setupRelatedDataAsset({
      relationshipTypeName: 'DataContentForDataSet',
      fromAssetGUID: store,
      toAssetGUID: copy,
      properties: { class: 'DataContentForDataSetProperties', queryId: 'q1', query: 'select *' },
    });
    const relationship = await ctx.getAssetRelationship({
      relationshipTypeName: 'DataContentForDataSet',
      fromAssetGUID: store,
      toAssetGUID: copy,
    });
    expect(relationship?.relationshipHeader?.guid).toBe(relationshipGUID);
    expect(relationship?.end2GUID?.guid).toBe(copy);
    await ctx.updateAssetRelationship({
      relationshipTypeName: 'DataContentForDataSet',
      relationshipGUID,
      isMergeUpdate: true,
      properties: { class: 'DataContentForDataSetProperties', query: 'select id' },
    });
    const atEnd2 = await ctx.getRelatedAssetsAtEnd2({
      relationshipTypeName: 'DataContentForDataSet',
      fromAssetGUID: store,
    });
    expect(atEnd2.map((r) => r.relationshipProperties)).toEqual([
      expect.objectContaining({ queryId: 'q1', query: 'select id' }),
    ]);
    const atEnd1 = await ctx.getRelatedAssetsAtEnd1({
      relationshipTypeName: 'DataContentForDataSet',
      toAssetGUID: copy,
    });
    expect(atEnd1.map((r) => r.end1GUID?.guid)).toEqual([store]);
    await ctx.clearAssetRelationship({ relationshipTypeName: 'DataContentForDataSet', relationshipGUID });
    expect(
      await ctx.getAssetRelationship({
        relationshipTypeName: 'DataContentForDataSet',
        fromAssetGUID: store,
        toAssetGUID: copy,
      }),
    ).toBeUndefined();
  };
  const report = await refresh(started);
  expect(report.createCounts).toEqual(expect.objectContaining({ DataSet: 1, DataStore: 1 }));
  expect(Object.values(report.createCounts ?? {}).reduce((a, b) => a + b, 0)).toBe(4);
  // Each element counts once: the asset (published, withdrawn, flagged) and the relationship.
  expect(Object.values(report.updateCounts ?? {}).reduce((a, b) => a + b, 0)).toBe(2);
  expect(Object.values(report.deleteCounts ?? {}).reduce((a, b) => a + b, 0)).toBe(1);
});

test('processes and ports: from a template, status, hierarchy, ports, delegation and business significance', async () => {
  const started = await startConnector();
  started.connector.script = async (ctx) => {
    const parent = await ctx.createProcess({
      processStatus: 'DRAFT',
      processProperties: { qualifiedName: 'dagster::job', name: 'job' },
    });
    expect((await ctx.getProcessByGUID({ processGUID: parent }))?.elementHeader?.status).toBe('DRAFT');
    await ctx.updateProcessStatus({ processGUID: parent, processStatus: 'ACTIVE' });
    expect((await ctx.getProcessByGUID({ processGUID: parent }))?.elementHeader?.status).toBe('ACTIVE');

    const child = await ctx.createProcessFromTemplate({
      templateGUID: parent,
      templateProperties: { qualifiedName: 'dagster::job::op', displayName: 'op' },
    });
    await ctx.setupProcessParent({
      parentProcessGUID: parent,
      childProcessGUID: child,
      properties: { class: 'ProcessContainmentProperties', processContainmentType: 'OWNED' },
    });
    expect((await ctx.getSubProcesses({ processGUID: parent })).map((p) => p.elementHeader?.guid)).toEqual([child]);
    expect((await ctx.getProcessParent({ processGUID: child }))?.elementHeader?.guid).toBe(parent);
    await ctx.publishProcess({ processGUID: child });
    expect(classificationNames(await ctx.getProcessByGUID({ processGUID: child }))).toEqual(['AssetZoneMembership']);
    await ctx.withdrawProcess({ processGUID: child });

    const parentPort = await ctx.createPort({
      processGUID: parent,
      portProperties: { qualifiedName: 'dagster::job::in', portType: 'INPUT_PORT', typeName: 'PortAlias' },
    });
    const childPort = await ctx.createPort({
      processGUID: child,
      portProperties: { qualifiedName: 'dagster::job::op::in', portType: 'INPUT_PORT', typeName: 'PortImplementation' },
    });
    await ctx.setupPortDelegation({ portOneGUID: parentPort, portTwoGUID: childPort });
    expect((await ctx.getPortDelegation({ portGUID: parentPort }))?.elementHeader?.guid).toBe(childPort);
    expect((await ctx.getPortUse({ portGUID: childPort })).map((p) => p.elementHeader?.guid)).toEqual([parentPort]);
    await ctx.clearPortDelegation({ portOneGUID: parentPort, portTwoGUID: childPort });
    expect(await ctx.getPortDelegation({ portGUID: parentPort })).toBeUndefined();

    await ctx.setupProcessPort({ processGUID: parent, portGUID: childPort });
    expect((await ctx.getPortsForProcess({ processGUID: parent })).map((p) => p.elementHeader?.guid)).toEqual([
      parentPort,
      childPort,
    ]);
    await ctx.clearProcessPort({ processGUID: parent, portGUID: childPort });

    await ctx.setBusinessSignificant({ elementGUID: parent });
    expect(classificationNames(await ctx.getProcessByGUID({ processGUID: parent }))).toEqual(['BusinessSignificant']);
    await ctx.clearBusinessSignificant({ elementGUID: parent });
    await ctx.clearProcessParent({ parentProcessGUID: parent, childProcessGUID: child });
    expect(await ctx.getProcessParent({ processGUID: child })).toBeUndefined();
  };
  const report = await refresh(started);
  expect(report.createCounts).toEqual(
    expect.objectContaining({ DeployedSoftwareComponent: 2, PortAlias: 1, PortImplementation: 1 }),
  );
});

test('schema types and attributes of a port: every schema method of the context', async () => {
  const started = await startConnector({ name: 'SchemaLineageConnector' });
  const g: Record<string, string> = {};
  started.connector.script = async (ctx) => {
    const process = await ctx.createProcess({ processProperties: { qualifiedName: 'dagster::schema-job' } });
    g.port = await ctx.createPort({
      processGUID: process,
      portProperties: { qualifiedName: 'dagster::schema-job::out', portType: 'OUTPUT_PORT' },
    });
    g.type = await ctx.createSchemaType({
      schemaTypeProperties: { qualifiedName: 'dagster::schema-job::out::schema', typeName: 'ComplexSchemaType' },
    });
    // A port's schema through the lineage exchange, read back through the schema exchange (PortSchema).
    await ctx.setupPortSchemaType({ portGUID: g.port, schemaTypeGUID: g.type });
    const forPort = await ctx.getSchemaTypeForElement({ parentElementGUID: g.port, parentElementTypeName: 'Port' });
    expect(forPort?.elementHeader?.guid).toBe(g.type);
    await ctx.clearPortSchemaType({ portGUID: g.port, schemaTypeGUID: g.type });
    expect(
      await ctx.getSchemaTypeForElement({ parentElementGUID: g.port, parentElementTypeName: 'Port' }),
    ).toBeUndefined();
    await ctx.setupSchemaTypeParent({
      schemaTypeGUID: g.type,
      parentElementGUID: g.port,
      parentElementTypeName: 'Port',
    });
    expect((await ctx.getSchemaTypeParent({ schemaTypeGUID: g.type }))?.guid).toBe(g.port);

    await ctx.updateSchemaType({
      schemaTypeGUID: g.type,
      isMergeUpdate: true,
      schemaTypeProperties: { description: 'rows written' },
    });
    expect((await ctx.getSchemaTypeByGUID({ schemaTypeGUID: g.type }))?.schemaTypeProperties?.description).toBe(
      'rows written',
    );
    expect(guidsOf(await ctx.findSchemaType({ searchString: 'dagster::schema-job::out::.*' }))).toEqual([g.type]);
    g.anchored = await ctx.createAnchoredSchemaType({
      anchorGUID: process,
      schemaTypeProperties: { qualifiedName: 'dagster::schema-job::anchored' },
    });
    g.copy = await ctx.createSchemaTypeFromTemplate({
      templateGUID: g.type,
      templateProperties: { qualifiedName: 'dagster::schema-job::copy' },
    });
    expect(guidsOf(await ctx.getSchemaTypeByName({ name: 'dagster::schema-job::copy' }))).toEqual([g.copy]);

    g.id = await ctx.createSchemaAttribute({
      schemaElementGUID: g.type,
      schemaAttributeProperties: { qualifiedName: 'dagster::schema-job::out::id' },
    });
    g.ref = await ctx.createSchemaAttributeFromTemplate({
      schemaElementGUID: g.copy,
      templateGUID: g.id,
      templateProperties: { qualifiedName: 'dagster::schema-job::copy::ref' },
    });
    await ctx.updateSchemaAttribute({
      schemaAttributeGUID: g.id,
      isMergeUpdate: true,
      schemaAttributeProperties: { description: 'row id' },
    });
    expect(guidsOf(await ctx.getNestedSchemaAttributes({ parentSchemaElementGUID: g.type }))).toEqual([g.id]);
    expect(guidsOf(await ctx.findSchemaAttributes({ searchString: '.*::ref' }))).toEqual([g.ref]);
    expect(guidsOf(await ctx.getSchemaAttributesByName({ name: 'dagster::schema-job::out::id' }))).toEqual([g.id]);

    await ctx.setupColumnAsPrimaryKey({ schemaAttributeGUID: g.id, primaryKeyName: 'pk_id' });
    await ctx.setSchemaElementAsCalculatedValue({ schemaElementGUID: g.ref, formula: 'id + 0' });
    expect(
      classificationNames(await ctx.getSchemaAttributeByGUID({ schemaAttributeGUID: g.id })).concat(
        classificationNames(await ctx.getSchemaAttributeByGUID({ schemaAttributeGUID: g.ref })),
      ),
      // The port's schema type anchors its attribute to the port, as in Egeria 5.2; the copy, given no
      // anchor of its own, takes its template's (Egeria's template handler).
    ).toEqual(['Anchors', 'PrimaryKey', 'Anchors', 'CalculatedValue']);
    await ctx.setupForeignKeyRelationship({
      primaryKeyGUID: g.id,
      foreignKeyGUID: g.ref,
      foreignKeyProperties: { name: 'fk_id' },
    });
    await ctx.updateForeignKeyRelationship({
      primaryKeyGUID: g.id,
      foreignKeyGUID: g.ref,
      foreignKeyProperties: { name: 'fk_id', description: 'same row' },
    });
    await ctx.clearForeignKeyRelationship({ primaryKeyGUID: g.id, foreignKeyGUID: g.ref });
    await ctx.clearSchemaElementAsCalculatedValue({ schemaElementGUID: g.ref });
    await ctx.clearColumnAsPrimaryKey({ schemaAttributeGUID: g.id });
    await ctx.setupSchemaElementRelationship({
      endOneGUID: g.ref,
      endTwoGUID: g.anchored,
      relationshipName: 'SchemaAttributeType',
    });
    await ctx.clearSchemaElementRelationship({
      endOneGUID: g.ref,
      endTwoGUID: g.anchored,
      relationshipName: 'SchemaAttributeType',
    });

    await ctx.removeSchemaAttribute({ schemaAttributeGUID: g.ref });
    await ctx.clearSchemaTypeParent({
      schemaTypeGUID: g.type,
      parentElementGUID: g.port,
      parentElementTypeName: 'Port',
    });
    expect(await ctx.getSchemaTypeParent({ schemaTypeGUID: g.type })).toBeUndefined();
    await ctx.removeSchemaType({ schemaTypeGUID: g.copy });
    expect(await ctx.getSchemaTypeByName({ name: 'dagster::schema-job::copy' })).toEqual([]);
  };
  const report = await refresh(started);
  // A copy counts under the kind's type: the template's type is not known before the call.
  expect(report.createCounts).toEqual({
    DeployedSoftwareComponent: 1,
    Port: 1,
    ComplexSchemaType: 1,
    SchemaType: 2,
    SchemaAttribute: 2,
  });
  expect(report.deleteCounts).toEqual(expect.objectContaining({ SchemaAttribute: 1 }));
  expect(report.createdElements).toEqual(expect.arrayContaining([g.type, g.anchored, g.copy, g.id, g.ref]));
});

test('Memento and Incomplete: set and removed through the open metadata store, owned by the asset manager', async () => {
  const started = await startConnector();
  let processGUID = '';
  started.connector.script = async (ctx) => {
    processGUID = await ctx.createProcess({ processProperties: { qualifiedName: 'dagster::retired' } });
    await ctx.addMementoClassification({ elementGUID: processGUID });
    await ctx.addIncompleteClassification({ elementGUID: processGUID });
    const both = await ctx.getProcessByGUID({ processGUID });
    expect(classificationNames(both)).toEqual(['Memento', 'Incomplete']);
    const memento = both?.elementHeader?.classifications?.[0];
    expect(memento?.origin?.homeMetadataCollectionId).toBe(ctx.getMetadataSourceGUID());
    await ctx.clearIncompleteClassification({ elementGUID: processGUID });
    await ctx.clearMementoClassification({ elementGUID: processGUID });
    expect(classificationNames(await ctx.getProcessByGUID({ processGUID }))).toEqual([]);
  };
  const report = await refresh(started);
  // Four changes to one element: it counts once.
  expect(report.updateCounts).toEqual({ Referenceable: 1 });
  expect(report.updatedElements).toEqual([processGUID]);

  const sent = testbed.proxy.requests.filter((r) => r.path.includes('/classifications/'));
  expect(sent.map((r) => r.path)).toEqual([
    `/servers/${SERVER}/open-metadata/framework-services/asset-manager/open-metadata-store/users/lineageUser/metadata-elements/${processGUID}/classifications/Memento`,
    `/servers/${SERVER}/open-metadata/framework-services/asset-manager/open-metadata-store/users/lineageUser/metadata-elements/${processGUID}/classifications/Incomplete`,
    `/servers/${SERVER}/open-metadata/framework-services/asset-manager/open-metadata-store/users/lineageUser/metadata-elements/${processGUID}/classifications/Incomplete/delete`,
    `/servers/${SERVER}/open-metadata/framework-services/asset-manager/open-metadata-store/users/lineageUser/metadata-elements/${processGUID}/classifications/Memento/delete`,
  ]);
  expect(JSON.parse(sent[0].body)).toEqual({
    class: 'NewClassificationRequestBody',
    externalSourceGUID: started.context.getMetadataSourceGUID(),
    externalSourceName: SOURCE,
    forLineage: true,
    forDuplicateProcessing: false,
  });
});

/** A governance tool's call to the emulator's open governance service (not through the connector). */
async function governance(path: string, body?: unknown): Promise<string> {
  const answer = await fetch(
    `${testbed.emulator.url}/servers/${SERVER}/open-metadata/framework-services/asset-manager/open-governance-service/users/steward${path}`,
    body === undefined
      ? { method: 'POST' }
      : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );
  return ((await answer.json()) as { guid?: string }).guid ?? '';
}

test('governance action processes, their steps and engine actions: read through the open governance service', async () => {
  const process = await governance('/governance-action-processes', {
    processStatus: 'ACTIVE',
    properties: {
      class: 'GovernanceActionProcessProperties',
      qualifiedName: 'gap::lineage-check',
      displayName: 'Lineage check',
    },
  });
  const step = (qualifiedName: string) =>
    governance('/governance-action-process-steps', {
      class: 'GovernanceActionProcessStepProperties',
      qualifiedName,
      requestType: qualifiedName.split('::')[1],
      domainIdentifier: 0,
      waitTime: 0,
      ignoreMultipleTriggers: false,
    });
  const survey = await step('gap::survey');
  const report = await step('gap::report');
  await governance(`/governance-action-processes/${process}/first-process-step/${survey}`);
  await governance(`/governance-action-process-steps/${survey}/next-process-steps/${report}`, {
    guard: 'surveyed',
    mandatoryGuard: false,
  });
  const action = await governance('/governance-engines/LineageGovernance/engine-actions/initiate', {
    domainIdentifier: 0,
    requestType: 'survey',
  });

  const started = await startConnector({ name: 'GovernanceReadingConnector' });
  started.connector.script = async (ctx) => {
    const found = await ctx.findGovernanceActionProcesses({ searchString: 'gap::lineage.*' });
    expect(found.map((p) => p.processProperties?.displayName)).toEqual(['Lineage check']);
    expect((await ctx.getGovernanceActionProcessesByName({ name: 'Lineage check' })).length).toBe(1);
    expect((await ctx.getGovernanceActionProcessByGUID({ processGUID: process }))?.elementHeader?.guid).toBe(process);
    expect((await ctx.findGovernanceActionProcessSteps({ searchString: 'gap::.*' })).length).toBe(2);
    expect(
      (await ctx.getGovernanceActionProcessStepsByName({ name: 'gap::report' })).map((s) => s.elementHeader?.guid),
    ).toEqual([report]);
    expect(
      (await ctx.getGovernanceActionProcessStepByGUID({ processStepGUID: survey }))?.processStepProperties?.requestType,
    ).toBe('survey');
    const first = await ctx.getFirstProcessStep({ processGUID: process });
    expect(first?.element?.elementHeader?.guid).toBe(survey);
    const next = await ctx.getNextProcessSteps({ processStepGUID: survey });
    expect(next.map((n) => [n.nextProcessStep?.elementHeader?.guid, n.guard, n.mandatoryGuard])).toEqual([
      [report, 'surveyed', false],
    ]);
    const engineAction = await ctx.getEngineAction({ engineActionGUID: action });
    expect([engineAction?.governanceEngineName, engineAction?.actionStatus]).toEqual([
      'LineageGovernance',
      'REQUESTED',
    ]);
    expect((await ctx.getEngineActions()).map((a) => a.elementHeader?.guid)).toContain(action);
    expect(
      (await ctx.getActiveEngineActions({ startFrom: 0, pageSize: 10 })).map((a) => a.elementHeader?.guid),
    ).toContain(action);
    await expect(ctx.getEngineActions({ pageSize: -1 })).rejects.toThrow(
      expect.objectContaining({ exceptionProperties: expect.objectContaining({ parameterName: 'pageSize' }) }),
    );
  };
  const activity = await refresh(started);
  expect(activity.createdElements).toEqual([]);
  const reads = testbed.proxy.requests.filter((r) => r.path.includes('/open-governance-service/'));
  expect(reads.map((r) => `${r.method} ${r.path.split('/users/lineageUser')[1]}`)).toEqual(
    expect.arrayContaining([
      'POST /governance-action-processes/by-search-string',
      `GET /governance-action-processes/${process}/first-process-step`,
      `GET /governance-action-process-steps/${survey}/next-process-steps`,
      'GET /engine-actions/active',
    ]),
  );
});

test('TO_THIRD_PARTY: the new writes are refused with UserNotAuthorized before anything is sent', async () => {
  const writer = await startConnector({ name: 'WritingConnector' });
  const processGUID = await writer.context.createProcess({ processProperties: { qualifiedName: 'dagster::guarded' } });
  const attempts: Array<[string, (context: LineageIntegratorContext) => Promise<unknown>]> = [
    ['addMementoClassification', (ctx) => ctx.addMementoClassification({ elementGUID: processGUID })],
    ['clearIncompleteClassification', (ctx) => ctx.clearIncompleteClassification({ elementGUID: processGUID })],
    ['updateProcessStatus', (ctx) => ctx.updateProcessStatus({ processGUID, processStatus: 'DRAFT' })],
    [
      'createProcessFromTemplate',
      (ctx) =>
        ctx.createProcessFromTemplate({
          templateGUID: processGUID,
          templateProperties: { qualifiedName: 'dagster::never' },
        }),
    ],
    ['publishProcess', (ctx) => ctx.publishProcess({ processGUID })],
    [
      'createSchemaType',
      (ctx) => ctx.createSchemaType({ schemaTypeProperties: { qualifiedName: 'dagster::never::schema' } }),
    ],
    ['setupPortSchemaType', (ctx) => ctx.setupPortSchemaType({ portGUID: processGUID, schemaTypeGUID: processGUID })],
  ];
  // Each write in a connector of its own: the kit checks it is refused with UserNotAuthorized and nothing is sent.
  let pushing = writer.context;
  for (const [operation, attempt] of attempts) {
    const { refusal, context } = await testbed.expectWriteRefused(new ScriptedLineageConnector(), attempt, {
      metadataSourceQualifiedName: SOURCE,
    });
    expect(refusal.message).toContain(operation);
    pushing = context;
  }
  expect(pushing.permittedSynchronization).toBe(PermittedSynchronization.TO_THIRD_PARTY);
  expect((await pushing.getProcessByGUID({ processGUID }))?.elementHeader?.classifications).toBeUndefined();
  expect(await pushing.getProcessesByName({ name: 'dagster::never' })).toEqual([]);
});
