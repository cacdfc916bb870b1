/**
 * A small server-sent events server that behaves as the emulator's event stream is specified:
 * `GET /servers/{serverName}/emulator/out-topic/{topicName}` streams `id: <seq>` / `data: <json>`
 * events, resuming after the `Last-Event-ID` request header; `POST .../emulator/in-topic/{topicName}`
 * takes an event. It can cut its streams in the middle of an event, replay events a client already
 * has, and write in tiny pieces, to test the client against all of that.
 */
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One event of the stream. */
export interface StreamedEvent {
  readonly id: number;
  readonly data: string;
}

/** A stream request the server received. */
export interface StreamRequest {
  readonly serverName: string;
  readonly topicName: string;
  readonly lastEventId?: string;
  readonly accept?: string;
}

/** A POST the server received. */
export interface InTopicPost {
  readonly serverName: string;
  readonly topicName: string;
  readonly body: string;
  readonly contentType?: string;
}

const ROUTE = /^\/servers\/([^/]+)\/emulator\/(out|in)-topic\/([^/?]+)$/;

export class SseTestServer {
  readonly events: StreamedEvent[] = [];
  readonly streamRequests: StreamRequest[] = [];
  readonly posts: InTopicPost[] = [];
  /** Status of answers to POSTs. */
  postStatus = 200;
  /** Status of answers to stream requests (anything but 200 is sent as an HTML error page). */
  streamStatus = 200;
  /** On a resume, also resend this many events the client already has. */
  replayOverlap = 0;
  /** Write each event in pieces of this many characters, one piece per turn of the event loop. */
  chunkSize = 0;
  /** Line ending of the stream. */
  newline = '\n';
  /** Sent as a `retry:` field at the start of every stream. */
  retryMs = 10;

  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private readonly streams = new Set<http.ServerResponse>();
  private readonly sockets = new Set<Socket>();
  private readonly writing = new Map<http.ServerResponse, Promise<void>>();
  private nextId = 1;

  /** Starts on 127.0.0.1 and a free port; returns the platform root URL. */
  async start(): Promise<string> {
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The number of streams open now. */
  get openStreams(): number {
    return this.streams.size;
  }

  /** Appends an event (an object is written as JSON) and writes it to every open stream. */
  publish(data: unknown): number {
    const event: StreamedEvent = { id: this.nextId++, data: typeof data === 'string' ? data : JSON.stringify(data) };
    this.events.push(event);
    for (const res of this.streams) this.write(res, this.format(event));
    return event.id;
  }

  /**
   * Appends an event, writes only the first part of it to every open stream, then cuts every
   * connection: the client must not deliver the half event, and must get it whole on resume.
   */
  async cutInTheMiddleOfNextEvent(data: unknown): Promise<void> {
    const event: StreamedEvent = { id: this.nextId++, data: JSON.stringify(data) };
    this.events.push(event);
    const text = this.format(event);
    const half = text.slice(0, Math.floor(text.length / 2));
    await Promise.all([...this.streams].map((res) => this.write(res, half)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    this.cut();
  }

  /** Destroys every open connection. */
  cut(): void {
    for (const socket of this.sockets) socket.destroy();
    this.streams.clear();
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private format(event: StreamedEvent): string {
    const nl = this.newline;
    // split the JSON over two data lines when it allows: the client must join them with a newline
    const cut = event.data.indexOf(',');
    const data =
      cut > 0 && event.data.startsWith('{')
        ? `data: ${event.data.slice(0, cut + 1)}${nl}data:${event.data.slice(cut + 1)}${nl}`
        : `data: ${event.data}${nl}`;
    return `: event ${event.id}${nl}id: ${event.id}${nl}${data}${nl}`;
  }

  private write(res: http.ServerResponse, text: string): Promise<void> {
    const previous = this.writing.get(res) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (this.chunkSize <= 0) {
        res.write(text);
        return;
      }
      for (let i = 0; i < text.length; i += this.chunkSize) {
        if (res.destroyed) return;
        res.write(text.slice(i, i + this.chunkSize));
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
    this.writing.set(res, next);
    return next;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const match = ROUTE.exec(req.url ?? '');
    if (match === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('no such route');
      return;
    }
    const serverName = decodeURIComponent(match[1]);
    const topicName = decodeURIComponent(match[3]);
    if (match[2] === 'in' && req.method === 'POST') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        this.posts.push({ serverName, topicName, body, contentType: req.headers['content-type'] });
        res.writeHead(this.postStatus, { 'Content-Type': 'application/json' });
        res.end(this.postStatus === 200 ? '{}' : '{"error":"the in topic refused the event"}');
      });
      return;
    }
    if (match[2] !== 'out' || req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    const lastEventId = req.headers['last-event-id'];
    this.streamRequests.push({
      serverName,
      topicName,
      lastEventId: typeof lastEventId === 'string' ? lastEventId : undefined,
      accept: req.headers['accept'],
    });
    if (this.streamStatus !== 200) {
      res
        .writeHead(this.streamStatus, { 'Content-Type': 'text/html' })
        .end('<html><body>Whitelabel Error Page</body></html>');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    res.flushHeaders();
    this.streams.add(res);
    res.on('close', () => this.streams.delete(res));
    void this.write(res, `retry: ${this.retryMs}${this.newline}${this.newline}`);
    const after = typeof lastEventId === 'string' ? Number(lastEventId) - this.replayOverlap : 0;
    for (const event of this.events) if (event.id > after) void this.write(res, this.format(event));
  }
}
