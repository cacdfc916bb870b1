/**
 * Keeps credentials out of error messages and logs. (Core will export a general `redact`; this
 * covers the text that the transport itself produces: messages, snippets of bodies.)
 */

const MASK = '***';

/** Patterns that look like credentials whatever their value. */
const CREDENTIAL_PATTERNS: readonly RegExp[] = [
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  /("?(?:authorization|clearPassword|encryptedPassword|password|securedProperties|token|secret)"?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|[^\s,;&}]+)/gi,
];

/**
 * Replaces every known secret value and anything that looks like a credential in a text.
 * @param text - the text to clean
 * @param secrets - the actual secret values in use (passwords, tokens, encoded headers)
 */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 3) result = result.split(secret).join(MASK);
  }
  for (const pattern of CREDENTIAL_PATTERNS) {
    result = result.replace(pattern, (_whole, head: string) =>
      /^(bearer|basic)$/i.test(head) ? `${head} ${MASK}` : `${head}${MASK}`,
    );
  }
  return result;
}

/**
 * A short, single-line, credential-free extract of a response body for an error message.
 * @param body - the body text
 * @param secrets - secret values to mask
 * @param max - the longest snippet (default 200 characters)
 */
export function snippet(body: string, secrets: readonly string[] = [], max = 200): string {
  const oneLine = scrubSecrets(body, secrets).replace(/\s+/g, ' ').trim();
  if (oneLine.length === 0) return '(empty)';
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}
