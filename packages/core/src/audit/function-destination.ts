import type { AuditLogDestination } from './audit-log-destination';
import type { AuditLogRecord } from './audit-log-record';

/** Hands each record to a function, for example to forward it to an application's own logger. */
export class FunctionAuditLogDestination implements AuditLogDestination {
  /**
   * @param fn - called with each record; it may return a promise
   */
  constructor(private readonly fn: (record: AuditLogRecord) => void | Promise<void>) {}

  /** Calls the function with the record. */
  write(record: AuditLogRecord): void | Promise<void> {
    return this.fn(record);
  }
}
