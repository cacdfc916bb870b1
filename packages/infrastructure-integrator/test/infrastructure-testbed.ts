/**
 * Shared by the infrastructure context tests: a scripted infrastructure connector, started against
 * the testbed's emulator over HTTP as the connector user `infraUser`, with the refusal check of
 * the writes the permitted synchronization forbids.
 */
import type { Connection } from '@egeria-ts/core';
import {
  scriptedConnector,
  useIntegratorTestbed,
  type IntegratorTestbed,
  type TestContextOptions,
} from '@egeria-ts/testing';
import {
  InfrastructureIntegratorConnector,
  infrastructureIntegratorService,
  type InfrastructureIntegratorContext,
} from '@egeria-ts/infrastructure-integrator';
import type { ITInfrastructureOutTopicEvent } from '@egeria-ts/omas-client';

/** An infrastructure connector whose refresh runs a script through its context, and that may listen to events. */
export const ScriptedInfrastructureConnector = scriptedConnector<
  InfrastructureIntegratorConnector,
  ITInfrastructureOutTopicEvent
>(InfrastructureIntegratorConnector);

/** An instance of {@link ScriptedInfrastructureConnector}. */
export type ScriptedInfrastructureConnector = InstanceType<typeof ScriptedInfrastructureConnector>;

/** A write through the context. */
export type Write = (context: InfrastructureIntegratorContext) => Promise<unknown>;

/** A started connector with its context. */
export interface StartedInfrastructureConnector {
  readonly connector: ScriptedInfrastructureConnector;
  readonly context: InfrastructureIntegratorContext;
}

/** What a test file gets: the testbed, a way to start connectors and to check refused writes. */
export interface InfrastructureTestbed {
  readonly testbed: IntegratorTestbed<InfrastructureIntegratorContext>;
  start(
    settings?: TestContextOptions['settings'],
    configure?: (connector: ScriptedInfrastructureConnector) => void,
  ): Promise<StartedInfrastructureConnector>;
  /**
   * Runs each write in a connector of its own under `TO_THIRD_PARTY` and gives back the message id
   * it was refused with (the kit's `expectWriteRefused`: refused before anything was sent), and
   * the last connector's context.
   */
  refusals(
    metadataSourceQualifiedName: string,
    writes: readonly [Write, ...Write[]],
  ): Promise<{ readonly messageIds: (string | undefined)[]; readonly context: InfrastructureIntegratorContext }>;
}

/**
 * Sets up the testbed (call at the top of a test file: it registers jest hooks).
 * @param connectorNamePrefix - the start of each connector's name
 * @param connectionName - the qualified name of the connectors' connection
 */
export function useInfrastructureTestbed(connectorNamePrefix: string, connectionName: string): InfrastructureTestbed {
  const connection: Connection = {
    class: 'Connection',
    qualifiedName: connectionName,
    connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:ScriptedInfrastructureConnector' },
  };
  const testbed = useIntegratorTestbed(infrastructureIntegratorService, {
    serverName: 'mds1',
    heartbeatMs: 60_000,
    userId: 'infraUser',
    localServerUserId: 'daemonUser',
    connectorNamePrefix,
    connection,
  });
  return {
    testbed,
    async start(settings = {}, configure = () => undefined) {
      const connector = new ScriptedInfrastructureConnector();
      configure(connector);
      const started = await testbed.start(connector, { settings });
      return { connector, context: started.context };
    },
    async refusals(metadataSourceQualifiedName, writes) {
      const refused = [];
      for (const write of writes) {
        refused.push(
          await testbed.expectWriteRefused(new ScriptedInfrastructureConnector(), write, {
            settings: { metadataSourceQualifiedName },
          }),
        );
      }
      return { messageIds: refused.map((r) => r.refusal.messageId), context: refused[refused.length - 1].context };
    },
  };
}
