import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { IllegalStateError, InvalidParameterException, describeValue, type AuditLog } from '@egeria-ts/core';
import { FILES_LISTENER_MESSAGES } from './files-listener-messages';

/**
 * Told when one file is created, changed or deleted (Egeria's `FileListenerInterface`). Each
 * callback gets the file's absolute path; it may return a promise, which is awaited before the next
 * callback. Callbacks left out are not called.
 * @public
 */
export interface FileListener {
  /** The file was created. */
  onFileCreate?(file: string): void | Promise<void>;
  /** The file's content changed (its modification time or size). */
  onFileChange?(file: string): void | Promise<void>;
  /** The file was deleted. */
  onFileDelete?(file: string): void | Promise<void>;
}

/**
 * Told when files and directories in a directory are created, changed or deleted (Egeria's
 * `FileDirectoryListenerInterface`).
 * @public
 */
export interface FileDirectoryListener extends FileListener {
  /** A directory was created. */
  onDirectoryCreate?(directory: string): void | Promise<void>;
  /** A directory changed (its modification time: an entry was added, removed or renamed in it). */
  onDirectoryChange?(directory: string): void | Promise<void>;
  /** A directory was deleted. */
  onDirectoryDelete?(directory: string): void | Promise<void>;
}

/**
 * Chooses the entries of a monitored directory that are reported (Java's `FileFilter`); a directory
 * it rejects is not looked into either.
 * @public
 */
export type FileFilter = (pathName: string, isDirectory: boolean) => boolean;

/** What a {@link FilesListenerManager} is built from. @public */
export interface FilesListenerManagerOptions {
  /** The connector's audit log. */
  readonly auditLog: AuditLog;
  /** The connector's name, for the messages. */
  readonly connectorName: string;
  /** Milliseconds between two checks of the monitored paths (default 500, as in Egeria). */
  readonly pollIntervalMs?: number;
}

interface EntryState {
  readonly isDirectory: boolean;
  readonly mtimeMs: number;
  readonly size: number;
}

type WatchKind = 'file' | 'directory' | 'tree';

interface Watch {
  readonly kind: WatchKind;
  readonly listener: FileDirectoryListener;
  readonly root: string;
  readonly filter?: FileFilter;
  snapshot: Map<string, EntryState>;
  lastError?: string;
}

type Callback = keyof FileDirectoryListener;

const DEFAULT_POLL_INTERVAL_MS = 500;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * The file system listeners of one integration context, as Egeria 5.2's `FilesListenerManager`
 * offers them to every context: a listener for one file, for the entries of one directory, or for a
 * whole directory tree. The paths are checked at a regular interval (polling, like the Apache
 * Commons IO monitor Egeria uses; it works the same on every platform and file system). What exists
 * when a listener is registered is its starting point: only later changes are reported. A listener
 * that throws is logged and the others are still called. {@link FilesListenerManager.disconnect}
 * stops everything.
 * @public
 */
export class FilesListenerManager {
  readonly #options: FilesListenerManagerOptions;
  readonly #intervalMs: number;
  #watches: Watch[] = [];
  #timer?: NodeJS.Timeout;
  #checking?: Promise<void>;
  #closed = false;
  #monitored = false;

  constructor(options: FilesListenerManagerOptions) {
    this.#options = options;
    const interval = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    if (!Number.isFinite(interval) || interval < 1) {
      throw this.#invalid('pollIntervalMs', 'FilesListenerManager', interval);
    }
    this.#intervalMs = interval;
  }

  /** How many listener registrations are active. */
  get listenerCount(): number {
    return this.#watches.length;
  }

  /**
   * Reports the creation, change and deletion of one file.
   * @param listener - told of each change
   * @param fileToMonitor - the file's path (relative paths are resolved against the working directory)
   */
  async registerFileListener(listener: FileListener, fileToMonitor: string): Promise<void> {
    await this.#register('registerFileListener', 'file', listener, fileToMonitor);
  }

  /**
   * Stops reporting a file to a listener.
   * @returns false when that listener was not registered for that file
   */
  unregisterFileListener(listener: FileListener, fileToMonitor: string): boolean {
    return this.#unregister('unregisterFileListener', 'file', listener, fileToMonitor);
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
    await this.#register('registerDirectoryListener', 'directory', listener, directoryToMonitor, fileFilter);
  }

  /**
   * Stops reporting a directory to a listener.
   * @returns false when that listener was not registered for that directory
   */
  unregisterDirectoryListener(listener: FileDirectoryListener, directoryToMonitor: string): boolean {
    return this.#unregister('unregisterDirectoryListener', 'directory', listener, directoryToMonitor);
  }

  /**
   * Reports the files and directories created, changed and deleted in a directory and all its
   * subdirectories (symbolic links are reported, not followed).
   * @param listener - told of each change
   * @param directoryToMonitor - the root directory's path
   * @param fileFilter - chooses the entries reported and the directories looked into (default: all)
   */
  async registerDirectoryTreeListener(
    listener: FileDirectoryListener,
    directoryToMonitor: string,
    fileFilter?: FileFilter,
  ): Promise<void> {
    await this.#register('registerDirectoryTreeListener', 'tree', listener, directoryToMonitor, fileFilter);
  }

  /**
   * Stops reporting a directory tree to a listener.
   * @returns false when that listener was not registered for that directory
   */
  unregisterDirectoryTreeListener(listener: FileDirectoryListener, directoryToMonitor: string): boolean {
    return this.#unregister('unregisterDirectoryTreeListener', 'tree', listener, directoryToMonitor);
  }

  /**
   * Checks every monitored path now and calls the listeners for what changed since the last check.
   * Checks never overlap: a call during a check waits for it and then checks again.
   */
  async checkNow(): Promise<void> {
    while (this.#checking !== undefined) await this.#checking;
    if (this.#closed) return;
    this.#checking = this.#checkAll().finally(() => {
      this.#checking = undefined;
    });
    await this.#checking;
  }

  /** Stops monitoring and forgets every listener; a check in progress finishes first. Safe to call twice. */
  async disconnect(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#watches = [];
    await this.#checking;
    if (this.#monitored) {
      this.#options.auditLog.logMessage('disconnect', FILES_LISTENER_MESSAGES.FILE_SYSTEM_MONITORING_STOPPING, [
        this.#options.connectorName,
      ]);
    }
  }

  // ---------------------------------------------------------------- registration

  async #register(
    operation: string,
    kind: WatchKind,
    listener: FileDirectoryListener,
    target: string,
    filter?: FileFilter,
  ): Promise<void> {
    this.#requireOpen(operation);
    if (typeof listener !== 'object' || listener === null) throw this.#invalid('listener', operation, listener);
    const parameter = kind === 'file' ? 'fileToMonitor' : 'directoryToMonitor';
    if (typeof target !== 'string' || target.trim() === '') throw this.#invalid(parameter, operation, target);
    if (filter !== undefined && typeof filter !== 'function') throw this.#invalid('fileFilter', operation, filter);
    const watch: Watch = { kind, listener, root: path.resolve(target), filter, snapshot: new Map() };
    watch.snapshot = (await this.#scan(watch)) ?? new Map();
    this.#requireOpen(operation);
    this.#watches.push(watch);
    this.#monitored = true;
    const message =
      kind === 'file'
        ? FILES_LISTENER_MESSAGES.FILE_MONITORING_STARTING
        : FILES_LISTENER_MESSAGES.DIRECTORY_MONITORING_STARTING;
    this.#options.auditLog.logMessage(operation, message, [this.#options.connectorName, watch.root]);
    this.#schedule();
  }

  #unregister(operation: string, kind: WatchKind, listener: FileDirectoryListener, target: string): boolean {
    if (typeof target !== 'string' || target.trim() === '') {
      throw this.#invalid(kind === 'file' ? 'fileToMonitor' : 'directoryToMonitor', operation, target);
    }
    const root = path.resolve(target);
    const before = this.#watches.length;
    this.#watches = this.#watches.filter((w) => !(w.kind === kind && w.listener === listener && w.root === root));
    return this.#watches.length < before;
  }

  // ---------------------------------------------------------------- polling

  #schedule(): void {
    if (this.#closed || this.#timer !== undefined || this.#watches.length === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.checkNow().finally(() => this.#schedule());
    }, this.#intervalMs);
    // The timer alone does not keep the process alive; the runtime that owns the connector does.
    this.#timer.unref();
  }

  async #checkAll(): Promise<void> {
    for (const watch of [...this.#watches]) {
      if (this.#closed) return;
      if (!this.#watches.includes(watch)) continue;
      const next = await this.#scan(watch);
      if (next === undefined) continue;
      const previous = watch.snapshot;
      watch.snapshot = next;
      await this.#notify(watch, previous, next);
    }
  }

  /** The current state of a watch's paths; undefined (after logging) when they could not be read. */
  async #scan(watch: Watch): Promise<Map<string, EntryState> | undefined> {
    const found = new Map<string, EntryState>();
    try {
      if (watch.kind === 'file') {
        const stats = await fs.stat(watch.root);
        if (!stats.isDirectory())
          found.set(watch.root, { isDirectory: false, mtimeMs: stats.mtimeMs, size: stats.size });
      } else {
        await this.#scanDirectory(watch, watch.root, found);
      }
      watch.lastError = undefined;
      return found;
    } catch (error) {
      if (isMissing(error)) {
        watch.lastError = undefined;
        return found;
      }
      const text = errorText(error);
      if (watch.lastError !== text) {
        watch.lastError = text;
        this.#options.auditLog.logException('checkFiles', FILES_LISTENER_MESSAGES.FILE_SCAN_FAILED, error, [
          this.#options.connectorName,
          watch.root,
          text,
        ]);
      }
      return undefined;
    }
  }

  async #scanDirectory(watch: Watch, directory: string, found: Map<string, EntryState>): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(directory, { withFileTypes: true });
    } catch (error) {
      // A subdirectory that vanished between two reads is simply gone; the root's errors go up.
      if (directory !== watch.root && isMissing(error)) return;
      throw error;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const entryPath = path.join(directory, entry.name);
      const isDirectory = entry.isDirectory();
      if (watch.filter !== undefined && !watch.filter(entryPath, isDirectory)) continue;
      let stats;
      try {
        stats = await fs.lstat(entryPath);
      } catch (error) {
        if (isMissing(error)) continue;
        throw error;
      }
      found.set(entryPath, { isDirectory, mtimeMs: stats.mtimeMs, size: isDirectory ? 0 : stats.size });
      if (isDirectory && watch.kind === 'tree') await this.#scanDirectory(watch, entryPath, found);
    }
  }

  async #notify(watch: Watch, previous: Map<string, EntryState>, next: Map<string, EntryState>): Promise<void> {
    for (const [entryPath, state] of next) {
      const before = previous.get(entryPath);
      if (before === undefined || before.isDirectory !== state.isDirectory) {
        if (before !== undefined)
          await this.#call(watch, before.isDirectory ? 'onDirectoryDelete' : 'onFileDelete', entryPath);
        await this.#call(watch, state.isDirectory ? 'onDirectoryCreate' : 'onFileCreate', entryPath);
      } else if (before.mtimeMs !== state.mtimeMs || before.size !== state.size) {
        await this.#call(watch, state.isDirectory ? 'onDirectoryChange' : 'onFileChange', entryPath);
      }
    }
    for (const [entryPath, state] of previous) {
      if (!next.has(entryPath))
        await this.#call(watch, state.isDirectory ? 'onDirectoryDelete' : 'onFileDelete', entryPath);
    }
  }

  async #call(watch: Watch, callback: Callback, entryPath: string): Promise<void> {
    if (this.#closed || !this.#watches.includes(watch)) return;
    const fn = watch.listener[callback];
    if (typeof fn !== 'function') return;
    try {
      await fn.call(watch.listener, entryPath);
    } catch (error) {
      this.#options.auditLog.logException(callback, FILES_LISTENER_MESSAGES.FILE_LISTENER_FAILED, error, [
        this.#options.connectorName,
        error instanceof Error ? error.name : typeof error,
        callback,
        entryPath,
        errorText(error),
      ]);
    }
  }

  // ---------------------------------------------------------------- errors

  #requireOpen(operation: string): void {
    if (this.#closed) {
      throw IllegalStateError.fromDefinition(
        FILES_LISTENER_MESSAGES.LISTENERS_CLOSED,
        [operation, this.#options.connectorName],
        { actionDescription: operation },
      );
    }
  }

  #invalid(parameterName: string, operation: string, value: unknown): InvalidParameterException {
    return InvalidParameterException.fromDefinition(
      FILES_LISTENER_MESSAGES.INVALID_LISTENER_PARAMETER,
      [parameterName, operation, this.#options?.connectorName ?? 'unknown', describeValue(value)],
      { actionDescription: operation, exceptionProperties: { parameterName } },
    );
  }
}
