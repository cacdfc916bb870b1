import type { DesiredTopic } from './desired-topic';
import { topicPropertiesDiffer } from './property-compare';
import type { CataloguedTopic, TopicCatalog } from './topic-catalog';

/** What a synchronization wrote. */
export interface TopicSyncCounts {
  /** Topics created. */
  created: number;
  /** Topics updated. */
  updated: number;
  /** Topics removed. */
  removed: number;
  /** Topics left alone because another metadata source owns them. */
  notOwned: number;
}

/** What the synchronizer tells the connector about each write (for its audit log). */
export interface TopicSyncListener {
  /** A topic was created. */
  created?(qualifiedName: string, guid: string): void;
  /** A topic was updated. */
  updated?(qualifiedName: string, guid: string): void;
  /** A topic was removed. */
  removed?(qualifiedName: string, guid: string): void;
  /** A topic with one of the connector's qualified names belongs to another metadata source. */
  notOwned?(qualifiedName: string): void;
}

/**
 * Brings the topics of one NATS server in line with its streams: creates the topic of a new
 * stream, updates a topic only when a managed property differs (so an unchanged server writes
 * nothing), and removes the topics whose stream is gone, only among the topics its metadata source
 * owns. It checks the signal before every write.
 */
export class TopicSynchronizer {
  /** What has been written so far. */
  readonly counts: TopicSyncCounts = { created: 0, updated: 0, removed: 0, notOwned: 0 };

  constructor(
    private readonly catalog: TopicCatalog,
    private readonly signal: AbortSignal,
    private readonly listener: TopicSyncListener = {},
  ) {}

  /**
   * Synchronizes the topics under a qualified name prefix with the desired ones.
   * @param prefix - the qualified name prefix of the server's topics
   * @param desired - the topics the server's streams call for
   */
  async synchronize(prefix: string, desired: readonly DesiredTopic[]): Promise<void> {
    const existing = new Map<string, CataloguedTopic>();
    for (const topic of await this.catalog.listTopics(prefix)) {
      if (!existing.has(topic.qualifiedName) || topic.owned) existing.set(topic.qualifiedName, topic);
    }
    const wanted = new Set(desired.map((t) => t.qualifiedName));
    for (const topic of existing.values()) {
      if (wanted.has(topic.qualifiedName) || !topic.owned) continue;
      this.signal.throwIfAborted();
      await this.catalog.remove(topic);
      this.counts.removed++;
      this.listener.removed?.(topic.qualifiedName, topic.guid);
    }
    for (const topic of desired) await this.#ensure(topic, existing.get(topic.qualifiedName));
  }

  async #ensure(desired: DesiredTopic, listed: CataloguedTopic | undefined): Promise<void> {
    this.signal.throwIfAborted();
    // A topic with this name that the listing did not return may belong to someone else.
    const existing = listed ?? (await this.catalog.findTopic(desired.qualifiedName));
    this.signal.throwIfAborted();
    if (existing === undefined) {
      const guid = await this.catalog.create(desired.properties);
      this.counts.created++;
      this.listener.created?.(desired.qualifiedName, guid);
      return;
    }
    if (!existing.owned) {
      this.counts.notOwned++;
      this.listener.notOwned?.(desired.qualifiedName);
      return;
    }
    if (topicPropertiesDiffer(desired.properties, existing.properties)) {
      await this.catalog.update(existing.guid, desired.properties);
      this.counts.updated++;
      this.listener.updated?.(desired.qualifiedName, existing.guid);
    }
  }
}
