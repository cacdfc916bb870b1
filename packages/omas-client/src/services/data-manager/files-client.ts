/**
 * Data Manager OMAS: file systems, folders, data files and data folders (FilesResource): the typed client.
 */
import type { DataFileElement, FileFolderElement, FileSystemElement } from '../common/beans/elements';
import type {
  ArchiveRequestBody,
  DataFileRequestBody,
  DataFolderRequestBody,
  ExternalSourceRequestBody,
  MetadataSourceRequestBody,
  PathNameRequestBody,
} from '../common/beans/request-bodies';
import type { DataManagerTemplateRequestBody } from './data-manager-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { DATA_MANAGER_FILES_SERVICE } from './files-operations';

const ops = DATA_MANAGER_FILES_SERVICE.operations;

/**
 * Data Manager OMAS: file systems, folders, data files and data folders (FilesResource).
 * Each method sends one row of {@link DATA_MANAGER_FILES_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class FilesAndFoldersClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `DATA_MANAGER_FILES_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates nested folders (`POST /filesystems/folders/parent/{parentGUID}`).
   */
  async createNestedFolders(
    options: OmasCallOptions & { readonly parentGUID: string } & PathNameRequestBody,
  ): Promise<string[]> {
    return (await send<string[] | undefined>(this.invoker, ops.createNestedFolders, options)) ?? [];
  }

  /**
   * Attaches a top level folder (`POST /filesystems/{fileSystemGUID}/folders/{folderGUID}/attach`).
   */
  async attachTopLevelFolder(
    options: OmasCallOptions & {
      readonly fileSystemGUID: string;
      readonly folderGUID: string;
    } & ExternalSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.attachTopLevelFolder, options);
  }

  /**
   * Detaches a top level folder (`POST /filesystems/{fileSystemGUID}/folders/{folderGUID}/detach`).
   */
  async detachTopLevelFolder(
    options: OmasCallOptions & {
      readonly fileSystemGUID: string;
      readonly folderGUID: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.detachTopLevelFolder, options);
  }

  /**
   * Adds a data file to catalog (`POST /filesystems/data-files`).
   */
  async addDataFileToCatalog(options: OmasCallOptions & DataFileRequestBody = {}): Promise<string[]> {
    return (await send<string[] | undefined>(this.invoker, ops.addDataFileToCatalog, options)) ?? [];
  }

  /**
   * Adds a data file to catalog from template (`POST /filesystems/data-files/from-template/{templateGUID}`).
   */
  async addDataFileToCatalogFromTemplate(
    options: OmasCallOptions & { readonly templateGUID: string } & DataManagerTemplateRequestBody,
  ): Promise<string[]> {
    return (await send<string[] | undefined>(this.invoker, ops.addDataFileToCatalogFromTemplate, options)) ?? [];
  }

  /**
   * Updates a data file in catalog (`POST /filesystems/data-files/{dataFileGUID}`).
   */
  async updateDataFileInCatalog(
    options: OmasCallOptions & { readonly dataFileGUID: string; readonly isMergeUpdate: boolean } & DataFileRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateDataFileInCatalog, options);
  }

  /**
   * Archives a data file in catalog (`POST /filesystems/data-files/{dataFileGUID}/archive`).
   */
  async archiveDataFileInCatalog(
    options: OmasCallOptions & { readonly dataFileGUID: string } & ArchiveRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.archiveDataFileInCatalog, options);
  }

  /**
   * Deletes a data file from catalog (`POST /filesystems/data-files/{dataFileGUID}/delete`).
   */
  async deleteDataFileFromCatalog(
    options: OmasCallOptions & { readonly dataFileGUID: string } & PathNameRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deleteDataFileFromCatalog, options);
  }

  /**
   * Adds a data folder to catalog (`POST /filesystems/data-folders`).
   */
  async addDataFolderToCatalog(options: OmasCallOptions & DataFolderRequestBody = {}): Promise<string[]> {
    return (await send<string[] | undefined>(this.invoker, ops.addDataFolderToCatalog, options)) ?? [];
  }

  /**
   * Adds a data folder to catalog from template (`POST /filesystems/data-folders/from-template/{templateGUID}`).
   */
  async addDataFolderToCatalogFromTemplate(
    options: OmasCallOptions & { readonly templateGUID: string } & DataManagerTemplateRequestBody,
  ): Promise<string[]> {
    return (await send<string[] | undefined>(this.invoker, ops.addDataFolderToCatalogFromTemplate, options)) ?? [];
  }

  /**
   * Updates a data folder in catalog (`POST /filesystems/data-folders/{dataFolderGUID}`).
   */
  async updateDataFolderInCatalog(
    options: OmasCallOptions & {
      readonly dataFolderGUID: string;
      readonly isMergeUpdate: boolean;
    } & DataFolderRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.updateDataFolderInCatalog, options);
  }

  /**
   * Archives a data folder in catalog (`POST /filesystems/data-folders/{dataFolderGUID}/archive`).
   */
  async archiveDataFolderInCatalog(
    options: OmasCallOptions & { readonly dataFolderGUID: string } & ArchiveRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.archiveDataFolderInCatalog, options);
  }

  /**
   * Deletes a data folder from catalog (`POST /filesystems/data-folders/{dataFolderGUID}/delete`).
   */
  async deleteDataFolderFromCatalog(
    options: OmasCallOptions & { readonly dataFolderGUID: string } & PathNameRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.deleteDataFolderFromCatalog, options);
  }

  /**
   * Attaches a data file asset to folder (`POST /filesystems/folders/{folderGUID}/data-files/{fileGUID}/attach`).
   */
  async attachDataFileAssetToFolder(
    options: OmasCallOptions & { readonly folderGUID: string; readonly fileGUID: string } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.attachDataFileAssetToFolder, options);
  }

  /**
   * Detaches a data file asset from folder (`POST /filesystems/folders/{folderGUID}/data-files/{fileGUID}/detach`).
   */
  async detachDataFileAssetFromFolder(
    options: OmasCallOptions & { readonly folderGUID: string; readonly fileGUID: string } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.detachDataFileAssetFromFolder, options);
  }

  /**
   * Moves a data file in catalog (`POST /filesystems/folders/{folderGUID}/data-files/{fileGUID}/move-to`).
   */
  async moveDataFileInCatalog(
    options: OmasCallOptions & { readonly folderGUID: string; readonly fileGUID: string } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.moveDataFileInCatalog, options);
  }

  /**
   * Moves a data folder in catalog (`POST /filesystems/folders/{folderGUID}/data-folders/{dataFolderGUID}/move-to`).
   */
  async moveDataFolderInCatalog(
    options: OmasCallOptions & {
      readonly folderGUID: string;
      readonly dataFolderGUID: string;
    } & MetadataSourceRequestBody,
  ): Promise<void> {
    await send(this.invoker, ops.moveDataFolderInCatalog, options);
  }

  /**
   * Returns the file system with the given GUID (`GET /filesystems/filesystems/{fileSystemGUID}`).
   */
  async getFileSystemByGUID(
    options: OmasCallOptions & { readonly fileSystemGUID: string },
  ): Promise<FileSystemElement | undefined> {
    return send<FileSystemElement | undefined>(this.invoker, ops.getFileSystemByGUID, options);
  }

  /**
   * Returns a file system by unique name (`GET /filesystems/filesystems/by-name/{uniqueName}`).
   */
  async getFileSystemByUniqueName(
    options: OmasCallOptions & { readonly uniqueName: string },
  ): Promise<FileSystemElement | undefined> {
    return send<FileSystemElement | undefined>(this.invoker, ops.getFileSystemByUniqueName, options);
  }

  /**
   * Returns one page of the file systems (`GET /filesystems/filesystems`).
   */
  async getFileSystems(options: OmasPagingOptions = {}): Promise<string[]> {
    return sendPage<string>(this.invoker, ops.getFileSystems, options);
  }

  /** Iterates over every element getFileSystems returns, page by page from `startFrom`. */
  getFileSystemsIterator(options: OmasPagingOptions = {}): AsyncIterableIterator<string> {
    return iteratePages<string>(this.invoker, ops.getFileSystems, options);
  }

  /**
   * Returns the folder with the given GUID (`GET /filesystems/folders/{folderGUID}`).
   */
  async getFolderByGUID(
    options: OmasCallOptions & { readonly folderGUID: string },
  ): Promise<FileFolderElement | undefined> {
    return send<FileFolderElement | undefined>(this.invoker, ops.getFolderByGUID, options);
  }

  /**
   * Returns a folder by path name (`POST /filesystems/folders/by-path-name`).
   */
  async getFolderByPathName(
    options: OmasCallOptions & PathNameRequestBody = {},
  ): Promise<FileFolderElement | undefined> {
    return send<FileFolderElement | undefined>(this.invoker, ops.getFolderByPathName, options);
  }

  /**
   * Returns one page of the top level folders (`GET /filesystems/{fileSystemGUID}/folders`).
   */
  async getTopLevelFolders(options: OmasPagingOptions & { readonly fileSystemGUID: string }): Promise<string[]> {
    return sendPage<string>(this.invoker, ops.getTopLevelFolders, options);
  }

  /** Iterates over every element getTopLevelFolders returns, page by page from `startFrom`. */
  getTopLevelFoldersIterator(
    options: OmasPagingOptions & { readonly fileSystemGUID: string },
  ): AsyncIterableIterator<string> {
    return iteratePages<string>(this.invoker, ops.getTopLevelFolders, options);
  }

  /**
   * Returns one page of the nested folders (`GET /filesystems/folders/{parentFolderGUID}/folders`).
   */
  async getNestedFolders(options: OmasPagingOptions & { readonly parentFolderGUID: string }): Promise<string[]> {
    return sendPage<string>(this.invoker, ops.getNestedFolders, options);
  }

  /** Iterates over every element getNestedFolders returns, page by page from `startFrom`. */
  getNestedFoldersIterator(
    options: OmasPagingOptions & { readonly parentFolderGUID: string },
  ): AsyncIterableIterator<string> {
    return iteratePages<string>(this.invoker, ops.getNestedFolders, options);
  }

  /**
   * Returns one page of the folder files (`GET /filesystems/folders/{folderGUID}/data-files`).
   */
  async getFolderFiles(options: OmasPagingOptions & { readonly folderGUID: string }): Promise<DataFileElement[]> {
    return sendPage<DataFileElement>(this.invoker, ops.getFolderFiles, options);
  }

  /** Iterates over every element getFolderFiles returns, page by page from `startFrom`. */
  getFolderFilesIterator(
    options: OmasPagingOptions & { readonly folderGUID: string },
  ): AsyncIterableIterator<DataFileElement> {
    return iteratePages<DataFileElement>(this.invoker, ops.getFolderFiles, options);
  }

  /**
   * Returns the file with the given GUID (`GET /filesystems/data-files/{dataFileGUID}`).
   */
  async getFileByGUID(
    options: OmasCallOptions & { readonly dataFileGUID: string },
  ): Promise<DataFileElement | undefined> {
    return send<DataFileElement | undefined>(this.invoker, ops.getFileByGUID, options);
  }

  /**
   * Returns a file by path name (`POST /filesystems/data-files/by-path-name`).
   */
  async getFileByPathName(options: OmasCallOptions & PathNameRequestBody = {}): Promise<DataFileElement | undefined> {
    return send<DataFileElement | undefined>(this.invoker, ops.getFileByPathName, options);
  }

  /**
   * Returns one page of the files by path name (`POST /filesystems/data-files/by-search-path-name`).
   */
  async getFilesByPathName(options: OmasPagingOptions & PathNameRequestBody = {}): Promise<DataFileElement[]> {
    return sendPage<DataFileElement>(this.invoker, ops.getFilesByPathName, options);
  }

  /** Iterates over every element getFilesByPathName returns, page by page from `startFrom`. */
  getFilesByPathNameIterator(
    options: OmasPagingOptions & PathNameRequestBody = {},
  ): AsyncIterableIterator<DataFileElement> {
    return iteratePages<DataFileElement>(this.invoker, ops.getFilesByPathName, options);
  }

  /**
   * Returns one page of the files by path name whose properties match a search string (a regular expression) (`POST /filesystems/data-files/by-search-name`).
   */
  async findFilesByPathName(options: OmasPagingOptions & PathNameRequestBody = {}): Promise<DataFileElement[]> {
    return sendPage<DataFileElement>(this.invoker, ops.findFilesByPathName, options);
  }

  /** Iterates over every element findFilesByPathName returns, page by page from `startFrom`. */
  findFilesByPathNameIterator(
    options: OmasPagingOptions & PathNameRequestBody = {},
  ): AsyncIterableIterator<DataFileElement> {
    return iteratePages<DataFileElement>(this.invoker, ops.findFilesByPathName, options);
  }
}
