/**
 * A forwarding HTTP proxy for tests: it passes each request on to a target and streams the answer
 * back (so event streams work through it), and records what went through, so that a test can see
 * what a context sent and that a refused write sent nothing.
 */
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request that went through the proxy. */
export interface RecordedRequest {
  readonly method: string;
  /** The path without the query string. */
  readonly path: string;
  readonly body: string;
}

export class RecordingProxy {
  readonly requests: RecordedRequest[] = [];
  readonly #sockets = new Set<Socket>();

  private constructor(
    private readonly server: http.Server,
    /** The proxy's root URL, to use as the platform root URL. */
    readonly url: string,
  ) {}

  /** Starts a proxy on a free port of 127.0.0.1 in front of `target`. */
  static async start(target: string): Promise<RecordingProxy> {
    const to = new URL(target);
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const proxy = new RecordingProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('connection', (socket: Socket) => {
      proxy.#sockets.add(socket);
      socket.on('close', () => proxy.#sockets.delete(socket));
    });
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const url = req.url ?? '/';
        proxy.requests.push({ method: req.method ?? 'GET', path: url.split('?')[0], body: body.toString('utf8') });
        const upstream = http.request(
          {
            host: to.hostname,
            port: to.port,
            method: req.method,
            path: url,
            headers: { ...req.headers, host: req.headers.host },
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', () => res.destroy());
        res.on('close', () => upstream.destroy());
        upstream.end(body);
      });
    });
    return proxy;
  }

  /** Forgets what was recorded. */
  clear(): void {
    this.requests.length = 0;
  }

  /** The requests whose path contains `fragment`. */
  matching(fragment: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(fragment));
  }

  /** The POSTs to the Data Manager OMAS. */
  dataManagerWrites(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path.includes('/access-services/data-manager/'));
  }

  /** Stops the proxy and drops its connections. */
  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
