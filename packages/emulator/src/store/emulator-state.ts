/**
 * Everything the emulator holds (metadata, topic events) and the one way to change it: a commit,
 * which applies changes in memory, writes them to the data file (when there is one) and only then
 * publishes the events they carry.
 */
import { randomUUID } from 'node:crypto';
import { PropertyServerException } from '@egeria-ts/core';
import { MetadataStore } from './metadata-store';
import type { StoreOp, TopicEvent } from './records';
import { TopicLog } from '../events/topic-log';
import { Journal } from '../journal/journal';

/** Events kept in a compacted data file (the newest). */
const SNAPSHOT_EVENT_LIMIT = 10_000;

/** Options of {@link EmulatorState.open}. */
export interface EmulatorStateOptions {
  /** The data file; in memory only when undefined. */
  readonly dataFile?: string;
  /** Events retained per topic for subscribers that reconnect. */
  readonly historyLimit: number;
  /** Journal size below which no compaction happens. */
  readonly minCompactBytes?: number;
  /** Diagnostic lines. */
  readonly log: (line: string) => void;
}

/** The emulator's state and its commit path. */
export class EmulatorState {
  readonly store = new MetadataStore();
  readonly topics: TopicLog;
  private journal: Journal | undefined;

  private constructor(private readonly options: EmulatorStateOptions) {
    this.topics = new TopicLog(options.historyLimit);
  }

  /** Opens the state: replays the data file when there is one, and assigns the server's metadata collection id. */
  static open(options: EmulatorStateOptions): EmulatorState {
    const state = new EmulatorState(options);
    if (options.dataFile !== undefined) {
      state.journal = Journal.open({
        file: options.dataFile,
        replay: (ops) => {
          for (const op of ops) state.applyOne(op);
        },
        snapshot: () => state.snapshot(),
        minCompactBytes: options.minCompactBytes,
        log: options.log,
      });
    }
    if (state.store.metadataCollectionId === undefined) {
      const op: StoreOp = { op: 'server', metadataCollectionId: randomUUID() };
      state.applyOne(op);
      state.journal
        ?.append([op])
        .catch((error: unknown) => options.log(`cannot record the server identity: ${String(error)}`));
    }
    state.topics.publishUpTo(Number.MAX_SAFE_INTEGER);
    return state;
  }

  /** The server's metadata collection id (the home of elements created without a metadata source). */
  get metadataCollectionId(): string {
    return this.store.metadataCollectionId ?? '';
  }

  /** The data file's current size, or undefined in memory. */
  get journalSize(): number | undefined {
    return this.journal?.size;
  }

  /**
   * Applies one change now, so that later reads (of this request and others) see it. It becomes
   * durable, and its events visible, through {@link persist}.
   */
  apply(op: StoreOp): void {
    this.applyOne(op);
  }

  /** Builds an event op with the next sequence number; apply it at once with {@link apply}. */
  eventOp(topic: string, event: unknown): StoreOp {
    const ev: TopicEvent = { topic, seq: this.topics.nextSeq(), event };
    return { op: 'event', event: ev };
  }

  /**
   * Makes applied changes durable (written and synced to the data file, when there is one) and then
   * publishes their events. A failure to write the data file rejects with a PropertyServerException.
   */
  async persist(ops: readonly StoreOp[]): Promise<void> {
    if (ops.length === 0) return;
    let lastSeq = 0;
    for (const op of ops) if (op.op === 'event') lastSeq = Math.max(lastSeq, op.event.seq);
    if (this.journal !== undefined) {
      try {
        await this.journal.append(ops);
      } catch (error) {
        throw new PropertyServerException(`The emulator could not write its data file: ${String(error)}`, {
          cause: error,
          actionDescription: 'persist',
        });
      }
    }
    if (lastSeq > 0) this.topics.publishUpTo(lastSeq);
  }

  /** The current state as changes, for a compaction. */
  snapshot(): StoreOp[] {
    const ops: StoreOp[] = [];
    if (this.store.metadataCollectionId !== undefined) {
      ops.push({ op: 'server', metadataCollectionId: this.store.metadataCollectionId });
    }
    for (const element of this.store.allElements()) ops.push({ op: 'putElement', element });
    for (const relationship of this.store.allRelationships()) ops.push({ op: 'putRelationship', relationship });
    // The newest events only: enough for subscribers to resume after a restart, without letting
    // a long history dominate the data file.
    const events = this.topics.retained();
    for (const event of events.slice(Math.max(0, events.length - SNAPSHOT_EVENT_LIMIT)))
      ops.push({ op: 'event', event });
    return ops;
  }

  /** Waits for pending writes and closes the data file. */
  async close(): Promise<void> {
    await this.journal?.close();
  }

  private applyOne(op: StoreOp): void {
    if (op.op === 'event') this.topics.append(op.event);
    else this.store.apply(op);
  }
}
