import { InvalidParameterException } from '@egeria-ts/core';
import { startEmulator, type RunningEmulator } from '@egeria-ts/emulator';
import type { CatalogElement, CatalogRelationship, CatalogView } from '../catalog/catalog-model';
import type { ElementKey, ElementsOfTypeOptions, RelationshipsOfOptions } from '../catalog/catalog-model';
import { EmulatorCatalog, type CatalogQuery, type ReadCatalogOptions } from '../catalog/emulator-catalog';
import { TESTING_ERROR_CODE } from '../testing-messages';

/** Options of {@link startTestEmulator}. */
export interface TestEmulatorOptions {
  /** The server name the emulator answers for (default `test-mds`). */
  readonly serverName?: string;
  /** Keeps the emulator's contents in this file (an append-only journal); in memory by default. */
  readonly dataFile?: string;
  /** The largest page size a request may ask for (the emulator's default: 1000). */
  readonly maxPageSize?: number;
  /** Events kept per out topic; the catalog queries need the whole history (default 1,000,000). */
  readonly eventHistoryLimit?: number;
  /**
   * Milliseconds between the heartbeats of the emulator's event streams (default 20). The catalog
   * queries wait for one heartbeat to know that they have read every change.
   */
  readonly heartbeatMs?: number;
  /** The user id of the kit's catalog queries (default `egeria-ts-testing`). */
  readonly queryUserId?: string;
  /** Receives the emulator's diagnostic lines (none by default). */
  readonly log?: (line: string) => void;
}

/**
 * An emulator started for a test: where it is, the catalog queries, and `close`. Close it in
 * `afterAll` (or use {@link useTestEmulator}, which does): it stops the connector runs started
 * against it first.
 */
export interface TestEmulator extends CatalogQuery {
  /** The platform root URL, such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** The server name it answers for. */
  readonly serverName: string;
  /** The emulator itself, as `@egeria-ts/emulator` started it. */
  readonly emulator: RunningEmulator;
  /** The catalog queries (also available on this object directly). */
  readonly catalog: EmulatorCatalog;
  /**
   * Stops, in order, the connector runs started against this emulator, the catalog queries and the
   * emulator. Calling it again does nothing.
   */
  close(): Promise<void>;
}

/** The runs to stop before an emulator closes. @internal */
const dependents = new WeakMap<object, Set<() => Promise<void>>>();

/**
 * Registers something to stop before a test emulator closes (a connector run). @internal
 * @param emulator - the test emulator
 * @param stop - stops it; must not throw for a second call
 * @returns removes the registration
 */
export function stopBeforeClose(emulator: object, stop: () => Promise<void>): () => void {
  const set = dependents.get(emulator);
  if (set === undefined) return () => undefined;
  set.add(stop);
  return () => set.delete(stop);
}

function invalid(option: string, problem: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(
    TESTING_ERROR_CODE.INVALID_OPTION,
    [option, 'startTestEmulator', problem],
    { exceptionProperties: { parameterName: option } },
  );
}

class StartedTestEmulator implements TestEmulator {
  #closing?: Promise<void>;

  constructor(
    readonly emulator: RunningEmulator,
    readonly catalog: EmulatorCatalog,
  ) {
    dependents.set(this, new Set());
  }

  get url(): string {
    return this.emulator.url;
  }

  get port(): number {
    return this.emulator.port;
  }

  get serverName(): string {
    return this.emulator.serverName;
  }

  readCatalog(options?: ReadCatalogOptions): Promise<CatalogView> {
    return this.catalog.readCatalog(options);
  }

  elementsOfType(typeName: string, options?: ElementsOfTypeOptions): Promise<CatalogElement[]> {
    return this.catalog.elementsOfType(typeName, options);
  }

  elementByQualifiedName(qualifiedName: string): Promise<CatalogElement | undefined> {
    return this.catalog.elementByQualifiedName(qualifiedName);
  }

  relationshipsOf(key: ElementKey, options?: RelationshipsOfOptions): Promise<CatalogRelationship[]> {
    return this.catalog.relationshipsOf(key, options);
  }

  elementsOwnedBy(metadataSourceQualifiedName: string): Promise<CatalogElement[]> {
    return this.catalog.elementsOwnedBy(metadataSourceQualifiedName);
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      const stops = [...(dependents.get(this) ?? [])];
      await Promise.allSettled(stops.map((stop) => stop()));
      await this.catalog.close().catch(() => undefined);
      await this.emulator.close();
    })();
    return this.#closing;
  }
}

/**
 * Starts an emulator for a test, on 127.0.0.1 and a free port, in memory, beating its event
 * streams often so that the catalog queries are quick.
 * @example
 * ```ts
 * let emulator: TestEmulator;
 * beforeAll(async () => { emulator = await startTestEmulator(); });
 * afterAll(() => emulator.close());
 * ```
 * @param options - server name, data file, limits
 */
export async function startTestEmulator(options: TestEmulatorOptions = {}): Promise<TestEmulator> {
  if (typeof options !== 'object' || options === null) throw invalid('options', 'an options object is needed');
  const serverName = options.serverName ?? 'test-mds';
  if (typeof serverName !== 'string' || serverName.trim() === '') {
    throw invalid('serverName', 'a non-empty string is needed');
  }
  const heartbeatMs = options.heartbeatMs ?? 20;
  if (!Number.isInteger(heartbeatMs) || heartbeatMs < 1) {
    throw invalid('heartbeatMs', 'a whole number of milliseconds above 0 is needed');
  }
  const emulator = await startEmulator({
    serverName,
    port: 0,
    heartbeatMs,
    eventHistoryLimit: options.eventHistoryLimit ?? 1_000_000,
    ...(options.dataFile === undefined ? {} : { dataFile: options.dataFile }),
    ...(options.maxPageSize === undefined ? {} : { maxPageSize: options.maxPageSize }),
    ...(options.log === undefined ? {} : { log: options.log }),
  });
  let catalog: EmulatorCatalog;
  try {
    catalog = new EmulatorCatalog({
      url: emulator.url,
      serverName,
      userId: options.queryUserId,
      heartbeatTimeoutMs: Math.max(10_000, heartbeatMs * 20),
    });
  } catch (error) {
    await emulator.close();
    throw error;
  }
  return new StartedTestEmulator(emulator, catalog);
}
