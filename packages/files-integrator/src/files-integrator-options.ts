import type {
  ArchiveProperties,
  ContextMergeUpdateOption,
  ContextPagingOptions,
  ContextTemplateOptions,
  DataFileProperties,
  FileFolderProperties,
} from '@egeria-ts/omas-client';

// ----- folders --------------------------------------------------------------------------------------

/** Options of `createNestedFolders`. */
export interface CreateNestedFoldersOptions {
  /** The file system or folder the first new folder hangs off. */
  readonly parentGUID: string;
  /**
   * The full path of the deepest folder, such as `/data/landing/2024/06`: each folder along it is
   * found by its path name or created (as in Egeria, the path is not relative to the parent).
   */
  readonly pathName: string;
}

/** Names a file system and one of its top-level folders. */
export interface TopLevelFolderOptions {
  /** The file system (a software capability). */
  readonly fileSystemGUID: string;
  /** The folder. */
  readonly folderGUID: string;
}

/** Names one folder. */
export interface FolderGUIDOption {
  /** The folder's GUID. */
  readonly folderGUID: string;
}

/** Options of `getTopLevelFolders`. */
export interface TopLevelFoldersOptions extends ContextPagingOptions {
  /** The file system whose top-level folders to list. */
  readonly fileSystemGUID: string;
}

/** Options of `getNestedFolders`. */
export interface NestedFoldersOptions extends ContextPagingOptions {
  /** The folder whose subfolders to list. */
  readonly parentFolderGUID: string;
}

/** Options of `getFolderFiles`. */
export interface FolderFilesOptions extends ContextPagingOptions, FolderGUIDOption {}

/** Options of the `...ByPathName` calls. */
export interface PathNameOptions {
  /** The full path name, as catalogued (such as `file:///data/sales.csv` or `/data/sales.csv`). */
  readonly pathName: string;
}

/** Options of `getFileSystemByUniqueName`. */
export interface FileSystemNameOptions {
  /** The file system's qualified name. */
  readonly uniqueName: string;
}

// ----- data files -----------------------------------------------------------------------------------

/** Options of `addDataFileToCatalog`. */
export interface AddDataFileOptions {
  /**
   * The file's properties: `pathName` (or `qualifiedName`) is required; the folders along the path
   * (and a file system for a `scheme://` prefix) are created when missing. A `typeName` such as
   * `CSVFile` picks a subtype of `DataFile`.
   */
  readonly dataFileProperties: DataFileProperties;
  /** The connector provider class name for the connection to the file, when one should be created. */
  readonly connectorProviderName?: string;
}

/** Names one data file. */
export interface DataFileGUIDOption {
  /** The data file's GUID. */
  readonly dataFileGUID: string;
}

/** Options of `updateDataFileInCatalog`. */
export interface UpdateDataFileOptions extends ContextMergeUpdateOption, DataFileGUIDOption {
  /** The new properties. */
  readonly dataFileProperties: DataFileProperties;
}

/** Options of `archiveDataFileInCatalog`. */
export interface ArchiveDataFileOptions extends DataFileGUIDOption {
  /** When and by which process the file was archived (default: now). */
  readonly archiveProperties?: ArchiveProperties;
}

/** Options of `deleteDataFileFromCatalog`. */
export interface DeleteDataFileOptions extends DataFileGUIDOption {
  /** The file's full path name, which the server checks against the element. */
  readonly fullPathname?: string;
}

/** Names a folder and a data file. */
export interface FolderFileOptions extends FolderGUIDOption {
  /** The data file's GUID. */
  readonly fileGUID: string;
}

// ----- data folders ---------------------------------------------------------------------------------

/** Options of `addDataFolderToCatalog`: a folder whose files together form one data set. */
export interface AddDataFolderOptions {
  /** The folder's properties: `pathName` (or `qualifiedName`) is required; the folders above it are created when missing. */
  readonly fileFolderProperties: FileFolderProperties;
  /** The connector provider class name for the connection to the folder, when one should be created. */
  readonly connectorProviderName?: string;
}

/** Names one data folder. */
export interface DataFolderGUIDOption {
  /** The data folder's GUID. */
  readonly dataFolderGUID: string;
}

/** Options of `updateDataFolderInCatalog`. */
export interface UpdateDataFolderOptions extends ContextMergeUpdateOption, DataFolderGUIDOption {
  /** The new properties. */
  readonly fileFolderProperties: FileFolderProperties;
}

/** Options of `archiveDataFolderInCatalog`. */
export interface ArchiveDataFolderOptions extends DataFolderGUIDOption {
  /** When and by which process the folder was archived (default: now). */
  readonly archiveProperties?: ArchiveProperties;
}

/** Options of `deleteDataFolderFromCatalog`. */
export interface DeleteDataFolderOptions extends DataFolderGUIDOption {
  /** The folder's full path name, which the server checks against the element. */
  readonly fullPathname?: string;
}

/** Options of `addDataFileToCatalogFromTemplate` and `addDataFolderToCatalogFromTemplate`: set `templateProperties.pathName`. */
export type AddFromTemplateOptions = ContextTemplateOptions;
