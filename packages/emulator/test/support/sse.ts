/**
 * A minimal server-sent events reader for the tests: connects with node's http module, parses
 * `id:` / `data:` fields and comments, and can be closed at any moment (to test resumption).
 */
import * as http from 'node:http';

/** One received event. */
export interface SseEvent {
  id: number;
  data: Record<string, unknown>;
}

/** An open event stream. */
export class SseReader {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  private waiters: (() => void)[] = [];
  private buffer = '';

  private constructor(private readonly request: http.ClientRequest) {}

  /** Opens a stream; resolves once the response headers arrive. */
  static open(url: string, lastEventId?: string): Promise<{ reader: SseReader; status: number; contentType?: string }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
      const request = http.get(url, { headers }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => reader.feed(chunk));
        res.on('error', () => undefined);
        resolve({ reader, status: res.statusCode ?? 0, contentType: res.headers['content-type'] });
      });
      const reader = new SseReader(request);
      request.on('error', (error) => {
        if (!reader.closed) reject(error);
      });
    });
  }

  private closed = false;

  private feed(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let id: number | undefined;
      let data: string | undefined;
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
        else if (line.startsWith('id: ')) id = Number(line.slice(4));
        else if (line.startsWith('data: ')) data = line.slice(6);
      }
      if (id !== undefined && data !== undefined) {
        this.events.push({ id, data: JSON.parse(data) as Record<string, unknown> });
      }
    }
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Waits until a condition on the received events holds (or fails after the timeout). */
  async waitFor(condition: (reader: SseReader) => boolean, timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition(this)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0)
        throw new Error(`timed out with ${this.events.length} events and comments ${JSON.stringify(this.comments)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The id of the last event received. */
  get lastId(): number | undefined {
    return this.events.length === 0 ? undefined : this.events[this.events.length - 1].id;
  }

  /** Closes the connection. */
  close(): void {
    this.closed = true;
    this.request.destroy();
  }
}
