import { REDACTED, isAuthorizationKey, isSecretKey } from './secret-keys';
import { scrubRegisteredSecrets } from './secret-registry';

// `scheme://user:password@host`: the password goes.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*:)([^\s/?#@]+)@/gi;
// `Authorization: Bearer xyz`, `authorization=xyz`, `"Authorization": "Basic xyz"`.
const AUTHORIZATION =
  /\b((?:proxy[-_]?)?authorization)(["']?\s*[:=]\s*["']?)(?:(bearer|basic|digest|negotiate|token|apikey)\s+)?([^\s"',;}\]]+)/gi;
// `Bearer xyz` anywhere.
const BEARER = /\b(bearer)\s+[A-Za-z0-9\-._~+/]+=*/gi;
// `Basic dXNlcjpwYXNz` anywhere, when the token really is base64 of `user:password`.
const BASIC = /\b(basic)\s+([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])/gi;
// `"password": "xyz"` (JSON text inside a string).
const JSON_PAIR = /"([A-Za-z][A-Za-z0-9_-]*)"(\s*:\s*)"(?:[^"\\]|\\.)*"/g;
// `password=xyz` (query strings, key=value lists).
const ASSIGNMENT = /(?<![A-Za-z0-9_-])([A-Za-z][A-Za-z0-9_-]*)=([^&\s#"',;]+)/g;
// `password: xyz` (headers, YAML).
const COLON_PAIR = /(?<![A-Za-z0-9_-])([A-Za-z][A-Za-z0-9_-]*)(:[ \t]*["']?)([^\s"',;}\]]+)/g;

function isBasicCredentials(token: string): boolean {
  const decoded = Buffer.from(token, 'base64');
  const text = decoded.toString('utf8');
  return text.includes(':') && decoded.toString('base64').replace(/=+$/, '') === token.replace(/=+$/, '');
}

/**
 * The string with every secret it visibly carries replaced: registered secret values, URL
 * passwords, authorization headers and bearer/basic credentials, and the values of secret keys
 * written as JSON, `key=value` or `key: value`.
 */
export function redactString(text: string): string {
  let out = scrubRegisteredSecrets(text);
  if (out.includes('://')) out = out.replace(URL_USERINFO, `$1${REDACTED}@`);
  out = out.replace(AUTHORIZATION, (_m, name: string, sep: string, scheme: string | undefined) =>
    scheme ? `${name}${sep}${scheme} ${REDACTED}` : `${name}${sep}${REDACTED}`,
  );
  out = out.replace(BEARER, `$1 ${REDACTED}`);
  out = out.replace(BASIC, (whole, scheme: string, token: string) =>
    isBasicCredentials(token) ? `${scheme} ${REDACTED}` : whole,
  );
  out = out.replace(JSON_PAIR, (whole, key: string, sep: string) =>
    isSecretKey(key) ? `"${key}"${sep}"${REDACTED}"` : whole,
  );
  out = out.replace(ASSIGNMENT, (whole, key: string) =>
    isSecretKey(key) && !isAuthorizationKey(key) ? `${key}=${REDACTED}` : whole,
  );
  out = out.replace(COLON_PAIR, (whole, key: string, sep: string, value: string) =>
    isSecretKey(key) && !isAuthorizationKey(key) && value !== REDACTED ? `${key}${sep}${REDACTED}` : whole,
  );
  return out;
}
