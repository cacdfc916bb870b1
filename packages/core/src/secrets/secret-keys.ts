/** What a redacted value is replaced with. */
export const REDACTED = '***';

/**
 * The names of the keys whose values are secrets wherever they appear in a logged object.
 * Keys match case-insensitively and ignoring `-` and `_`, so `Authorization`, `access_token` and
 * `X-API-Key` match too.
 */
export const SECRET_KEY_NAMES: readonly string[] = Object.freeze([
  'clearPassword',
  'encryptedPassword',
  'securedProperties',
  'password',
  'passwd',
  'token',
  'accessToken',
  'refreshToken',
  'bearerToken',
  'idToken',
  'sessionToken',
  'secret',
  'clientSecret',
  'apiKey',
  'xApiKey',
  'privateKey',
  'authorization',
  'proxyAuthorization',
  'cookie',
  'setCookie',
]);

const NORMALIZED = new Set(SECRET_KEY_NAMES.map(normalizeKey));

function normalizeKey(key: string): string {
  return key.replace(/[-_]/g, '').toLowerCase();
}

/** True when a value stored under this key is a secret (see {@link SECRET_KEY_NAMES}). */
export function isSecretKey(key: string): boolean {
  return NORMALIZED.has(normalizeKey(key));
}

/** True for the keys that name an HTTP authorization header (their values carry a scheme). */
export function isAuthorizationKey(key: string): boolean {
  const k = normalizeKey(key);
  return k === 'authorization' || k === 'proxyauthorization';
}
