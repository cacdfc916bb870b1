/**
 * The Files Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Data Manager OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { FilesIntegratorConnector } from './files-integrator-connector';
export { FilesIntegratorContext, FILES_ELEMENT_TYPE_NAMES } from './files-integrator-context';
export { filesIntegratorService, FILE_SYSTEM_METADATA_SOURCE } from './files-integrator-service';
export { FILES_INTEGRATOR_AUDIT_CODE, FILES_INTEGRATOR_ERROR_CODE } from './files-integrator-messages';
export { FileClassifier, DEFAULT_FILE_REFERENCE_DATA, fileExtensionOf } from './file-classifier';
export type {
  FileClassification,
  FileClassifierOptions,
  FileReferenceData,
  FileReferenceDataLookup,
} from './file-classifier';
export type {
  CreateNestedFoldersOptions,
  TopLevelFolderOptions,
  FolderGUIDOption,
  TopLevelFoldersOptions,
  NestedFoldersOptions,
  FolderFilesOptions,
  PathNameOptions,
  FileSystemNameOptions,
  AddDataFileOptions,
  DataFileGUIDOption,
  UpdateDataFileOptions,
  ArchiveDataFileOptions,
  DeleteDataFileOptions,
  FolderFileOptions,
  AddDataFolderOptions,
  DataFolderGUIDOption,
  UpdateDataFolderOptions,
  ArchiveDataFolderOptions,
  DeleteDataFolderOptions,
  AddFromTemplateOptions,
} from './files-integrator-options';
