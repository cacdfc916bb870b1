import type { AuditLogDestination } from './audit-log-destination';
import type { AuditLogRecord } from './audit-log-record';

/** Keeps the records in memory, in order: for tests and the test kit. */
export class InMemoryAuditLogDestination implements AuditLogDestination {
  private readonly kept: AuditLogRecord[] = [];

  /** The records written so far, oldest first. */
  get records(): readonly AuditLogRecord[] {
    return this.kept;
  }

  /** Keeps the record. */
  write(record: AuditLogRecord): void {
    this.kept.push(record);
  }

  /** The records with this message id. */
  withMessageId(messageId: string): AuditLogRecord[] {
    return this.kept.filter((r) => r.messageId === messageId);
  }

  /** Forgets every record. */
  clear(): void {
    this.kept.length = 0;
  }
}
