/**
 * A first-in first-out queue that hands its items, one at a time and in order, to a delivery
 * function. Items pushed while a delivery runs (also from inside a listener) wait their turn, so
 * a listener never sees a later event before an earlier one. One microtask drains every item
 * pushed in the same tick: no timer and no promise per item while deliveries are synchronous.
 */
export class DeliveryQueue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  private state: 'idle' | 'scheduled' | 'running' = 'idle';
  private idleWaiters: Array<() => void> = [];
  private readonly runBound = (): void => this.run();

  constructor(
    private readonly deliver: (item: T) => void | Promise<void>,
    /** Called each time the queue becomes empty. */
    private readonly onDrained?: () => void,
  ) {}

  /** Items waiting to be delivered (the one being delivered excluded). */
  get size(): number {
    return this.items.length - this.head;
  }

  /** True when nothing is queued or being delivered. */
  get idle(): boolean {
    return this.state === 'idle';
  }

  /** Queues an item for delivery. */
  push(item: T): void {
    this.items.push(item);
    if (this.state === 'idle') {
      this.state = 'scheduled';
      queueMicrotask(this.runBound);
    }
  }

  /** Resolves once the queue is empty and no delivery runs. */
  whenIdle(): Promise<void> {
    if (this.state === 'idle') return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drops every queued item (a delivery in progress finishes). */
  clear(): void {
    this.items = [];
    this.head = 0;
  }

  private run(): void {
    this.state = 'running';
    const items = this.items;
    while (this.head < items.length && items === this.items) {
      if (this.head >= 4096 && this.head * 2 >= items.length) {
        // a stream that never drains: drop the delivered slots now and then
        items.splice(0, this.head);
        this.head = 0;
      }
      const item = items[this.head] as T;
      items[this.head++] = undefined;
      const result = this.deliver(item);
      if (result !== undefined) {
        result.then(this.runBound, this.runBound);
        return;
      }
    }
    if (items !== this.items) {
      // cleared during a delivery: go on with what was queued since
      if (this.head < this.items.length) {
        queueMicrotask(this.runBound);
        return;
      }
    }
    this.items.length = 0;
    this.head = 0;
    this.state = 'idle';
    const waiters = this.idleWaiters;
    if (waiters.length > 0) {
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
    this.onDrained?.();
  }
}
