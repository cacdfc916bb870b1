import type { AuditLog } from '../audit/audit-log';
import type { CatalogTarget } from '../context/catalog-target';
import { OIF_AUDIT_CODE } from './oif-messages';

/** Works on one catalog target during a refresh. */
export type CatalogTargetIntegrator = (target: CatalogTarget, signal: AbortSignal) => Promise<void> | void;

/** A catalog target whose processing failed. */
export interface CatalogTargetFailure {
  /** The target's name, when it has one. */
  readonly catalogTargetName?: string;
  /** The GUID of the `CatalogTarget` relationship, when known. */
  readonly relationshipGUID?: string;
  /** What the integrator threw. */
  readonly error: unknown;
}

/** What a refresh of the catalog targets did. */
export interface CatalogTargetRefreshSummary {
  /** Number of catalog targets found. */
  readonly total: number;
  /** Number processed without error. */
  readonly succeeded: number;
  /** The targets whose processing failed, in order. */
  readonly failed: readonly CatalogTargetFailure[];
  /** Number not processed because the refresh was cancelled or the connector stopped. */
  readonly skipped: number;
}

/** @internal */
export interface CatalogTargetRun {
  readonly targets: readonly CatalogTarget[];
  readonly integrator: CatalogTargetIntegrator;
  readonly signal: AbortSignal;
  readonly auditLog: AuditLog;
  readonly connectorName: string;
  readonly isActive: () => boolean;
}

const METHOD = 'refreshCatalogTargets';

/**
 * Processes catalog targets one by one, each in its own try, as Egeria 5.1+ does: a failure is
 * logged (`OIF-CONNECTOR-0013`) and the next target still runs. Logs `OIF-CONNECTOR-0007` when there
 * are none, `0008` before each target and `0009` at the end. Stops early when the signal fires or
 * the connector stops; the rest are counted as skipped.
 * @internal
 */
export async function processCatalogTargets(run: CatalogTargetRun): Promise<CatalogTargetRefreshSummary> {
  const { targets, integrator, signal, auditLog, connectorName } = run;
  if (targets.length === 0) {
    auditLog.logMessage(METHOD, OIF_AUDIT_CODE.NO_CATALOG_TARGETS, [connectorName]);
    return { total: 0, succeeded: 0, failed: [], skipped: 0 };
  }
  let succeeded = 0;
  let attempted = 0;
  const failed: CatalogTargetFailure[] = [];
  for (const target of targets) {
    if (signal.aborted || !run.isActive()) break;
    attempted++;
    const name = target.catalogTargetName ?? target.relationshipGUID ?? `#${attempted}`;
    try {
      auditLog.logMessage(METHOD, OIF_AUDIT_CODE.REFRESHING_CATALOG_TARGET, [connectorName, name], {
        relationshipGUID: target.relationshipGUID,
      });
      await integrator(target, signal);
      succeeded++;
    } catch (error) {
      failed.push({ catalogTargetName: target.catalogTargetName, relationshipGUID: target.relationshipGUID, error });
      auditLog.logException(METHOD, OIF_AUDIT_CODE.UNEXPECTED_EXCEPTION, error, [
        connectorName,
        errorName(error),
        `${METHOD}:${name}`,
        errorMessage(error),
      ]);
    }
  }
  auditLog.logMessage(METHOD, OIF_AUDIT_CODE.REFRESHED_CATALOG_TARGETS, [connectorName, attempted]);
  return { total: targets.length, succeeded, failed, skipped: targets.length - attempted };
}

/** @internal */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** @internal */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
