import {
  ConnectorCheckedException,
  IllegalStateError,
  InMemoryAuditLogDestination,
  IntegrationConnector,
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  WriteTarget,
  type Connection,
} from '@egeria-ts/core';
import { scriptedConnector, useIntegratorTestbed, type TestContextOptions } from '@egeria-ts/testing';
import {
  AnalyticsIntegratorConnector,
  analyticsIntegratorService,
  type AnalyticsIntegratorContext,
} from '@egeria-ts/analytics-integrator';

const SERVER = 'mds1';
const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'test-analytics-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:ScriptedAnalyticsConnector' },
};

/** An analytics connector whose refresh runs a script through its context. */
const ScriptedAnalyticsConnector = scriptedConnector(AnalyticsIntegratorConnector);
type ScriptedAnalyticsConnector = InstanceType<typeof ScriptedAnalyticsConnector>;

const testbed = useIntegratorTestbed(analyticsIntegratorService, {
  serverName: SERVER,
  userId: 'analyticsUser',
  localServerUserId: 'daemonUser',
  connectorNamePrefix: 'analytics-connector',
  connection: CONNECTION,
});

async function startConnector(settings: TestContextOptions['settings'] = {}): Promise<{
  connector: ScriptedAnalyticsConnector;
  context: AnalyticsIntegratorContext;
  records: InMemoryAuditLogDestination;
}> {
  const connector = new ScriptedAnalyticsConnector();
  const started = await testbed.start(connector, { settings, direct: true });
  return { connector, context: started.context, records: started.auditRecords };
}

async function frameworkGet(path: string): Promise<Record<string, unknown>> {
  const answer = await fetch(
    `${testbed.emulator.url}/servers/${SERVER}/open-metadata/framework-services/data-science/open-integration/users/daemonUser${path}`,
  );
  return (await answer.json()) as Record<string, unknown>;
}

describe('AnalyticsIntegratorConnector', () => {
  it('has a typed error with the service id when its context is read too early', () => {
    let error: unknown;
    try {
      void new ScriptedAnalyticsConnector().context;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).messageId).toBe('OMIS-ANALYTICS-INTEGRATOR-500-001');
  });

  it('is the only kind of connector the service runs', () => {
    class NotAnAnalyticsConnector extends IntegrationConnector {
      async refresh(): Promise<void> {}
    }
    expect(() => analyticsIntegratorService.validateConnector(new NotAnAnalyticsConnector(), 'other')).toThrow(
      expect.objectContaining({ messageId: 'OMIS-ANALYTICS-INTEGRATOR-400-001' }),
    );
    expect(analyticsIntegratorService.description).toMatchObject({
      code: 609,
      marker: 'analytics-integrator',
      partnerOMAS: 'Data Science OMAS',
      partnerOMASMarker: 'data-science',
      defaultPermittedSynchronization: PermittedSynchronization.BOTH_DIRECTIONS,
    });
  });
});

describe('AnalyticsIntegratorContext against the emulator', () => {
  it("carries the connector's identity and its analytics tool as metadata source", async () => {
    const { context, records } = await startConnector({ metadataSourceQualifiedName: 'jupyter://lab' });
    expect(records.withMessageId('OMIS-ANALYTICS-INTEGRATOR-0002')[0].messageParameters.slice(2, 4)).toEqual([
      'jupyter://lab',
      'BOTH_DIRECTIONS',
    ]);
    expect(context.userId).toBe('analyticsUser');
    expect(context.integrationService.code).toBe(609);
    expect(context.metadataSourceName).toBe('jupyter://lab');
    const found = await fetch(
      `${testbed.emulator.url}/servers/${SERVER}/open-metadata/framework-services/data-science/open-integration/users/daemonUser/metadata-sources/by-name`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'jupyter://lab', namePropertyName: 'qualifiedName' }),
      },
    );
    expect(((await found.json()) as { guid?: string }).guid).toBe(context.metadataSourceGUID);

    // The analytics tool owns what the connector creates, unless the connector says otherwise.
    expect(context.getExternalSourceIsHome()).toBe(true);
    context.setAnalyticsToolIsHome(false);
    expect(context.getExternalSourceIsHome()).toBe(false);
    expect(() => context.setAnalyticsToolIsHome('no' as never)).toThrow(InvalidParameterException);
  });

  it('keeps the permitted synchronization: the default lets both directions through, a configured one is enforced', async () => {
    const both = await startConnector();
    expect(both.context.permittedSynchronization).toBe(PermittedSynchronization.BOTH_DIRECTIONS);
    expect(() => both.context.guardWrite('write', WriteTarget.OPEN_METADATA)).not.toThrow();
    expect(() => both.context.guardWrite('write', WriteTarget.THIRD_PARTY)).not.toThrow();
    const inbound = await startConnector({ permittedSynchronization: PermittedSynchronization.FROM_THIRD_PARTY });
    expect(() => inbound.context.guardWrite('exportModel', WriteTarget.THIRD_PARTY)).toThrow(
      UserNotAuthorizedException,
    );
  });

  it('refuses listeners with a typed error: the Data Science OMAS has no out topic', async () => {
    const { context } = await startConnector();
    const error = await context.registerListener(() => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    expect((error as ConnectorCheckedException).messageId).toBe('EGERIA-TS-INTEGRATION-SERVICE-400-003');
    expect(context.isListenerRegistered()).toBe(false);
  });

  it('publishes its activity report on its metadata source', async () => {
    const { connector, context } = await startConnector({
      metadataSourceQualifiedName: 'jupyter://reporting',
      generateIntegrationReport: true,
    });
    connector.script = async (ctx) => {
      ctx.reportElementCreation('DeployedAnalyticsModel', 'model-guid-1');
    };
    await connector.runRefresh(new AbortController().signal);
    const reports = await frameworkGet(
      `/integration-reports/for-element/${context.metadataSourceGUID}?startingFrom=0&maximumResults=0`,
    );
    const report = (reports['elements'] as Record<string, Record<string, unknown>>[])[0];
    expect(report['properties']).toMatchObject({
      connectorName: context.connectorName,
      createdElements: ['model-guid-1'],
    });
  });
});
