import { AsyncLocalStorage } from 'node:async_hooks';
import type { ProcessEvents } from './process-events';

/** Who owns the code that runs in a scope: one connector instance of one daemon. @internal */
export interface ConnectorScope {
  /** The connector's name. */
  readonly connectorName: string;
  /** Called with an unhandled rejection that arose in this scope. */
  readonly onUnhandledRejection: (reason: unknown) => void;
}

/**
 * The async scope of connector code: every call into a connector runs inside
 * `connectorScope.run(scope, ...)`, so a promise rejection that nobody handles can be traced back
 * to the connector that created it (Node gives the 'unhandledRejection' listener the async context
 * of the rejected promise).
 * @internal
 */
export const connectorScope = new AsyncLocalStorage<ConnectorScope>();

/** Runs `fn` in a connector's scope, turning a synchronous throw into a rejection. @internal */
export function inScope<T>(scope: ConnectorScope, fn: () => T | Promise<T>): Promise<T> {
  return connectorScope.run(scope, async () => fn());
}

/** Told about rejections that belong to no connector. @internal */
export type HostRejectionListener = (reason: unknown) => void;

interface Route {
  readonly listener: (reason: unknown) => void;
  readonly hosts: HostRejectionListener[];
}

const routes = new Map<ProcessEvents, Route>();

/**
 * Installs (once per process object) the 'unhandledRejection' listener that hands each rejection
 * to the connector whose scope it arose in, or else to the first host listener. Returns the
 * function that removes this host listener; the process listener goes with the last one.
 * @internal
 */
export function attachRejectionRouter(processEvents: ProcessEvents, host: HostRejectionListener): () => void {
  let route = routes.get(processEvents);
  if (route === undefined) {
    const hosts: HostRejectionListener[] = [];
    const listener = (reason: unknown): void => {
      const scope = connectorScope.getStore();
      if (scope !== undefined) scope.onUnhandledRejection(reason);
      else hosts[0]?.(reason);
    };
    route = { listener, hosts };
    routes.set(processEvents, route);
    processEvents.on('unhandledRejection', listener);
  }
  const current = route;
  current.hosts.push(host);
  return () => {
    const i = current.hosts.indexOf(host);
    if (i >= 0) current.hosts.splice(i, 1);
    if (current.hosts.length === 0 && routes.get(processEvents) === current) {
      processEvents.off('unhandledRejection', current.listener);
      routes.delete(processEvents);
    }
  };
}
