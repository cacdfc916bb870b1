/**
 * The baseline reader of the emulator's event stream: one `http.get` of the stream, split into
 * events at blank lines, `data:` lines decoded with `JSON.parse` and handed to the listeners as
 * plain function calls. No reconnection, no typed parsing, no queue.
 */
import * as http from 'node:http';

/** A raw reader of one event stream. */
export interface RawSseReader {
  /** Resolves once the server has answered with the stream. */
  readonly opened: Promise<void>;
  /** Events received so far. */
  readonly count: number;
  close(): void;
}

/**
 * Opens the stream at `url` and hands each event's decoded data to every listener.
 * @param lastEventId - resume after this id (`0`: the whole retained history)
 */
export function openRawSseReader(
  url: string,
  listeners: readonly ((event: unknown) => void)[],
  lastEventId?: string,
): RawSseReader {
  let count = 0;
  let buffer = '';
  const headers: Record<string, string> = { Accept: 'text/event-stream' };
  if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
  let request: http.ClientRequest | undefined;
  const opened = new Promise<void>((resolve, reject) => {
    request = http.get(url, { headers, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`HTTP ${res.statusCode} from ${url}`));
        res.resume();
        return;
      }
      resolve();
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const dataAt = block.indexOf('data: ');
          if (dataAt < 0) continue;
          const lineEnd = block.indexOf('\n', dataAt);
          const event: unknown = JSON.parse(block.slice(dataAt + 6, lineEnd < 0 ? undefined : lineEnd));
          count++;
          for (const listener of listeners) listener(event);
        }
      });
      res.on('error', () => undefined);
    });
    request.on('error', reject);
  });
  return {
    opened,
    get count() {
      return count;
    },
    close: () => request?.destroy(),
  };
}
