import * as http from 'node:http';
import * as https from 'node:https';
import * as zlib from 'node:zlib';
import type { TransportResponse } from './transport-types';

/**
 * The wire call of the OMAS transport: one request on a keep-alive agent with Node's own `http`
 * and `https`, the whole answer read as UTF-8 text.
 *
 * This is all an OMAS call needs: no redirects are followed (a 3xx is an answer like any other),
 * no proxy is resolved, bodies are JSON text. A general HTTP client library does much more per
 * request and, measured, costs several times the CPU of the request itself (see
 * docs/performance.md), which a connector writing thousands of elements pays on every one.
 */

/** Where requests go: the platform's address, split once. */
export interface WireTarget {
  /** `http:` or `https:`. */
  readonly protocol: 'http:' | 'https:';
  /** The host name or address (an IPv6 address without its brackets). */
  readonly hostname: string;
  /** The port, when the URL names one. */
  readonly port: string;
  /** The URL's path prefix (no trailing slash), put before every request's path. */
  readonly pathPrefix: string;
}

/** One request. */
export interface WireRequest {
  readonly method: string;
  /** The path (with its query string) below the target's prefix. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON text to send, if any. */
  readonly body?: string;
  /** The agent that holds the connections. */
  readonly agent: http.Agent;
  /** Time allowed for the whole exchange, in milliseconds. */
  readonly timeoutMs: number;
  /** Aborts the request. */
  readonly signal?: AbortSignal;
}

/** The whole exchange took longer than the request's timeout (`code` `ETIMEDOUT`). */
export class RequestTimeoutError extends Error {
  /** Node's code for a timed-out operation. */
  readonly code = 'ETIMEDOUT';

  /** @param timeoutMs - the time that was allowed, in milliseconds */
  constructor(readonly timeoutMs: number) {
    super(`no complete answer within ${timeoutMs} ms`);
    this.name = 'RequestTimeoutError';
  }
}

/** Splits a platform URL root (already checked to be absolute http or https) into a target. */
export function wireTarget(platformURLRoot: string): WireTarget {
  const url = new URL(platformURLRoot);
  return {
    protocol: url.protocol === 'https:' ? 'https:' : 'http:',
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    port: url.port,
    pathPrefix: url.pathname.replace(/\/+$/, ''),
  };
}

/**
 * Sends one request and reads the whole answer, whatever its status. Answers compressed with gzip,
 * deflate or br (by a proxy, say) are decoded. On any failure the request (and its connection) is
 * destroyed. When `timeoutMs` passes, the promise rejects with a {@link RequestTimeoutError}; when
 * the signal aborts, with an error whose `code` is `ABORT_ERR`. Other failures are Node's own errors with their `code`
 * (`ECONNREFUSED`, `ECONNRESET`...).
 */
export function sendHttpRequest(target: WireTarget, request: WireRequest): Promise<TransportResponse> {
  return new Promise<TransportResponse>((resolve, reject) => {
    const { signal } = request;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const fail = (error: unknown): void => {
      if (!finish()) return;
      // The connection may be half read (an answer that could not be decoded): close it rather
      // than leave it held by a request that is over.
      outgoing.destroy();
      reject(error);
    };
    const onAbort = (): void => {
      fail(Object.assign(new Error('the request was aborted'), { code: 'ABORT_ERR' }));
    };

    const options: http.RequestOptions = {
      method: request.method,
      hostname: target.hostname,
      port: target.port,
      path: target.pathPrefix + request.path,
      headers: request.headers,
      agent: request.agent,
    };
    const send = target.protocol === 'https:' ? https.request : http.request;
    const outgoing = send(options, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('error', fail);
      const stream = decoded(incoming);
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', fail);
      stream.on('end', () => {
        if (!finish()) return;
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: incoming.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    outgoing.on('error', fail);
    if (request.timeoutMs > 0) {
      timer = setTimeout(() => {
        fail(new RequestTimeoutError(request.timeoutMs));
      }, request.timeoutMs);
    }
    if (signal !== undefined) {
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
    }
    outgoing.end(request.body);
  });
}

/** The answer's body stream, decompressed when the server compressed it. */
function decoded(incoming: http.IncomingMessage): NodeJS.ReadableStream {
  switch ((incoming.headers['content-encoding'] ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return incoming.pipe(zlib.createGunzip());
    case 'deflate':
      return incoming.pipe(zlib.createInflate());
    case 'br':
      return incoming.pipe(zlib.createBrotliDecompress());
    default:
      return incoming;
  }
}
