import type { AddDataFileOptions, FilesIntegratorContext } from '@egeria-ts/files-integrator';

/** The properties of a data file, as the files integrator takes them. */
export type DataFileProperties = AddDataFileOptions['dataFileProperties'];

type FolderElement = NonNullable<Awaited<ReturnType<FilesIntegratorContext['getFolderByPathName']>>>;
type FileElement = NonNullable<Awaited<ReturnType<FilesIntegratorContext['getFileByPathName']>>>;
type Header = FolderElement['elementHeader'];

/** A folder or file found in open metadata. */
export interface CatalogEntry {
  /** Its GUID. */
  readonly guid: string;
  /** Its path name. */
  readonly pathName: string;
  /** Its open metadata type name. */
  readonly typeName: string;
  /** Its properties, as the server returned them. */
  readonly properties: Readonly<Record<string, unknown>>;
  /** True when the connector's metadata source owns it (it may change or remove it). */
  readonly owned: boolean;
}

/** What is catalogued below a folder. */
export interface CatalogTree {
  /** The folders below it, parents first. */
  readonly folders: readonly CatalogEntry[];
  /** The files in it and below it. */
  readonly files: readonly CatalogEntry[];
}

/**
 * The connector's view of open metadata, over a Files Integrator context: finds, lists, creates,
 * updates and removes folders and data files, and tells which ones the connector owns (those whose
 * home is its metadata source, or, for a connector without one, those no external source owns).
 */
export class FolderCatalog {
  constructor(
    private readonly context: FilesIntegratorContext,
    private readonly allowCatalogDelete: boolean,
  ) {}

  /** A folder by its path name. */
  async findFolder(pathName: string): Promise<CatalogEntry | undefined> {
    const found = await this.context.getFolderByPathName({ pathName });
    return found === undefined ? undefined : this.#folder(found);
  }

  /** A data file by its path name. */
  async findFile(pathName: string): Promise<CatalogEntry | undefined> {
    const found = await this.context.getFileByPathName({ pathName });
    return found === undefined ? undefined : this.#file(found);
  }

  /** Every folder and file catalogued below a folder (following the folder hierarchy). */
  async listTree(folderGUID: string, signal?: AbortSignal): Promise<CatalogTree> {
    const folders: CatalogEntry[] = [];
    const files: CatalogEntry[] = [];
    const pending = [folderGUID];
    const seen = new Set(pending);
    while (pending.length > 0) {
      signal?.throwIfAborted();
      const guid = pending.shift() as string;
      const nested = await this.context.readAllPages((page) =>
        this.context.getNestedFolders({ ...page, parentFolderGUID: guid }),
      );
      for (const element of nested) {
        const folder = this.#folder(element);
        if (seen.has(folder.guid)) continue;
        seen.add(folder.guid);
        folders.push(folder);
        pending.push(folder.guid);
      }
      const inFolder = await this.context.readAllPages((page) =>
        this.context.getFolderFiles({ ...page, folderGUID: guid }),
      );
      files.push(...inFolder.map((e) => this.#file(e)));
    }
    return { folders, files };
  }

  /**
   * Catalogs the folders along a path that are missing, the first new one linked to `parentGUID`.
   * @returns the GUID of the deepest folder
   */
  async createFolder(parentGUID: string, pathName: string): Promise<string> {
    const guids = await this.context.createNestedFolders({ parentGUID, pathName });
    return guids[guids.length - 1] as string;
  }

  /** Catalogs a data file (and the folders along its path that are missing). @returns its GUID */
  async addFile(properties: DataFileProperties): Promise<string> {
    const guids = await this.context.addDataFileToCatalog({ dataFileProperties: properties });
    return guids[guids.length - 1] as string;
  }

  /** Replaces a data file's properties. */
  async updateFile(guid: string, properties: DataFileProperties): Promise<void> {
    await this.context.updateDataFileInCatalog({
      dataFileGUID: guid,
      dataFileProperties: properties,
      isMergeUpdate: false,
    });
  }

  /** Removes a data file from the catalog, or archives it when deleting is not allowed. */
  async removeFile(file: CatalogEntry): Promise<void> {
    if (this.allowCatalogDelete) {
      await this.context.deleteDataFileFromCatalog({ dataFileGUID: file.guid, fullPathname: file.pathName });
    } else {
      await this.context.archiveDataFileInCatalog({ dataFileGUID: file.guid });
    }
  }

  /** Removes a folder from the catalog, or archives it when deleting is not allowed. */
  async removeFolder(folder: CatalogEntry): Promise<void> {
    if (this.allowCatalogDelete) {
      await this.context.deleteDataFolderFromCatalog({ dataFolderGUID: folder.guid, fullPathname: folder.pathName });
    } else {
      await this.context.archiveDataFolderInCatalog({ dataFolderGUID: folder.guid });
    }
  }

  #folder(element: FolderElement): CatalogEntry {
    return this.#entry(element.elementHeader, element.fileFolderProperties, 'FileFolder');
  }

  #file(element: FileElement): CatalogEntry {
    return this.#entry(element.elementHeader, element.properties, 'DataFile');
  }

  #entry(header: Header, properties: object | undefined, defaultType: string): CatalogEntry {
    const props = (properties ?? {}) as Readonly<Record<string, unknown>>;
    const pathName = typeof props['pathName'] === 'string' ? props['pathName'] : '';
    return {
      guid: header?.guid ?? '',
      pathName,
      typeName: header?.type?.typeName ?? defaultType,
      properties: props,
      owned: this.context.isOwnedByMetadataSource(header),
    };
  }
}
