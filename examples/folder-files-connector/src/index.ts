/**
 * A Files Integrator connector that catalogs a folder tree (folders, and data files with their
 * type, size and times) on a timed refresh, and keeps the catalog current between refreshes with a
 * file watcher.
 * @packageDocumentation
 */

/** The version of this example. */
export const VERSION = '0.1.0';

// The source side: reading a folder tree (no Egeria dependency beyond core's errors).
export { readFolderTree, relativeToRoot } from './source/folder-tree-reader';
export type { FolderTreeSnapshot, ReadFolderTreeOptions } from './source/folder-tree-reader';
export { FolderFilter } from './source/folder-filter';
export type { FolderFilterPatterns } from './source/folder-filter';
export { compilePathPattern } from './source/path-pattern';
export type { PathPattern } from './source/path-pattern';
export { parseRootFolder } from './source/root-folder';
export { ChangeBatcher } from './source/change-batcher';
export { FOLDER_FILES_ERROR_CODE, FOLDER_FILES_AUDIT_CODE } from './messages';

// The connector.
export {
  FolderFilesConnector,
  FOLDER_FILES_CONNECTOR_NAME,
  FOLDER_FILES_CONNECTOR_ALIAS,
  CATALOGUED_STATISTIC_PREFIX,
} from './connector/folder-files-connector';
export type { FolderRefreshSummary } from './connector/folder-files-connector';
export type { FolderSyncCounts } from './connector/folder-synchronizer';
export type { DataFileProperties } from './connector/folder-catalog';
export { FOLDER_FILE_TYPES, DEFAULT_FILE_TYPE_NAME, fileTypeOf } from './connector/file-types';
export { desiredFileProperties } from './connector/desired-file';
