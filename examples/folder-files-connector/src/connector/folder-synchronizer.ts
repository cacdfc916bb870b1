import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FileClassification, FileClassifier } from '@egeria-ts/files-integrator';
import type { FolderFilter } from '../source/folder-filter';
import { relativeToRoot, type FolderTreeSnapshot } from '../source/folder-tree-reader';
import { desiredFileProperties, fileDiffers } from './desired-file';
import type { CatalogEntry, FolderCatalog } from './folder-catalog';

/** What a synchronization wrote. */
export interface FolderSyncCounts {
  /** Folders and files created. */
  created: number;
  /** Files updated. */
  updated: number;
  /** Folders and files removed (deleted or archived). */
  removed: number;
}

/** What the connector has catalogued below its root: folder paths (the root included) and files with their type. */
export interface CataloguedTree {
  /** The catalogued folders, by path name. */
  readonly folders: Set<string>;
  /** The catalogued files: path name to open metadata type name. */
  readonly files: Map<string, string>;
}

/** How a {@link FolderSynchronizer} works. */
export interface FolderSynchronizerOptions {
  /** Open metadata. */
  readonly catalog: FolderCatalog;
  /** The root folder (absolute). */
  readonly root: string;
  /** Which files and folders are catalogued. */
  readonly filter: FolderFilter;
  /** Describes each file. */
  readonly classifier: FileClassifier;
  /** False to catalogue only the files the classification knows (default true). */
  readonly catalogAllFiles: boolean;
  /** What the root's top-most new folder is linked to (the connector's file system); undefined: the nearest catalogued folder above the root. */
  readonly anchorGUID?: string;
  /** Stops the work between elements. */
  readonly signal?: AbortSignal;
  /** What is catalogued; kept up to date. */
  readonly catalogued: CataloguedTree;
  /** Told of an element that another metadata source owns. */
  readonly onNotOwned?: (kind: 'folder' | 'file', pathName: string) => void;
  /** Told of a file that could not be read. */
  readonly onFileSkipped?: (pathName: string, error: unknown) => void;
}

/**
 * Brings open metadata in line with a folder tree: creates the folders and data files that are new,
 * updates the files whose properties changed (only then, so an unchanged tree writes nothing), and
 * removes what is gone, only among the elements the connector owns. It works on a whole snapshot
 * ({@link FolderSynchronizer.synchronizeTree}) or on the paths a watcher reported
 * ({@link FolderSynchronizer.applyChanges}).
 */
export class FolderSynchronizer {
  /** What has been written so far. */
  readonly counts: FolderSyncCounts = { created: 0, updated: 0, removed: 0 };
  readonly #o: FolderSynchronizerOptions;

  constructor(options: FolderSynchronizerOptions) {
    this.#o = options;
  }

  /**
   * Synchronizes the whole tree with a snapshot of it.
   * @param snapshot - what the folder tree holds
   */
  async synchronizeTree(snapshot: FolderTreeSnapshot): Promise<void> {
    const { catalog, catalogued } = this.#o;
    catalogued.folders.clear();
    catalogued.files.clear();
    const done = new Set<string>();
    const rootGUID = await this.#ensureRoot(snapshot.files, done);
    const tree = rootGUID === undefined ? { folders: [], files: [] } : await catalog.listTree(rootGUID, this.#o.signal);
    const folders = byPath(tree.folders);
    const files = byPath(tree.files);
    if (rootGUID !== undefined) catalogued.folders.add(this.#o.root);

    for (const folder of snapshot.folders) {
      this.#checkSignal();
      const existing = folders.get(folder);
      folders.delete(folder);
      if (existing === undefined && rootGUID !== undefined) {
        await catalog.createFolder(rootGUID, folder);
        this.counts.created++;
      }
      if (existing !== undefined || rootGUID !== undefined) catalogued.folders.add(folder);
    }

    for (const file of snapshot.files) {
      this.#checkSignal();
      const existing = files.get(file);
      files.delete(file);
      if (done.has(file)) continue;
      const classification = await this.#classify(file);
      if (classification === 'unreadable') continue;
      if (classification === undefined) {
        if (existing !== undefined) files.set(file, existing); // not wanted: removed below
        continue;
      }
      await this.#synchronizeFile(classification, existing);
    }
    for (const file of files.values()) {
      this.#checkSignal();
      await this.#removeFile(file);
    }
    await this.#removeFolders([...folders.values()], [...files.values()]);
  }

  /**
   * Applies the changes a watcher reported: each path is looked at as it is now (a file or folder
   * that exists is catalogued or updated, one that is gone is removed with what was below it).
   * @param paths - absolute paths that changed
   */
  async applyChanges(paths: readonly string[]): Promise<void> {
    const { root, filter, catalog } = this.#o;
    const ordered = [...new Set(paths)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    for (const pathName of ordered) {
      this.#checkSignal();
      const relative = relativeToRoot(root, pathName);
      if (relative === undefined || relative === '') continue;
      const kind = await kindOf(pathName);
      if (kind === 'folder' && filter.acceptsPath(relative, true)) {
        if ((await catalog.findFolder(pathName)) === undefined) {
          const rootGUID = await this.#ensureRoot([], new Set());
          if (rootGUID === undefined) continue;
          await catalog.createFolder(rootGUID, pathName);
          this.counts.created++;
        }
        this.#addFolders(pathName);
      } else if (kind === 'file' && filter.acceptsPath(relative, false)) {
        const classification = await this.#classify(pathName);
        if (classification === 'unreadable') continue;
        const existing = await catalog.findFile(pathName);
        if (classification === undefined) {
          if (existing !== undefined) await this.#removeFile(existing);
        } else {
          await this.#synchronizeFile(classification, existing);
        }
      } else if (kind === 'missing') {
        await this.#removePath(pathName);
      }
    }
  }

  async #synchronizeFile(classification: FileClassification, existing: CatalogEntry | undefined): Promise<void> {
    const { catalog, catalogued } = this.#o;
    const desired = desiredFileProperties(classification);
    const typeName = desired.typeName as string;
    if (existing === undefined) {
      await catalog.addFile(desired);
      this.counts.created++;
      this.#addFolders(path.dirname(classification.pathName));
    } else if (!existing.owned) {
      this.#o.onNotOwned?.('file', existing.pathName);
    } else if (fileDiffers(desired, existing.properties)) {
      await catalog.updateFile(existing.guid, desired);
      this.counts.updated++;
    }
    catalogued.files.set(classification.pathName, existing?.typeName ?? typeName);
  }

  async #removePath(pathName: string): Promise<void> {
    const { catalog } = this.#o;
    const file = await catalog.findFile(pathName);
    if (file !== undefined) {
      await this.#removeFile(file);
      return;
    }
    const folder = await catalog.findFolder(pathName);
    if (folder === undefined) return;
    const tree = await catalog.listTree(folder.guid, this.#o.signal);
    for (const nested of tree.files) await this.#removeFile(nested);
    await this.#removeFolders([folder, ...tree.folders], tree.files);
  }

  async #removeFile(file: CatalogEntry): Promise<void> {
    if (!file.owned) {
      this.#o.onNotOwned?.('file', file.pathName);
      this.#o.catalogued.files.set(file.pathName, file.typeName);
      return;
    }
    this.#checkSignal();
    await this.#o.catalog.removeFile(file);
    this.counts.removed++;
    this.#o.catalogued.files.delete(file.pathName);
  }

  /** Removes folders, deepest first, except those that another source owns or that still hold its elements. */
  async #removeFolders(folders: readonly CatalogEntry[], files: readonly CatalogEntry[]): Promise<void> {
    const kept = files.filter((f) => !f.owned).map((f) => f.pathName);
    const deepestFirst = [...folders].sort((a, b) => b.pathName.length - a.pathName.length);
    for (const folder of deepestFirst) {
      const holdsKept = kept.some((p) => p.startsWith(`${folder.pathName}/`));
      if (!folder.owned || holdsKept) {
        if (!folder.owned) this.#o.onNotOwned?.('folder', folder.pathName);
        kept.push(folder.pathName);
        this.#o.catalogued.folders.add(folder.pathName);
        continue;
      }
      this.#checkSignal();
      await this.#o.catalog.removeFolder(folder);
      this.counts.removed++;
      this.#o.catalogued.folders.delete(folder.pathName);
    }
  }

  /**
   * The root folder's GUID, catalogued first when missing: linked to the anchor (or the nearest
   * catalogued folder above it), or, when there is neither, through the first file to catalogue.
   */
  async #ensureRoot(files: readonly string[], done: Set<string>): Promise<string | undefined> {
    const { catalog, root } = this.#o;
    const found = await catalog.findFolder(root);
    if (found !== undefined) return found.guid;
    const anchor = this.#o.anchorGUID ?? (await this.#nearestCataloguedAbove(root));
    if (anchor !== undefined) {
      const guid = await catalog.createFolder(anchor, root);
      this.counts.created++;
      this.#o.catalogued.folders.add(root);
      return guid;
    }
    for (const file of files) {
      const classification = await this.#classify(file);
      if (classification === 'unreadable' || classification === undefined) continue;
      await this.#synchronizeFile(classification, undefined);
      done.add(file);
      return (await catalog.findFolder(root))?.guid;
    }
    return undefined;
  }

  async #nearestCataloguedAbove(folder: string): Promise<string | undefined> {
    for (let above = path.dirname(folder); ; above = path.dirname(above)) {
      const found = await this.#o.catalog.findFolder(above);
      if (found !== undefined) return found.guid;
      if (path.dirname(above) === above) return undefined;
    }
  }

  /** The file's classification; undefined when it is not to be catalogued; `unreadable` when it cannot be read now. */
  async #classify(pathName: string): Promise<FileClassification | undefined | 'unreadable'> {
    let classification: FileClassification;
    try {
      classification = await this.#o.classifier.classifyFile(pathName);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.#o.onFileSkipped?.(pathName, error);
      return 'unreadable';
    }
    const known =
      classification.fileType !== undefined ||
      classification.assetTypeName !== undefined ||
      classification.deployedImplementationType !== undefined;
    return this.#o.catalogAllFiles || known ? classification : undefined;
  }

  /** Records a folder and the folders between it and the root as catalogued. */
  #addFolders(folder: string): void {
    const { root, catalogued } = this.#o;
    for (let current = folder; relativeToRoot(root, current) !== undefined; current = path.dirname(current)) {
      catalogued.folders.add(current);
      if (current === root) return;
    }
  }

  #checkSignal(): void {
    this.#o.signal?.throwIfAborted();
  }
}

function byPath(entries: readonly CatalogEntry[]): Map<string, CatalogEntry> {
  const map = new Map<string, CatalogEntry>();
  for (const entry of entries) if (!map.has(entry.pathName)) map.set(entry.pathName, entry);
  return map;
}

async function kindOf(pathName: string): Promise<'folder' | 'file' | 'missing' | 'other'> {
  try {
    const stats = await fs.stat(pathName);
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'other';
  }
}
