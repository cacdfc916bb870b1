import type * as http from 'node:http';
import { EgeriaError } from '@egeria-ts/core';
import type { ExportService } from './export-service';
import type { ExportEntry, ExportRequest } from './export-store';

const MAX_BODY_BYTES = 64 * 1024;
const RECENT_EVENTS = 20;

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function send(res: http.ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) }).end(text);
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpProblem(413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpProblem(400, 'the body is not JSON');
  }
}

function exportView(entry: ExportEntry): Record<string, unknown> {
  return {
    fileName: entry.fileName,
    pathName: entry.pathName,
    format: entry.format,
    rows: entry.rows,
    ...(entry.description === undefined ? {} : { description: entry.description }),
    createdTime: entry.createdTime.toISOString(),
    ...(entry.catalogued === undefined
      ? {}
      : { catalogGUID: entry.catalogued.guid, cataloguedBy: entry.catalogued.connectorName }),
  };
}

/** The service's `/` route: what it holds and how its embedded daemon is doing. */
function summary(service: ExportService): Record<string, unknown> {
  const reports = service.daemon.status().integrationConnectorReports ?? [];
  return {
    service: 'export-service',
    state: service.state,
    daemon: {
      serverName: service.daemon.serverName,
      state: service.daemonState,
      connectors: reports.map((r) => ({
        connectorName: r.connectorName,
        connectorStatus: r.connectorStatus,
        ...(r.lastRefreshTime === undefined ? {} : { lastRefreshTime: r.lastRefreshTime }),
        ...(r.failingExceptionMessage === undefined ? {} : { failingExceptionMessage: r.failingExceptionMessage }),
        ...(r.statistics === undefined ? {} : { statistics: r.statistics }),
      })),
    },
    exports: service.store.list().map(exportView),
    recentEvents: service.lifecycle.slice(-RECENT_EVENTS).map((e) => ({ ...e, time: e.time.toISOString() })),
  };
}

async function route(service: ExportService, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const method = req.method ?? 'GET';
  if (path === '/') {
    if (method !== 'GET') throw new HttpProblem(405, `${method} is not allowed on /`);
    send(res, 200, summary(service));
    return;
  }
  if (path === '/exports') {
    if (method === 'GET') {
      send(res, 200, service.store.list().map(exportView));
      return;
    }
    if (method !== 'POST') throw new HttpProblem(405, `${method} is not allowed on /exports`);
    const body = await readJson(req);
    send(res, 201, exportView(await service.addExport(body as ExportRequest)));
    return;
  }
  const match = /^\/exports\/([^/]+)$/.exec(path);
  if (match !== null) {
    if (method !== 'DELETE') throw new HttpProblem(405, `${method} is not allowed on ${path}`);
    const fileName = decodeURIComponent(match[1] as string);
    if (!(await service.removeExport(fileName))) throw new HttpProblem(404, `there is no export ${fileName}`);
    send(res, 204);
    return;
  }
  throw new HttpProblem(404, `there is nothing at ${path}`);
}

/**
 * Answers one request to the export service's own HTTP API: `GET /` (the service, its daemon's
 * connectors and recent lifecycle events), `GET /exports`, `POST /exports` (an export request;
 * catalogued before the answer) and `DELETE /exports/{fileName}`. Errors are JSON
 * `{ status, message }`, with `messageId` and `parameterName` for invalid requests.
 * @internal
 */
export async function handleHostRequest(
  service: ExportService,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  try {
    await route(service, req, res);
  } catch (error) {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (error instanceof HttpProblem) {
      send(res, error.status, { status: error.status, message: error.message, ...error.extra });
    } else if (error instanceof EgeriaError) {
      const status = error.relatedHTTPCode >= 400 && error.relatedHTTPCode < 600 ? error.relatedHTTPCode : 500;
      send(res, status, {
        status,
        message: error.message,
        messageId: error.messageId,
        ...(error.parameterName === undefined ? {} : { parameterName: error.parameterName }),
      });
    } else {
      send(res, 500, { status: 500, message: error instanceof Error ? error.message : String(error) });
    }
  }
}
