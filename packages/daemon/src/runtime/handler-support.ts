import { redactError } from '@egeria-ts/core';
import type { ConnectorInstance } from './connector-instance';
import type { IntegrationConnectorStatus } from '@egeria-ts/core';

/** How one connector's first cycle ended (for runs of one refresh). @internal */
export interface FirstCycleOutcome {
  readonly status: IntegrationConnectorStatus;
  readonly ok: boolean;
  readonly durationMs?: number;
  readonly failingExceptionMessage?: string;
}

/** A connector call the handler watches: its controller and its outcome (never rejects). @internal */
export interface TrackedCall {
  readonly controller: AbortController;
  readonly done: Promise<{ ok: true } | { ok: false; error: unknown }>;
  settled: boolean;
}

/** A promise with its resolve function. @internal */
export interface Deferred {
  readonly promise: Promise<void>;
  readonly resolve: () => void;
}

/** A new {@link Deferred}. @internal */
export function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** The class name of an error, redacted. @internal */
export function errorClass(error: unknown): string {
  return redactError(error).name;
}

/** The message of an error, redacted. @internal */
export function errorText(error: unknown): string {
  return redactError(error).message;
}

/** Watches a connector call. @internal */
export function track(promise: Promise<void>, controller: AbortController): TrackedCall {
  const call: TrackedCall = {
    controller,
    settled: false,
    done: promise.then(
      () => {
        call.settled = true;
        return { ok: true } as const;
      },
      (error: unknown) => {
        call.settled = true;
        return { ok: false, error } as const;
      },
    ),
  };
  return call;
}

/** The connector's statistics, or none when they cannot be read. @internal */
export function safeStatistics(instance: ConnectorInstance): Record<string, unknown> {
  try {
    return instance.connector.getConnectorStatistics();
  } catch {
    return {};
  }
}

/** A first-cycle outcome that can be settled once; later settles are ignored. @internal */
export function deferredOutcome(): {
  promise: Promise<FirstCycleOutcome>;
  settle: (outcome: FirstCycleOutcome) => void;
} {
  let resolve!: (outcome: FirstCycleOutcome) => void;
  let settled = false;
  const promise = new Promise<FirstCycleOutcome>((r) => (resolve = r));
  return {
    promise,
    settle: (outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    },
  };
}
