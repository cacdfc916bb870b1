import { AuditLogSeverity } from './message-definition';

/**
 * How much each severity matters, for an audit logger's `minimumSeverity` (Egeria's ordinals are
 * not an order of importance): 0 for tracing (`TRACE`, `PERFMON`), 1 for the ordinary flow of
 * work, 2 for lifecycle and actions (`ACTION`, `STARTUP`, `SHUTDOWN`), 3 for problems (`ERROR`,
 * `EXCEPTION`, `SECURITY`).
 */
export const AUDIT_LOG_SEVERITY_RANK: Readonly<Record<AuditLogSeverity, number>> = Object.freeze({
  [AuditLogSeverity.TRACE]: 0,
  [AuditLogSeverity.PERFMON]: 0,
  [AuditLogSeverity.UNKNOWN]: 1,
  [AuditLogSeverity.INFO]: 1,
  [AuditLogSeverity.EVENT]: 1,
  [AuditLogSeverity.DECISION]: 1,
  [AuditLogSeverity.ASSET]: 1,
  [AuditLogSeverity.TYPES]: 1,
  [AuditLogSeverity.COHORT]: 1,
  [AuditLogSeverity.ACTIVITY]: 1,
  [AuditLogSeverity.ACTION]: 2,
  [AuditLogSeverity.STARTUP]: 2,
  [AuditLogSeverity.SHUTDOWN]: 2,
  [AuditLogSeverity.ERROR]: 3,
  [AuditLogSeverity.EXCEPTION]: 3,
  [AuditLogSeverity.SECURITY]: 3,
});
