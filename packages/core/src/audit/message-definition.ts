/**
 * Egeria's audit log severities (`AuditLogRecordSeverityLevel`), with their ordinals.
 */
export enum AuditLogSeverity {
  /** Uninitialized severity. */
  UNKNOWN = 'UNKNOWN',
  /** Information about normal operation. */
  INFO = 'INFO',
  /** An event was sent or received. */
  EVENT = 'EVENT',
  /** A decision was made. */
  DECISION = 'DECISION',
  /** An administrator must act. */
  ACTION = 'ACTION',
  /** An error that may restrict operation. */
  ERROR = 'ERROR',
  /** An unexpected exception. */
  EXCEPTION = 'EXCEPTION',
  /** An unauthorized access was attempted, or security is weakened. */
  SECURITY = 'SECURITY',
  /** A component is starting. */
  STARTUP = 'STARTUP',
  /** A component is stopping. */
  SHUTDOWN = 'SHUTDOWN',
  /** An action on an asset. */
  ASSET = 'ASSET',
  /** Activity about open metadata types. */
  TYPES = 'TYPES',
  /** Cohort registration activity. */
  COHORT = 'COHORT',
  /** Detail for tracing. */
  TRACE = 'TRACE',
  /** Performance timing. */
  PERFMON = 'PERFMON',
  /** User activity. */
  ACTIVITY = 'ACTIVITY',
}

/** The ordinal Egeria gives each {@link AuditLogSeverity}. */
export const AUDIT_LOG_SEVERITY_ORDINALS: Readonly<Record<AuditLogSeverity, number>> = Object.freeze({
  UNKNOWN: 0,
  INFO: 1,
  EVENT: 2,
  DECISION: 3,
  ACTION: 4,
  ERROR: 5,
  EXCEPTION: 6,
  SECURITY: 7,
  STARTUP: 8,
  SHUTDOWN: 9,
  ASSET: 10,
  TYPES: 11,
  COHORT: 12,
  TRACE: 13,
  PERFMON: 14,
  ACTIVITY: 15,
});

/**
 * A message definition: an audit message or an error message, in Egeria's form.
 * The template has `{0}`, `{1}`... placeholders for its inserts.
 */
export interface MessageDefinition {
  /** Such as `OMIS-DATABASE-INTEGRATOR-0001` (audit) or `OMIS-DATABASE-INTEGRATOR-400-001` (error). */
  readonly messageId: string;
  /** Severity, for audit messages. */
  readonly severity?: AuditLogSeverity;
  /** HTTP status, for error messages. */
  readonly httpCode?: number;
  /** The message text, with `{n}` placeholders. */
  readonly template: string;
  /** What the system does when this happens. */
  readonly systemAction: string;
  /** What a person should do about it. */
  readonly userAction: string;
}

/**
 * A table of message definitions by name: the type of the `*_AUDIT_CODE`, `*_ERROR_CODE` and
 * `*_MESSAGES` constants. Each entry is a {@link MessageDefinition}; the names stay typed, so
 * `TABLE.SOME_NAME` type-checks and a misspelt name does not.
 * @typeParam Name - The names of the messages in the table.
 */
export type MessageDefinitions<Name extends string> = Readonly<Record<Name, MessageDefinition>>;

/**
 * Freezes a table of message definitions and types it as {@link MessageDefinitions}, with the
 * table's own keys as its names. Each entry is checked against {@link MessageDefinition}.
 * @typeParam Name - The names of the messages, taken from the keys of `definitions`.
 * @param definitions - The messages by name.
 * @returns The same object, frozen.
 */
export function defineMessages<Name extends string>(
  definitions: Record<Name, MessageDefinition>,
): MessageDefinitions<Name> {
  return Object.freeze(definitions);
}

/**
 * Fills a definition's `{n}` placeholders with the given inserts. A placeholder without an insert
 * is left as it is, so a missing insert shows instead of vanishing.
 */
export function formatMessage(definition: Pick<MessageDefinition, 'template'>, inserts: readonly unknown[]): string {
  return definition.template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = inserts[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
