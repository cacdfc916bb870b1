import type { RedactedError } from '../secrets/redact';
import type { AuditLogSeverity } from './message-definition';

/**
 * One audit log record, as a destination receives it. Field names follow Egeria's
 * `AuditLogRecord` where it has one. Every value has passed the redaction step, and the record is
 * frozen (destinations share it).
 */
export interface AuditLogRecord {
  /** When the message was logged, as an ISO 8601 string. */
  readonly timeStamp: string;
  /** The component that logged the message: the innermost of {@link AuditLogRecord.components}. */
  readonly component: string;
  /** The chain of components from the root log to the one that logged, such as `['IntegrationDaemon:d1', 'my-connector']`. */
  readonly components: readonly string[];
  /** The operation that was running, such as `refresh`. */
  readonly actionDescription: string;
  /** The severity. */
  readonly severity: AuditLogSeverity;
  /** Egeria's ordinal of the severity. */
  readonly severityCode: number;
  /** The message id, such as `OMIS-DATABASE-INTEGRATOR-0001`. */
  readonly messageId: string;
  /** The message text, inserts filled in. */
  readonly messageText: string;
  /** The inserts, as text. */
  readonly messageParameters: readonly string[];
  /** What the system does (inserts filled in). */
  readonly systemAction: string;
  /** What a person should do (inserts filled in). */
  readonly userAction: string;
  /** Structured context given with the message. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The error, for a message logged with `logException`: name, message, FFDC fields and cause chain. */
  readonly exception?: RedactedError;
}
