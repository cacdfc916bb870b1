import type { AuditLogRecord } from './audit-log-record';

/**
 * Where audit log records go. A destination may write synchronously or return a promise;
 * a destination that throws or rejects is reported and never stops the caller or the other
 * destinations.
 */
export interface AuditLogDestination {
  /** Writes one record (already redacted and frozen). */
  write(record: AuditLogRecord): void | Promise<void>;
  /** Finishes any buffered writes. */
  flush?(): Promise<void>;
}
