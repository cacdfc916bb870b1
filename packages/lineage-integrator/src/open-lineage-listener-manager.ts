import type { AuditLog } from '@egeria-ts/core';
import { LINEAGE_INTEGRATOR_AUDIT_CODE } from './lineage-integrator-messages';
import {
  parseOpenLineageRunEvent,
  type OpenLineageEventHandler,
  type OpenLineageRunEvent,
} from './open-lineage-events';

/** Who registered a listener: the audit log its failures go to, and the owner that can remove it. */
export interface OpenLineageRegistrant {
  /** The audit log of the registering connector. */
  readonly auditLog: AuditLog;
  /** The registering context (its listeners are removed together when it disconnects). */
  readonly owner: object;
}

/** Options of {@link OpenLineageListenerManager.publish}. */
export interface PublishOpenLineageOptions {
  /**
   * Where a reading problem is logged. Default: the audit log of each connector with a listener
   * (a context that publishes passes its own).
   */
  readonly auditLog?: AuditLog;
}

/** What became of one published event. */
export interface OpenLineagePublishResult {
  /** The event as read (undefined when the raw text could not be read as a run event). */
  readonly event?: OpenLineageRunEvent;
  /** The raw JSON text (undefined when the event could not be written as JSON). */
  readonly rawEvent?: string;
  /** The listeners that received the event without failing. */
  readonly delivered: number;
  /** The listeners that threw or rejected (each failure is logged). */
  readonly failed: number;
}

interface Registration {
  readonly handler: OpenLineageEventHandler;
  readonly registrant: OpenLineageRegistrant;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** At most this many characters of an unreadable event are written to the audit log. */
const LOGGED_EVENT_CHARACTERS = 2000;

/**
 * The OpenLineage listeners of one Lineage Integrator service, shared by all its connectors (as
 * Egeria 5.2's context manager shares them): an event published by any connector, or handed to the
 * service by the integration daemon's REST API, goes to every listener of every connector. A raw
 * event is read into a typed {@link OpenLineageRunEvent}; when it cannot be, the problem is logged
 * (`OMIS-LINEAGE-INTEGRATOR-0005`) and the listeners still get the raw text. A listener that throws
 * or rejects is logged (`OMIS-LINEAGE-INTEGRATOR-0006`) and the others still get the event.
 */
export class OpenLineageListenerManager {
  #registrations: readonly Registration[] = [];

  /** The number of registered listeners. */
  get listenerCount(): number {
    return this.#registrations.length;
  }

  /**
   * Adds a listener (adding the same handler again for the same owner does nothing).
   * @param handler - receives each event
   * @param registrant - the registering connector's audit log and context
   */
  register(handler: OpenLineageEventHandler, registrant: OpenLineageRegistrant): void {
    if (this.#registrations.some((r) => r.handler === handler && r.registrant.owner === registrant.owner)) return;
    this.#registrations = [...this.#registrations, { handler, registrant }];
  }

  /**
   * Removes a listener of an owner.
   * @returns false when it was not registered
   */
  unregister(handler: OpenLineageEventHandler, owner: object): boolean {
    const before = this.#registrations.length;
    this.#registrations = this.#registrations.filter((r) => !(r.handler === handler && r.registrant.owner === owner));
    return this.#registrations.length < before;
  }

  /** Removes every listener of an owner (a context that disconnects). */
  unregisterAll(owner: object): void {
    this.#registrations = this.#registrations.filter((r) => r.registrant.owner !== owner);
  }

  /**
   * Publishes an event to every listener, one after the other.
   * @param event - the raw JSON text of a run event, or a run event
   * @param options - where a reading problem is logged
   */
  async publish(
    event: string | OpenLineageRunEvent,
    options: PublishOpenLineageOptions = {},
  ): Promise<OpenLineagePublishResult> {
    let parsed: OpenLineageRunEvent | undefined;
    let raw: string | undefined;
    if (typeof event === 'string') {
      raw = event;
      try {
        parsed = parseOpenLineageRunEvent(event);
      } catch (error) {
        this.#logFormatError(options.auditLog, 'publishOpenLineageRunEvent(rawEvent)', error, event);
      }
    } else {
      parsed = event;
      try {
        raw = JSON.stringify(event);
      } catch (error) {
        this.#logFormatError(options.auditLog, 'publishOpenLineageRunEvent(event)', error, String(event));
      }
    }
    let delivered = 0;
    let failed = 0;
    for (const { handler, registrant } of this.#registrations) {
      try {
        await handler(parsed, raw);
        delivered++;
      } catch (error) {
        failed++;
        registrant.auditLog.logException(
          'publishOpenLineageRunEvent',
          LINEAGE_INTEGRATOR_AUDIT_CODE.OPEN_LINEAGE_PUBLISH_ERROR,
          error,
          [errorName(error), errorText(error)],
        );
      }
    }
    return { event: parsed, rawEvent: raw, delivered, failed };
  }

  #logFormatError(auditLog: AuditLog | undefined, action: string, error: unknown, text: string): void {
    const shown = text.length > LOGGED_EVENT_CHARACTERS ? `${text.slice(0, LOGGED_EVENT_CHARACTERS)}...` : text;
    const logs =
      auditLog !== undefined ? [auditLog] : [...new Set(this.#registrations.map((r) => r.registrant.auditLog))];
    for (const log of logs) {
      log.logException(action, LINEAGE_INTEGRATOR_AUDIT_CODE.OPEN_LINEAGE_FORMAT_ERROR, error, [
        errorName(error),
        errorText(error),
        shown,
      ]);
    }
  }
}
