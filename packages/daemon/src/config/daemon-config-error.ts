import { InvalidParameterException, describeValue } from '@egeria-ts/core';

/** One problem found in a configuration document. */
export interface DaemonConfigProblem {
  /** JSON path of the value at fault, such as `integrationServicesConfig[0].integrationConnectorConfigs[1].refreshTimeInterval` (`$` for the whole document). */
  readonly path: string;
  /** What the value should be. */
  readonly expected: string;
  /** What was found, printable (`nothing` when the value is missing; secrets are hidden). */
  readonly got: string;
  /** Line (1-based) in the file, for a JSON syntax error. */
  readonly line?: number;
  /** Column (1-based) in the file, for a JSON syntax error. */
  readonly column?: number;
}

/** The one-line form of a problem: `<JSON path>: expected <what>, got <value>`. */
export function formatDaemonConfigProblem(problem: DaemonConfigProblem): string {
  return `${problem.path}: expected ${problem.expected}, got ${problem.got}`;
}

/**
 * A configuration document is not usable. The message holds every problem, one line each, in the
 * form `<JSON path>: expected <what>, got <value>`, and nothing else.
 */
export class DaemonConfigError extends InvalidParameterException {
  /** Every problem found, in document order. */
  readonly problems: readonly DaemonConfigProblem[];
  /** The file the document came from, when it was loaded from one. */
  readonly source?: string;

  constructor(problems: readonly DaemonConfigProblem[], options: { source?: string } = {}) {
    const lines = problems.map(formatDaemonConfigProblem);
    super(lines.join('\n'), {
      messageId: 'EGERIA-TS-DAEMON-400-001',
      parameters: lines,
      systemAction: 'The integration daemon does not start with this configuration document.',
      userAction: 'Correct each value named by its JSON path, then start the daemon again.',
      exceptionProperties: {
        parameterName: problems[0]?.path ?? '$',
        problemCount: problems.length,
        ...(options.source === undefined ? {} : { source: options.source }),
      },
    });
    this.problems = Object.freeze(problems.map((p) => Object.freeze({ ...p })));
    this.source = options.source;
  }
}

/** Field names whose values are secrets: never shown in a problem. */
const SECRET_KEYS = new Set([
  'clearPassword',
  'encryptedPassword',
  'securedProperties',
  'localServerPassword',
  'password',
  'token',
  'bearerToken',
]);

/** True when the field name holds a secret. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key);
}

/** Printable form of a found value for a problem; secrets inside objects are masked. */
export function describeGot(value: unknown): string {
  if (value === undefined) return 'nothing';
  return describeValue(redact(value, 0));
}

/** Printable form of a secret value: its kind only. */
export function describeSecret(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array (hidden)';
  return `a ${typeof value} (hidden)`;
}

function redact(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 6) return '...';
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).slice(0, 20)) {
    const v = (value as Record<string, unknown>)[key];
    Object.defineProperty(out, key, {
      value: isSecretKey(key) ? '***' : redact(v, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
