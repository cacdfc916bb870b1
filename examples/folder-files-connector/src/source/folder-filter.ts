import { compilePathPattern, type PathPattern } from './path-pattern';

/** The include and exclude patterns of a {@link FolderFilter}. */
export interface FolderFilterPatterns {
  /**
   * Glob patterns of the files to catalogue (relative to the root); when given, only the files
   * that match one are catalogued. Folders are always looked into unless excluded.
   */
  readonly includeFiles?: readonly string[];
  /** Glob patterns of the files and folders to skip; an excluded folder is not looked into. */
  readonly excludeFiles?: readonly string[];
  /** True to catalogue hidden files and folders (names starting with a dot); default false. */
  readonly includeHidden?: boolean;
}

/**
 * Decides which files and folders below the root are catalogued, from include and exclude glob
 * patterns (see {@link compilePathPattern}). Exclusion wins over inclusion.
 */
export class FolderFilter {
  readonly #include?: readonly PathPattern[];
  readonly #exclude: readonly PathPattern[];
  readonly #includeHidden: boolean;

  /** @param patterns - the include and exclude patterns; none: everything is catalogued */
  constructor(patterns: FolderFilterPatterns = {}) {
    this.#include = patterns.includeFiles?.map(compilePathPattern);
    this.#exclude = (patterns.excludeFiles ?? []).map(compilePathPattern);
    this.#includeHidden = patterns.includeHidden ?? false;
  }

  /**
   * True when a folder below the root is catalogued and looked into.
   * @param relativePath - its path below the root, `/`-separated
   */
  acceptsFolder(relativePath: string): boolean {
    return this.#visible(relativePath) && !this.#exclude.some((p) => p.matches(relativePath));
  }

  /**
   * True when a file is catalogued (its folders are checked separately).
   * @param relativePath - its path below the root, `/`-separated
   */
  acceptsFile(relativePath: string): boolean {
    if (!this.#visible(relativePath)) return false;
    if (this.#exclude.some((p) => p.matches(relativePath))) return false;
    return this.#include === undefined || this.#include.some((p) => p.matches(relativePath));
  }

  /**
   * True when a path is catalogued: the file (or folder) itself and every folder above it below the root.
   * @param relativePath - its path below the root, `/`-separated (empty for the root)
   * @param isFolder - true for a folder
   */
  acceptsPath(relativePath: string, isFolder: boolean): boolean {
    if (relativePath === '') return true;
    const segments = relativePath.split('/');
    for (let i = 1; i < segments.length; i++) {
      if (!this.acceptsFolder(segments.slice(0, i).join('/'))) return false;
    }
    return isFolder ? this.acceptsFolder(relativePath) : this.acceptsFile(relativePath);
  }

  #visible(relativePath: string): boolean {
    if (this.#includeHidden) return true;
    return !relativePath.slice(relativePath.lastIndexOf('/') + 1).startsWith('.');
  }
}
