import type { IntegrationDaemon, IntegrationDaemonEvents } from '@egeria-ts/daemon';

/** Where the demo writes. */
export interface DemoOutput {
  /** Writes text. */
  write(text: string): unknown;
}

/** How a connector's first refresh went. */
export interface FirstRefreshOutcome {
  /** True when it completed. */
  readonly ok: boolean;
  /** How long it took, in milliseconds. */
  readonly durationMs?: number;
  /** Elements written through the context. */
  readonly elementsWritten?: number;
  /** Why it failed. */
  readonly message?: string;
}

const FAILED_STATUSES = new Set(['FAILED', 'CONFIG_FAILED']);

/**
 * Follows the first refresh of each connector of a daemon through its lifecycle events, writes a
 * progress line for each step, and tells when every connector has an outcome: its first refresh
 * completed or failed, or the connector failed before it could refresh. A connector that cannot
 * reach the metadata server yet (INITIALIZE_FAILED) is retried by the daemon and stays pending.
 */
export class FirstRefreshTracker {
  readonly #outcomes = new Map<string, FirstRefreshOutcome>();
  readonly #pending: Set<string>;
  readonly #detach: (() => void)[] = [];
  readonly #warned = new Set<string>();
  #resolve: () => void = () => undefined;
  /** Resolves once every connector has an outcome. */
  readonly done: Promise<void>;

  /**
   * @param daemon - the daemon, before it starts
   * @param output - where progress goes
   */
  constructor(daemon: IntegrationDaemon, output: DemoOutput) {
    this.#pending = new Set(daemon.connectorNames());
    this.done = new Promise<void>((resolve) => {
      this.#resolve = resolve;
    });
    if (this.#pending.size === 0) this.#resolve();
    const on = <K extends keyof IntegrationDaemonEvents>(
      event: K,
      listener: (...args: IntegrationDaemonEvents[K]) => void,
    ): void => {
      daemon.on(event, listener);
      this.#detach.push(() => daemon.off(event, listener));
    };
    on('refreshStarted', (e) => {
      if (e.first && this.#pending.has(e.connectorName)) {
        output.write(`  ... ${e.connectorName} (${e.serviceURLMarker}): first refresh started\n`);
      }
    });
    on('refreshCompleted', (e) => {
      if (!this.#settle(e.connectorName, { ok: true, durationMs: e.durationMs, elementsWritten: e.elementsWritten })) {
        return;
      }
      output.write(
        `  ok  ${e.connectorName}: first refresh done in ${e.durationMs} ms, ${e.elementsWritten} element(s) written\n`,
      );
    });
    on('refreshFailed', (e) => {
      const message = e.timedOut ? `timed out: ${e.message}` : e.message;
      if (!this.#settle(e.connectorName, { ok: false, durationMs: e.durationMs, message })) return;
      output.write(`  !!  ${e.connectorName}: first refresh failed: ${oneLine(message)}\n`);
    });
    on('connectorStatusChanged', (e) => {
      if (FAILED_STATUSES.has(e.status)) {
        const message = e.failingExceptionMessage ?? e.status;
        if (this.#settle(e.connectorName, { ok: false, message })) {
          output.write(`  !!  ${e.connectorName}: ${e.status}: ${oneLine(message)}\n`);
        }
      } else if (e.status === 'INITIALIZE_FAILED' && !this.#warned.has(e.connectorName)) {
        this.#warned.add(e.connectorName);
        output.write(
          `  ..  ${e.connectorName}: cannot start yet (${oneLine(e.failingExceptionMessage ?? e.status)}); retrying\n`,
        );
      }
    });
  }

  /** The outcome of each connector that has one. */
  get outcomes(): ReadonlyMap<string, FirstRefreshOutcome> {
    return this.#outcomes;
  }

  /** The connectors still without an outcome. */
  get pending(): readonly string[] {
    return [...this.#pending];
  }

  /**
   * Waits until every connector has an outcome, or the time is up.
   * @param timeoutMs - how long to wait
   * @returns true when every connector has an outcome
   */
  async wait(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([this.done.then(() => true as const), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops listening to the daemon. */
  detach(): void {
    for (const detach of this.#detach.splice(0)) detach();
  }

  #settle(connectorName: string, outcome: FirstRefreshOutcome): boolean {
    if (!this.#pending.delete(connectorName)) return false;
    this.#outcomes.set(connectorName, outcome);
    if (this.#pending.size === 0) this.#resolve();
    return true;
  }
}

/** Text on one line, shortened. */
export function oneLine(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}
