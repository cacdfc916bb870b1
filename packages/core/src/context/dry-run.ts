import { randomUUID } from 'node:crypto';
import type { ElementChangeKind } from './activity-report-recorder';

/** The prefix of the placeholder GUIDs that a dry run gives to the elements it would create. */
export const DRY_RUN_GUID_PREFIX = 'dry-run:';

/** A new placeholder GUID for a dry run: {@link DRY_RUN_GUID_PREFIX} followed by a random UUID. */
export function newDryRunGUID(): string {
  return `${DRY_RUN_GUID_PREFIX}${randomUUID()}`;
}

/**
 * True when `value` is a placeholder GUID of a dry run (a string that starts with
 * {@link DRY_RUN_GUID_PREFIX}). No element in open metadata has one, so a read for it is never sent.
 * @param value - any value
 */
export function isDryRunGUID(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(DRY_RUN_GUID_PREFIX);
}

/** One write to open metadata that a dry run recorded instead of sending. */
export interface RecordedWrite {
  /** The operation, such as `createDatabase` or `addCatalogTarget`. */
  readonly operation: string;
  /** Created, updated or deleted; absent when the write did not say what it changes. */
  readonly kind?: ElementChangeKind;
  /** The open metadata type name of the element (or relationship), when known. */
  readonly typeName?: string;
  /** For an update or delete, the element changed; for a create, the placeholder GUID it was given. */
  readonly guid?: string;
  /** The element's qualified name, when the caller knows it. */
  readonly qualifiedName?: string;
}

/**
 * Receives the writes of a dry run. An integration context given one (the `writeRecorder` option)
 * sends no write to open metadata: each is recorded here and answered with a placeholder result.
 */
export interface WriteRecorder {
  /**
   * Records one write that was not sent.
   * @param write - what would have been written
   */
  record(write: RecordedWrite): void;
}
