/**
 * Collects the paths a file watcher reports and hands them over in one batch once no new change
 * has arrived for `debounceMs` (a burst of writes to one file gives one batch). Batches never
 * overlap: a batch that becomes due while the previous one is still being applied waits for it.
 */
export class ChangeBatcher {
  readonly #debounceMs: number;
  readonly #apply: (paths: readonly string[]) => Promise<void>;
  readonly #pending = new Set<string>();
  #timer?: NodeJS.Timeout;
  #running: Promise<void> = Promise.resolve();
  #closed = false;

  /**
   * @param debounceMs - milliseconds of quiet before a batch is applied
   * @param apply - applies one batch; its errors are the caller's to handle (a rejection is ignored)
   */
  constructor(debounceMs: number, apply: (paths: readonly string[]) => Promise<void>) {
    this.#debounceMs = debounceMs;
    this.#apply = apply;
  }

  /** The number of paths waiting for the next batch. */
  get pendingCount(): number {
    return this.#pending.size;
  }

  /**
   * Records a changed path and restarts the quiet period.
   * @param pathName - the path that changed
   */
  add(pathName: string): void {
    if (this.#closed) return;
    this.#pending.add(pathName);
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, this.#debounceMs);
  }

  /** Applies what is pending now (after the batch in progress, if any). */
  flush(): Promise<void> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#running = this.#running.then(async () => {
      if (this.#closed || this.#pending.size === 0) return;
      const batch = [...this.#pending];
      this.#pending.clear();
      await this.#apply(batch).catch(() => undefined);
    });
    return this.#running;
  }

  /** Waits for the batch in progress and drops what is pending; later changes are ignored. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending.clear();
    await this.#running;
  }
}
