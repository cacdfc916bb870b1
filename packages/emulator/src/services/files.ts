/**
 * Data Manager OMAS: file systems, folders and data files (Egeria 5.2's FilesResource, mounted at
 * `.../data-manager/users/{userId}/filesystems`).
 *
 * As in Egeria: a file or folder path creates the folders along it (qualified names
 * `FileFolder:<path>`, FolderHierarchy between them), a `scheme://` prefix names a file system
 * (created when unknown), a file is nested in its folder (NestedFile), top-level folders hang off
 * their file system (ServerAssetUse), and an archived file or folder carries the Memento
 * classification and disappears from lists.
 */
import type { Route } from '../server/http-server';
import type { JsonObject } from '../server/binding';
import { noRequestBody, nullGUID, nullName } from '../ffdc/ffdc';
import { readBean, writeBean } from './bean-fields';
import { inTransaction } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import {
  checkProvenance,
  compileSearchString,
  createElement,
  deleteElementTree,
  listAnswer,
  renderElement,
  requireElement,
  requireKind,
  sourceOf,
  updateElement,
  validatePaging,
  verifySource,
  visibleElements,
  visiblePage,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import { createFromTemplate, fromTemplateProperties } from './templates';
import { allOfKindRoute, elementsOfKind, pagingOf, requireBody, requirePathKind, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { link } from './database-manager';
import { createFileSystem, FILE_SYSTEM } from './metadata-sources';
import {
  ARCHIVE_REQUEST_BODY,
  DM_TEMPLATE_REQUEST_BODY,
  EXTERNAL_SOURCE_REQUEST_BODY,
  flatTypedBean,
  METADATA_SOURCE_REQUEST_BODY,
  PAGING,
  PATH_NAME_REQUEST_BODY,
} from './request-beans';
import type { ElementRecord } from '../store/records';
import { isTypeOf } from '../store/type-registry';

const ASSETS = 'org.odpi.openmetadata.frameworks.openmetadata.properties.assets.filesandfolders';

function notArchived(element: ElementRecord): boolean {
  return element.classifications['Memento'] === undefined;
}

/** Folders. */
export const FOLDER: ElementKind = {
  typeName: 'FileFolder',
  propertiesClass: 'FileFolderProperties',
  acceptedPropertiesClasses: ['DataFolderRequestBody'],
  javaPropertiesClass: `${ASSETS}.FileFolderProperties`,
  beanField: 'fileFolderProperties',
  nameProperties: ['qualifiedName', 'name', 'resourceName', 'pathName'],
};

/** Data files. */
export const DATA_FILE: ElementKind = {
  typeName: 'DataFile',
  propertiesClass: 'DataFileProperties',
  acceptedPropertiesClasses: ['DataFileRequestBody'],
  javaPropertiesClass: `${ASSETS}.DataFileProperties`,
  beanField: 'properties',
  nameProperties: ['qualifiedName', 'displayName', 'pathName'],
};

/** Java's `String.split` on a literal separator: trailing empty strings are dropped. */
function javaSplit(text: string, separator: string): string[] {
  const parts = text.split(separator);
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** `scheme://` when the path starts with one. */
function fileSystemNameOf(pathName: string): string | undefined {
  if (pathName === '') return undefined;
  const tokens = javaSplit(pathName, '://');
  return tokens.length > 1 ? `${tokens[0]}://` : undefined;
}

function fileNameOf(pathName: string): string | undefined {
  if (pathName === '') return undefined;
  const tokens = javaSplit(pathName, '/');
  return tokens[tokens.length - 1];
}

function fileExtensionOf(pathName: string): string | undefined {
  if (pathName === '') return undefined;
  const tokens = javaSplit(pathName, '.');
  return tokens.length > 1 ? tokens[tokens.length - 1] : undefined;
}

/** The folder names along a path, without its last segment (the file). */
function folderNamesOf(pathName: string): string[] | undefined {
  if (pathName === '') return undefined;
  const tokens = javaSplit(pathName, '/');
  if (tokens.length <= 1) return undefined;
  let start = 0;
  if (tokens[0] === '') start = 1;
  else if (fileSystemNameOf(pathName) !== undefined) start = 2;
  let end = tokens.length;
  if (fileNameOf(pathName) !== undefined) end -= 1;
  if (start >= end) return undefined;
  return tokens.slice(start, end);
}

function findFolderByPath(ctx: EmulatorContext, pathName: string): ElementRecord | undefined {
  const folders = elementsOfKind(ctx, FOLDER).filter((f) => f.properties['pathName'] === pathName && notArchived(f));
  return folders[folders.length - 1];
}

/** Links a child folder or file to its parent: a file system (ServerAssetUse) or a folder. */
function linkToParent(
  tx: Transaction,
  parent: ElementRecord,
  child: ElementRecord,
  source: MetadataSourceRef | undefined,
  call: CallInfo,
): void {
  if (isTypeOf(parent.typeName, 'SoftwareCapability')) {
    link(tx, 'ServerAssetUse', parent.guid, child.guid, source, call);
  } else if (isTypeOf(child.typeName, 'FileFolder')) {
    link(tx, 'FolderHierarchy', parent.guid, child.guid, source, call);
  } else {
    link(tx, 'NestedFile', parent.guid, child.guid, source, call);
  }
}

/** Creates the missing folders along a list of folder names; returns every folder's GUID in order. */
function createFolderChain(
  tx: Transaction,
  connectTo: ElementRecord | undefined,
  fileSystemName: string | undefined,
  folderNames: readonly string[],
  source: MetadataSourceRef | undefined,
  call: CallInfo,
): string[] {
  const guids: string[] = [];
  let pathName: string | undefined;
  let folderName: string | undefined;
  let parent = connectTo;
  for (const fragment of folderNames) {
    pathName = pathName === undefined ? (fileSystemName ?? '/') + fragment : `${pathName}/${fragment}`;
    folderName = folderName === undefined ? fragment : `${folderName}/${fragment}`;
    let folder = findFolderByPath(tx.ctx, pathName);
    if (folder === undefined) {
      folder = createElement(
        tx,
        FOLDER,
        {
          properties: {
            qualifiedName: `FileFolder:${pathName}`,
            name: folderName,
            resourceName: folderName,
            pathName,
            deployedImplementationType: 'File System Directory',
          },
          source,
        },
        call,
      );
      if (parent !== undefined) linkToParent(tx, parent, folder, source, call);
    }
    guids.push(folder.guid);
    parent = folder;
  }
  return guids;
}

/** Places a new file or folder at its path: the file system, the folders along it, the link to its parent. */
function placeAtPath(
  tx: Transaction,
  asset: ElementRecord,
  pathName: string,
  source: MetadataSourceRef | undefined,
  call: CallInfo,
): string[] {
  const store = tx.ctx.state.store;
  const fileSystemName = fileSystemNameOf(pathName);
  let fileSystem: ElementRecord | undefined;
  if (fileSystemName !== undefined) {
    fileSystem = store
      .elementsWithQualifiedName(fileSystemName)
      .find((e) => isTypeOf(e.typeName, 'SoftwareCapability'));
    if (fileSystem === undefined) {
      fileSystem = createFileSystem(tx, { qualifiedName: fileSystemName, resourceName: fileSystemName }, source, call);
    }
  }
  const folderNames = folderNamesOf(pathName);
  const folderGUIDs =
    folderNames === undefined ? [] : createFolderChain(tx, fileSystem, fileSystemName, folderNames, source, call);
  const parentGUID = folderGUIDs.length > 0 ? folderGUIDs[folderGUIDs.length - 1] : fileSystem?.guid;
  const parent = parentGUID === undefined ? undefined : store.getElement(parentGUID);
  if (parent !== undefined) linkToParent(tx, parent, asset, source, call);
  return [...(fileSystem === undefined ? [] : [fileSystem.guid]), ...folderGUIDs, asset.guid];
}

function fileTypeName(extension: string | undefined, requested: unknown): string {
  if (typeof requested === 'string' && requested !== '' && isTypeOf(requested, 'DataFile')) return requested;
  if (extension === 'csv') return 'CSVFile';
  if (extension === 'avro') return 'AvroFile';
  return 'DataFile';
}

function guidParam(value: string | undefined, name: string, call: CallInfo): string {
  if (value === undefined || value === '') throw nullGUID(name, call.action);
  return value;
}

/** The Data Manager's file and folder routes. */
export function fileRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const relatedGUIDs = (guid: string, typeName: string, end: 1 | 2, childType: string) =>
    ctx.state.store
      .relationshipsOf(guid, typeName, end)
      .map((r) => ctx.state.store.getElement(end === 1 ? r.end2GUID : r.end1GUID))
      .filter((e): e is ElementRecord => e !== undefined && isTypeOf(e.typeName, childType));

  /**
   * A paged list of the children of one parent element, linked by `relationship` (parent at end 1):
   * their GUIDs (a `GUIDListResponse`, as Egeria 5.2 answers for folders) or, with `render`, the
   * elements themselves (`DataFilesResponse`).
   */
  const childrenRoute = (options: {
    path: string;
    action: string;
    parameter: string;
    parentType: string;
    relationship: string;
    childType: string;
    render?: typeof DATA_FILE;
  }) =>
    route(area, {
      method: 'GET',
      path: options.path,
      action: options.action,
      response: options.render === undefined ? 'GUIDListResponse' : 'DataFilesResponse',
      query: PAGING,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const parent = requireElement(
          ctx,
          guidParam(req.params[options.parameter], options.parameter, call),
          options.parentType,
          options.parameter,
          call,
        );
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const children = visiblePage(
          ctx,
          call,
          relatedGUIDs(parent.guid, options.relationship, 1, options.childType),
          startFrom,
          size,
        );
        const render = options.render;
        return render === undefined
          ? listAnswer(
              'guids',
              children.map((e) => e.guid),
            )
          : listAnswer(
              'elements',
              children.map((e) => renderElement(ctx, render, e)),
            );
      },
    });

  const relationshipRoute = (options: {
    path: string;
    action: string;
    parentParam: string;
    parentType: string;
    childParam: string;
    childType: string;
    relationship: string;
    mode: 'attach' | 'detach' | 'move';
    bean?: typeof METADATA_SOURCE_REQUEST_BODY;
  }): Route =>
    route(area, {
      method: 'POST',
      path: options.path,
      action: options.action,
      response: 'VoidResponse',
      body: { spec: options.bean ?? METADATA_SOURCE_REQUEST_BODY, required: false },
      handle: async (req, call) => {
        const parent = requireElement(
          ctx,
          req.params[options.parentParam],
          options.parentType,
          options.parentParam,
          call,
        );
        const child = requireElement(ctx, req.params[options.childParam], options.childType, options.childParam, call);
        const source = sourceOf(req.body);
        await inTransaction(ctx, (tx) => {
          const store = tx.ctx.state.store;
          if (options.mode === 'move') {
            for (const old of store.relationshipsOf(child.guid, options.relationship, 2)) {
              checkProvenance(old, source, call);
              tx.deleteRelationship(old);
            }
          }
          const existing = store
            .relationshipsOf(parent.guid, options.relationship, 1)
            .filter((r) => r.end2GUID === child.guid);
          if (options.mode === 'detach') {
            for (const r of existing) {
              checkProvenance(r, source, call);
              tx.deleteRelationship(r);
            }
          } else if (existing.length === 0) {
            const owner = source.guid === undefined ? undefined : verifySource(ctx, source, call);
            link(tx, options.relationship, parent.guid, child.guid, owner, call);
          }
        });
        return {};
      },
    });

  const createAssetRoute = (kind: ElementKind, path: string, action: string, bean: string): Route =>
    route(area, {
      method: 'POST',
      path,
      action,
      response: 'GUIDListResponse',
      body: { spec: flatTypedBean(bean), required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = readBean(kind.propertiesClass, body);
        const pathName = (properties['pathName'] ?? properties['qualifiedName']) as string | undefined;
        if (pathName === undefined || pathName === '') {
          throw nullName(properties['pathName'] === undefined ? 'qualifiedName' : 'pathName', call.action);
        }
        const source = verifySource(ctx, sourceOf(body), call);
        const guids = await inTransaction(ctx, (tx) => {
          const isFile = kind === DATA_FILE;
          const extension = isFile
            ? ((properties['fileExtension'] as string | undefined) ?? fileExtensionOf(pathName))
            : undefined;
          const typeName = isFile ? fileTypeName(extension, properties['typeName']) : 'FileFolder';
          const stored: Record<string, unknown> = {
            ...properties,
            pathName,
            qualifiedName: properties['qualifiedName'] ?? `${typeName}:${pathName}`,
          };
          if (isFile) {
            stored['fileName'] = properties['fileName'] ?? fileNameOf(pathName);
            stored['fileType'] = properties['fileType'] ?? fileExtensionOf(pathName);
            stored['fileExtension'] = extension;
          }
          const asset = createElement(tx, kind, { typeName, properties: stored, source }, call);
          return placeAtPath(tx, asset, pathName, source, call);
        });
        return { guids };
      },
    });

  const fromTemplateRoute = (kind: ElementKind, path: string, action: string): Route =>
    route(area, {
      method: 'POST',
      path,
      action,
      response: 'GUIDListResponse',
      body: { spec: DM_TEMPLATE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const template = requirePathKind(ctx, kind, req, 'templateGUID', call);
        const fields = readBean('TemplateProperties', body);
        const pathName = (fields['pathName'] ?? fields['qualifiedName']) as string | undefined;
        if (pathName === undefined || pathName === '') throw nullName('pathName', call.action);
        const source = verifySource(ctx, sourceOf(body), call);
        const guids = await inTransaction(ctx, (tx) => {
          const overrides: Record<string, unknown> = {
            ...fromTemplateProperties(kind, template, body, { pathName: true }),
            pathName,
            qualifiedName: fields['qualifiedName'] ?? `${template.typeName}:${pathName}`,
          };
          if (kind === DATA_FILE) overrides['fileName'] = fileNameOf(pathName);
          const asset = createFromTemplate(tx, { template, overrides, source, deepCopy: true }, call);
          return placeAtPath(tx, asset, pathName, source, call);
        });
        return { guids };
      },
    });

  const updateAssetRoute = (kind: ElementKind, path: string, param: string, action: string, bean: string): Route =>
    route(area, {
      method: 'POST',
      path,
      action,
      response: 'VoidResponse',
      body: { spec: flatTypedBean(bean), required: true },
      query: [{ name: 'isMergeUpdate', type: 'boolean', required: true }],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const isMergeUpdate = req.q['isMergeUpdate'] === true;
        const properties = readBean(kind.propertiesClass, body);
        delete properties['typeName'];
        const element = requireKind(ctx, kind, guidParam(req.params[param], param, call), param, call);
        if (!isMergeUpdate) {
          // A replace keeps the identity that the path gave the element.
          properties['qualifiedName'] ??= element.properties['qualifiedName'];
          properties['pathName'] ??= element.properties['pathName'];
        }
        await inTransaction(ctx, (tx) => updateElement(tx, element, properties, isMergeUpdate, sourceOf(body), call));
        return {};
      },
    });

  const archiveRoute = (kind: ElementKind, path: string, param: string, action: string): Route =>
    route(area, {
      method: 'POST',
      path,
      action,
      response: 'VoidResponse',
      body: { spec: ARCHIVE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const element = requireKind(ctx, kind, guidParam(req.params[param], param, call), param, call);
        const source = sourceOf(body);
        checkProvenance(element, source, call);
        const archive = readBean('ArchiveProperties', body);
        await inTransaction(ctx, (tx) => {
          tx.classify(element, {
            name: 'Memento',
            properties: {
              archiveDate: archive['archiveDate'] ?? tx.ctx.now(),
              archiveUser: call.userId,
              ...(archive['archiveProcess'] === undefined ? {} : { archiveProcess: archive['archiveProcess'] }),
              ...(archive['archiveProperties'] === undefined
                ? {}
                : { archiveProperties: archive['archiveProperties'] }),
            },
            origin: element.origin,
            createdBy: call.userId,
            createTime: tx.ctx.now(),
            version: 1,
          });
        });
        return {};
      },
    });

  const deleteAssetRoute = (kind: ElementKind, path: string, param: string, action: string): Route =>
    route(area, {
      method: 'POST',
      path,
      action,
      response: 'VoidResponse',
      body: { spec: PATH_NAME_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        if (req.body === undefined) throw noRequestBody(call.userId, call.action, ctx.serverName);
        const element = requireKind(ctx, kind, guidParam(req.params[param], param, call), param, call);
        await inTransaction(ctx, (tx) => deleteElementTree(tx, element, sourceOf(req.body), call));
        return {};
      },
    });

  const getRoute = (kind: ElementKind, path: string, param: string, action: string, response: string, field: string) =>
    route(area, {
      method: 'GET',
      path,
      action,
      response,
      handle: (req, call) => {
        const element = requireKind(ctx, kind, guidParam(req.params[param], param, call), param, call);
        return { [field]: renderElement(ctx, kind, element) };
      },
    });

  const renderFileSystem = (element: ElementRecord): JsonObject => {
    const rendered = renderElement(ctx, FILE_SYSTEM, element);
    const classification = element.classifications['FileSystem'];
    const properties = rendered['fileSystemProperties'] as JsonObject;
    if (classification !== undefined)
      Object.assign(properties, writeBean('FileSystemProperties', classification.properties, false));
    return rendered;
  };

  const dataFiles = (): ElementRecord[] => elementsOfKind(ctx, DATA_FILE);

  return [
    route(area, {
      method: 'POST',
      path: '/folders/parent/{parentGUID}',
      action: 'createFolderStructureInCatalog',
      response: 'GUIDListResponse',
      body: { spec: PATH_NAME_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const parent = requireElement(
          ctx,
          guidParam(req.params['parentGUID'], 'parentGUID', call),
          'Referenceable',
          'connectToGUID',
          call,
        );
        const pathName = body['pathName'];
        if (typeof pathName !== 'string' || pathName === '') throw nullName('pathName', call.action);
        const source = verifySource(ctx, sourceOf(body), call);
        const guids = await inTransaction(ctx, (tx) =>
          createFolderChain(
            tx,
            parent,
            fileSystemNameOf(pathName),
            folderNamesOf(`${pathName}/dummyFileName.ext`) ?? [],
            source,
            call,
          ),
        );
        return guids.length === 0 ? {} : { guids };
      },
    }),
    relationshipRoute({
      path: '/{fileSystemGUID}/folders/{folderGUID}/attach',
      action: 'attachFolderToFileSystem',
      parentParam: 'fileSystemGUID',
      parentType: 'SoftwareCapability',
      childParam: 'folderGUID',
      childType: 'FileFolder',
      relationship: 'ServerAssetUse',
      mode: 'attach',
      bean: EXTERNAL_SOURCE_REQUEST_BODY,
    }),
    relationshipRoute({
      path: '/{fileSystemGUID}/folders/{folderGUID}/detach',
      action: 'detachFolderFromFileSystem',
      parentParam: 'fileSystemGUID',
      parentType: 'SoftwareCapability',
      childParam: 'folderGUID',
      childType: 'FileFolder',
      relationship: 'ServerAssetUse',
      mode: 'detach',
    }),
    createAssetRoute(DATA_FILE, '/data-files', 'addDataFileToCatalog', 'DataFileRequestBody'),
    fromTemplateRoute(DATA_FILE, '/data-files/from-template/{templateGUID}', 'addDataFileToCatalogFromTemplate'),
    updateAssetRoute(
      DATA_FILE,
      '/data-files/{dataFileGUID}',
      'dataFileGUID',
      'updateDataFileInCatalog',
      'DataFileRequestBody',
    ),
    archiveRoute(DATA_FILE, '/data-files/{dataFileGUID}/archive', 'dataFileGUID', 'archiveDataFileInCatalog'),
    deleteAssetRoute(DATA_FILE, '/data-files/{dataFileGUID}/delete', 'dataFileGUID', 'deleteDataFileInCatalog'),
    createAssetRoute(FOLDER, '/data-folders', 'addDataFolderAssetToCatalog', 'DataFolderRequestBody'),
    fromTemplateRoute(FOLDER, '/data-folders/from-template/{templateGUID}', 'addDataFolderToCatalogFromTemplate'),
    updateAssetRoute(
      FOLDER,
      '/data-folders/{dataFolderGUID}',
      'dataFolderGUID',
      'updateDataFolderInCatalog',
      'DataFolderRequestBody',
    ),
    archiveRoute(FOLDER, '/data-folders/{dataFolderGUID}/archive', 'dataFolderGUID', 'archiveDataFolderInCatalog'),
    deleteAssetRoute(FOLDER, '/data-folders/{dataFolderGUID}/delete', 'dataFolderGUID', 'deleteDataFolderInCatalog'),
    relationshipRoute({
      path: '/folders/{folderGUID}/data-files/{fileGUID}/attach',
      action: 'attachDataFileAssetToFolder',
      parentParam: 'folderGUID',
      parentType: 'FileFolder',
      childParam: 'fileGUID',
      childType: 'DataFile',
      relationship: 'NestedFile',
      mode: 'attach',
    }),
    relationshipRoute({
      path: '/folders/{folderGUID}/data-files/{fileGUID}/detach',
      action: 'detachDataFileAssetFromFolder',
      parentParam: 'folderGUID',
      parentType: 'FileFolder',
      childParam: 'fileGUID',
      childType: 'DataFile',
      relationship: 'NestedFile',
      mode: 'detach',
    }),
    relationshipRoute({
      path: '/folders/{folderGUID}/data-files/{fileGUID}/move-to',
      action: 'moveDataFileInCatalog',
      parentParam: 'folderGUID',
      parentType: 'FileFolder',
      childParam: 'fileGUID',
      childType: 'DataFile',
      relationship: 'NestedFile',
      mode: 'move',
    }),
    relationshipRoute({
      path: '/folders/{folderGUID}/data-folders/{dataFolderGUID}/move-to',
      action: 'moveDataFolderInCatalog',
      parentParam: 'folderGUID',
      parentType: 'FileFolder',
      childParam: 'dataFolderGUID',
      childType: 'FileFolder',
      relationship: 'FolderHierarchy',
      mode: 'move',
    }),
    // Egeria 5.2 maps these two under a second `/filesystems` (the class mapping already ends in it).
    route(area, {
      method: 'GET',
      path: '/filesystems/{fileSystemGUID}',
      action: 'getFileSystemByGUID',
      response: 'FileSystemResponse',
      handle: (req, call) => {
        const element = requireKind(
          ctx,
          FILE_SYSTEM,
          guidParam(req.params['fileSystemGUID'], 'fileSystemGUID', call),
          'fileSystemGUID',
          call,
        );
        return { element: renderFileSystem(element) };
      },
    }),
    route(area, {
      method: 'GET',
      path: '/filesystems/by-name/{uniqueName}',
      action: 'getFileSystemByUniqueName',
      response: 'FileSystemResponse',
      handle: (req, call) => {
        const name = req.params['uniqueName'];
        if (name === undefined || name === '') throw nullName('uniqueName', call.action);
        const found = elementsOfKind(ctx, FILE_SYSTEM).filter((e) => e.properties['qualifiedName'] === name);
        return found.length === 0 ? {} : { element: renderFileSystem(found[found.length - 1]) };
      },
    }),
    allOfKindRoute(area, FILE_SYSTEM, {
      path: '/filesystems',
      action: 'getFileSystems',
      response: 'GUIDListResponse',
      field: 'guids',
      render: (e) => e.guid,
    }),
    getRoute(FOLDER, '/folders/{folderGUID}', 'folderGUID', 'getFolderByGUID', 'FileFolderResponse', 'element'),
    route(area, {
      method: 'POST',
      path: '/folders/by-path-name',
      action: 'getFolderByPathName',
      response: 'FileFolderResponse',
      body: { spec: PATH_NAME_REQUEST_BODY, required: true },
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const pathName = body['pathName'];
        if (typeof pathName !== 'string' || pathName === '') throw nullName('pathName', call.action);
        const folder = findFolderByPath(ctx, pathName);
        return folder === undefined ? {} : { element: renderElement(ctx, FOLDER, folder) };
      },
    }),
    childrenRoute({
      path: '/{fileSystemGUID}/folders',
      action: 'getTopLevelFolders',
      parameter: 'fileSystemGUID',
      parentType: 'SoftwareCapability',
      relationship: 'ServerAssetUse',
      childType: 'FileFolder',
    }),
    childrenRoute({
      path: '/folders/{parentFolderGUID}/folders',
      action: 'getNestedFolders',
      parameter: 'parentFolderGUID',
      parentType: 'FileFolder',
      relationship: 'FolderHierarchy',
      childType: 'FileFolder',
    }),
    childrenRoute({
      path: '/folders/{folderGUID}/data-files',
      action: 'getFolderFiles',
      parameter: 'folderGUID',
      parentType: 'FileFolder',
      relationship: 'NestedFile',
      childType: 'DataFile',
      render: DATA_FILE,
    }),
    getRoute(
      DATA_FILE,
      '/data-files/{dataFileGUID}',
      'dataFileGUID',
      'getDataFileByGUID',
      'DataFileResponse',
      'dataFile',
    ),
    route(area, {
      method: 'POST',
      path: '/data-files/by-path-name',
      action: 'getDataFileByPathName',
      response: 'DataFileResponse',
      body: { spec: PATH_NAME_REQUEST_BODY, required: true },
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const pathName = body['pathName'];
        if (typeof pathName !== 'string' || pathName === '') throw nullName('pathName', call.action);
        const files = visibleElements(
          ctx,
          call,
          dataFiles().filter((f) => f.properties['pathName'] === pathName),
        );
        return files.length === 0 ? {} : { dataFile: renderElement(ctx, DATA_FILE, files[files.length - 1]) };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/data-files/by-search-path-name',
      action: 'getDataFileByPathName',
      response: 'DataFilesResponse',
      body: { spec: PATH_NAME_REQUEST_BODY, required: true },
      query: PAGING,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const { startFrom, pageSize } = pagingOf(req);
        const regex = compileSearchString(body['pathName'], 'pathName', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const files = dataFiles().filter(
          (f) => typeof f.properties['pathName'] === 'string' && regex.test(f.properties['pathName']),
        );
        return listAnswer(
          'elements',
          visiblePage(ctx, call, files, startFrom, size).map((e) => renderElement(ctx, DATA_FILE, e)),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/data-files/by-search-name',
      action: 'findDataFilesByPathName',
      response: 'DataFilesResponse',
      body: { spec: PATH_NAME_REQUEST_BODY, required: true },
      query: PAGING,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const { startFrom, pageSize } = pagingOf(req);
        const name = body['pathName'];
        if (typeof name !== 'string' || name === '') throw nullName('name', call.action);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const files = dataFiles().filter((f) => DATA_FILE.nameProperties.some((p) => f.properties[p] === name));
        return listAnswer(
          'elements',
          visiblePage(ctx, call, files, startFrom, size).map((e) => renderElement(ctx, DATA_FILE, e)),
        );
      },
    }),
  ];
}
