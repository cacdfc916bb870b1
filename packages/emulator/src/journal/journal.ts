/**
 * The data file: an append-only journal of changes, one JSON line per committed request, synced to
 * disk before the request is answered. Concurrent commits share one write and one sync (group
 * commit). The file is compacted from time to time by writing the current state to a temporary file,
 * syncing it and renaming it over the journal, so a crash at any point leaves a readable file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { StoreOp } from '../store/records';

/** Options of {@link Journal.open}. */
export interface JournalOptions {
  /** The data file. */
  readonly file: string;
  /** Receives the changes read from the file, in order. */
  readonly replay: (ops: readonly StoreOp[]) => void;
  /** Produces the current state as changes, for a compaction. */
  readonly snapshot: () => StoreOp[];
  /** Journal size (bytes) below which no compaction happens. */
  readonly minCompactBytes?: number;
  /** Compact when the journal is this many times larger than the last snapshot. */
  readonly compactRatio?: number;
  /** Diagnostic lines. */
  readonly log?: (line: string) => void;
}

interface Pending {
  readonly data: string;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Changes per line when a snapshot is written. */
const SNAPSHOT_CHUNK = 200;

/** The result of reading a data file. */
interface ReadResult {
  /** Bytes of the file that hold complete, readable lines. */
  readonly goodBytes: number;
  /** Whether a torn tail was found (and is to be cut off). */
  readonly torn: boolean;
}

function readJournal(file: string, replay: (ops: readonly StoreOp[]) => void): ReadResult {
  const buffer = fs.readFileSync(file);
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < buffer.length; i++) {
    if (buffer[i] === 0x0a) {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  const tailStart = start;
  const parsed: (StoreOp[] | undefined)[] = lines.map(({ start: s, end }) => parseLine(buffer.subarray(s, end)));
  // Unreadable lines are tolerated only at the very end (a write torn by a crash).
  let lastGood = parsed.length - 1;
  while (lastGood >= 0 && parsed[lastGood] === undefined) lastGood--;
  for (let i = 0; i < lastGood; i++) {
    if (parsed[i] === undefined) {
      throw new Error(`Data file ${file} is damaged at line ${i + 1}: it is not a journal line and is not at the end`);
    }
  }
  for (let i = 0; i <= lastGood; i++) replay(parsed[i] as StoreOp[]);
  const goodBytes = lastGood >= 0 ? lines[lastGood].end + 1 : 0;
  return { goodBytes, torn: goodBytes < buffer.length || tailStart < buffer.length };
}

function parseLine(bytes: Buffer): StoreOp[] | undefined {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const ops = (value as { ops?: unknown }).ops;
    return Array.isArray(ops) ? (ops as StoreOp[]) : undefined;
  } catch {
    return undefined;
  }
}

function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some platforms cannot sync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The append-only journal behind `dataFile`. */
export class Journal {
  private fd: number;
  private queue: Pending[] = [];
  private flushing = false;
  private closed = false;
  private bytes: number;
  private baseline: number;
  private readonly minCompactBytes: number;
  private readonly compactRatio: number;
  private readonly log: (line: string) => void;

  private constructor(
    private readonly options: JournalOptions,
    fd: number,
    bytes: number,
  ) {
    this.fd = fd;
    this.bytes = bytes;
    this.baseline = Math.max(bytes, 1);
    this.minCompactBytes = options.minCompactBytes ?? 4 * 1024 * 1024;
    this.compactRatio = options.compactRatio ?? 4;
    this.log = options.log ?? (() => undefined);
  }

  /**
   * Opens (or creates) a data file: replays it, cuts off a torn last line, and compacts it when it
   * has grown much larger than the state it holds.
   */
  static open(options: JournalOptions): Journal {
    const file = path.resolve(options.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    let bytes = 0;
    if (fs.existsSync(file)) {
      const result = readJournal(file, options.replay);
      bytes = result.goodBytes;
      if (result.torn) {
        (options.log ?? (() => undefined))(`data file ${file}: ignoring a torn last line`);
        fs.truncateSync(file, result.goodBytes);
      }
    }
    const fd = fs.openSync(file, 'a');
    const journal = new Journal({ ...options, file }, fd, bytes);
    if (bytes === 0) {
      journal.writeSnapshot();
    } else {
      const snapshotBytes = journal.snapshotText().length;
      journal.baseline = Math.max(snapshotBytes, 1);
      if (bytes > journal.minCompactBytes && bytes > 2 * snapshotBytes) journal.writeSnapshot();
    }
    return journal;
  }

  /** Current journal size in bytes. */
  get size(): number {
    return this.bytes;
  }

  /**
   * Appends one committed request's changes. Resolves once they are on disk; rejects when the
   * write or the sync fails (the caller then reports the failure instead of acknowledging).
   */
  append(ops: readonly StoreOp[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The data file is closed'));
    const data = JSON.stringify({ ops }) + '\n';
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ data, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /** Waits for pending writes, then closes the file. */
  async close(): Promise<void> {
    while (this.flushing || this.queue.length > 0) {
      await new Promise((r) => setTimeout(r, 5));
    }
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        const data = Buffer.from(batch.map((p) => p.data).join(''), 'utf8');
        try {
          await writeAll(this.fd, data);
          await new Promise<void>((resolve, reject) => fs.fdatasync(this.fd, (e) => (e ? reject(e) : resolve())));
          this.bytes += data.length;
          for (const p of batch) p.resolve();
        } catch (error) {
          this.log(`data file write failed: ${String(error)}`);
          for (const p of batch) p.reject(error);
        }
        if (this.bytes > this.minCompactBytes && this.bytes > this.compactRatio * this.baseline) {
          try {
            this.writeSnapshot();
          } catch (error) {
            this.log(`data file compaction failed (the journal is kept): ${String(error)}`);
          }
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private snapshotText(): string {
    const ops = this.options.snapshot();
    const lines: string[] = [];
    for (let i = 0; i < ops.length; i += SNAPSHOT_CHUNK) {
      lines.push(JSON.stringify({ ops: ops.slice(i, i + SNAPSHOT_CHUNK) }) + '\n');
    }
    return lines.join('');
  }

  /** Replaces the journal with the current state: temp file, sync, atomic rename, sync directory. */
  private writeSnapshot(): void {
    const file = this.options.file;
    const text = this.snapshotText();
    const temp = `${file}.compact-${process.pid}`;
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
    fsyncDirectory(path.dirname(file));
    fs.closeSync(this.fd);
    this.fd = fs.openSync(file, 'a');
    this.bytes = Buffer.byteLength(text);
    this.baseline = Math.max(this.bytes, 1);
    this.log(`data file ${file} compacted to ${this.bytes} bytes`);
  }
}

function writeAll(fd: number, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    let offset = 0;
    const step = (): void => {
      fs.write(fd, data, offset, data.length - offset, null, (error, written) => {
        if (error) return reject(error);
        offset += written;
        if (offset < data.length) step();
        else resolve();
      });
    };
    step();
  });
}
