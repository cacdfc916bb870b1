/** Receives what is published on an {@link InMemoryTopic}. */
export interface InMemoryTopicSubscriber {
  /** Takes one payload; must not throw and should only queue it. */
  receive(payload: unknown): void;
  /** Payloads received and not yet handled. */
  readonly pending: number;
  /** Resolves once every received payload has been handled. */
  whenIdle(): Promise<void>;
}

/**
 * A topic inside one process. What is published goes to every subscriber present at that moment,
 * by reference (nothing is copied or serialized, so listeners must not change events they get);
 * nothing is kept for subscribers that come later.
 */
export class InMemoryTopic {
  private subscribers: ReadonlyArray<InMemoryTopicSubscriber> = [];

  constructor(
    /** The topic's name. */
    readonly name: string,
  ) {}

  /** The number of subscribers. */
  get subscriberCount(): number {
    return this.subscribers.length;
  }

  /** Hands a payload to every subscriber. */
  publish(payload: unknown): void {
    const subscribers = this.subscribers;
    for (let i = 0; i < subscribers.length; i++) subscribers[i].receive(payload);
  }

  /** Adds a subscriber; returns the function that removes it. */
  subscribe(subscriber: InMemoryTopicSubscriber): () => void {
    if (!this.subscribers.includes(subscriber)) this.subscribers = [...this.subscribers, subscriber];
    return () => {
      this.subscribers = this.subscribers.filter((s) => s !== subscriber);
    };
  }

  /** Resolves once every subscriber has handled everything published so far (and what that caused). */
  async flush(): Promise<void> {
    for (;;) {
      await Promise.all(this.subscribers.map((s) => s.whenIdle()));
      if (this.subscribers.every((s) => s.pending === 0)) return;
    }
  }
}

/** The in-memory topics of one process (or of one test), by name. */
export class InMemoryEventBus {
  private readonly topics = new Map<string, InMemoryTopic>();

  /** The topic with this name, created on first use. */
  topic(name: string): InMemoryTopic {
    let topic = this.topics.get(name);
    if (topic === undefined) {
      topic = new InMemoryTopic(name);
      this.topics.set(name, topic);
    }
    return topic;
  }

  /** The names of the topics created so far. */
  topicNames(): string[] {
    return [...this.topics.keys()];
  }
}

/** The bus that in-memory topic connectors use unless given another one. */
export const defaultInMemoryEventBus: InMemoryEventBus = new InMemoryEventBus();
