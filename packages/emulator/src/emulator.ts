/**
 * Starting and stopping an emulator: state, routes and the HTTP server.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmulatorState } from './store/emulator-state';
import { HttpFrontEnd } from './server/http-server';
import type { Route } from './server/http-server';
import type { EmulatorContext, OutTopicSpec } from './services/context';
import type { ServiceArea } from './services/kind-routes';
import { databaseRoutes } from './services/database-manager';
import { metadataSourceRoutes } from './services/metadata-sources';
import { fileRoutes } from './services/files';
import { apiManagerRoutes } from './services/api-manager';
import { displayApplicationRoutes } from './services/display-application';
import { schemaAttributeRoutes } from './services/schema-attributes';
import { schemaTypeRoutes } from './services/schema-types';
import { schemaElementRoutes } from './services/schema-elements';
import { validValueRoutes } from './services/valid-values';
import { validValueLinkRoutes } from './services/valid-value-links';
import { eventBrokerRoutes } from './services/event-broker';
import { governanceConfigurationRoutes } from './services/governance-configuration';
import { openIntegrationRoutes } from './services/open-integration';
import { openMetadataStoreRoutes } from './services/open-metadata-store';
import { openGovernanceRoutes } from './services/open-governance';
import { CONNECTED_ASSET_SERVICE_NAME, connectedAssetRoutes } from './services/connected-asset';
import { openMetadataStoreElementRoutes } from './services/open-metadata-store-elements';
import { openMetadataStoreSearchRoutes } from './services/open-metadata-store-search';
import { COMMUNITY_PROFILE_OUT_TOPIC, communityProfileRoutes } from './services/community-profile';
import { SECURITY_MANAGER_OUT_TOPIC, securityManagerRoutes } from './services/security-manager';
import { ASSET_CONSUMER_OUT_TOPIC, assetConsumerRoutes } from './services/asset-consumer';
import { IT_INFRASTRUCTURE_OUT_TOPIC, itInfrastructureRoutes } from './services/it-infrastructure';
import { assetManagerRoutes } from './services/asset-manager';
import { ASSET_MANAGER_OUT_TOPIC } from './services/asset-manager-events';
import { connectionFamilyRoutes } from './services/connection-family-routes';
import { assetManagerConnectionRoutes } from './services/asset-manager-connections';
import { GOVERNANCE_SERVER_OUT_TOPIC, governanceServerRoutes } from './services/governance-server';
import { topicRoutes } from './events/topic-routes';
import type { TopicRouteOptions } from './events/topic-routes';

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** The server name the emulator answers for (the `{serverName}` in every path). */
  readonly serverName: string;
  /** TCP port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on; `127.0.0.1` by default. */
  readonly host?: string;
  /** Keeps everything across restarts in this file (an append-only journal); in memory when absent. */
  readonly dataFile?: string;
  /** The largest page size a request may ask for; 0 asks for this many. Egeria's default is 1000. */
  readonly maxPageSize?: number;
  /** The largest request body accepted, in bytes (8 MiB by default); larger ones get HTTP 413. */
  readonly maxBodyBytes?: number;
  /** Events retained per topic for subscribers that reconnect (100,000 by default). */
  readonly eventHistoryLimit?: number;
  /** Milliseconds between heartbeat comments on event streams (15,000 by default). */
  readonly heartbeatMs?: number;
  /** Journal size in bytes below which the data file is never compacted (4 MiB by default). */
  readonly minCompactBytes?: number;
  /** Receives diagnostic lines (nothing is logged by default). */
  readonly log?: (line: string) => void;
}

/** A running emulator. */
export interface RunningEmulator {
  /** The platform root URL, such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** The server name it answers for. */
  readonly serverName: string;
  /** Every route it serves, as `VERB /path/template`. */
  readonly routes: readonly string[];
  /** Stops serving, ends event streams and closes the data file. */
  close(): Promise<void>;
}

/** The access services whose out topic the emulator publishes, with their event bean. */
export const SERVED_OUT_TOPICS: readonly OutTopicSpec[] = [
  { marker: 'data-manager', eventClass: 'DataManagerOutboundEvent' },
  ASSET_MANAGER_OUT_TOPIC,
  COMMUNITY_PROFILE_OUT_TOPIC,
  SECURITY_MANAGER_OUT_TOPIC,
  ASSET_CONSUMER_OUT_TOPIC,
  IT_INFRASTRUCTURE_OUT_TOPIC,
  GOVERNANCE_SERVER_OUT_TOPIC,
];

const DATA_MANAGER_BASE = '/servers/{serverName}/open-metadata/access-services/data-manager/users/{userId}';

function frameworkBase(service: string): string {
  return `/servers/{serverName}/open-metadata/framework-services/{serviceURLMarker}/${service}/users/{userId}`;
}

/** Builds every route over a context. */
export function buildRoutes(ctx: EmulatorContext, streams: TopicRouteOptions): Route[] {
  const dataManager: ServiceArea = { ctx, base: DATA_MANAGER_BASE, service: 'Data Manager OMAS' };
  const files: ServiceArea = { ...dataManager, base: `${DATA_MANAGER_BASE}/filesystems` };
  const gaf = 'Governance Action Framework Services';
  return [
    ...metadataSourceRoutes(dataManager, 'data-manager'),
    ...databaseRoutes(dataManager),
    ...fileRoutes(files),
    ...schemaAttributeRoutes(dataManager),
    ...schemaTypeRoutes(dataManager),
    ...schemaElementRoutes(dataManager),
    ...validValueRoutes(dataManager),
    ...validValueLinkRoutes(dataManager),
    ...apiManagerRoutes(dataManager),
    ...displayApplicationRoutes(dataManager),
    ...eventBrokerRoutes(dataManager),
    ...governanceConfigurationRoutes({ ctx, base: frameworkBase('governance-configuration-service'), service: gaf }),
    ...openIntegrationRoutes({ ctx, base: frameworkBase('open-integration'), service: 'Open Integration Service' }),
    ...openMetadataStoreRoutes({ ctx, base: frameworkBase('open-metadata-store'), service: gaf }),
    ...openGovernanceRoutes({ ctx, base: frameworkBase('open-governance-service'), service: gaf }),
    ...connectedAssetRoutes({ ctx, base: frameworkBase('connected-asset'), service: CONNECTED_ASSET_SERVICE_NAME }),
    ...openMetadataStoreElementRoutes({ ctx, base: frameworkBase('open-metadata-store'), service: gaf }),
    ...openMetadataStoreSearchRoutes({ ctx, base: frameworkBase('open-metadata-store'), service: gaf }),
    ...communityProfileRoutes(ctx),
    ...securityManagerRoutes(ctx),
    ...assetConsumerRoutes(ctx),
    ...itInfrastructureRoutes(ctx),
    ...assetManagerRoutes(ctx),
    ...connectionFamilyRoutes(ctx),
    ...assetManagerConnectionRoutes(ctx),
    ...governanceServerRoutes(ctx),
    ...topicRoutes(ctx, streams),
  ];
}

/**
 * Starts an emulator: a local metadata access point that answers on Egeria 5.2's REST paths with
 * Egeria's JSON.
 * @example
 * ```ts
 * const emulator = await startEmulator({ serverName: 'mds1' });
 * // point a client at emulator.url ... then
 * await emulator.close();
 * ```
 */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  if (typeof options.serverName !== 'string' || options.serverName.trim() === '') {
    throw new TypeError('startEmulator: serverName must be a non-empty string');
  }
  const log = options.log ?? (() => undefined);
  const state = EmulatorState.open({
    dataFile: options.dataFile,
    historyLimit: options.eventHistoryLimit ?? 100_000,
    minCompactBytes: options.minCompactBytes,
    log,
  });
  // Strictly increasing times, so that elements created in the same millisecond keep their order.
  let lastTime = 0;
  const ctx: EmulatorContext = {
    serverName: options.serverName,
    state,
    maxPageSize: options.maxPageSize ?? 1000,
    outTopics: SERVED_OUT_TOPICS,
    now: () => (lastTime = Math.max(Date.now(), lastTime + 1)),
  };
  const closers = new Set<() => void>();
  const front = new HttpFrontEnd({
    serverName: options.serverName,
    maxBodyBytes: options.maxBodyBytes ?? 8 * 1024 * 1024,
    log,
  });
  front.add(
    buildRoutes(ctx, {
      heartbeatMs: options.heartbeatMs ?? 15_000,
      register: (closer) => {
        closers.add(closer);
        return () => closers.delete(closer);
      },
    }),
  );

  const server = http.createServer(front.listener);
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await state.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    serverName: options.serverName,
    routes: front.listRoutes(),
    close: () => {
      closing ??= (async () => {
        for (const close of [...closers]) close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await state.close();
      })();
      return closing;
    },
  };
}
