/**
 * A forwarding HTTP proxy for tests: every request goes on to the target (answers streamed back,
 * so event streams work) and is recorded, so that a test can check what a client sent and that a
 * refused write sent nothing.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request that went through the proxy. */
export interface RecordedRequest {
  readonly method: string;
  /** The path, without the query string. */
  readonly path: string;
  /** The query string, without `?`. */
  readonly query: string;
  readonly body: string;
}

export class RecordingProxy {
  readonly requests: RecordedRequest[] = [];
  readonly #sockets = new Set<Socket>();

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(target: string): Promise<RecordingProxy> {
    const targetURL = new URL(target);
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const proxy = new RecordingProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('connection', (socket: Socket) => {
      proxy.#sockets.add(socket);
      socket.on('close', () => proxy.#sockets.delete(socket));
    });
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const url = req.url ?? '/';
        const [path, query = ''] = url.split('?');
        proxy.requests.push({ method: req.method ?? 'GET', path, query, body: body.toString('utf8') });
        const upstream = http.request(
          {
            host: targetURL.hostname,
            port: targetURL.port,
            method: req.method,
            path: url,
            headers: { ...req.headers, host: targetURL.host },
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

  /** The recorded requests whose path contains `fragment`. */
  matching(fragment: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(fragment));
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
