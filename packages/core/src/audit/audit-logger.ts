import { EgeriaError } from '../errors/egeria-error';
import { InvalidParameterException } from '../errors/exceptions';
import type { RedactedError } from '../secrets/redact';
import { redact, redactError } from '../secrets/redact';
import type { AuditLog } from './audit-log';
import type { AuditLogDestination } from './audit-log-destination';
import type { AuditLogRecord } from './audit-log-record';
import { JsonLinesAuditLogDestination } from './json-lines-destination';
import type { MessageDefinition } from './message-definition';
import { AUDIT_LOG_SEVERITY_ORDINALS, AuditLogSeverity, formatMessage } from './message-definition';
import { AUDIT_LOG_SEVERITY_RANK } from './severity-rank';

/** Options of an {@link AuditLogger}. */
export interface AuditLoggerOptions {
  /** The component the log writes for, such as `IntegrationDaemon:my-daemon`. */
  readonly component: string;
  /** Where records go; default one {@link JsonLinesAuditLogDestination} to standard error. An empty list discards them. */
  readonly destinations?: readonly AuditLogDestination[];
  /** Records of a lower rank (see `AUDIT_LOG_SEVERITY_RANK`) are not written; default: all are. */
  readonly minimumSeverity?: AuditLogSeverity;
  /** Keep the (redacted) stack traces of logged errors; default false. */
  readonly includeStackTraces?: boolean;
  /** Told when a destination throws or rejects; default: a line on standard error. */
  readonly onDestinationError?: (error: RedactedError, destination: AuditLogDestination) => void;
}

interface SharedState {
  readonly destinations: readonly AuditLogDestination[];
  readonly minimumRank: number;
  readonly includeStack: boolean;
  readonly onDestinationError?: (error: RedactedError, destination: AuditLogDestination) => void;
  readonly pending: Set<Promise<void>>;
}

function badParameter(name: string, problem: string): InvalidParameterException {
  return new InvalidParameterException(`${name} ${problem}`, {
    messageId: 'EGERIA-TS-CORE-400-040',
    parameters: [name, problem],
    exceptionProperties: { parameterName: name },
    userAction: `Correct ${name}.`,
  });
}

function checkComponent(component: unknown, name: string): string {
  if (typeof component !== 'string' || component.trim() === '') throw badParameter(name, 'must be a non-empty string');
  return component;
}

function isError(value: unknown): boolean {
  return value instanceof Error || EgeriaError.isEgeriaError(value);
}

function insertText(value: unknown): string {
  if (isError(value)) return redactError(value).message;
  const safe = redact(value);
  if (typeof safe === 'string') return safe;
  try {
    return JSON.stringify(safe) ?? String(safe);
  } catch {
    return String(safe);
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The audit log of egeria-ts: writes {@link AuditLogRecord}s to pluggable destinations. Every
 * record passes the redaction step (`redact`) before any destination sees it, so secrets never
 * reach a log. Logging never throws because of a destination.
 *
 * ```ts
 * const log = new AuditLogger({ component: 'IntegrationDaemon:d1' });
 * const connectorLog = log.createChild('my-connector');
 * connectorLog.logMessage('refresh', MESSAGES.REFRESHED, [count]);
 * ```
 */
export class AuditLogger implements AuditLog {
  /** The component this log writes for (the innermost of {@link AuditLogger.components}). */
  readonly component: string;
  private chain: readonly string[];
  private shared: SharedState;

  constructor(options: AuditLoggerOptions) {
    if (typeof options !== 'object' || options === null) throw badParameter('options', 'must be an object');
    this.component = checkComponent(options.component, 'component');
    this.chain = Object.freeze([this.component]);
    const destinations = options.destinations ?? [new JsonLinesAuditLogDestination()];
    if (!Array.isArray(destinations)) throw badParameter('destinations', 'must be an array');
    destinations.forEach((d: unknown, i) => {
      if (typeof d !== 'object' || d === null || typeof (d as AuditLogDestination).write !== 'function') {
        throw badParameter(`destinations[${i}]`, 'must have a write(record) method');
      }
    });
    let minimumRank = 0;
    if (options.minimumSeverity !== undefined) {
      const rank = (AUDIT_LOG_SEVERITY_RANK as Record<string, number | undefined>)[options.minimumSeverity];
      if (rank === undefined) throw badParameter('minimumSeverity', 'must be one of the AuditLogSeverity values');
      minimumRank = rank;
    }
    this.shared = {
      destinations: Object.freeze([...destinations]),
      minimumRank,
      includeStack: options.includeStackTraces === true,
      onDestinationError: options.onDestinationError,
      pending: new Set(),
    };
  }

  /** The chain of components from the root log to this one. */
  get components(): readonly string[] {
    return this.chain;
  }

  /** The destinations this log (and its children) write to. */
  get destinations(): readonly AuditLogDestination[] {
    return this.shared.destinations;
  }

  /**
   * Writes a message. Its severity is the definition's (INFO when it has none).
   * @param action - the operation that was running (for example `refresh`)
   * @param definition - the message definition
   * @param inserts - values for the template's placeholders
   * @param details - structured context for the record
   */
  logMessage(
    action: string,
    definition: MessageDefinition,
    inserts: readonly unknown[] = [],
    details?: Readonly<Record<string, unknown>>,
  ): void {
    this.record(action, definition, inserts, details, undefined);
  }

  /**
   * Writes a message about an error, with the error's name, message, FFDC fields and cause chain.
   * Its severity is the definition's (EXCEPTION when it has none).
   * @param action - the operation that was running
   * @param definition - the message definition
   * @param error - the error (or any thrown value)
   * @param inserts - values for the template's placeholders
   */
  logException(action: string, definition: MessageDefinition, error: unknown, inserts: readonly unknown[] = []): void {
    this.record(action, definition, inserts, undefined, { error });
  }

  /**
   * A log for a sub-component, such as one connector: it writes through the same destinations
   * and its records name this component and the child.
   * @param component - the name of the sub-component
   */
  createChild(component: string): AuditLogger {
    const child = new AuditLogger({ component: checkComponent(component, 'component'), destinations: [] });
    child.chain = Object.freeze([...this.chain, component]);
    child.shared = this.shared;
    return child;
  }

  /** Waits for the writes still in progress and flushes the destinations that can be flushed. */
  async flush(): Promise<void> {
    while (this.shared.pending.size > 0) await Promise.allSettled([...this.shared.pending]);
    for (const destination of this.shared.destinations) {
      if (typeof destination.flush !== 'function') continue;
      try {
        await destination.flush();
      } catch (error) {
        this.reportFailure(error, destination);
      }
    }
  }

  private record(
    action: string,
    definition: MessageDefinition,
    inserts: readonly unknown[],
    details: Readonly<Record<string, unknown>> | undefined,
    failure: { error: unknown } | undefined,
  ): void {
    if (typeof definition !== 'object' || definition === null) throw badParameter('definition', 'must be an object');
    if (typeof definition.messageId !== 'string' || typeof definition.template !== 'string') {
      throw badParameter('definition', 'must have a messageId and a template');
    }
    if (!Array.isArray(inserts)) throw badParameter('inserts', 'must be an array');
    const fallback = failure ? AuditLogSeverity.EXCEPTION : AuditLogSeverity.INFO;
    const severity =
      definition.severity !== undefined && definition.severity in AUDIT_LOG_SEVERITY_RANK
        ? definition.severity
        : fallback;
    if (AUDIT_LOG_SEVERITY_RANK[severity] < this.shared.minimumRank) return;

    const texts = inserts.map(insertText);
    const raw: Record<string, unknown> = {
      timeStamp: new Date().toISOString(),
      component: this.component,
      components: this.chain,
      actionDescription: typeof action === 'string' ? action : String(action),
      severity,
      severityCode: AUDIT_LOG_SEVERITY_ORDINALS[severity],
      messageId: definition.messageId,
      messageText: formatMessage(definition, texts),
      messageParameters: texts,
      systemAction: formatMessage({ template: String(definition.systemAction ?? '') }, texts),
      userAction: formatMessage({ template: String(definition.userAction ?? '') }, texts),
    };
    if (details !== undefined) raw['details'] = details;
    if (failure) raw['exception'] = redactError(failure.error, this.shared.includeStack);
    // The one redaction step: everything in the record passes it, whatever it came from.
    const record = deepFreeze(redact(raw) as AuditLogRecord);
    for (const destination of this.shared.destinations) this.dispatch(destination, record);
  }

  private dispatch(destination: AuditLogDestination, record: AuditLogRecord): void {
    try {
      const result = destination.write(record);
      if (result && typeof (result as Promise<void>).then === 'function') {
        const tracked: Promise<void> = Promise.resolve(result).then(
          () => undefined,
          (error: unknown) => this.reportFailure(error, destination),
        );
        this.shared.pending.add(tracked);
        void tracked.finally(() => this.shared.pending.delete(tracked));
      }
    } catch (error) {
      this.reportFailure(error, destination);
    }
  }

  private reportFailure(error: unknown, destination: AuditLogDestination): void {
    const safe = redactError(error);
    try {
      if (this.shared.onDestinationError) {
        this.shared.onDestinationError(safe, destination);
        return;
      }
      const note = { components: this.chain, problem: 'An audit log destination failed', error: safe };
      process.stderr.write(`${JSON.stringify(note)}\n`);
    } catch {
      // Nowhere left to report to; logging must not fail the caller.
    }
  }
}
