/**
 * Shared by the exchange service tests: a catalog connector whose refresh runs a script through its
 * context, started against the testbed's emulator over HTTP, and one refresh recorded as the
 * runtime records it.
 */
import type { InMemoryAuditLogDestination, IntegrationReport, PermittedSynchronization } from '@egeria-ts/core';
import { scriptedConnector, useIntegratorTestbed, type IntegratorTestbed } from '@egeria-ts/testing';
import {
  CatalogIntegratorConnector,
  catalogIntegratorService,
  type AssetManagerOutTopicEvent,
  type CatalogIntegratorContext,
} from '@egeria-ts/catalog-integrator';

/** A catalog connector whose refresh runs the script a test gives it. */
export const ScriptedCatalogConnector = scriptedConnector<CatalogIntegratorConnector, AssetManagerOutTopicEvent>(
  CatalogIntegratorConnector,
);

/** An instance of {@link ScriptedCatalogConnector}. */
export type ScriptedCatalogConnector = InstanceType<typeof ScriptedCatalogConnector>;

/** A started connector with its context and audit records. */
export interface StartedCatalogConnector {
  readonly connector: ScriptedCatalogConnector;
  readonly context: CatalogIntegratorContext;
  readonly records: InMemoryAuditLogDestination;
}

/** What a test file gets: the testbed, a way to start connectors and to run one recorded refresh. */
export interface CatalogTestbed {
  readonly testbed: IntegratorTestbed<CatalogIntegratorContext>;
  start(options: {
    readonly name: string;
    readonly metadataSource?: string;
    readonly permittedSynchronization?: PermittedSynchronization;
    readonly serviceOptions?: Record<string, unknown>;
    readonly maxPageSize?: number;
  }): Promise<StartedCatalogConnector>;
  refresh(
    started: StartedCatalogConnector,
    script: (context: CatalogIntegratorContext) => Promise<void>,
  ): Promise<IntegrationReport>;
}

/** Sets up the testbed (call at the top of a test file: it registers jest hooks). */
export function useCatalogTestbed(serverName: string): CatalogTestbed {
  const testbed = useIntegratorTestbed(catalogIntegratorService, {
    serverName,
    userId: 'catalogUser',
    localServerUserId: 'daemonUser',
  });
  return {
    testbed,
    async start(options) {
      const connector = new ScriptedCatalogConnector();
      const started = await testbed.start(connector, {
        direct: true,
        connectorName: options.name,
        connectorId: `${options.name}-id`,
        metadataSourceQualifiedName: options.metadataSource ?? `Catalog::${options.name}`,
        permittedSynchronization: options.permittedSynchronization,
        serviceOptions: options.serviceOptions,
        ...(options.maxPageSize === undefined ? {} : { settings: { maxPageSize: options.maxPageSize } }),
      });
      return { connector, context: started.context, records: started.auditRecords };
    },
    async refresh(started, script) {
      const signal = new AbortController().signal;
      started.connector.script = script;
      started.context.setRefreshSignal(signal);
      started.context.startRecording();
      await started.connector.refresh(signal);
      const report = started.context.getCurrentReport();
      await started.context.publishReport();
      return report;
    },
  };
}
