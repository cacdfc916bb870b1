import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { resolveSecretReference } from '@egeria-ts/core';
import type { AdminApiSettings } from '../config/egeria-ts-settings';
import { DaemonConfigError, type DaemonConfigProblem } from '../config/daemon-config-error';
import { startAdminServer, type AdminServer } from '../rest/admin-server';
import type { IntegrationDaemon } from '../runtime/integration-daemon';

/**
 * Starts the REST admin API of the daemon from its `egeriaTs.adminApi` settings: the token's
 * secret reference resolved, the TLS files read (relative to `baseDir`), `port` overriding the
 * configured port (0, any free port, when neither is set).
 * @throws DaemonConfigError when the token or a TLS file cannot be read
 * @internal
 */
export async function startDaemonAdminApi(
  daemon: IntegrationDaemon,
  settings: AdminApiSettings,
  options: { baseDir: string; port?: number; env?: Readonly<Record<string, string | undefined>> },
): Promise<AdminServer> {
  const problems: DaemonConfigProblem[] = [];
  let token: string | undefined;
  if (settings.token !== undefined) {
    try {
      token = await resolveSecretReference(settings.token, 'egeriaTs.adminApi.token', {
        baseDir: options.baseDir,
        env: options.env,
      });
    } catch (error) {
      problems.push({
        path: 'egeriaTs.adminApi.token',
        expected: 'a token, or a ${env:NAME} or ${file:PATH} reference that resolves',
        got: (error as Error).message,
      });
    }
  }
  const read = async (file: string, at: string): Promise<string | undefined> => {
    const full = path.resolve(options.baseDir, file);
    try {
      return await fs.readFile(full, 'utf8');
    } catch (error) {
      problems.push({
        path: at,
        expected: 'a readable PEM file',
        got: `${(error as NodeJS.ErrnoException).code ?? 'an error'} reading ${full}`,
      });
      return undefined;
    }
  };
  let tls: { cert: string; key: string } | undefined;
  if (settings.tls !== undefined) {
    const cert = await read(settings.tls.certFile, 'egeriaTs.adminApi.tls.certFile');
    const key = await read(settings.tls.keyFile, 'egeriaTs.adminApi.tls.keyFile');
    if (cert !== undefined && key !== undefined) tls = { cert, key };
  }
  if (problems.length > 0) throw new DaemonConfigError(problems);
  return startAdminServer(daemon, {
    host: settings.host,
    port: options.port ?? settings.port ?? 0,
    ...(token === undefined ? {} : { token }),
    ...(tls === undefined ? {} : { tls }),
  });
}
