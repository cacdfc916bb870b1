/**
 * A raw HTTP/1.1 client for hostile requests: the request line, headers and body go on the socket
 * exactly as given (no URL normalization, any bytes), and the answer is read until the server
 * closes the connection.
 */
import * as net from 'node:net';

/** An answer: status, headers (lower-case names), body text, and the body parsed as JSON when it is. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  readonly json: unknown;
}

/** Options of {@link rawRequest}. */
export interface RawRequestOptions {
  readonly method?: string;
  readonly body?: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sends this instead of a request (for garbage on the socket). */
  readonly raw?: string | Buffer;
  readonly timeoutMs?: number;
}

/** Sends one request on a new connection to 127.0.0.1:port and reads the whole answer. */
export function rawRequest(port: number, path: string, options: RawRequestOptions = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(
          `no complete answer to ${options.method ?? 'GET'} ${path.slice(0, 200)} within ${options.timeoutMs ?? 10000} ms`,
        ),
      );
    }, options.timeoutMs ?? 10000);
    socket.on('connect', () => {
      if (options.raw !== undefined) {
        socket.end(options.raw);
        return;
      }
      const body = options.body === undefined ? undefined : Buffer.from(options.body);
      const head = [
        `${options.method ?? 'GET'} ${path} HTTP/1.1`,
        'Host: 127.0.0.1',
        'Connection: close',
        ...(body === undefined ? [] : ['Content-Type: application/json', `Content-Length: ${body.length}`]),
        ...Object.entries(options.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
        '',
        '',
      ].join('\r\n');
      socket.write(head);
      // A large body may be refused part-way: the server then closes, which is an answer too.
      if (body !== undefined) socket.write(body, () => undefined);
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined); // a reset after the answer is fine; no answer fails below
    socket.on('close', () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = split < 0 ? '' : all.subarray(0, split).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      if (status === null) {
        const start = JSON.stringify(all.subarray(0, 200).toString('latin1'));
        reject(new Error(`no HTTP answer to ${options.method ?? 'GET'} ${path.slice(0, 200)}: ${start}`));
        return;
      }
      const headers: Record<string, string> = {};
      for (const line of head.split('\r\n').slice(1)) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      let body: Buffer = all.subarray(split + 4);
      if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
      const text = body.toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      resolve({ status: Number(status[1]), headers, text, json });
    });
  });
}

function unchunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let rest = body;
  for (;;) {
    const i = rest.indexOf('\r\n');
    if (i < 0) break;
    const size = parseInt(rest.subarray(0, i).toString('latin1'), 16);
    if (!(size > 0)) break;
    parts.push(rest.subarray(i + 2, i + 2 + size));
    rest = rest.subarray(i + 2 + size + 2);
  }
  return Buffer.concat(parts);
}
