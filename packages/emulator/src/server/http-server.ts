/**
 * The HTTP layer: reads a bounded body, routes, binds, calls the handler and writes Egeria's
 * answer, or Spring's own error answer for what Spring would reject. No handler failure escapes.
 */
import * as http from 'node:http';
import { EgeriaError, InvalidParameterException } from '@egeria-ts/core';
import { Router } from './router';
import type { HttpMethod } from './router';
import { bindBean, bindQuery } from './binding';
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from './binding';
import { SpringError, springErrorBody } from './spring-errors';
import { egeriaError, ffdcBody } from '../ffdc/ffdc';

/** A route that answers with an Egeria response bean. */
export interface JsonRoute {
  readonly kind: 'json';
  readonly method: HttpMethod;
  /** The full path template. */
  readonly path: string;
  /** Egeria's method name, reported as `actionDescription` in errors. */
  readonly action: string;
  /** The response bean's `class`, also used for error answers. */
  readonly response: string;
  /** The request body, when the resource method takes one. */
  readonly body?: { readonly spec: BeanSpec; readonly required: boolean };
  /** The query parameters the resource method declares. */
  readonly query?: readonly QueryParamSpec[];
  /** Produces the answer (without `class` and `relatedHTTPCode`, which are added). */
  handle(req: BoundRequest): Promise<JsonObject> | JsonObject;
  /**
   * True where Egeria's resource method returns null (an unfinished 5.2 operation): once the
   * request is bound and checked, Spring answers HTTP 200 with no body at all.
   */
  readonly answersNothing?: boolean;
}

/** A route that writes its own answer (event streams, test helpers). */
export interface RawRoute {
  readonly kind: 'raw';
  readonly method: HttpMethod;
  readonly path: string;
  /** Handles the request; the body, when read, is the parsed JSON (undefined when empty). */
  handle(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    bound: { params: Readonly<Record<string, string>>; query: URLSearchParams; body: unknown },
  ): Promise<void> | void;
}

/** Either kind of route. */
export type Route = JsonRoute | RawRoute;

/** Options of {@link HttpFrontEnd}. */
export interface HttpFrontEndOptions {
  /** The only server name served; other names get Egeria's unknown-server error. */
  readonly serverName: string;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** Where diagnostic lines go. */
  readonly log: (line: string) => void;
}

/** Bytes of an oversized body read and thrown away before the connection is cut. */
const DISCARD_LIMIT = 64 * 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        if (size > DISCARD_LIMIT) req.destroy();
        return;
      }
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
    req.on('aborted', () => reject(new Error('request aborted')));
  });
}

function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  const type = value.split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}

/** The request router and dispatcher behind the node `http` server. */
export class HttpFrontEnd {
  private readonly router = new Router<Route>();

  constructor(private readonly options: HttpFrontEndOptions) {}

  /** Registers routes. */
  add(routes: readonly Route[]): void {
    for (const route of routes) this.router.add(route.method, route.path, route);
  }

  /** Every route served, as `VERB template`. */
  listRoutes(): string[] {
    return this.router.list().map((r) => `${r.method} ${r.template}`);
  }

  /** The `http` request listener. Never throws and never leaves a request without an answer. */
  readonly listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    this.dispatch(req, res).catch((error: unknown) => {
      this.options.log(`unexpected failure answering ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) this.writeJson(res, 500, springErrorBody(500, pathOf(req)));
      else res.destroy();
    });
  };

  private async dispatch(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = pathOf(req);
    const query = queryOf(req);
    const lookup = this.router.lookup(req.method ?? 'GET', path);
    if (lookup.kind === 'bad-path') {
      req.resume();
      return this.writeJson(res, 400, springErrorBody(400, path));
    }
    if (lookup.kind === 'not-found') {
      req.resume();
      return this.writeJson(res, 404, springErrorBody(404, path));
    }
    if (lookup.kind === 'method-not-allowed') {
      req.resume();
      res.setHeader('Allow', lookup.allowed.join(', '));
      return this.writeJson(res, 405, springErrorBody(405, path));
    }
    const { value: route, params } = lookup.match;

    let raw: Buffer;
    try {
      raw = await readBody(req, this.options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        return this.writeJson(res, 413, springErrorBody(413, path));
      }
      res.destroy();
      return;
    }

    if (route.kind === 'raw') {
      let body: unknown;
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          return this.writeJson(res, 400, springErrorBody(400, path));
        }
      }
      await route.handle(req, res, { params, query, body });
      return;
    }

    try {
      const body = this.bindBody(route, req, raw);
      const q = bindQuery({ query }, route.query ?? []);
      if (params['serverName'] !== undefined && params['serverName'] !== this.options.serverName) {
        const userId = params['userId'] ?? 'null';
        const error = egeriaError(InvalidParameterException, 'SERVER_NOT_AVAILABLE', [params['serverName'], userId], {
          actionDescription: route.action,
          exceptionProperties: { serverName: params['serverName'], parameterName: 'serverName' },
        });
        return this.writeJson(res, 200, ffdcBody(route.response, error, route.action));
      }
      const bound: BoundRequest = { params, query, body, q, headers: req.headers, path };
      const answer = await route.handle(bound);
      if (route.answersNothing === true) {
        res.writeHead(200, { 'Content-Length': 0 });
        res.end();
        return;
      }
      return this.writeJson(res, 200, { class: route.response, relatedHTTPCode: 200, ...answer });
    } catch (error) {
      if (error instanceof SpringError) {
        this.options.log(`${req.method} ${path}: HTTP ${error.status}: ${error.detail}`);
        return this.writeJson(res, error.status, springErrorBody(error.status, path));
      }
      if (!(error instanceof EgeriaError)) {
        this.options.log(`${req.method} ${path}: unexpected ${String(error)}`);
      }
      return this.writeJson(res, 200, ffdcBody(route.response, error, route.action));
    }
  }

  private bindBody(route: JsonRoute, req: http.IncomingMessage, raw: Buffer): JsonObject | undefined {
    if (route.body === undefined) return undefined;
    const text = raw.toString('utf8');
    if (text.trim() === '') {
      if (route.body.required) throw new SpringError(400, 'Required request body is missing');
      return undefined;
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      throw new SpringError(415, `Content-Type '${req.headers['content-type'] ?? ''}' is not supported`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new SpringError(400, `JSON parse error: ${(error as Error).message}`);
    }
    if (parsed === null) {
      if (route.body.required) throw new SpringError(400, 'Required request body is missing');
      return undefined;
    }
    return bindBean(route.body.spec, parsed);
  }

  private writeJson(res: http.ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  }
}

function pathOf(req: http.IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

function queryOf(req: http.IncomingMessage): URLSearchParams {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
}
