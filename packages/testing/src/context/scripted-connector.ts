/**
 * A connector class for tests of an integration service's context: each refresh runs a script the
 * test gives it, and it may listen to the context's out-topic events.
 */
import { IllegalStateError, type IntegrationConnector, type IntegrationContext } from '@egeria-ts/core';
import { TESTING_ERROR_CODE } from '../testing-messages';

/**
 * What {@link scriptedConnector} adds to a connector class.
 * @typeParam C - the context type of the connector
 * @typeParam E - the type of the out-topic events its context delivers
 */
export interface ScriptedConnector<C extends IntegrationContext, E> {
  /** The work each refresh does through the context (default: nothing). */
  script: (context: C) => Promise<void>;
  /** Register a listener for the context's out-topic events when the connector starts (default false). */
  listen: boolean;
  /** The out-topic events received, oldest first. */
  readonly events: E[];
  /**
   * Runs one refresh as the daemon does (`runRefresh`), with this script.
   * @param script - the work of the refresh
   */
  refreshWith(script: (context: C) => Promise<void>): Promise<void>;
}

/** A context that delivers out-topic events. */
interface ListeningContext<E> {
  registerListener?(listener: (event: E) => void): Promise<unknown>;
}

/**
 * Makes a connector class for tests from an integration service's connector base class: its refresh
 * runs {@link ScriptedConnector.script}, and with {@link ScriptedConnector.listen} set before it
 * starts, it registers a listener (`registerListener`) and keeps the events.
 * @example
 * ```ts
 * const ScriptedDatabaseConnector = scriptedConnector<DatabaseIntegratorConnector, DataManagerOutboundEvent>(
 *   DatabaseIntegratorConnector,
 * );
 * const connector = new ScriptedDatabaseConnector();
 * await testbed.start(connector);
 * await connector.refreshWith(async (context) => {
 *   await context.createDatabase({ databaseProperties: { qualifiedName: 'db' } });
 * });
 * ```
 * @param Base - the service's connector base class, such as `DatabaseIntegratorConnector`
 * @returns a class whose instances are connectors of that service with the script, listener and events
 */
export function scriptedConnector<B extends IntegrationConnector, E = unknown>(
  Base: abstract new () => B,
): new () => B & ScriptedConnector<B['context'], E> {
  const Concrete = Base as unknown as new () => IntegrationConnector;
  class Scripted extends Concrete {
    readonly events: E[] = [];
    script: (context: IntegrationContext) => Promise<void> = async () => undefined;
    listen = false;

    override async start(): Promise<void> {
      await super.start();
      if (!this.listen) return;
      const context = this.context as unknown as ListeningContext<E>;
      if (typeof context.registerListener !== 'function') {
        throw IllegalStateError.fromDefinition(TESTING_ERROR_CODE.NO_LISTENER, [Base.name]);
      }
      await context.registerListener((event) => {
        this.events.push(event);
      });
    }

    async refresh(): Promise<void> {
      await this.script(this.context);
    }

    async refreshWith(script: (context: IntegrationContext) => Promise<void>): Promise<void> {
      this.script = script;
      await this.runRefresh(new AbortController().signal);
    }
  }
  Object.defineProperty(Scripted, 'name', { value: `Scripted${Base.name}` });
  return Scripted as unknown as new () => B & ScriptedConnector<B['context'], E>;
}
