import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { ConnectorCheckedException } from '@egeria-ts/core';
import { FOLDER_FILES_ERROR_CODE } from '../messages';
import { FolderFilter } from './folder-filter';

/** What a {@link readFolderTree} found below a root folder. */
export interface FolderTreeSnapshot {
  /** The root folder (absolute). */
  readonly root: string;
  /** The folders below the root that pass the filter (absolute paths, parents before children; the root excluded). */
  readonly folders: readonly string[];
  /** The files that pass the filter (absolute paths, in folder order). */
  readonly files: readonly string[];
}

/** Options of {@link readFolderTree}. */
export interface ReadFolderTreeOptions {
  /** The folder to read (absolute path). */
  readonly root: string;
  /** Which files and folders to keep (default: all). */
  readonly filter?: FolderFilter;
  /** Stops the walk between folders. */
  readonly signal?: AbortSignal;
}

/**
 * The path of an entry below the root, `/`-separated (empty for the root itself); undefined when
 * the path is not below the root.
 * @param root - the root folder (absolute)
 * @param pathName - an absolute path
 */
export function relativeToRoot(root: string, pathName: string): string | undefined {
  const relative = path.relative(root, pathName);
  if (relative === '') return '';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/**
 * Walks a folder tree on the local file system and lists its folders and files, as the filter
 * lets them through. Symbolic links to files are listed as files; symbolic links to folders are
 * not followed (no cycles). Entries that vanish during the walk are skipped. Has no Egeria
 * dependency beyond core's errors.
 * @throws ConnectorCheckedException (`EGERIA-TS-FOLDER-FILES-503-001`) when the root cannot be read
 */
export async function readFolderTree(options: ReadFolderTreeOptions): Promise<FolderTreeSnapshot> {
  const { root, signal } = options;
  const filter = options.filter ?? new FolderFilter();
  const folders: string[] = [];
  const files: string[] = [];
  const pending: string[] = [root];
  while (pending.length > 0) {
    signal?.throwIfAborted();
    const folder = pending.shift() as string;
    let entries: Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (folder !== root && (code === 'ENOENT' || code === 'ENOTDIR')) continue;
      throw ConnectorCheckedException.fromDefinition(
        FOLDER_FILES_ERROR_CODE.ROOT_FOLDER_UNREADABLE,
        [folder, (error as Error).message],
        { cause: error },
      );
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: string[] = [];
    for (const entry of entries) {
      const pathName = path.join(folder, entry.name);
      const relative = relativeToRoot(root, pathName) as string;
      const kind = await entryKind(entry, pathName);
      if (kind === 'folder' && filter.acceptsFolder(relative)) subfolders.push(pathName);
      else if (kind === 'file' && filter.acceptsFile(relative)) files.push(pathName);
    }
    folders.push(...subfolders);
    pending.unshift(...subfolders);
  }
  return { root, folders, files };
}

/** A folder, a file (a symbolic link to a file counts), or something else to skip. */
async function entryKind(entry: Dirent, pathName: string): Promise<'folder' | 'file' | 'other'> {
  if (entry.isDirectory()) return 'folder';
  if (entry.isFile()) return 'file';
  if (entry.isSymbolicLink()) {
    try {
      return (await fs.stat(pathName)).isFile() ? 'file' : 'other';
    } catch {
      return 'other';
    }
  }
  return 'other';
}
