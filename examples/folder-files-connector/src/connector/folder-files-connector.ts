import { IllegalStateError, integrationConnector } from '@egeria-ts/core';
import { FileClassifier, FilesIntegratorConnector } from '@egeria-ts/files-integrator';
import { FOLDER_FILES_AUDIT_CODE, FOLDER_FILES_ERROR_CODE } from '../messages';
import { ChangeBatcher } from '../source/change-batcher';
import { FolderFilter } from '../source/folder-filter';
import { readFolderTree, relativeToRoot } from '../source/folder-tree-reader';
import { parseRootFolder, requireDirectory } from '../source/root-folder';
import { fileTypeOf } from './file-types';
import { FolderCatalog } from './folder-catalog';
import { FolderSynchronizer, type CataloguedTree, type FolderSyncCounts } from './folder-synchronizer';

/** The name connections use for the connector (`connectorType.connectorProviderClassName`). */
export const FOLDER_FILES_CONNECTOR_NAME = 'FolderFilesConnector';

/**
 * Egeria's data files monitor provider class name, which also resolves to this connector: an Egeria
 * configuration document that catalogs the folder named by its endpoint runs it unchanged.
 */
export const FOLDER_FILES_CONNECTOR_ALIAS =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';

/** The prefix of the statistics that count what is catalogued by open metadata type (`catalogued.CSVFile`). */
export const CATALOGUED_STATISTIC_PREFIX = 'catalogued.';

/** What the last refresh did. */
export interface FolderRefreshSummary extends FolderSyncCounts {
  /** Folders catalogued (the root included). */
  readonly folders: number;
  /** Files catalogued. */
  readonly files: number;
}

const FOLDER_TYPE_NAME = 'FileFolder';

interface Started {
  readonly root: string;
  readonly filter: FolderFilter;
  readonly classifier: FileClassifier;
  readonly batcher?: ChangeBatcher;
}

/**
 * A Files Integrator connector that catalogs a folder tree of the local file system: its folders,
 * and its files as data files with their type (a subtype of `DataFile` such as `CSVFile`, from the
 * file's extension), size, creation and modification times.
 *
 * The folder is the connection's `endpoint.address` (a path or `file://` URL). Each refresh (at
 * start, every `refreshTimeInterval` minutes, 60 by default, and on request) compares the whole
 * tree with the catalog: it creates what is new, updates the files that changed and removes what is
 * gone, only among the elements its metadata source owns. Between refreshes, a watcher registered
 * in `start()` (the files context's directory tree listener) reports each file and folder created,
 * changed or deleted; after `watchDebounceMillis` of quiet, the connector applies those changes.
 */
@integrationConnector({
  name: FOLDER_FILES_CONNECTOR_NAME,
  aliases: [FOLDER_FILES_CONNECTOR_ALIAS],
  displayName: 'Folder Files Connector',
  description:
    'Catalogs the folders and data files of a folder tree (type, size, times) and keeps the catalog current as files change.',
  serviceURLMarker: 'files-integrator',
  refreshTimeInterval: 60,
  configurationProperties: {
    includeFiles: {
      type: 'stringList',
      description: 'Glob patterns of the only files to catalogue, relative to the folder (such as *.csv or raw/**).',
    },
    excludeFiles: {
      type: 'stringList',
      description: 'Glob patterns of the files and folders to skip; an excluded folder is not looked into.',
    },
    includeHidden: {
      type: 'boolean',
      description: 'Catalogue hidden files and folders (names starting with a dot).',
      defaultValue: false,
    },
    catalogAllFiles: {
      type: 'boolean',
      description: 'Catalogue every file; false: only the files whose extension the classification knows.',
      defaultValue: true,
    },
    allowCatalogDelete: {
      type: 'boolean',
      description: 'Delete the catalog entry of a deleted file or folder; false: archive it instead.',
      defaultValue: true,
    },
    watchFolder: {
      type: 'boolean',
      description: 'Keep the catalog current between refreshes with a file watcher.',
      defaultValue: true,
    },
    watchDebounceMillis: {
      type: 'integer',
      description: 'Milliseconds without a new change before the changes a watcher saw are applied.',
      defaultValue: 1000,
    },
  },
})
export class FolderFilesConnector extends FilesIntegratorConnector {
  #started?: Started;
  #lastRefresh?: FolderRefreshSummary;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #catalogued: CataloguedTree = { folders: new Set(), files: new Map() };
  readonly #reportedTypes = new Set<string>();

  /** The folder the connector catalogs (absolute); undefined before it starts. */
  get rootFolder(): string | undefined {
    return this.#started?.root;
  }

  /** What the last completed refresh did; undefined before the first one. */
  get lastRefresh(): FolderRefreshSummary | undefined {
    return this.#lastRefresh;
  }

  /**
   * Reads the folder and the patterns from the connection, checks that the folder is a directory,
   * and registers the watcher.
   * @throws ConnectorCheckedException (`EGERIA-TS-FOLDER-FILES-400-001`) when the folder is not usable
   */
  override async start(): Promise<void> {
    await super.start();
    const properties = this.configurationProperties;
    const root = parseRootFolder(this.connection.endpoint?.address);
    await requireDirectory(root);
    const filter = new FolderFilter({
      ...optional('includeFiles', properties.getStringList('includeFiles')),
      ...optional('excludeFiles', properties.getStringList('excludeFiles')),
      includeHidden: properties.getBoolean('includeHidden', false),
    });
    const classifier = new FileClassifier({ referenceData: (_name, extension) => fileTypeOf(extension) });
    let batcher: ChangeBatcher | undefined;
    if (properties.getBoolean('watchFolder', true)) {
      const debounceMs = properties.getInteger('watchDebounceMillis', 1000);
      const watcher = new ChangeBatcher(Math.max(0, debounceMs), (paths) => this.#applyChanges(paths));
      const seen = (pathName: string): void => watcher.add(pathName);
      await this.context.registerDirectoryTreeListener(
        {
          onFileCreate: seen,
          onFileChange: seen,
          onFileDelete: seen,
          onDirectoryCreate: seen,
          onDirectoryDelete: seen,
        },
        root,
        (pathName, isDirectory) => filter.acceptsPath(relativeToRoot(root, pathName) ?? '', isDirectory),
      );
      batcher = watcher;
      this.auditLog.logMessage('start', FOLDER_FILES_AUDIT_CODE.WATCHING, [this.connectorName, root, debounceMs]);
    }
    this.#started = { root, filter, classifier, ...(batcher === undefined ? {} : { batcher }) };
  }

  /**
   * Catalogs the whole folder tree: reads it, then creates, updates and removes what differs.
   * Changes the watcher reports meanwhile are applied after the refresh.
   * @param signal - stops the refresh between elements
   */
  async refresh(signal: AbortSignal): Promise<void> {
    const started = this.#requireStarted();
    await this.#exclusive(async () => {
      this.auditLog.logMessage('refresh', FOLDER_FILES_AUDIT_CODE.REFRESH_STARTING, [this.connectorName, started.root]);
      const snapshot = await readFolderTree({ root: started.root, filter: started.filter, signal });
      const synchronizer = this.#synchronizer(started, signal);
      await synchronizer.synchronizeTree(snapshot);
      const { created, updated, removed } = synchronizer.counts;
      const folders = this.#catalogued.folders.size;
      const files = this.#catalogued.files.size;
      this.#lastRefresh = Object.freeze({ folders, files, created, updated, removed });
      this.#count(synchronizer.counts);
      this.auditLog.logMessage('refresh', FOLDER_FILES_AUDIT_CODE.REFRESH_COMPLETE, [
        this.connectorName,
        started.root,
        folders,
        files,
        created,
        updated,
        removed,
      ]);
    });
  }

  /** Stops the watcher (the changes it has not applied yet are left for the next refresh). */
  override async disconnect(): Promise<void> {
    await this.#started?.batcher?.close();
    await super.disconnect();
  }

  async #applyChanges(paths: readonly string[]): Promise<void> {
    const started = this.#started;
    if (started === undefined || !this.isActive()) return;
    await this.#exclusive(async () => {
      const synchronizer = this.#synchronizer(started);
      try {
        await synchronizer.applyChanges(paths);
      } catch (error) {
        if (!this.isActive()) return;
        this.auditLog.logException('watch', FOLDER_FILES_AUDIT_CODE.CHANGES_FAILED, error, [
          this.connectorName,
          error instanceof Error ? error.message : String(error),
        ]);
      } finally {
        if (this.isActive()) {
          const { created, updated, removed } = synchronizer.counts;
          this.#count(synchronizer.counts);
          this.incrementStatistic('watcherBatches');
          if (created + updated + removed > 0) {
            this.auditLog.logMessage('watch', FOLDER_FILES_AUDIT_CODE.CHANGES_APPLIED, [
              this.connectorName,
              paths.length,
              created,
              updated,
              removed,
            ]);
          }
        }
      }
    });
  }

  #synchronizer(started: Started, signal?: AbortSignal): FolderSynchronizer {
    const properties = this.configurationProperties;
    const anchorGUID = this.context.metadataSourceGUID;
    return new FolderSynchronizer({
      catalog: new FolderCatalog(this.context, properties.getBoolean('allowCatalogDelete', true)),
      root: started.root,
      filter: started.filter,
      classifier: started.classifier,
      catalogAllFiles: properties.getBoolean('catalogAllFiles', true),
      catalogued: this.#catalogued,
      ...(anchorGUID === undefined ? {} : { anchorGUID }),
      ...(signal === undefined ? {} : { signal }),
      onNotOwned: (kind, pathName) =>
        this.auditLog.logMessage('refresh', FOLDER_FILES_AUDIT_CODE.NOT_OWNED, [this.connectorName, kind, pathName]),
      onFileSkipped: (pathName, error) =>
        this.auditLog.logException('refresh', FOLDER_FILES_AUDIT_CODE.FILE_SKIPPED, error, [
          this.connectorName,
          pathName,
          error instanceof Error ? error.message : String(error),
        ]),
    });
  }

  /** Updates the statistics: writes so far, and what is catalogued by type. */
  #count(counts: FolderSyncCounts): void {
    this.incrementStatistic('elementsCreated', counts.created);
    this.incrementStatistic('elementsUpdated', counts.updated);
    this.incrementStatistic('elementsRemoved', counts.removed);
    const byType = new Map<string, number>([[FOLDER_TYPE_NAME, this.#catalogued.folders.size]]);
    for (const typeName of this.#catalogued.files.values()) byType.set(typeName, (byType.get(typeName) ?? 0) + 1);
    for (const typeName of this.#reportedTypes) if (!byType.has(typeName)) byType.set(typeName, 0);
    for (const [typeName, count] of byType) {
      this.#reportedTypes.add(typeName);
      this.setStatistic(`${CATALOGUED_STATISTIC_PREFIX}${typeName}`, count);
    }
  }

  /** Runs refreshes and watcher batches one at a time. */
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #requireStarted(): Started {
    if (this.#started === undefined) {
      throw IllegalStateError.fromDefinition(FOLDER_FILES_ERROR_CODE.NOT_STARTED, [this.connectorName, 'refresh']);
    }
    return this.#started;
  }
}

function optional<K extends string>(name: K, value: string[] | undefined): { [P in K]?: string[] } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: string[] };
}
