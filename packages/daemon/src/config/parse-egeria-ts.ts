/** Checks the `egeriaTs` section (internal). Unlike Egeria's sections, unknown keys are errors here. */
import type {
  AdminApiSettings,
  EgeriaTsSettings,
  IsolationMode,
  PlatformSettings,
  RestartPolicySettings,
} from './egeria-ts-settings';
import { EGERIA_TS_DEFAULTS } from './egeria-ts-settings';
import { childPath } from './json-path';
import type { JsonObject, Problems } from './readers';
import {
  isAbsent,
  own,
  readArray,
  readBoolean,
  readDecimal,
  readName,
  readObject,
  readPort,
  readSecret,
} from './readers';

const SECTION_KEYS = [
  'adminApi',
  'modules',
  'platform',
  'connectorRefreshIntervalSeconds',
  'refreshTimeoutSeconds',
  'isolation',
  'restartPolicy',
  'shutdownTimeoutSeconds',
  'integrationGroupRefreshSeconds',
  'integrationGroupEvents',
  'dryRun',
];
const ADMIN_API_KEYS = ['enabled', 'host', 'port', 'token', 'tls'];
const TLS_KEYS = ['certFile', 'keyFile'];
const PLATFORM_KEYS = ['userId', 'password', 'bearerToken', 'caFile', 'rejectUnauthorized'];
const RESTART_KEYS = ['enabled', 'initialDelaySeconds', 'maxDelaySeconds', 'multiplier'];
const ISOLATION_MODES: readonly IsolationMode[] = ['in-process', 'worker'];

const SECONDS = 'a number of seconds, 0 or more';

function checkKeys(p: Problems, path: string, obj: JsonObject, known: readonly string[], what: string): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) p.add(childPath(path, key), `one of the ${what} settings ${known.join(', ')}`, obj[key]);
  }
}

/** Reads the `egeriaTs` section at `path`, filling defaults; absent means all defaults. */
export function readEgeriaTs(p: Problems, path: string, value: unknown): EgeriaTsSettings {
  const section = readObject(p, path, value, 'an object of egeria-ts settings') ?? {};
  checkKeys(p, path, section, SECTION_KEYS, 'egeriaTs');
  const at = (key: string): string => childPath(path, key);

  const adminApi = readAdminApi(p, at('adminApi'), own(section, 'adminApi'));

  const modules: string[] = [];
  const moduleList = readArray(p, at('modules'), own(section, 'modules'), 'an array of module paths or package names');
  moduleList?.forEach((m, i) => {
    const name = readName(p, childPath(at('modules'), i), m, { required: true });
    if (name !== undefined) modules.push(name);
  });

  const platform = readPlatform(p, at('platform'), own(section, 'platform'));

  const refreshSeconds: [string, number][] = [];
  const intervals = readObject(
    p,
    at('connectorRefreshIntervalSeconds'),
    own(section, 'connectorRefreshIntervalSeconds'),
    'an object of refresh intervals in seconds by connector name',
  );
  for (const [name, v] of Object.entries(intervals ?? {})) {
    const seconds = readDecimal(p, childPath(at('connectorRefreshIntervalSeconds'), name), v, SECONDS);
    if (seconds !== undefined) refreshSeconds.push([name, seconds]);
  }

  const refreshTimeoutSeconds =
    readDecimal(p, at('refreshTimeoutSeconds'), own(section, 'refreshTimeoutSeconds'), SECONDS) ??
    EGERIA_TS_DEFAULTS.refreshTimeoutSeconds;

  const isolationValue = own(section, 'isolation');
  let isolation: IsolationMode = EGERIA_TS_DEFAULTS.isolation;
  if (!isAbsent(isolationValue)) {
    if (ISOLATION_MODES.includes(isolationValue as IsolationMode)) isolation = isolationValue as IsolationMode;
    else p.add(at('isolation'), `one of ${ISOLATION_MODES.join(', ')}`, isolationValue);
  }

  const restartPolicy = readRestartPolicy(p, at('restartPolicy'), own(section, 'restartPolicy'));
  const shutdownTimeoutSeconds =
    readDecimal(p, at('shutdownTimeoutSeconds'), own(section, 'shutdownTimeoutSeconds'), SECONDS) ??
    EGERIA_TS_DEFAULTS.shutdownTimeoutSeconds;
  const integrationGroupRefreshSeconds =
    readDecimal(p, at('integrationGroupRefreshSeconds'), own(section, 'integrationGroupRefreshSeconds'), SECONDS) ??
    EGERIA_TS_DEFAULTS.integrationGroupRefreshSeconds;
  const integrationGroupEvents =
    readBoolean(p, at('integrationGroupEvents'), own(section, 'integrationGroupEvents')) ??
    EGERIA_TS_DEFAULTS.integrationGroupEvents;
  const dryRun = readBoolean(p, at('dryRun'), own(section, 'dryRun')) ?? EGERIA_TS_DEFAULTS.dryRun;

  return {
    adminApi,
    modules,
    platform,
    connectorRefreshIntervalSeconds: Object.fromEntries(refreshSeconds),
    refreshTimeoutSeconds,
    isolation,
    restartPolicy,
    shutdownTimeoutSeconds,
    integrationGroupRefreshSeconds,
    integrationGroupEvents,
    dryRun,
  };
}

function readAdminApi(p: Problems, path: string, value: unknown): AdminApiSettings {
  const obj = readObject(p, path, value, 'an object of admin API settings') ?? {};
  checkKeys(p, path, obj, ADMIN_API_KEYS, 'adminApi');
  const at = (key: string): string => childPath(path, key);
  const settings: AdminApiSettings = {
    enabled: readBoolean(p, at('enabled'), own(obj, 'enabled')) ?? true,
    host: readName(p, at('host'), own(obj, 'host')) ?? EGERIA_TS_DEFAULTS.adminApiHost,
  };
  const port = readPort(p, at('port'), own(obj, 'port'));
  if (port !== undefined) settings.port = port;
  const token = readSecret(p, at('token'), own(obj, 'token'));
  if (token !== undefined) settings.token = token;
  const tls = readObject(p, at('tls'), own(obj, 'tls'), 'an object with certFile and keyFile');
  if (tls) {
    checkKeys(p, at('tls'), tls, TLS_KEYS, 'tls');
    const certFile = readName(p, childPath(at('tls'), 'certFile'), own(tls, 'certFile'), { required: true });
    const keyFile = readName(p, childPath(at('tls'), 'keyFile'), own(tls, 'keyFile'), { required: true });
    if (certFile !== undefined && keyFile !== undefined) settings.tls = { certFile, keyFile };
  }
  return settings;
}

function readPlatform(p: Problems, path: string, value: unknown): PlatformSettings {
  const obj = readObject(p, path, value, 'an object of platform settings') ?? {};
  checkKeys(p, path, obj, PLATFORM_KEYS, 'platform');
  const at = (key: string): string => childPath(path, key);
  const settings: PlatformSettings = {
    rejectUnauthorized: readBoolean(p, at('rejectUnauthorized'), own(obj, 'rejectUnauthorized')) ?? true,
  };
  const userId = readName(p, at('userId'), own(obj, 'userId'));
  if (userId !== undefined) settings.userId = userId;
  const password = readSecret(p, at('password'), own(obj, 'password'));
  if (password !== undefined) settings.password = password;
  const bearerToken = readSecret(p, at('bearerToken'), own(obj, 'bearerToken'));
  if (bearerToken !== undefined) settings.bearerToken = bearerToken;
  const caFile = readName(p, at('caFile'), own(obj, 'caFile'));
  if (caFile !== undefined) settings.caFile = caFile;
  return settings;
}

function readRestartPolicy(p: Problems, path: string, value: unknown): RestartPolicySettings {
  const obj = readObject(p, path, value, 'an object of restart policy settings') ?? {};
  checkKeys(p, path, obj, RESTART_KEYS, 'restartPolicy');
  const at = (key: string): string => childPath(path, key);
  const d = EGERIA_TS_DEFAULTS.restartPolicy;
  return {
    enabled: readBoolean(p, at('enabled'), own(obj, 'enabled')) ?? d.enabled,
    initialDelaySeconds:
      readDecimal(p, at('initialDelaySeconds'), own(obj, 'initialDelaySeconds'), SECONDS) ?? d.initialDelaySeconds,
    maxDelaySeconds: readDecimal(p, at('maxDelaySeconds'), own(obj, 'maxDelaySeconds'), SECONDS) ?? d.maxDelaySeconds,
    multiplier: readDecimal(p, at('multiplier'), own(obj, 'multiplier'), 'a number, 1 or more', 1) ?? d.multiplier,
  };
}
