/**
 * Test helpers: start an emulator on a free port, send requests as Egeria's Java clients do
 * (JSON bodies, `Content-Type: application/json`, path values fully percent-encoded), read answers.
 */
import * as http from 'node:http';
import { startEmulator } from '@egeria-ts/emulator';
import type { EmulatorOptions, RunningEmulator } from '@egeria-ts/emulator';

/** An HTTP answer: status, parsed JSON (or raw text) and headers. */
export interface Answer {
  status: number;
  body: Record<string, unknown>;
  text: string;
  headers: http.IncomingHttpHeaders;
}

/** Sends one request with node's http module (no client library in between). */
export function send(
  url: string,
  options: { method?: string; body?: unknown; rawBody?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload =
      options.rawBody !== undefined
        ? options.rawBody
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body);
    const headers: Record<string, string | number> = { ...(options.headers ?? {}) };
    if (payload !== undefined) {
      if (headers['Content-Type'] === undefined && headers['content-type'] === undefined) {
        headers['Content-Type'] = 'application/json';
      }
      headers['Content-Length'] = Buffer.byteLength(payload);
    }
    const req = http.request(
      url,
      { method: options.method ?? (payload === undefined ? 'GET' : 'POST'), headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: Record<string, unknown> = {};
          try {
            body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
          } catch {
            body = {};
          }
          resolve({ status: res.statusCode ?? 0, body, text, headers: res.headers });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** Percent-encodes a path value as Spring's `DefaultUriBuilderFactory` (VALUES_ONLY) does. */
export function enc(value: string): string {
  return encodeURIComponent(value);
}

/** A started emulator with request helpers for its services. */
export class TestEmulator {
  private static readonly open = new Set<TestEmulator>();

  private constructor(readonly emulator: RunningEmulator) {}

  /** Starts an emulator on a free port. */
  static async start(options: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
    const emulator = await startEmulator({ serverName: 'mds1', ...options });
    const started = new TestEmulator(emulator);
    TestEmulator.open.add(started);
    return started;
  }

  /** Closes every emulator a test left open (for `afterEach`, so a failed assertion cannot hang jest). */
  static async closeAll(): Promise<void> {
    await Promise.all([...TestEmulator.open].map((e) => e.close()));
  }

  /** The Data Manager OMAS root for a user. */
  dm(userId = 'dbUser'): string {
    return this.omas('data-manager', userId);
  }

  /** An access service's root for a user (`it-infrastructure`, `community-profile`...). */
  omas(service: string, userId: string): string {
    return `${this.emulator.url}/servers/${enc(this.emulator.serverName)}/open-metadata/access-services/${service}/users/${enc(userId)}`;
  }

  /** Creates a metadata source by POSTing `body`, which names its `qualifiedName`, to `url`. */
  async registerSource(url: string, body: Record<string, unknown>): Promise<{ guid: string; name: string }> {
    return { guid: (await this.ok(url, body))['guid'] as string, name: body['qualifiedName'] as string };
  }

  /** A framework service root for a user and partner OMAS marker. */
  fw(
    service: 'governance-configuration-service' | 'open-integration' | 'open-metadata-store',
    userId = 'daemonUser',
    marker = 'data-manager',
  ): string {
    return `${this.emulator.url}/servers/${enc(this.emulator.serverName)}/open-metadata/framework-services/${marker}/${service}/users/${enc(userId)}`;
  }

  /** POSTs a JSON body and returns the answer. */
  post(url: string, body?: unknown): Promise<Answer> {
    return send(url, { method: 'POST', body });
  }

  /** GETs a URL and returns the answer. */
  get(url: string): Promise<Answer> {
    return send(url, { method: 'GET' });
  }

  /** POSTs and expects HTTP 200 with `relatedHTTPCode` 200; returns the body. */
  async ok(url: string, body?: unknown, method: 'POST' | 'GET' = 'POST'): Promise<Record<string, unknown>> {
    const answer = method === 'GET' ? await this.get(url) : await this.post(url, body);
    if (answer.status !== 200 || answer.body['relatedHTTPCode'] !== 200) {
      throw new Error(`expected success from ${method} ${url}, got ${answer.status}: ${answer.text}`);
    }
    return answer.body;
  }

  /** Stops the emulator. */
  close(): Promise<void> {
    TestEmulator.open.delete(this);
    return this.emulator.close();
  }
}

/** The GUIDs of the element beans an answer lists under `field` (default `elements`). */
export function guidsOf(answer: Record<string, unknown>, field = 'elements'): string[] {
  const elements = (answer[field] as Array<Record<string, Record<string, unknown>>> | undefined) ?? [];
  return elements.map((e) => e['elementHeader']['guid'] as string);
}

/** What an FFDC error answer must carry, checked field by field. */
export function expectFFDC(
  answer: Answer,
  expected: {
    responseClass: string;
    exception: 'InvalidParameterException' | 'UserNotAuthorizedException' | 'PropertyServerException';
    httpCode: number;
    messageId: string;
    action: string;
    parameterName?: string;
  },
): void {
  expect(answer.status).toBe(200);
  expect(answer.body['class']).toBe(expected.responseClass);
  expect(answer.body['relatedHTTPCode']).toBe(expected.httpCode);
  expect(answer.body['exceptionClassName']).toBe(
    `org.odpi.openmetadata.frameworks.connectors.ffdc.${expected.exception}`,
  );
  expect(answer.body['exceptionErrorMessageId']).toBe(expected.messageId);
  expect(answer.body['actionDescription']).toBe(expected.action);
  expect(String(answer.body['exceptionErrorMessage'])).toMatch(new RegExp(`^${expected.messageId} `));
  expect(Array.isArray(answer.body['exceptionErrorMessageParameters'])).toBe(true);
  expect(typeof answer.body['exceptionSystemAction']).toBe('string');
  expect(typeof answer.body['exceptionUserAction']).toBe('string');
  if (expected.parameterName !== undefined) {
    expect(answer.body['exceptionProperties']).toEqual(
      expect.objectContaining({ parameterName: expected.parameterName }),
    );
  }
}

/** Checks Spring Boot's default error body. */
export function expectSpringError(answer: Answer, status: number, path: string): void {
  expect(answer.status).toBe(status);
  expect(answer.body['status']).toBe(status);
  expect(typeof answer.body['error']).toBe('string');
  expect(answer.body['path']).toBe(path);
  expect(String(answer.body['timestamp'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
  expect(answer.body['exceptionClassName']).toBeUndefined();
}
