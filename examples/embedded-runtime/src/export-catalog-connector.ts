// core first: it loads reflect-metadata, which tsyringe needs.
import { CONNECTOR_NAME_TOKEN, propertiesDiffer, type IntegrationConnectorDefinition } from '@egeria-ts/core';
import { inject, injectable } from 'tsyringe';
import {
  DEFAULT_FILE_REFERENCE_DATA,
  FilesIntegratorConnector,
  fileExtensionOf,
  type FilesIntegratorContext,
} from '@egeria-ts/files-integrator';
import { EXPORT_STORE_TOKEN, type ExportEntry, type ExportStore } from './export-store';

/** The name connections use for the connector (`connectorType.connectorProviderClassName`). */
export const EXPORT_CATALOG_CONNECTOR_NAME = 'ExportCatalogConnector';

/**
 * The definition the host registers the connector with (`daemon.registerConnector`). The class
 * carries no decorator: it is known to the daemon that embeds it only.
 */
export const EXPORT_CATALOG_CONNECTOR_DEFINITION: IntegrationConnectorDefinition = Object.freeze({
  kind: 'IntegrationConnector',
  name: EXPORT_CATALOG_CONNECTOR_NAME,
  aliases: Object.freeze([]) as readonly string[],
  displayName: 'Export Catalog Connector',
  description: "Catalogs the export service's data exports as data files.",
  serviceURLMarker: 'files-integrator',
  refreshTimeInterval: 60,
  usesBlockingCalls: false,
  catalogTargets: Object.freeze([]) as IntegrationConnectorDefinition['catalogTargets'],
  configurationProperties: Object.freeze({}),
});

/** What the last refresh did. */
export interface ExportCatalogRefresh {
  /** Exports catalogued for the first time. */
  readonly created: number;
  /** Catalogued exports whose properties changed. */
  readonly updated: number;
  /** Catalogued exports that left the store, removed from the catalog. */
  readonly removed: number;
  /** Exports catalogued after the refresh. */
  readonly catalogued: number;
}

type DataFileProperties = Parameters<FilesIntegratorContext['addDataFileToCatalog']>[0]['dataFileProperties'];
type FileElement = Awaited<ReturnType<FilesIntegratorContext['getFolderFiles']>>[number];

/** The additional properties the connector writes on each data file. */
const ROWS = 'rowCount';
const PRODUCED_BY = 'producedBy';

/**
 * A Files Integrator connector that catalogs the exports an {@link ExportStore} holds: each export a
 * `DataFile` (`CSVFile`, `JSONFile`... by extension, with Egeria's file reference data) below the
 * store's folder. It gets the store, one of the host's own services, through its constructor from
 * the daemon's dependency injection container (`EXPORT_STORE_TOKEN`), with its configured name
 * (core's `CONNECTOR_NAME_TOKEN`).
 *
 * Each refresh creates what is new, updates what changed and removes the exports that left the
 * store, among the files its metadata source owns in the store's folder, and tells the store where
 * each export is catalogued.
 */
@injectable()
export class ExportCatalogConnector extends FilesIntegratorConnector {
  readonly #store: ExportStore;
  readonly #configuredName: string;
  #lastRefresh?: ExportCatalogRefresh;

  /**
   * @param store - the host's export store (injected)
   * @param configuredName - the connector's name in the daemon's configuration (injected)
   */
  constructor(@inject(EXPORT_STORE_TOKEN) store: ExportStore, @inject(CONNECTOR_NAME_TOKEN) configuredName: string) {
    super();
    this.#store = store;
    this.#configuredName = configuredName;
  }

  /** The store the connector catalogs. */
  get store(): ExportStore {
    return this.#store;
  }

  /** What the last completed refresh did; undefined before the first. */
  get lastRefresh(): ExportCatalogRefresh | undefined {
    return this.#lastRefresh;
  }

  /**
   * Brings the catalog in line with the store.
   * @param signal - stops the refresh between files
   */
  async refresh(signal: AbortSignal): Promise<void> {
    const context = this.context;
    const exports = this.#store.list();
    const existing = new Map((await this.#cataloguedFiles()).map((f) => [String(f.properties?.pathName), f]));
    let created = 0;
    let updated = 0;
    let removed = 0;
    for (const entry of exports) {
      signal.throwIfAborted();
      const desired = desiredProperties(entry);
      const file = existing.get(entry.pathName) ?? (await context.getFileByPathName({ pathName: entry.pathName }));
      existing.delete(entry.pathName);
      let guid = file?.elementHeader?.guid;
      if (file === undefined || guid === undefined) {
        const guids = await context.addDataFileToCatalog({ dataFileProperties: desired });
        guid = guids[guids.length - 1] as string;
        created++;
      } else if (this.#owned(file) && differs(desired, file.properties ?? {})) {
        await context.updateDataFileInCatalog({
          dataFileGUID: guid,
          dataFileProperties: desired,
          isMergeUpdate: false,
        });
        updated++;
      }
      this.#store.markCatalogued(entry.fileName, guid, this.#configuredName);
    }
    for (const [pathName, file] of existing) {
      signal.throwIfAborted();
      const guid = file.elementHeader?.guid;
      if (guid === undefined || !this.#owned(file)) continue;
      await context.deleteDataFileFromCatalog({ dataFileGUID: guid, fullPathname: pathName });
      removed++;
    }
    this.#lastRefresh = Object.freeze({ created, updated, removed, catalogued: exports.length });
    this.incrementStatistic('exportsCreated', created);
    this.incrementStatistic('exportsUpdated', updated);
    this.incrementStatistic('exportsRemoved', removed);
    this.setStatistic('catalogued.DataFile', exports.length);
  }

  /** The data files catalogued directly in the store's folder (none when the folder is not catalogued yet). */
  async #cataloguedFiles(): Promise<FileElement[]> {
    const folder = await this.context.getFolderByPathName({ pathName: this.#store.rootPath });
    const folderGUID = folder?.elementHeader?.guid;
    if (folderGUID === undefined) return [];
    return this.context.readAllPages((page) => this.context.getFolderFiles({ ...page, folderGUID }));
  }

  #owned(file: FileElement): boolean {
    return this.context.isOwnedByMetadataSource(file.elementHeader);
  }
}

/** What the connector writes for an export. */
function desiredProperties(entry: ExportEntry): DataFileProperties {
  const extension = fileExtensionOf(entry.fileName);
  const reference = extension === undefined ? undefined : DEFAULT_FILE_REFERENCE_DATA[extension];
  return {
    typeName: reference?.assetTypeName ?? 'DataFile',
    qualifiedName: entry.pathName,
    pathName: entry.pathName,
    name: entry.fileName,
    fileName: entry.fileName,
    ...(extension === undefined ? {} : { fileExtension: extension }),
    ...(reference?.fileType === undefined ? {} : { fileType: reference.fileType }),
    ...(reference?.deployedImplementationType === undefined
      ? {}
      : { deployedImplementationType: reference.deployedImplementationType }),
    ...(reference?.encoding === undefined ? {} : { encodingType: reference.encoding }),
    ...(entry.description === undefined ? {} : { resourceDescription: entry.description }),
    createTime: entry.createdTime,
    additionalProperties: { [ROWS]: String(entry.rows), [PRODUCED_BY]: 'export-service' },
  };
}

/** True when the catalogued file differs from what the connector would write (in what it manages). */
function differs(desired: DataFileProperties, existing: object): boolean {
  const have = existing as Readonly<Record<string, unknown>>;
  const time = (v: unknown): number | undefined =>
    v instanceof Date ? v.getTime() : typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : undefined;
  if (time(desired.createTime) !== time(have['createTime'])) return true;
  return propertiesDiffer(desired, have, ['resourceDescription', 'additionalProperties']);
}
