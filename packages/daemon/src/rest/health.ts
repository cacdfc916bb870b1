/**
 * `/health`, `/health/liveness` and `/health/readiness`, in the shape of Spring Boot Actuator's
 * health groups: `UP` with HTTP 200, `OUT_OF_SERVICE` with HTTP 503.
 */
import type { IntegrationDaemonAdministration } from '../admin/daemon-administration';
import type { RootEndpoint } from './route-table';

/** A health answer: HTTP status and JSON body. */
export interface HealthAnswer {
  /** 200 when up, 503 when not. */
  readonly status: number;
  /** The JSON body. */
  readonly body: Record<string, unknown>;
}

/** Readiness; a daemon whose `isReady()` throws is not ready. */
function isReady(admin: IntegrationDaemonAdministration): boolean {
  try {
    return admin.isReady() === true;
  } catch {
    return false;
  }
}

/**
 * The answer of one health endpoint. Liveness is up whenever the server answers; readiness is
 * `admin.isReady()`; `/health` is up when both are.
 */
export function healthAnswer(
  admin: IntegrationDaemonAdministration,
  endpoint: Exclude<RootEndpoint, 'metrics'>,
): HealthAnswer {
  const readiness = isReady(admin) ? 'UP' : 'OUT_OF_SERVICE';
  if (endpoint === 'liveness') return { status: 200, body: { status: 'UP' } };
  const status = readiness === 'UP' ? 200 : 503;
  if (endpoint === 'readiness') return { status, body: { status: readiness } };
  return {
    status,
    body: {
      status: readiness,
      serverName: admin.serverName,
      components: { livenessState: { status: 'UP' }, readinessState: { status: readiness } },
    },
  };
}
