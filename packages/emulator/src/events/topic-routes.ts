/**
 * The emulator's topics over plain HTTP.
 *
 * Out topic: `GET /servers/{serverName}/emulator/out-topic/{topicName}` streams server-sent events,
 * one per published change (`id: <seq>`, `data: <event bean JSON>`), after a first block that
 * carries only the id of the position the stream starts from. A subscriber that reconnects
 * with `Last-Event-ID` (or `?lastEventId=`) gets everything after that id that is still retained;
 * `lastEventId=0` replays the retained history; without one it starts with the next event.
 * Heartbeat comments keep idle connections open.
 *
 * In topic: `POST /servers/{serverName}/emulator/in-topic/{topicName}` accepts an event (a JSON
 * object, or an array of them), keeps it in order (and in the data file); `GET` on the same path
 * answers the events received, as a JSON array.
 */
import type * as http from 'node:http';
import type { RawRoute } from '../server/http-server';
import { springErrorBody } from '../server/spring-errors';
import type { EmulatorContext } from '../services/context';
import { outTopicName } from '../services/context';

/** Options of the topic routes. */
export interface TopicRouteOptions {
  /** Milliseconds between heartbeat comments. */
  readonly heartbeatMs: number;
  /** Called with a function that ends every open stream (for shutdown). */
  readonly register: (closer: () => void) => () => void;
}

const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/;

function writeJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function pathOf(req: http.IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

function parseLastEventId(req: http.IncomingMessage, query: URLSearchParams): number | undefined {
  const header = req.headers['last-event-id'];
  const raw = (Array.isArray(header) ? header[0] : header) ?? query.get('lastEventId') ?? undefined;
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw.trim());
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** Streams one out topic to one subscriber. */
function stream(
  ctx: EmulatorContext,
  topic: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  after: number,
  options: TopicRouteOptions,
): void {
  const topics = ctx.state.topics;
  let lastSent = after;
  let blocked = false;
  let closed = false;

  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  // The id of the position the stream starts from: a subscriber that has received no event yet
  // resumes from here after a drop, so events published while it reconnects are not lost.
  res.write(`: connected to ${topic}\nretry: 1000\nid: ${after}\n\n`);
  const oldest = topics.oldestRetained(topic);
  if (oldest !== undefined && after > 0 && oldest > after + 1) {
    res.write(`: events ${after + 1} to ${oldest - 1} are no longer retained\n\n`);
  }

  const pump = (): void => {
    if (closed || blocked) return;
    const events = topics.since(topic, lastSent);
    for (const event of events) {
      lastSent = event.seq;
      const ok = res.write(`id: ${event.seq}\ndata: ${JSON.stringify(event.event)}\n\n`);
      if (!ok) {
        blocked = true;
        res.once('drain', () => {
          blocked = false;
          pump();
        });
        return;
      }
    }
  };

  const unsubscribe = topics.subscribe(topic, pump);
  const heartbeat = setInterval(() => {
    if (!closed && !blocked) res.write(`: heartbeat\n\n`);
  }, options.heartbeatMs);
  heartbeat.unref();

  const close = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    unregister();
    if (!res.writableEnded) res.end();
  };
  const unregister = options.register(close);
  req.on('close', close);
  res.on('error', close);
  pump();
}

/** The out-topic and in-topic routes. */
export function topicRoutes(ctx: EmulatorContext, options: TopicRouteOptions): RawRoute[] {
  const outTopics = new Set(ctx.outTopics.map((t) => outTopicName(ctx.serverName, t.marker)));
  const checkServer = (params: Readonly<Record<string, string>>) => params['serverName'] === ctx.serverName;
  return [
    {
      kind: 'raw',
      method: 'GET',
      path: '/servers/{serverName}/emulator/out-topic/{topicName}',
      handle: (req, res, { params, query }) => {
        const topic = params['topicName'] ?? '';
        if (!checkServer(params) || !outTopics.has(topic))
          return writeJson(res, 404, springErrorBody(404, pathOf(req)));
        const published = ctx.state.topics.published;
        let after = parseLastEventId(req, query) ?? published;
        // An id from the future belongs to an earlier life of an in-memory emulator: replay all.
        if (after > published) after = 0;
        stream(ctx, topic, req, res, after, options);
      },
    },
    {
      kind: 'raw',
      method: 'POST',
      path: '/servers/{serverName}/emulator/in-topic/{topicName}',
      handle: async (req, res, { params, body }) => {
        const topic = params['topicName'] ?? '';
        if (!checkServer(params) || !TOPIC_NAME.test(topic))
          return writeJson(res, 404, springErrorBody(404, pathOf(req)));
        const events = Array.isArray(body) ? body : [body];
        if (body === undefined || events.some((e) => typeof e !== 'object' || e === null || Array.isArray(e))) {
          return writeJson(res, 400, springErrorBody(400, pathOf(req)));
        }
        const ops = events.map((event) => {
          const op = ctx.state.eventOp(`in:${topic}`, event);
          ctx.state.apply(op);
          return op;
        });
        await ctx.state.persist(ops);
        writeJson(res, 200, { class: 'VoidResponse', relatedHTTPCode: 200 });
      },
    },
    {
      kind: 'raw',
      method: 'GET',
      path: '/servers/{serverName}/emulator/in-topic/{topicName}',
      handle: (req, res, { params }) => {
        const topic = params['topicName'] ?? '';
        if (!checkServer(params) || !TOPIC_NAME.test(topic))
          return writeJson(res, 404, springErrorBody(404, pathOf(req)));
        writeJson(
          res,
          200,
          ctx.state.topics.since(`in:${topic}`, 0).map((e) => e.event),
        );
      },
    },
  ];
}
