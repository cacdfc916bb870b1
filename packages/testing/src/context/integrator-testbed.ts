/**
 * The set-up an integration service's own tests share: a test emulator, a fault proxy in front of
 * it, and contexts built through the service for connectors, all closed by jest hooks.
 */
import {
  IllegalStateError,
  InvalidParameterException,
  PermittedSynchronization,
  type Connection,
  type IntegrationConnector,
  type IntegrationContext,
  type IntegrationService,
} from '@egeria-ts/core';
import { startTestEmulator, type TestEmulator } from '../emulator/test-emulator';
import { startFaultProxy, type FaultProxy } from '../faults/fault-proxy';
import { TESTING_ERROR_CODE } from '../testing-messages';
import { checkWriteRefused, type RefreshScripted, type RefusedWrite } from './refused-write';
import { createTestContext, type TestContext, type TestContextOptions } from './test-context';

/** Options of {@link useIntegratorTestbed}. */
export interface IntegratorTestbedOptions {
  /** The server name the emulator answers for (default `test-mds`). */
  readonly serverName?: string;
  /** Milliseconds between the heartbeats of the emulator's event streams (the test emulator's default when absent). */
  readonly heartbeatMs?: number;
  /** The user id the contexts work as (default `connectorUser`). */
  readonly userId?: string;
  /** The integration daemon's user id, which sets the metadata sources up (default `integration-daemon`). */
  readonly localServerUserId?: string;
  /** The start of each connector's name and id; a number follows (default `connector`: `connector-1`, `connector-2`, ...). */
  readonly connectorNamePrefix?: string;
  /** The connection to initialize each connector with (default: a minimal one named after the connector). */
  readonly connection?: Connection;
}

/**
 * Per-connector settings of {@link IntegratorTestbed.start}: those of {@link createTestContext}
 * but where the server is (`serverName` may name another server, to test an unknown one).
 */
export type IntegratorTestbedStartOptions<C extends IntegrationContext = IntegrationContext> = Omit<
  TestContextOptions<C>,
  'emulator' | 'platformURL' | 'connector'
> & {
  /** Talk to the emulator directly rather than through the fault proxy (default false). */
  readonly direct?: boolean;
};

/**
 * What {@link useIntegratorTestbed} returns. Its emulator and proxy exist between `beforeAll` and
 * `afterAll`; reading them outside throws an `IllegalStateError`.
 * @typeParam C - the integration service's context type
 */
export interface IntegratorTestbed<C extends IntegrationContext = IntegrationContext> {
  /** The test emulator. */
  readonly emulator: TestEmulator;
  /** The fault proxy in front of the emulator, which records every request the contexts send. */
  readonly proxy: FaultProxy;
  /** The server name of the emulator. */
  readonly serverName: string;
  /**
   * Builds a context through the service for a connector (through the proxy), initializes the
   * connector, gives it the context and starts it. The testbed closes it after the test (`afterEach`).
   * @param connector - the connector, not yet initialized
   * @param options - its name, user, metadata source, permitted synchronization and other settings
   */
  start(connector: IntegrationConnector<C>, options?: IntegratorTestbedStartOptions<C>): Promise<TestContext<C>>;
  /**
   * Checks that the service's context refuses a write the permitted synchronization forbids, before
   * sending anything: starts `connector` (as {@link IntegratorTestbed.start} does) with permitted
   * synchronization `TO_THIRD_PARTY`, runs `write` in one of its refreshes, and resolves with the
   * `UserNotAuthorizedException` the write was rejected with. Rejects with an `IllegalStateError`
   * (`EGERIA-TS-TESTING-409-018`) when the write succeeds, fails with another error, or any request
   * reaches the proxy during the refresh.
   * @example
   * ```ts
   * const { refusal } = await testbed.expectWriteRefused(new ScriptedDatabaseConnector(), (context) =>
   *   context.createDatabase({ databaseProperties: { qualifiedName: 'db' } }),
   * );
   * expect(refusal.messageId).toBe('EGERIA-TS-CONTEXT-403-001');
   * ```
   * @param connector - a connector from {@link scriptedConnector}, not yet initialized
   * @param write - the write, through the connector's context
   * @param options - the connector's other settings, as for {@link IntegratorTestbed.start} (always through the proxy; `settings.permittedSynchronization` is overridden)
   */
  expectWriteRefused(
    connector: IntegrationConnector<C> & RefreshScripted<C>,
    write: (context: C) => Promise<unknown>,
    options?: Omit<IntegratorTestbedStartOptions<C>, 'direct' | 'permittedSynchronization'>,
  ): Promise<RefusedWrite<C>>;
}

type Hook = (fn: () => Promise<void>, timeout?: number) => void;

function hook(name: 'beforeAll' | 'afterEach' | 'afterAll'): Hook {
  const value = (globalThis as Record<string, unknown>)[name];
  if (typeof value !== 'function') {
    throw IllegalStateError.fromDefinition(TESTING_ERROR_CODE.NO_JEST_GLOBALS, [
      'useIntegratorTestbed',
      'beforeAll, afterEach and afterAll',
    ]);
  }
  return value as Hook;
}

class Testbed<C extends IntegrationContext> implements IntegratorTestbed<C> {
  started?: { readonly emulator: TestEmulator; readonly proxy: FaultProxy };
  readonly open: TestContext<C>[] = [];
  #next = 1;

  constructor(
    readonly service: IntegrationService<C>,
    readonly options: IntegratorTestbedOptions,
  ) {}

  #current(what: string): { readonly emulator: TestEmulator; readonly proxy: FaultProxy } {
    if (this.started === undefined) {
      throw IllegalStateError.fromDefinition(TESTING_ERROR_CODE.NOT_STARTED, ['integrator testbed', what]);
    }
    return this.started;
  }

  get emulator(): TestEmulator {
    return this.#current('emulator').emulator;
  }

  get proxy(): FaultProxy {
    return this.#current('proxy').proxy;
  }

  get serverName(): string {
    return this.#current('serverName').emulator.serverName;
  }

  async start(
    connector: IntegrationConnector<C>,
    options: IntegratorTestbedStartOptions<C> = {},
  ): Promise<TestContext<C>> {
    const { emulator, proxy } = this.#current('start');
    const { direct, ...settings } = options;
    const name = `${this.options.connectorNamePrefix ?? 'connector'}-${this.#next++}`;
    const started = await createTestContext(this.service, {
      connectorName: name,
      ...(this.options.userId === undefined ? {} : { userId: this.options.userId }),
      ...(this.options.localServerUserId === undefined ? {} : { localServerUserId: this.options.localServerUserId }),
      ...(this.options.connection === undefined ? {} : { connection: this.options.connection }),
      ...settings,
      platformURL: direct === true ? emulator.url : proxy.url,
      serverName: settings.serverName ?? emulator.serverName,
      connector,
    });
    this.open.push(started);
    return started;
  }

  async expectWriteRefused(
    connector: IntegrationConnector<C> & RefreshScripted<C>,
    write: (context: C) => Promise<unknown>,
    options: Omit<IntegratorTestbedStartOptions<C>, 'direct' | 'permittedSynchronization'> = {},
  ): Promise<RefusedWrite<C>> {
    const { context } = await this.start(connector, {
      ...options,
      direct: false,
      permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
    });
    return checkWriteRefused(connector, context, this.proxy, write);
  }
}

/**
 * Sets up, with jest hooks, what the tests of an integration service share: `beforeAll` starts a
 * test emulator and a fault proxy in front of it; `afterEach` closes the contexts (and connectors)
 * started in the test; `afterAll` closes the service's shared sockets, the proxy and the emulator.
 * Call it at the top level of a test file.
 * @example
 * ```ts
 * const testbed = useIntegratorTestbed(databaseIntegratorService, { userId: 'dbUser' });
 * it('refuses writes under TO_THIRD_PARTY', async () => {
 *   const { context } = await testbed.start(new MyConnector(), {
 *     permittedSynchronization: PermittedSynchronization.TO_THIRD_PARTY,
 *   });
 *   testbed.proxy.clearRequests();
 *   await expect(context.createDatabase({ databaseProperties: { qualifiedName: 'db' } })).rejects.toThrow();
 *   expect(testbed.proxy.requests).toEqual([]);
 * });
 * ```
 * @param service - the integration service under test
 * @param options - server name, users, connector names, connection
 */
export function useIntegratorTestbed<C extends IntegrationContext>(
  service: IntegrationService<C>,
  options: IntegratorTestbedOptions = {},
): IntegratorTestbed<C> {
  if (typeof service !== 'object' || service === null || typeof service.createContext !== 'function') {
    throw InvalidParameterException.fromDefinition(
      TESTING_ERROR_CODE.INVALID_OPTION,
      ['service', 'useIntegratorTestbed', 'an integration service is needed'],
      { exceptionProperties: { parameterName: 'service' } },
    );
  }
  const beforeAllHook = hook('beforeAll');
  const afterEachHook = hook('afterEach');
  const afterAllHook = hook('afterAll');
  const testbed = new Testbed(service, options);
  beforeAllHook(async () => {
    const emulator = await startTestEmulator({
      ...(options.serverName === undefined ? {} : { serverName: options.serverName }),
      ...(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs }),
    });
    try {
      testbed.started = { emulator, proxy: await startFaultProxy({ target: emulator.url }) };
    } catch (error) {
      await emulator.close();
      throw error;
    }
  });
  afterEachHook(async () => {
    for (const started of testbed.open.splice(0)) await started.close();
  });
  afterAllHook(async () => {
    const started = testbed.started;
    testbed.started = undefined;
    for (const open of testbed.open.splice(0)) await open.close().catch(() => undefined);
    await service.close?.();
    await started?.proxy.close();
    await started?.emulator.close();
  });
  return testbed;
}
