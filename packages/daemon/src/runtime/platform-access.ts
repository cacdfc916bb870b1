import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { resolveSecretReference, type PartnerServerOptions } from '@egeria-ts/core';
import type { DaemonConfig, OMAGServerClientConfig } from '../config/daemon-config';
import type { DaemonConfigProblem } from '../config/daemon-config-error';

/** How the daemon authenticates to the metadata access servers, secrets resolved. @internal */
export interface PlatformAccess {
  readonly userId: string;
  readonly password?: string;
  readonly bearerToken?: string;
  readonly ca?: string;
  readonly rejectUnauthorized: boolean;
}

/**
 * Resolves the secret references of the platform settings (and `localServerPassword`) and reads
 * the CA file; each failure is a configuration problem with its JSON path.
 * @internal
 */
export async function resolvePlatformAccess(
  config: DaemonConfig,
  options: { baseDir: string; env?: Readonly<Record<string, string | undefined>> },
): Promise<{ access: PlatformAccess; problems: DaemonConfigProblem[] }> {
  const problems: DaemonConfigProblem[] = [];
  const platform = config.egeriaTs.platform;
  const secretOptions = { baseDir: options.baseDir, env: options.env };
  const secret = async (value: string | undefined, at: string): Promise<string | undefined> => {
    if (value === undefined) return undefined;
    try {
      return await resolveSecretReference(value, at, secretOptions);
    } catch (error) {
      problems.push({
        path: at,
        expected: 'a secret, or a ${env:NAME} or ${file:PATH} reference that resolves',
        got: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    }
  };
  const password =
    (await secret(platform.password, 'egeriaTs.platform.password')) ??
    (await secret(config.localServerPassword, 'localServerPassword'));
  const bearerToken = await secret(platform.bearerToken, 'egeriaTs.platform.bearerToken');
  let ca: string | undefined;
  if (platform.caFile !== undefined) {
    const file = path.resolve(options.baseDir, platform.caFile);
    try {
      ca = await fs.readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'an error';
      problems.push({
        path: 'egeriaTs.platform.caFile',
        expected: 'a readable PEM file',
        got: `${code} reading ${file}`,
      });
    }
  }
  const access: PlatformAccess = {
    userId: platform.userId ?? config.localServerUserId,
    rejectUnauthorized: platform.rejectUnauthorized,
    ...(password === undefined ? {} : { password }),
    ...(bearerToken === undefined ? {} : { bearerToken }),
    ...(ca === undefined ? {} : { ca }),
  };
  return { access, problems };
}

/** The partner server options of one service or group. @internal */
export function partnerOptions(server: OMAGServerClientConfig, access: PlatformAccess): PartnerServerOptions {
  const tls =
    access.ca !== undefined || !access.rejectUnauthorized
      ? {
          ...(access.ca === undefined ? {} : { ca: access.ca }),
          rejectUnauthorized: access.rejectUnauthorized,
        }
      : undefined;
  return {
    platformRootURL: server.omagserverPlatformRootURL,
    serverName: server.omagserverName,
    localServerUserId: access.userId,
    ...(access.password === undefined ? {} : { localServerPassword: access.password }),
    ...(access.bearerToken === undefined ? {} : { bearerToken: access.bearerToken }),
    ...(tls === undefined ? {} : { tls }),
  };
}
