import { promises as fs } from 'node:fs';
import type { DaemonConfig } from './daemon-config';
import { DaemonConfigError } from './daemon-config-error';
import { findJsonSyntaxError } from './json-syntax';
import { parseDaemonConfig } from './parse-daemon-config';

/**
 * Reads a configuration document from a JSON file and checks it with `parseDaemonConfig`.
 * A file that cannot be read, or that is not JSON, is reported as a problem at `$` (a syntax error
 * with its line and column).
 *
 * @param file - path of the JSON file
 * @returns the checked configuration
 * @throws {@link DaemonConfigError} with every problem of the document, and `source` set to `file`
 */
export async function loadDaemonConfig(file: string): Promise<DaemonConfig> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'an error';
    throw new DaemonConfigError([{ path: '$', expected: 'a readable JSON file', got: `${code} reading ${file}` }], {
      source: file,
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (e) {
    const found = findJsonSyntaxError(text);
    const problem = found
      ? {
          path: '$',
          expected: `valid JSON (${found.expected})`,
          got: `${found.got} at line ${found.line}, column ${found.column}`,
          line: found.line,
          column: found.column,
        }
      : { path: '$', expected: 'valid JSON', got: (e as Error).message };
    throw new DaemonConfigError([problem], { source: file });
  }
  try {
    return parseDaemonConfig(document);
  } catch (e) {
    if (e instanceof DaemonConfigError) throw new DaemonConfigError(e.problems, { source: file });
    throw e;
  }
}
