/**
 * Data Manager OMAS: file systems, folders, data files and data folders (FilesResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_LIST_RESPONSE,
  MERGE_UPDATE,
  OPTIONAL_BODY,
  VOID_RESPONSE,
  defineService,
  elements,
  get,
  paged,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link DATA_MANAGER_FILES_SERVICE}. @public */
export type DataManagerFilesOperationName =
  | 'createNestedFolders'
  | 'attachTopLevelFolder'
  | 'detachTopLevelFolder'
  | 'addDataFileToCatalog'
  | 'addDataFileToCatalogFromTemplate'
  | 'updateDataFileInCatalog'
  | 'archiveDataFileInCatalog'
  | 'deleteDataFileFromCatalog'
  | 'addDataFolderToCatalog'
  | 'addDataFolderToCatalogFromTemplate'
  | 'updateDataFolderInCatalog'
  | 'archiveDataFolderInCatalog'
  | 'deleteDataFolderFromCatalog'
  | 'attachDataFileAssetToFolder'
  | 'detachDataFileAssetFromFolder'
  | 'moveDataFileInCatalog'
  | 'moveDataFolderInCatalog'
  | 'getFileSystemByGUID'
  | 'getFileSystemByUniqueName'
  | 'getFileSystems'
  | 'getFolderByGUID'
  | 'getFolderByPathName'
  | 'getTopLevelFolders'
  | 'getNestedFolders'
  | 'getFolderFiles'
  | 'getFileByGUID'
  | 'getFileByPathName'
  | 'getFilesByPathName'
  | 'findFilesByPathName';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<DataManagerFilesOperationName, OperationRow>> = {
  createNestedFolders: post(
    '/filesystems/folders/parent/{parentGUID}',
    'PathNameRequestBody',
    GUID_LIST_RESPONSE,
    CREATES,
  ),
  attachTopLevelFolder: post(
    '/filesystems/{fileSystemGUID}/folders/{folderGUID}/attach',
    'ExternalSourceRequestBody',
    VOID_RESPONSE,
    OPTIONAL_BODY,
    CREATES,
  ),
  detachTopLevelFolder: post(
    '/filesystems/{fileSystemGUID}/folders/{folderGUID}/detach',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
    OPTIONAL_BODY,
  ),
  addDataFileToCatalog: post('/filesystems/data-files', 'DataFileRequestBody', GUID_LIST_RESPONSE, CREATES),
  addDataFileToCatalogFromTemplate: post(
    '/filesystems/data-files/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_LIST_RESPONSE,
    CREATES,
  ),
  updateDataFileInCatalog: post(
    '/filesystems/data-files/{dataFileGUID}',
    'DataFileRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  archiveDataFileInCatalog: post('/filesystems/data-files/{dataFileGUID}/archive', 'ArchiveRequestBody', VOID_RESPONSE),
  deleteDataFileFromCatalog: post(
    '/filesystems/data-files/{dataFileGUID}/delete',
    'PathNameRequestBody',
    VOID_RESPONSE,
  ),
  addDataFolderToCatalog: post('/filesystems/data-folders', 'DataFolderRequestBody', GUID_LIST_RESPONSE, CREATES),
  addDataFolderToCatalogFromTemplate: post(
    '/filesystems/data-folders/from-template/{templateGUID}',
    'TemplateRequestBody',
    GUID_LIST_RESPONSE,
    CREATES,
  ),
  updateDataFolderInCatalog: post(
    '/filesystems/data-folders/{dataFolderGUID}',
    'DataFolderRequestBody',
    VOID_RESPONSE,
    MERGE_UPDATE,
  ),
  archiveDataFolderInCatalog: post(
    '/filesystems/data-folders/{dataFolderGUID}/archive',
    'ArchiveRequestBody',
    VOID_RESPONSE,
  ),
  deleteDataFolderFromCatalog: post(
    '/filesystems/data-folders/{dataFolderGUID}/delete',
    'PathNameRequestBody',
    VOID_RESPONSE,
  ),
  attachDataFileAssetToFolder: post(
    '/filesystems/folders/{folderGUID}/data-files/{fileGUID}/attach',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
    OPTIONAL_BODY,
    CREATES,
  ),
  detachDataFileAssetFromFolder: post(
    '/filesystems/folders/{folderGUID}/data-files/{fileGUID}/detach',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
    OPTIONAL_BODY,
  ),
  moveDataFileInCatalog: post(
    '/filesystems/folders/{folderGUID}/data-files/{fileGUID}/move-to',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
    OPTIONAL_BODY,
  ),
  moveDataFolderInCatalog: post(
    '/filesystems/folders/{folderGUID}/data-folders/{dataFolderGUID}/move-to',
    'MetadataSourceRequestBody',
    VOID_RESPONSE,
    OPTIONAL_BODY,
  ),
  getFileSystemByGUID: get('/filesystems/filesystems/{fileSystemGUID}', single('FileSystemResponse')),
  getFileSystemByUniqueName: get('/filesystems/filesystems/by-name/{uniqueName}', single('FileSystemResponse')),
  getFileSystems: get('/filesystems/filesystems', GUID_LIST_RESPONSE, paged()),
  getFolderByGUID: get('/filesystems/folders/{folderGUID}', single('FileFolderResponse')),
  getFolderByPathName: post('/filesystems/folders/by-path-name', 'PathNameRequestBody', single('FileFolderResponse')),
  getTopLevelFolders: get('/filesystems/{fileSystemGUID}/folders', GUID_LIST_RESPONSE, paged()),
  getNestedFolders: get('/filesystems/folders/{parentFolderGUID}/folders', GUID_LIST_RESPONSE, paged()),
  getFolderFiles: get('/filesystems/folders/{folderGUID}/data-files', elements('DataFilesResponse'), paged()),
  getFileByGUID: get('/filesystems/data-files/{dataFileGUID}', single('DataFileResponse', 'dataFile')),
  getFileByPathName: post(
    '/filesystems/data-files/by-path-name',
    'PathNameRequestBody',
    single('DataFileResponse', 'dataFile'),
  ),
  getFilesByPathName: post(
    '/filesystems/data-files/by-search-path-name',
    'PathNameRequestBody',
    elements('DataFilesResponse'),
    paged(),
  ),
  findFilesByPathName: post(
    '/filesystems/data-files/by-search-name',
    'PathNameRequestBody',
    elements('DataFilesResponse'),
    paged(),
  ),
};

/** Data Manager OMAS: file systems, folders, data files and data folders (FilesResource): the operation table. @public */
export const DATA_MANAGER_FILES_SERVICE = defineService<DataManagerFilesOperationName>(
  { kind: 'access-service', marker: 'data-manager' },
  rows,
);
