import {
  DATA_MANAGER_FILES_SERVICE,
  DataManagerIntegrationContext,
  FilesAndFoldersClient,
  FilesListenerManager,
  typeNameOr,
  type ContextGUIDOptions,
  type DataFileElement,
  type FileDirectoryListener,
  type FileFilter,
  type FileFolderElement,
  type FileListener,
  type FileSystemElement,
  type IntegrationContextDependencies,
  type DataManagerOutboundEvent,
  DATA_MANAGER_CONNECTION_SERVICE,
  withConnectionMethods,
  withEndpointMethods,
} from '@egeria-ts/omas-client';
import type { ElementChange, WriteOptions } from '@egeria-ts/core';
import { FileClassifier } from './file-classifier';
import type {
  AddDataFileOptions,
  AddDataFolderOptions,
  AddFromTemplateOptions,
  ArchiveDataFileOptions,
  ArchiveDataFolderOptions,
  CreateNestedFoldersOptions,
  DataFolderGUIDOption,
  DeleteDataFileOptions,
  DeleteDataFolderOptions,
  FileSystemNameOptions,
  FolderFileOptions,
  FolderFilesOptions,
  NestedFoldersOptions,
  PathNameOptions,
  TopLevelFolderOptions,
  TopLevelFoldersOptions,
  UpdateDataFileOptions,
  UpdateDataFolderOptions,
} from './files-integrator-options';

/**
 * The open metadata type names the context counts its changes under (a `typeName` in the
 * properties, for a subtype, is counted instead).
 */
export const FILES_ELEMENT_TYPE_NAMES = Object.freeze({
  /** A data file (`CSVFile`, `AvroFile`... are subtypes). */
  dataFile: 'DataFile',
  /** A folder, and a data folder (a folder whose files form one data set). */
  fileFolder: 'FileFolder',
  /** A file system: the software capability a `scheme://` path prefix names. */
  fileSystem: 'SoftwareCapability',
});

const T = FILES_ELEMENT_TYPE_NAMES;
const FILE_SYSTEM_SEPARATOR = '://';

/** In a dry run, a write that returns the GUIDs along a path answers with the new element's placeholder GUID. */
const ALONG_PATH: WriteOptions<string[]> = { dryRunResult: (guid) => [guid] };

/** A create that returns the GUIDs along the path, the new element's last (its folders are reported separately). */
function createdAlongPath(typeName: string, qualifiedName: string | undefined): ElementChange<string[]> {
  return {
    kind: 'create',
    typeName,
    guid: (guids) => guids[guids.length - 1],
    ...(qualifiedName === undefined ? {} : { qualifiedName }),
  };
}

/** Java's `String.split` on a literal: trailing empty strings are dropped. */
function javaSplit(text: string, separator: string): string[] {
  const parts = text.split(separator);
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function requireText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The context of a files integration connector (Egeria 5.2's `FilesIntegratorContext`): catalogs
 * data files, folders and data folders through the Data Manager OMAS, creates the folder structure
 * along their paths and links top-level folders to their file system; reports changes in the local
 * file system to file and directory listeners (Egeria offers these on every context at 5.2);
 * classifies files; and has the connections, endpoints and connector type lookups of
 * `withConnectionMethods` and `withEndpointMethods`. Every write carries the connector's user id and
 * its metadata source (the file system), is refused before it is sent when the permitted
 * synchronization forbids writing to open metadata, and is counted by type in the activity report. Everything is refused once the context is
 * disconnected, and the file system listeners stop then.
 */
export class FilesIntegratorContext extends withEndpointMethods(
  withConnectionMethods(DataManagerIntegrationContext, DATA_MANAGER_CONNECTION_SERVICE),
  DATA_MANAGER_CONNECTION_SERVICE,
) {
  readonly #client: FilesAndFoldersClient;
  #listeners?: FilesListenerManager;
  #classifier?: FileClassifier;

  /** @param dependencies - built by the Files Integrator service (`filesIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies<DataManagerOutboundEvent>) {
    super(dependencies);
    this.#client = new FilesAndFoldersClient(this.partnerInvoker(DATA_MANAGER_FILES_SERVICE));
  }

  // ---------------------------------------------------------------- path names

  /**
   * The file system part of a path name, such as `s3://` for `s3://bucket/a.csv`; undefined when the
   * path has none (as Egeria's `getFileSystemName`).
   * @param pathName - a path name
   */
  getFileSystemName(pathName: string): string | undefined {
    if (!requireText(pathName)) return undefined;
    const tokens = javaSplit(pathName, FILE_SYSTEM_SEPARATOR);
    return tokens.length > 1 ? tokens[0] + FILE_SYSTEM_SEPARATOR : undefined;
  }

  /**
   * The folder names along a path name, without the file system, the root and the last segment (as
   * Egeria's `getDirectoryNames`, which keeps an empty name for the root); undefined when there are none.
   * @param pathName - a path name
   */
  getDirectoryNames(pathName: string): string[] | undefined {
    if (!requireText(pathName)) return undefined;
    const tokens = javaSplit(pathName, '/');
    if (tokens.length <= 1) return undefined;
    const start = this.getFileSystemName(pathName) !== undefined ? 2 : tokens[0] === '' ? 1 : 0;
    const end = tokens.length - 1;
    return start < end ? tokens.slice(start, end) : undefined;
  }

  /**
   * The text after the last dot of a path name (as Egeria's `getFileExtension`); undefined when it
   * has no dot.
   * @param pathName - a path name
   */
  getFileExtension(pathName: string): string | undefined {
    if (!requireText(pathName)) return undefined;
    const tokens = javaSplit(pathName, '.');
    return tokens.length > 1 ? tokens[tokens.length - 1] : undefined;
  }

  // ---------------------------------------------------------------- file systems and folders

  /** A file system by GUID. */
  async getFileSystemByGUID(options: ContextGUIDOptions): Promise<FileSystemElement | undefined> {
    const o = this.requireOptions('getFileSystemByGUID', options);
    return this.read('getFileSystemByGUID', (signal) =>
      this.#client.getFileSystemByGUID({ signal, fileSystemGUID: o.guid }),
    );
  }

  /** A file system by its qualified name. */
  async getFileSystemByUniqueName(options: FileSystemNameOptions): Promise<FileSystemElement | undefined> {
    const o = this.requireOptions('getFileSystemByUniqueName', options);
    return this.read('getFileSystemByUniqueName', (signal) =>
      this.#client.getFileSystemByUniqueName({ signal, uniqueName: o.uniqueName }),
    );
  }

  /**
   * Creates the folders along a path that are not catalogued yet, the first new one below the
   * parent. The parent counts as updated and each folder returned as created, as Egeria's context
   * reports them. @returns the GUIDs of the folders along the path (found or created), top first
   */
  async createNestedFolders(options: CreateNestedFoldersOptions): Promise<string[]> {
    const o = this.requireOptions('createNestedFolders', options);
    const guids = await this.write(
      'createNestedFolders',
      (signal) =>
        this.#client.createNestedFolders({ ...this.source(signal), parentGUID: o.parentGUID, pathName: o.pathName }),
      { kind: 'update', typeName: T.fileFolder, guid: o.parentGUID },
      ALONG_PATH,
    );
    for (const guid of guids) this.reportElementCreation(T.fileFolder, guid);
    return guids;
  }

  /** Links a folder to a file system as one of its top-level folders (both count as updated). */
  async attachTopLevelFolder(options: TopLevelFolderOptions): Promise<void> {
    const o = this.requireOptions('attachTopLevelFolder', options);
    await this.write(
      'attachTopLevelFolder',
      (signal) =>
        this.#client.attachTopLevelFolder({
          ...this.source(signal),
          fileSystemGUID: o.fileSystemGUID,
          folderGUID: o.folderGUID,
        }),
      { kind: 'update', typeName: T.fileSystem, guid: o.fileSystemGUID },
    );
    this.reportElementUpdate(T.fileFolder, o.folderGUID);
  }

  /** Unlinks a top-level folder from its file system (both count as updated). */
  async detachTopLevelFolder(options: TopLevelFolderOptions): Promise<void> {
    const o = this.requireOptions('detachTopLevelFolder', options);
    await this.write(
      'detachTopLevelFolder',
      (signal) =>
        this.#client.detachTopLevelFolder({
          ...this.source(signal),
          fileSystemGUID: o.fileSystemGUID,
          folderGUID: o.folderGUID,
        }),
      { kind: 'update', typeName: T.fileSystem, guid: o.fileSystemGUID },
    );
    this.reportElementUpdate(T.fileFolder, o.folderGUID);
  }

  /** A folder by GUID. */
  async getFolderByGUID(options: ContextGUIDOptions): Promise<FileFolderElement | undefined> {
    const o = this.requireOptions('getFolderByGUID', options);
    return this.read('getFolderByGUID', (signal) => this.#client.getFolderByGUID({ signal, folderGUID: o.guid }));
  }

  /** A folder by its path name; undefined when none is catalogued. */
  async getFolderByPathName(options: PathNameOptions): Promise<FileFolderElement | undefined> {
    const o = this.requireOptions('getFolderByPathName', options);
    return this.read('getFolderByPathName', (signal) =>
      this.#client.getFolderByPathName({ signal, pathName: o.pathName }),
    );
  }

  /**
   * The top-level folders of a file system (one page). Egeria 5.2's server answers with GUIDs; the
   * context reads each folder, as Egeria's context promises folders.
   */
  async getTopLevelFolders(options: TopLevelFoldersOptions): Promise<FileFolderElement[]> {
    const guids = await this.readPage('getTopLevelFolders', options, (page) =>
      this.#client.getTopLevelFolders({ ...page, fileSystemGUID: options.fileSystemGUID }),
    );
    return this.#folders('getTopLevelFolders', guids);
  }

  /** The folders directly in a folder (one page), read as for {@link FilesIntegratorContext.getTopLevelFolders}. */
  async getNestedFolders(options: NestedFoldersOptions): Promise<FileFolderElement[]> {
    const guids = await this.readPage('getNestedFolders', options, (page) =>
      this.#client.getNestedFolders({ ...page, parentFolderGUID: options.parentFolderGUID }),
    );
    return this.#folders('getNestedFolders', guids);
  }

  /** The data files directly in a folder (one page); archived files are left out. */
  async getFolderFiles(options: FolderFilesOptions): Promise<DataFileElement[]> {
    return this.readPage('getFolderFiles', options, (page) =>
      this.#client.getFolderFiles({ ...page, folderGUID: options.folderGUID }),
    );
  }

  // ---------------------------------------------------------------- data files

  /**
   * Catalogs a data file, creating the folders (and file system) along its path that are not
   * catalogued yet. The file counts as created under its type, and the folders along its path as
   * created folders, as Egeria's context reports them. @returns the GUIDs of the file system (when
   * the path names one), the folders and the file, top first
   */
  async addDataFileToCatalog(options: AddDataFileOptions): Promise<string[]> {
    const o = this.requireOptions('addDataFileToCatalog', options);
    const properties = this.requireOptions('addDataFileToCatalog', o.dataFileProperties);
    const guids = await this.write(
      'addDataFileToCatalog',
      (signal) =>
        this.#client.addDataFileToCatalog({
          ...this.source(signal),
          ...properties,
          connectorProviderClassName: o.connectorProviderName,
        }),
      createdAlongPath(typeNameOr(properties, T.dataFile), properties.qualifiedName),
      ALONG_PATH,
    );
    this.#reportPath(guids, properties.pathName ?? properties.qualifiedName, typeNameOr(properties, T.dataFile));
    return guids;
  }

  /** Catalogs a data file by copying a template; `templateProperties.pathName` places it. @returns the GUIDs along its path, top first */
  async addDataFileToCatalogFromTemplate(options: AddFromTemplateOptions): Promise<string[]> {
    const o = this.requireOptions('addDataFileToCatalogFromTemplate', options);
    const guids = await this.write(
      'addDataFileToCatalogFromTemplate',
      (signal) =>
        this.#client.addDataFileToCatalogFromTemplate({
          ...this.source(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
        }),
      createdAlongPath(T.dataFile, o.templateProperties?.qualifiedName),
      ALONG_PATH,
    );
    this.#reportPath(guids, o.templateProperties?.pathName ?? o.templateProperties?.qualifiedName, T.dataFile);
    return guids;
  }

  /** Updates a data file: merges the properties given, or (the default) replaces them all. */
  async updateDataFileInCatalog(options: UpdateDataFileOptions): Promise<void> {
    const o = this.requireOptions('updateDataFileInCatalog', options);
    await this.write(
      'updateDataFileInCatalog',
      (signal) =>
        this.#client.updateDataFileInCatalog({
          ...this.source(signal),
          ...o.dataFileProperties,
          dataFileGUID: o.dataFileGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      { kind: 'update', typeName: typeNameOr(o.dataFileProperties, T.dataFile), guid: o.dataFileGUID },
    );
  }

  /**
   * Archives a data file: it stays in the catalog, classified as archived, and drops out of folder
   * listings (the file is gone; its lineage stays). Counts as a delete, as in Egeria.
   */
  async archiveDataFileInCatalog(options: ArchiveDataFileOptions): Promise<void> {
    const o = this.requireOptions('archiveDataFileInCatalog', options);
    await this.write(
      'archiveDataFileInCatalog',
      (signal) =>
        this.#client.archiveDataFileInCatalog({
          ...this.source(signal),
          archiveDate: new Date(),
          ...o.archiveProperties,
          dataFileGUID: o.dataFileGUID,
        }),
      { kind: 'delete', typeName: T.dataFile, guid: o.dataFileGUID },
    );
  }

  /** Removes a data file from the catalog. */
  async deleteDataFileFromCatalog(options: DeleteDataFileOptions): Promise<void> {
    const o = this.requireOptions('deleteDataFileFromCatalog', options);
    await this.write(
      'deleteDataFileFromCatalog',
      (signal) =>
        this.#client.deleteDataFileFromCatalog({
          ...this.source(signal),
          dataFileGUID: o.dataFileGUID,
          pathName: o.fullPathname,
        }),
      { kind: 'delete', typeName: T.dataFile, guid: o.dataFileGUID },
    );
  }

  /** Links a data file to a folder (both count as updated). */
  async attachDataFileAssetToFolder(options: FolderFileOptions): Promise<void> {
    const o = this.requireOptions('attachDataFileAssetToFolder', options);
    await this.write(
      'attachDataFileAssetToFolder',
      (signal) =>
        this.#client.attachDataFileAssetToFolder({
          ...this.source(signal),
          folderGUID: o.folderGUID,
          fileGUID: o.fileGUID,
        }),
      { kind: 'update', typeName: T.fileFolder, guid: o.folderGUID },
    );
    this.reportElementUpdate(T.dataFile, o.fileGUID);
  }

  /** Unlinks a data file from a folder (both count as updated). */
  async detachDataFileAssetFromFolder(options: FolderFileOptions): Promise<void> {
    const o = this.requireOptions('detachDataFileAssetFromFolder', options);
    await this.write(
      'detachDataFileAssetFromFolder',
      (signal) =>
        this.#client.detachDataFileAssetFromFolder({
          ...this.source(signal),
          folderGUID: o.folderGUID,
          fileGUID: o.fileGUID,
        }),
      { kind: 'update', typeName: T.fileFolder, guid: o.folderGUID },
    );
    this.reportElementUpdate(T.dataFile, o.fileGUID);
  }

  /** A data file by GUID. */
  async getFileByGUID(options: ContextGUIDOptions): Promise<DataFileElement | undefined> {
    const o = this.requireOptions('getFileByGUID', options);
    return this.read('getFileByGUID', (signal) => this.#client.getFileByGUID({ signal, dataFileGUID: o.guid }));
  }

  /** A data file by its path name; undefined when none is catalogued. */
  async getFileByPathName(options: PathNameOptions): Promise<DataFileElement | undefined> {
    const o = this.requireOptions('getFileByPathName', options);
    return this.read('getFileByPathName', (signal) => this.#client.getFileByPathName({ signal, pathName: o.pathName }));
  }

  // ---------------------------------------------------------------- data folders

  /**
   * Catalogs a data folder (a folder whose files together form one data set), creating the folders
   * above it that are not catalogued yet. @returns the GUIDs along its path, top first
   */
  async addDataFolderToCatalog(options: AddDataFolderOptions): Promise<string[]> {
    const o = this.requireOptions('addDataFolderToCatalog', options);
    const properties = this.requireOptions('addDataFolderToCatalog', o.fileFolderProperties);
    const guids = await this.write(
      'addDataFolderToCatalog',
      (signal) =>
        this.#client.addDataFolderToCatalog({
          ...this.source(signal),
          ...properties,
          connectorProviderClassName: o.connectorProviderName,
        }),
      createdAlongPath(typeNameOr(properties, T.fileFolder), properties.qualifiedName),
      ALONG_PATH,
    );
    this.#reportPath(guids, properties.pathName ?? properties.qualifiedName, typeNameOr(properties, T.fileFolder));
    return guids;
  }

  /** Catalogs a data folder by copying a template; `templateProperties.pathName` places it. @returns the GUIDs along its path, top first */
  async addDataFolderToCatalogFromTemplate(options: AddFromTemplateOptions): Promise<string[]> {
    const o = this.requireOptions('addDataFolderToCatalogFromTemplate', options);
    const guids = await this.write(
      'addDataFolderToCatalogFromTemplate',
      (signal) =>
        this.#client.addDataFolderToCatalogFromTemplate({
          ...this.source(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
        }),
      createdAlongPath(T.fileFolder, o.templateProperties?.qualifiedName),
      ALONG_PATH,
    );
    this.#reportPath(guids, o.templateProperties?.pathName ?? o.templateProperties?.qualifiedName, T.fileFolder);
    return guids;
  }

  /** Updates a data folder: merges the properties given, or (the default) replaces them all. */
  async updateDataFolderInCatalog(options: UpdateDataFolderOptions): Promise<void> {
    const o = this.requireOptions('updateDataFolderInCatalog', options);
    await this.write(
      'updateDataFolderInCatalog',
      (signal) =>
        this.#client.updateDataFolderInCatalog({
          ...this.source(signal),
          ...o.fileFolderProperties,
          dataFolderGUID: o.dataFolderGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      { kind: 'update', typeName: typeNameOr(o.fileFolderProperties, T.fileFolder), guid: o.dataFolderGUID },
    );
  }

  /** Archives a data folder (see {@link FilesIntegratorContext.archiveDataFileInCatalog}); counts as a delete. */
  async archiveDataFolderInCatalog(options: ArchiveDataFolderOptions): Promise<void> {
    const o = this.requireOptions('archiveDataFolderInCatalog', options);
    await this.write(
      'archiveDataFolderInCatalog',
      (signal) =>
        this.#client.archiveDataFolderInCatalog({
          ...this.source(signal),
          archiveDate: new Date(),
          ...o.archiveProperties,
          dataFolderGUID: o.dataFolderGUID,
        }),
      { kind: 'delete', typeName: T.fileFolder, guid: o.dataFolderGUID },
    );
  }

  /** Removes a data folder from the catalog. */
  async deleteDataFolderFromCatalog(options: DeleteDataFolderOptions): Promise<void> {
    const o = this.requireOptions('deleteDataFolderFromCatalog', options);
    await this.write(
      'deleteDataFolderFromCatalog',
      (signal) =>
        this.#client.deleteDataFolderFromCatalog({
          ...this.source(signal),
          dataFolderGUID: o.dataFolderGUID,
          pathName: o.fullPathname,
        }),
      { kind: 'delete', typeName: T.fileFolder, guid: o.dataFolderGUID },
    );
  }

  /** A data folder by GUID (a data folder is a folder). */
  async getDataFolderByGUID(options: DataFolderGUIDOption): Promise<FileFolderElement | undefined> {
    const o = this.requireOptions('getDataFolderByGUID', options);
    return this.getFolderByGUID({ guid: o.dataFolderGUID });
  }

  // ---------------------------------------------------------------- file system listeners

  /**
   * Reports the creation, change and deletion of one file of the local file system to a listener,
   * until it is unregistered or the context is disconnected. Only changes after the registration
   * are reported.
   * @param listener - told of each change
   * @param fileToMonitor - the file's path
   */
  async registerFileListener(listener: FileListener, fileToMonitor: string): Promise<void> {
    this.validateIsActive('registerFileListener');
    await this.#fileListeners.registerFileListener(listener, fileToMonitor);
  }

  /**
   * Stops reporting a file to a listener.
   * @returns false when that listener was not registered for that file
   */
  unregisterFileListener(listener: FileListener, fileToMonitor: string): boolean {
    return this.#listeners?.unregisterFileListener(listener, fileToMonitor) ?? false;
  }

  /**
   * Reports the files and directories created, changed and deleted directly in a directory.
   * @param listener - told of each change
   * @param directoryToMonitor - the directory's path
   * @param fileFilter - chooses the entries reported (default: all)
   */
  async registerDirectoryListener(
    listener: FileDirectoryListener,
    directoryToMonitor: string,
    fileFilter?: FileFilter,
  ): Promise<void> {
    this.validateIsActive('registerDirectoryListener');
    await this.#fileListeners.registerDirectoryListener(listener, directoryToMonitor, fileFilter);
  }

  /**
   * Stops reporting a directory to a listener.
   * @returns false when that listener was not registered for that directory
   */
  unregisterDirectoryListener(listener: FileDirectoryListener, directoryToMonitor: string): boolean {
    return this.#listeners?.unregisterDirectoryListener(listener, directoryToMonitor) ?? false;
  }

  /**
   * Reports the files and directories created, changed and deleted in a directory and in all its
   * subdirectories.
   * @param listener - told of each change
   * @param directoryToMonitor - the root directory's path
   * @param fileFilter - chooses the entries reported and the directories looked into (default: all)
   */
  async registerDirectoryTreeListener(
    listener: FileDirectoryListener,
    directoryToMonitor: string,
    fileFilter?: FileFilter,
  ): Promise<void> {
    this.validateIsActive('registerDirectoryTreeListener');
    await this.#fileListeners.registerDirectoryTreeListener(listener, directoryToMonitor, fileFilter);
  }

  /**
   * Stops reporting a directory tree to a listener.
   * @returns false when that listener was not registered for that directory
   */
  unregisterDirectoryTreeListener(listener: FileDirectoryListener, directoryToMonitor: string): boolean {
    return this.#listeners?.unregisterDirectoryTreeListener(listener, directoryToMonitor) ?? false;
  }

  /** The file classifier: describes a file for cataloguing (Egeria's `getFileClassifier`). */
  getFileClassifier(): FileClassifier {
    this.#classifier ??= new FileClassifier();
    return this.#classifier;
  }

  /** Stops the file system listeners, then disconnects the context. */
  override async disconnect(): Promise<void> {
    await this.#listeners?.disconnect();
    await super.disconnect();
  }

  // ---------------------------------------------------------------- helpers

  get #fileListeners(): FilesListenerManager {
    this.#listeners ??= new FilesListenerManager({ auditLog: this.auditLog, connectorName: this.connectorName });
    return this.#listeners;
  }

  /**
   * Counts what an add returned: the asset (last) under its type, the file system (first, when the
   * path names one) and the folders between as created, as Egeria's context reports them.
   */
  #reportPath(guids: readonly string[], pathName: string | undefined, assetTypeName: string): void {
    if (guids.length === 0) return;
    const hasFileSystem = pathName !== undefined && this.getFileSystemName(pathName) !== undefined;
    guids.forEach((guid, index) => {
      const typeName =
        index === guids.length - 1 ? assetTypeName : index === 0 && hasFileSystem ? T.fileSystem : T.fileFolder;
      this.reportElementCreation(typeName, guid);
    });
  }

  async #folders(operation: string, guids: readonly string[]): Promise<FileFolderElement[]> {
    const folders: FileFolderElement[] = [];
    for (const guid of guids) {
      const folder = await this.read(operation, (signal) => this.#client.getFolderByGUID({ signal, folderGUID: guid }));
      if (folder !== undefined) folders.push(folder);
    }
    return folders;
  }
}
