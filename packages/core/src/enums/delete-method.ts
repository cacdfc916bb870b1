import type { EnumValueInfo } from './enum-info';

/** How a connector removes elements from open metadata (Egeria 5.2's `DeleteMethod`). */
export enum DeleteMethod {
  /** Classify the element as a Memento so that lineage still finds it (Egeria's default). */
  ARCHIVE = 'ARCHIVE',
  /** Delete it from the active store; it can be restored. */
  SOFT_DELETE = 'SOFT_DELETE',
  /** Another kind of delete. */
  OTHER = 'OTHER',
}

/** Egeria's ordinals and names for {@link DeleteMethod}. */
export const DELETE_METHOD_INFO: Readonly<Record<DeleteMethod, EnumValueInfo>> = Object.freeze({
  ARCHIVE: { ordinal: 0, displayName: 'Archive', description: 'Archive the element with the Memento classification.' },
  SOFT_DELETE: { ordinal: 1, displayName: 'SoftDelete', description: 'Delete the element; it can still be restored.' },
  OTHER: { ordinal: 99, displayName: 'Other', description: 'Another type of delete.' },
});
