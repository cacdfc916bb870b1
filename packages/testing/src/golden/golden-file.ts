import * as fs from 'node:fs';
import * as path from 'node:path';
import { EgeriaError, InvalidParameterException, PropertyServerException, formatMessage } from '@egeria-ts/core';
import { stableStringify } from '../internal/stable-json';
import { TESTING_ERROR_CODE } from '../testing-messages';
import { lineDiff } from './line-diff';

/** What {@link expectMatchesGolden} did. */
export type GoldenOutcome = 'matched' | 'created' | 'updated';

/** Options of {@link expectMatchesGolden}. */
export interface GoldenOptions {
  /**
   * Rewrite the golden file with the snapshot instead of comparing (default: true when the
   * environment variable `UPDATE_GOLDEN` is `1` or `true`).
   */
  readonly update?: boolean;
  /** Write the golden file when it does not exist yet (default true). */
  readonly createMissing?: boolean;
  /** Unchanged lines shown around each difference (default 3). */
  readonly contextLines?: number;
}

/** The snapshot differs from its golden file; the message holds a line diff (- golden, + actual). */
export class GoldenMismatchError extends EgeriaError {
  /** The golden file. */
  readonly file: string;
  /** The diff, `-` lines from the golden file, `+` lines from the snapshot. */
  readonly diff: string;

  /**
   * @param file - the golden file
   * @param diff - the diff
   */
  constructor(file: string, diff: string) {
    const definition = TESTING_ERROR_CODE.GOLDEN_MISMATCH;
    super(`${definition.messageId} ${formatMessage(definition, [file, diff])}\n${definition.userAction}`, {
      messageId: definition.messageId,
      relatedHTTPCode: definition.httpCode,
      parameters: [file, diff],
      systemAction: definition.systemAction,
      userAction: definition.userAction,
      exceptionProperties: { file },
    });
    this.file = file;
    this.diff = diff;
  }
}

function updateRequested(): boolean {
  const value = process.env['UPDATE_GOLDEN'];
  return value === '1' || value?.toLowerCase() === 'true';
}

function fileProblem(file: string, error: unknown): PropertyServerException {
  return PropertyServerException.fromDefinition(
    TESTING_ERROR_CODE.GOLDEN_UNREADABLE,
    [file, error instanceof Error ? error.message : String(error)],
    { cause: error },
  );
}

function write(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text, 'utf8');
  } catch (error) {
    throw fileProblem(file, error);
  }
}

/**
 * Compares a snapshot (normally from `snapshotCatalog`) with a golden file, as indented JSON with
 * sorted keys. The file is written when it does not exist, or rewritten when `UPDATE_GOLDEN=1`;
 * otherwise a difference throws a {@link GoldenMismatchError} with a readable line diff.
 * @example
 * ```ts
 * expectMatchesGolden(await snapshotCatalog(emulator), path.join(__dirname, 'golden', 'catalog.json'));
 * ```
 * @param snapshot - any JSON-like value
 * @param file - the golden file's path
 * @param options - update and create behaviour
 * @returns whether it matched, or was created or updated
 * @throws GoldenMismatchError when the snapshot differs from the file
 */
export function expectMatchesGolden(snapshot: unknown, file: string, options: GoldenOptions = {}): GoldenOutcome {
  if (typeof file !== 'string' || file.trim() === '') {
    throw InvalidParameterException.fromDefinition(
      TESTING_ERROR_CODE.INVALID_OPTION,
      ['file', 'expectMatchesGolden', 'a file path is needed'],
      { exceptionProperties: { parameterName: 'file' } },
    );
  }
  const actual = stableStringify(snapshot);
  const exists = fs.existsSync(file);
  if (options.update ?? updateRequested()) {
    write(file, actual);
    return exists ? 'updated' : 'created';
  }
  if (!exists) {
    if (options.createMissing === false) throw fileProblem(file, new Error('the golden file does not exist'));
    write(file, actual);
    return 'created';
  }
  let expected: string;
  try {
    expected = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  } catch (error) {
    throw fileProblem(file, error);
  }
  if (expected === actual) return 'matched';
  throw new GoldenMismatchError(file, lineDiff(expected, actual, { context: options.contextLines ?? 3 }));
}
