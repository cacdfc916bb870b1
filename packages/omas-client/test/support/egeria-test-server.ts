/**
 * A small HTTP(S) server that answers as an Egeria 5.x platform does, for end-to-end tests of the
 * OMAS client. It records every request (method, raw path, query, headers, body) and answers from a
 * queue of replies, falling back to a default reply.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';

/** What the server received. */
export interface RecordedRequest {
  readonly method: string;
  /** The path as sent on the wire (still percent-encoded), without the query. */
  readonly path: string;
  /** Query parameters, decoded. */
  readonly query: Record<string, string>;
  /** The raw query string (without `?`). */
  readonly rawQuery: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  /** The body parsed as JSON, when it is JSON. */
  readonly json?: unknown;
}

/** How to answer one request. */
export type Reply =
  | { readonly kind: 'json'; readonly body: unknown; readonly status?: number; readonly delayMs?: number }
  | {
      readonly kind: 'raw';
      readonly body: string;
      readonly status?: number;
      readonly contentType?: string;
      readonly headers?: Readonly<Record<string, string>>;
      readonly delayMs?: number;
    }
  /** Destroys the connection after reading the request, without an answer. */
  | { readonly kind: 'reset'; readonly delayMs?: number }
  /** Sends the headers and half the body, then destroys the connection. */
  | { readonly kind: 'cut'; readonly body: string };

/** A reply computed from the request. */
export type Responder = (request: RecordedRequest) => Reply;

const FFDC_PACKAGE_5 = 'org.odpi.openmetadata.frameworks.openmetadata.ffdc.';

export const replies = {
  guid: (guid: string): Reply => ({ kind: 'json', body: { class: 'GUIDResponse', relatedHTTPCode: 200, guid } }),
  void: (): Reply => ({ kind: 'json', body: { class: 'VoidResponse', relatedHTTPCode: 200 } }),
  element: (bean: string, element: unknown): Reply => ({
    kind: 'json',
    body: { class: bean, relatedHTTPCode: 200, element },
  }),
  elements: (bean: string, elements: unknown[], field = 'elements'): Reply => ({
    kind: 'json',
    body: { class: bean, relatedHTTPCode: 200, [field]: elements },
  }),
  /** An FFDC error as Egeria's RESTExceptionHandler fills it: HTTP 200, the error in the body. */
  ffdc: (
    className: string,
    fields: Partial<{
      relatedHTTPCode: number;
      actionDescription: string;
      exceptionErrorMessage: string;
      exceptionErrorMessageId: string;
      exceptionErrorMessageParameters: string[];
      exceptionSystemAction: string;
      exceptionUserAction: string;
      exceptionCausedBy: string;
      exceptionProperties: Record<string, unknown>;
      class: string;
    }> = {},
  ): Reply => ({
    kind: 'json',
    body: {
      class: fields.class ?? 'VoidResponse',
      relatedHTTPCode: fields.relatedHTTPCode ?? 400,
      exceptionClassName: className.includes('.') ? className : FFDC_PACKAGE_5 + className,
      ...fields,
    },
  }),
  html: (status: number, text: string): Reply => ({
    kind: 'raw',
    status,
    contentType: 'text/html;charset=utf-8',
    body: `<!doctype html><html><head><title>HTTP Status ${status}</title></head><body><h1>${text}</h1>${'<p>padding</p>'.repeat(60)}</body></html>`,
  }),
  /** Spring Boot's own error JSON (for example a missing required @RequestParam). */
  springError: (status: number, error: string, path: string): Reply => ({
    kind: 'json',
    status,
    body: { timestamp: '2024-05-01T10:00:00.000+00:00', status, error, path },
  }),
};

export interface TestServerOptions {
  /** Serve HTTPS with this key and certificate. */
  readonly tls?: { readonly key: string | Buffer; readonly cert: string | Buffer };
  /** Listen on this port (default: any free one). */
  readonly port?: number;
}

export class EgeriaTestServer {
  readonly requests: RecordedRequest[] = [];
  /** Connections opened, and connections still open. */
  connectionsOpened = 0;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly queue: Array<Reply | Responder> = [];
  private fallback: Responder = () => replies.void();

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(options: TestServerOptions = {}): Promise<EgeriaTestServer> {
    const server = options.tls
      ? https.createServer({ key: options.tls.key, cert: options.tls.cert })
      : http.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const instance = new EgeriaTestServer(server, `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`);
    server.on(options.tls ? 'secureConnection' : 'connection', (socket: Socket) => {
      instance.connectionsOpened++;
      instance.sockets.add(socket);
      socket.on('close', () => instance.sockets.delete(socket));
    });
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => instance.handle(req, res));
    return instance;
  }

  /** The port the server listens on. */
  get port(): number {
    return Number(new URL(this.url).port);
  }

  /** Connections open now. */
  get openConnections(): number {
    return this.sockets.size;
  }

  /** Queues replies, one per coming request, in order. */
  enqueue(...items: Array<Reply | Responder>): this {
    this.queue.push(...items);
    return this;
  }

  /** Sets the reply used when the queue is empty. */
  setDefault(responder: Responder): this {
    this.fallback = responder;
    return this;
  }

  /** Forgets the recorded requests and queued replies. */
  reset(): void {
    this.requests.length = 0;
    this.queue.length = 0;
    this.fallback = () => replies.void();
  }

  /** The last request received. */
  last(): RecordedRequest {
    const request = this.requests[this.requests.length - 1];
    if (!request) throw new Error('no request was received');
    return request;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const socket of this.sockets) socket.destroy();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private later(ms: number | undefined, action: () => void): void {
    if (!ms) {
      action();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    this.timers.add(timer);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const raw = req.url ?? '/';
      const questionMark = raw.indexOf('?');
      const rawQuery = questionMark < 0 ? '' : raw.slice(questionMark + 1);
      const query: Record<string, string> = {};
      for (const [k, v] of new URLSearchParams(rawQuery)) query[k] = v;
      let json: unknown;
      try {
        json = body === '' ? undefined : JSON.parse(body);
      } catch {
        json = undefined;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: questionMark < 0 ? raw : raw.slice(0, questionMark),
        query,
        rawQuery,
        headers: req.headers,
        body,
        json,
      };
      this.requests.push(recorded);
      const next = this.queue.shift() ?? this.fallback;
      const reply = typeof next === 'function' ? next(recorded) : next;
      this.answer(reply, req, res);
    });
  }

  private answer(reply: Reply, req: http.IncomingMessage, res: http.ServerResponse): void {
    switch (reply.kind) {
      case 'reset':
        this.later(reply.delayMs, () => req.socket.destroy());
        return;
      case 'cut': {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(reply.body) });
        res.write(reply.body.slice(0, Math.floor(reply.body.length / 2)));
        this.later(10, () => req.socket.destroy());
        return;
      }
      case 'json':
        this.later(reply.delayMs, () => {
          if (res.destroyed) return;
          const text = JSON.stringify(reply.body);
          res.writeHead(reply.status ?? 200, { 'Content-Type': 'application/json' });
          res.end(text);
        });
        return;
      case 'raw':
        this.later(reply.delayMs, () => {
          if (res.destroyed) return;
          res.writeHead(reply.status ?? 200, {
            ...(reply.contentType ? { 'Content-Type': reply.contentType } : {}),
            ...reply.headers,
          });
          res.end(reply.body);
        });
        return;
    }
  }
}
