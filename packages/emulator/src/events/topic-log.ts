/**
 * The events of every topic, in order, with a bounded history per topic. An event becomes visible
 * to readers only once it is published (after the change that caused it is durable), so a reader
 * never sees an event for a change that a crash could still lose.
 */
import type { TopicEvent } from '../store/records';

class TopicHistory {
  private events: TopicEvent[] = [];
  private start = 0;

  constructor(private readonly limit: number) {}

  push(event: TopicEvent): void {
    // Replaying a journal over a snapshot can offer an event twice: keep the first.
    const last = this.events.length > this.start ? this.events[this.events.length - 1].seq : 0;
    if (event.seq <= last) return;
    this.events.push(event);
    if (this.events.length - this.start > this.limit) this.start++;
    if (this.start > 1024 && this.start * 2 > this.events.length) {
      this.events = this.events.slice(this.start);
      this.start = 0;
    }
  }

  /** Events with `after < seq <= upTo`, oldest first. */
  range(after: number, upTo: number): TopicEvent[] {
    let lo = this.start;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.events[mid].seq <= after) lo = mid + 1;
      else hi = mid;
    }
    const out: TopicEvent[] = [];
    for (let i = lo; i < this.events.length && this.events[i].seq <= upTo; i++) out.push(this.events[i]);
    return out;
  }

  /** Everything retained, oldest first. */
  retained(): TopicEvent[] {
    return this.events.slice(this.start);
  }

  /** The oldest retained sequence number, or undefined when empty. */
  oldest(): number | undefined {
    return this.start < this.events.length ? this.events[this.start].seq : undefined;
  }
}

/** Called when new events are published on a topic. */
export type TopicListener = () => void;

/** The events of all topics. */
export class TopicLog {
  private readonly topics = new Map<string, TopicHistory>();
  private readonly listeners = new Map<string, Set<TopicListener>>();
  /** Highest sequence number assigned. */
  private lastSeq = 0;
  /** Highest sequence number readers may see. */
  private publishedSeq = 0;

  /** @param historyLimit - events retained per topic */
  constructor(private readonly historyLimit: number) {}

  /** The next sequence number to assign. */
  nextSeq(): number {
    return this.lastSeq + 1;
  }

  /** Records an event (assigned its number by the caller, in order). Not yet visible to readers. */
  append(event: TopicEvent): void {
    let history = this.topics.get(event.topic);
    if (history === undefined) {
      history = new TopicHistory(this.historyLimit);
      this.topics.set(event.topic, history);
    }
    history.push(event);
    if (event.seq > this.lastSeq) this.lastSeq = event.seq;
  }

  /** Makes appended events up to `seq` visible and tells the listeners. */
  publishUpTo(seq: number): void {
    const upTo = Math.min(seq, this.lastSeq);
    if (upTo <= this.publishedSeq) return;
    this.publishedSeq = upTo;
    for (const set of this.listeners.values()) {
      for (const listener of [...set]) {
        try {
          listener();
        } catch {
          // A listener's failure is its own business.
        }
      }
    }
  }

  /** Published events of a topic after `afterSeq`, oldest first. */
  since(topic: string, afterSeq: number): TopicEvent[] {
    return this.topics.get(topic)?.range(afterSeq, this.publishedSeq) ?? [];
  }

  /** The oldest retained event number of a topic. */
  oldestRetained(topic: string): number | undefined {
    return this.topics.get(topic)?.oldest();
  }

  /** Every retained event of every topic (for a snapshot), in sequence order. */
  retained(): TopicEvent[] {
    const all: TopicEvent[] = [];
    for (const history of this.topics.values()) all.push(...history.retained());
    return all.sort((a, b) => a.seq - b.seq);
  }

  /** The highest published sequence number. */
  get published(): number {
    return this.publishedSeq;
  }

  /** Listens for publications on a topic; returns the function that stops listening. */
  subscribe(topic: string, listener: TopicListener): () => void {
    let set = this.listeners.get(topic);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(topic, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }
}
