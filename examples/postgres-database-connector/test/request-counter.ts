/**
 * A pass-through HTTP proxy in front of the emulator that records each request's method and path,
 * so a test can count the writes a refresh sends over the wire.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running proxy. */
export interface RequestCounter {
  /** The proxy's URL, to use as the platform root URL. */
  readonly url: string;
  /** Every request so far, as `METHOD path` (query string removed). */
  readonly requests: string[];
  /** The requests that change something: POSTs other than searches by string or name. */
  writes(): string[];
  /** Calls `listener` for each write request, before it is forwarded (undefined: no listener). */
  onWrite(listener: ((request: string) => void) | undefined): void;
  /** Stops the proxy. */
  close(): Promise<void>;
}

/**
 * Starts a proxy on 127.0.0.1 that forwards to `target`.
 * @param target - the emulator's URL
 */
export async function startRequestCounter(target: string): Promise<RequestCounter> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  const requests: string[] = [];
  let writeListener: ((request: string) => void) | undefined;
  const server = http.createServer((req, res) => {
    const request = `${req.method} ${(req.url ?? '').split('?')[0]}`;
    requests.push(request);
    if (isWrite(request)) writeListener?.(request);
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    writes: () => requests.filter(isWrite),
    onWrite: (listener) => {
      writeListener = listener;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

function isWrite(request: string): boolean {
  return request.startsWith('POST ') && !/\/by-(search-string|name)$/.test(request);
}
