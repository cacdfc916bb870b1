/**
 * A raw HTTP client for the admin API tests: sends the path exactly as given (no URL
 * normalization), so hostile paths reach the server as an attacker would send them.
 */
import * as http from 'node:http';
import * as https from 'node:https';

/** What the server answered. */
export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  readonly json: any;
}

/** A request. */
export interface RawRequest {
  readonly method?: string;
  readonly headers?: Record<string, string | number>;
  /** A body; objects are sent as JSON. */
  readonly body?: string | Buffer | object;
  /** Send the body in chunks without Content-Length. */
  readonly chunked?: boolean;
  /** The certificate authority to trust (https). */
  readonly ca?: string | Buffer;
}

/**
 * Sends one request on a fresh connection.
 * @param baseUrl - the server's URL
 * @param path - the raw request target
 */
export function send(baseUrl: string, path: string, request: RawRequest = {}): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const body =
    request.body === undefined
      ? undefined
      : typeof request.body === 'string' || Buffer.isBuffer(request.body)
        ? Buffer.from(request.body)
        : Buffer.from(JSON.stringify(request.body));
  const headers: Record<string, string | number> = { ...request.headers };
  if (body !== undefined && !request.chunked && headers['Content-Length'] === undefined) {
    headers['Content-Length'] = body.length;
  }
  if (body !== undefined && headers['Content-Type'] === undefined) headers['Content-Type'] = 'application/json';
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      {
        host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port,
        method: request.method ?? 'GET',
        path,
        headers,
        agent: false,
        ca: request.ca,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined && request.chunked) {
      for (let i = 0; i < body.length; i += 1024) req.write(body.subarray(i, i + 1024));
    } else if (body !== undefined) {
      req.write(body);
    }
    req.end();
  });
}
