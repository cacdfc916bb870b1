/**
 * A small lineage integration connector runs through its context against the emulator over real
 * HTTP: processes, ports and lineage relationships, a refused write under TO_THIRD_PARTY, Asset
 * Manager out-topic events, and OpenLineage run events published and received.
 */
import { EgeriaError, PermittedSynchronization, UserNotAuthorizedException } from '@egeria-ts/core';
import { createTestContext, startTestEmulator, type TestContext, type TestEmulator } from '@egeria-ts/testing';
import {
  createLineageIntegratorService,
  lineageIntegratorService,
  type AssetManagerOutTopicEvent,
  type LineageIntegratorService,
  type OpenLineageRunEvent,
} from '@egeria-ts/lineage-integrator';
import { ScriptedLineageConnector, refresh, type StartedLineageConnector } from './lineage-testbed';

const SERVER = 'lin1';

let emulator: TestEmulator;
const running: TestContext[] = [];
const services: LineageIntegratorService[] = [];

async function startConnector(
  service: LineageIntegratorService,
  options: { name?: string; permittedSynchronization?: PermittedSynchronization } = {},
): Promise<StartedLineageConnector> {
  const name = options.name ?? 'EtlLineageConnector';
  const connector = new ScriptedLineageConnector();
  const started = await createTestContext(service, {
    emulator,
    connectorName: name,
    connectorId: `${name}-id`,
    userId: 'lineageUser',
    localServerUserId: 'daemonUser',
    metadataSourceQualifiedName: 'Scheduler::airflow',
    permittedSynchronization: options.permittedSynchronization,
    connector,
  });
  running.push(started);
  return { connector, context: started.context, records: started.auditRecords };
}

function newService(): LineageIntegratorService {
  const service = createLineageIntegratorService();
  services.push(service);
  return service;
}

const RUN_EVENT = {
  eventType: 'COMPLETE',
  eventTime: '2026-05-01T10:00:00.000Z',
  producer: 'https://github.com/OpenLineage/OpenLineage/tree/1.9.0/integration/airflow',
  schemaURL: 'https://openlineage.io/spec/1-0-5/OpenLineage.json#/definitions/RunEvent',
  run: {
    runId: '3f5e83fa-3480-44ff-99c5-ff943904e5e8',
    facets: { nominalTime: { nominalStartTime: '2026-05-01T09:00:00Z' } },
  },
  job: {
    namespace: 'airflow',
    name: 'load_orders',
    facets: { sql: { query: 'INSERT INTO orders SELECT * FROM raw' } },
  },
  inputs: [{ namespace: 'postgres://db:5432', name: 'public.raw' }],
  outputs: [
    { namespace: 'postgres://db:5432', name: 'public.orders', outputFacets: { outputStatistics: { rowCount: 7 } } },
  ],
};

beforeAll(async () => {
  emulator = await startTestEmulator({ serverName: SERVER });
});

afterEach(async () => {
  for (const started of running.splice(0)) await started.close();
  for (const service of services.splice(0)) await service.close();
});

afterAll(async () => {
  await lineageIntegratorService.close();
  await emulator.close();
});

test('the service describes the Lineage Integrator; a connector without context gets OMIS-LINEAGE-INTEGRATOR-500-001', () => {
  expect(lineageIntegratorService.description.code).toBe(606);
  expect(lineageIntegratorService.description.defaultPermittedSynchronization).toBe('FROM_THIRD_PARTY');
  expect(() => new ScriptedLineageConnector().context).toThrow(
    expect.objectContaining({ messageId: 'OMIS-LINEAGE-INTEGRATOR-500-001' }),
  );
  expect(() => lineageIntegratorService.validateConnector({}, 'stranger')).toThrow(
    expect.objectContaining({ messageId: 'OMIS-LINEAGE-INTEGRATOR-400-001' }),
  );
});

test('processes, ports, data flows, control flows and process calls: create, update, find and remove', async () => {
  const started = await startConnector(newService());
  expect(started.context.isForLineage()).toBe(true);
  expect(started.context.getIntegrationServiceName()).toBe(lineageIntegratorService.description.fullName);
  let processGUID = '';
  let flowGUID = '';
  started.connector.script = async (ctx) => {
    const rawGUID = await ctx.createDataAsset({
      dataAssetProperties: { qualifiedName: 'pg::raw', typeName: 'DataSet' },
    });
    processGUID = await ctx.createProcess({
      processStatus: 'ACTIVE',
      processProperties: { qualifiedName: 'airflow::load_orders', displayName: 'load_orders' },
    });
    await ctx.updateProcess({ processGUID, isMergeUpdate: true, processProperties: { displayName: 'Load orders' } });
    const portGUID = await ctx.createPort({
      processGUID,
      portProperties: { qualifiedName: 'airflow::load_orders::in', displayName: 'in', typeName: 'PortImplementation' },
    });
    await ctx.updatePort({
      portGUID,
      portProperties: { qualifiedName: 'airflow::load_orders::in', displayName: 'input' },
    });
    expect((await ctx.getPortsForProcess({ processGUID })).map((p) => p.portProperties?.displayName)).toEqual([
      'input',
    ]);

    flowGUID = await ctx.setupDataFlow({
      dataSupplierGUID: rawGUID,
      dataConsumerGUID: processGUID,
      properties: { qualifiedName: 'flow::raw', label: 'raw rows' },
    });
    await ctx.updateDataFlow({ dataFlowGUID: flowGUID, properties: { qualifiedName: 'flow::raw', label: 'all rows' } });
    const flow = await ctx.getDataFlow({ dataSupplierGUID: rawGUID, dataConsumerGUID: processGUID });
    expect(flow?.dataFlowProperties?.label).toBe('all rows');
    expect(
      (await ctx.getDataFlowSuppliers({ dataConsumerGUID: processGUID })).map((f) => f.dataSupplier?.guid),
    ).toEqual([rawGUID]);

    const publishGUID = await ctx.createProcess({ processProperties: { qualifiedName: 'airflow::publish' } });
    const controlGUID = await ctx.setupControlFlow({ currentStepGUID: processGUID, nextStepGUID: publishGUID });
    expect((await ctx.getControlFlowPreviousSteps({ currentStepGUID: publishGUID }))[0]?.currentStep?.guid).toBe(
      processGUID,
    );
    const callGUID = await ctx.setupProcessCall({ callerGUID: processGUID, calledGUID: publishGUID });
    expect((await ctx.getProcessCalled({ callerGUID: processGUID })).map((c) => c.processCallHeader?.guid)).toEqual([
      callGUID,
    ]);
    await ctx.clearProcessCall({ processCallGUID: callGUID });
    await ctx.clearControlFlow({ controlFlowGUID: controlGUID });

    const found = await ctx.findProcesses({ searchString: 'airflow::load.*' });
    expect(found.map((p) => p.processProperties?.displayName)).toEqual(['Load orders']);
    expect((await ctx.getProcessByGUID({ processGUID }))?.elementHeader?.type?.typeName).toBe(
      'DeployedSoftwareComponent',
    );

    await ctx.clearDataFlow({ dataFlowGUID: flowGUID });
    await ctx.removeProcess({ processGUID });
    expect(await ctx.getProcessesByName({ name: 'airflow::load_orders' })).toEqual([]);
  };
  const report = await refresh(started);
  expect(report.createCounts).toEqual({
    DataSet: 1,
    DeployedSoftwareComponent: 2,
    PortImplementation: 1,
    DataFlow: 1,
    ControlFlow: 1,
    ProcessCall: 1,
  });
  expect(report.updateCounts).toEqual({ DeployedSoftwareComponent: 1, PortImplementation: 1, DataFlow: 1 });
  expect(report.deleteCounts).toEqual({ DataFlow: 1, ControlFlow: 1, ProcessCall: 1, DeployedSoftwareComponent: 1 });
  expect(report.deletedElements).toEqual(expect.arrayContaining([processGUID, flowGUID]));
});

test('TO_THIRD_PARTY: a write is refused with a UserNotAuthorized error and nothing is sent', async () => {
  const service = newService();
  const pushing = await startConnector(service, {
    name: 'PushingConnector',
    permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
  });
  const refusal = await pushing.context
    .createProcess({ processProperties: { qualifiedName: 'airflow::never' } })
    .catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(UserNotAuthorizedException);
  expect((refusal as EgeriaError).message).toContain('createProcess');
  expect(await pushing.context.getProcessesByName({ name: 'airflow::never' })).toEqual([]);
});

test('Asset Manager out-topic events reach a registered listener', async () => {
  const service = newService();
  const listening = await startConnector(service, { name: 'ListeningConnector' });
  const events: AssetManagerOutTopicEvent[] = [];
  await listening.context.registerListener((event: AssetManagerOutTopicEvent) => {
    events.push(event);
  });
  await refresh(listening);
  const writer = await startConnector(service, { name: 'WritingConnector' });
  const guid = await writer.context.createProcess({ processProperties: { qualifiedName: 'airflow::announced' } });
  const deadline = Date.now() + 5000;
  while (!events.some((e) => e.elementHeader?.guid === guid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(events.find((e) => e.elementHeader?.guid === guid)?.eventType).toBe('NEW_ELEMENT_CREATED');
});

describe('OpenLineage run events', () => {
  test('published by one connector, received typed by every connector of the service', async () => {
    const service = newService();
    const a = await startConnector(service, { name: 'ConnectorA' });
    const b = await startConnector(service, { name: 'ConnectorB' });
    const received: Array<{ who: string; event?: OpenLineageRunEvent; raw?: string }> = [];
    a.context.registerOpenLineageListener((event, raw) => {
      received.push({ who: 'a', event, raw });
    });
    await b.context.registerListener({
      processOpenLineageRunEvent: (event, raw) => {
        received.push({ who: 'b', event, raw });
      },
    });
    expect(service.openLineageListenerCount).toBe(2);

    const raw = JSON.stringify(RUN_EVENT);
    const result = await a.context.publishOpenLineageRunEvent(raw);
    expect(result).toEqual(expect.objectContaining({ delivered: 2, failed: 0 }));
    expect(received.map((r) => r.who)).toEqual(['a', 'b']);
    for (const r of received) {
      expect(r.raw).toBe(raw);
      expect(r.event?.job?.name).toBe('load_orders');
      expect(r.event?.run?.facets?.nominalTime?.nominalStartTime).toBe('2026-05-01T09:00:00Z');
      expect(r.event?.outputs?.[0].outputFacets?.['outputStatistics']).toEqual({ rowCount: 7 });
    }

    received.length = 0;
    await b.context.publishOpenLineageRunEvent({ ...RUN_EVENT, eventType: 'START' } as OpenLineageRunEvent);
    expect(received.map((r) => r.event?.eventType)).toEqual(['START', 'START']);
    expect(JSON.parse(received[0].raw ?? '{}')).toEqual(expect.objectContaining({ eventType: 'START' }));
  });

  test('an unreadable event is logged and still delivered as raw text; a failing listener is logged and the others still receive', async () => {
    const service = newService();
    const a = await startConnector(service, { name: 'ConnectorA' });
    const b = await startConnector(service, { name: 'ConnectorB' });
    const seen: Array<{ event?: OpenLineageRunEvent; raw?: string }> = [];
    a.context.registerOpenLineageListener(() => {
      throw new Error('listener broke');
    });
    b.context.registerOpenLineageListener(async (event, raw) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push({ event, raw });
    });

    const broken = '{"eventType": "COMPLETE", "run": ';
    const result = await a.context.publishOpenLineageRunEvent(broken);
    expect(result).toEqual(expect.objectContaining({ delivered: 1, failed: 1 }));
    expect(seen).toEqual([{ event: undefined, raw: broken }]);
    const format = a.records.withMessageId('OMIS-LINEAGE-INTEGRATOR-0005');
    expect(format).toHaveLength(1);
    expect(format[0].messageParameters?.[2]).toBe(broken);
    expect(a.records.withMessageId('OMIS-LINEAGE-INTEGRATOR-0006')).toHaveLength(1);
    expect(b.records.withMessageId('OMIS-LINEAGE-INTEGRATOR-0006')).toHaveLength(0);

    const wrongShape = await a.context.publishOpenLineageRunEvent('{"job": "load_orders"}');
    expect(wrongShape.event).toBeUndefined();
    expect(seen[1]).toEqual({ event: undefined, raw: '{"job": "load_orders"}' });
  });

  test("the service's publishOpenLineageEvent (the daemon's REST route) fans out; a disconnected connector's listeners are gone", async () => {
    const service = newService();
    const a = await startConnector(service, { name: 'ConnectorA' });
    const b = await startConnector(service, { name: 'ConnectorB' });
    const names: string[] = [];
    a.context.registerOpenLineageListener((event) => {
      names.push(`a:${event?.job?.name}`);
    });
    b.context.registerOpenLineageListener((event) => {
      names.push(`b:${event?.job?.name}`);
    });
    await service.publishOpenLineageEvent(JSON.stringify(RUN_EVENT));
    expect(names).toEqual(['a:load_orders', 'b:load_orders']);

    await a.context.disconnect();
    names.length = 0;
    const result = await service.publishOpenLineageEvent(JSON.stringify(RUN_EVENT));
    expect(result.delivered).toBe(1);
    expect(names).toEqual(['b:load_orders']);
    await expect(b.context.publishOpenLineageRunEvent(42 as never)).rejects.toThrow(
      expect.objectContaining({ exceptionProperties: { parameterName: 'event' } }),
    );
  });
});
