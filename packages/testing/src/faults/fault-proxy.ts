/**
 * A fault-injecting HTTP proxy for tests: it stands between a connector and its metadata server,
 * passes requests through, and fails the ones a test chooses.
 */
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { IllegalStateError, InvalidParameterException, PropertyServerException } from '@egeria-ts/core';
import { TESTING_ERROR_CODE } from '../testing-messages';
import { ffdcAnswer, htmlAnswer, httpErrorAnswer, madeUpJson, truncate, type FaultAnswer } from './fault-answers';
import { FAULT_KINDS, matchesRequest, type FaultKind, type FaultRule, type RequestMatcher } from './fault-rules';

/** Options of {@link startFaultProxy}. */
export interface FaultProxyOptions {
  /** The server to pass requests to: an `http://` URL, such as an emulator's. */
  readonly target: string;
  /** The port to listen on (default 0: a free one). The proxy keeps it when it goes away and comes back. */
  readonly port?: number;
  /** The interface to listen on (default `127.0.0.1`). */
  readonly host?: string;
}

/** One request the proxy received. */
export interface ProxiedRequest {
  /** The HTTP method. */
  readonly method: string;
  /** The path, without the query. */
  readonly path: string;
  /** The query string, without `?` (empty when none). */
  readonly query: string;
  /**
   * The request body as UTF-8 text (empty when none). It is filled in once the whole body has
   * arrived, before the request goes on to the server.
   */
  readonly body: string;
  /** The fault injected into it, if any. */
  readonly fault?: FaultKind;
  /** When it arrived (epoch milliseconds). */
  readonly receivedAt: number;
}

/** A fault the proxy is injecting: how often it struck, and how to remove it. */
export interface InjectedFault {
  /** The rule. */
  readonly rule: FaultRule;
  /** How many requests it has struck. */
  readonly hits: number;
  /** True while it applies. */
  readonly active: boolean;
  /** Stops injecting it. */
  remove(): void;
}

/**
 * A running fault proxy. Point the connector at {@link FaultProxy.url} (with the metadata server's
 * own server name), then inject faults, take the proxy away and bring it back.
 */
export interface FaultProxy {
  /** The proxy's URL, such as `http://127.0.0.1:40123`: the platform URL to give the connector. */
  readonly url: string;
  /** The port it listens on (also while away). */
  readonly port: number;
  /** The server it passes requests to. */
  readonly target: string;
  /** True while it is away (refusing connections). */
  readonly away: boolean;
  /** The requests received so far, oldest first. */
  readonly requests: readonly ProxiedRequest[];
  /** The faults being injected, oldest first. */
  readonly faults: readonly InjectedFault[];
  /**
   * Starts injecting a fault into the requests that match it. When several match, the oldest wins.
   * @param rule - the fault, which requests it strikes, and how many times
   */
  inject(rule: FaultRule): InjectedFault;
  /** Removes every fault: every request passes through again. */
  clearFaults(): void;
  /**
   * Goes away: stops listening, so new connections are refused, and drops the open ones (requests
   * in progress are cut off).
   */
  goAway(): Promise<void>;
  /** Comes back after {@link FaultProxy.goAway}: listens again on the same port, with no faults. */
  comeBack(): Promise<void>;
  /**
   * The number of requests received that match.
   * @param matcher - method and path (default: all requests)
   */
  countRequests(matcher?: RequestMatcher): number;
  /**
   * The requests received that match, oldest first.
   * @param matcher - method and path (default: all requests)
   */
  requestsMatching(matcher?: RequestMatcher): ProxiedRequest[];
  /** The number of requests received by `METHOD /path`. */
  requestCounts(): Record<string, number>;
  /** Forgets the requests received so far. */
  clearRequests(): void;
  /** Stops for good: closes the listener, every connection and every timer. Calling it again does nothing. */
  close(): Promise<void>;
}

function invalid(option: string, problem: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(TESTING_ERROR_CODE.INVALID_OPTION, [option, 'FaultProxy', problem], {
    exceptionProperties: { parameterName: option },
  });
}

function checkMatcher(matcher: RequestMatcher, prefix: string): void {
  if (matcher.method !== undefined && (typeof matcher.method !== 'string' || matcher.method.trim() === '')) {
    throw invalid(`${prefix}method`, 'an HTTP method name is needed');
  }
  if (matcher.path !== undefined && typeof matcher.path !== 'string' && !(matcher.path instanceof RegExp)) {
    throw invalid(`${prefix}path`, 'a string or a regular expression is needed');
  }
}

function checkRule(rule: FaultRule): void {
  if (typeof rule !== 'object' || rule === null) throw invalid('rule', 'a fault rule object is needed');
  if (!FAULT_KINDS.includes(rule.fault)) {
    throw invalid('rule.fault', `one of ${FAULT_KINDS.join(', ')} is needed, got ${String(rule.fault)}`);
  }
  checkMatcher(rule, 'rule.');
  if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) {
    throw invalid('rule.times', 'a whole number above 0 is needed');
  }
  if (rule.fault === 'delay' && (!Number.isInteger(rule.delayMs) || rule.delayMs < 0)) {
    throw invalid('rule.delayMs', 'a whole number of milliseconds is needed');
  }
  if ((rule.fault === 'http-error' || rule.fault === 'html') && rule.status !== undefined) {
    if (!Number.isInteger(rule.status) || rule.status < 100 || rule.status > 599) {
      throw invalid('rule.status', 'an HTTP status (100 to 599) is needed');
    }
  }
}

/** Cuts a connection with a TCP reset where Node can, else destroys it. */
function reset(socket: Socket): void {
  const withReset = socket as Socket & { resetAndDestroy?: () => void };
  if (typeof withReset.resetAndDestroy === 'function' && !socket.destroyed) withReset.resetAndDestroy();
  else socket.destroy();
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te']);

class FaultInjection implements InjectedFault {
  hits = 0;
  active = true;

  constructor(
    readonly rule: FaultRule,
    private readonly onRemove: (fault: FaultInjection) => void,
  ) {}

  remove(): void {
    if (!this.active) return;
    this.active = false;
    this.onRemove(this);
  }
}

class RunningFaultProxy implements FaultProxy {
  readonly #server: http.Server;
  readonly #sockets = new Set<Socket>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #agent = new http.Agent({ keepAlive: true });
  readonly #targetURL: URL;
  readonly #host: string;
  #port = 0;
  #faults: FaultInjection[] = [];
  #requests: ProxiedRequest[] = [];
  #away = true;
  #closed = false;

  constructor(
    readonly target: string,
    host: string,
  ) {
    this.#targetURL = new URL(target);
    this.#host = host;
    this.#server = http.createServer((req, res) => this.#handle(req, res));
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
    });
  }

  get url(): string {
    const host = this.#host.includes(':') ? `[${this.#host}]` : this.#host;
    return `http://${host}:${this.#port}`;
  }

  get port(): number {
    return this.#port;
  }

  get away(): boolean {
    return this.#away;
  }

  get requests(): readonly ProxiedRequest[] {
    return this.#requests;
  }

  get faults(): readonly InjectedFault[] {
    return [...this.#faults];
  }

  inject(rule: FaultRule): InjectedFault {
    checkRule(rule);
    const fault = new FaultInjection(Object.freeze({ ...rule }), (f) => {
      this.#faults = this.#faults.filter((x) => x !== f);
    });
    this.#faults.push(fault);
    return fault;
  }

  clearFaults(): void {
    for (const fault of [...this.#faults]) fault.remove();
  }

  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error): void => {
        reject(
          PropertyServerException.fromDefinition(TESTING_ERROR_CODE.PROXY_LISTEN_FAILED, [port, error.message], {
            cause: error,
          }),
        );
      };
      this.#server.once('error', onError);
      this.#server.listen(port, this.#host, () => {
        this.#server.off('error', onError);
        resolve();
      });
    });
    this.#port = (this.#server.address() as AddressInfo).port;
    this.#away = false;
  }

  async goAway(): Promise<void> {
    if (this.#away) return;
    this.#away = true;
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#dropEverything();
    await closed;
  }

  async comeBack(): Promise<void> {
    if (this.#closed) throw IllegalStateError.fromDefinition(TESTING_ERROR_CODE.PROXY_CLOSED, ['comeBack']);
    this.clearFaults();
    if (!this.#away) return;
    await this.listen(this.#port);
  }

  countRequests(matcher: RequestMatcher = {}): number {
    return this.requestsMatching(matcher).length;
  }

  requestsMatching(matcher: RequestMatcher = {}): ProxiedRequest[] {
    checkMatcher(matcher, '');
    return this.#requests.filter((r) => matchesRequest(matcher, r.method, r.path));
  }

  requestCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of this.#requests) {
      const key = `${r.method} ${r.path}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  clearRequests(): void {
    this.#requests = [];
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.clearFaults();
    await this.goAway();
    this.#dropEverything();
    this.#agent.destroy();
  }

  #dropEverything(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#server.closeAllConnections();
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
  }

  #pickFault(method: string, path: string): FaultInjection | undefined {
    const fault = this.#faults.find((f) => matchesRequest(f.rule, method, path));
    if (fault === undefined) return undefined;
    fault.hits++;
    if (fault.rule.times !== undefined && fault.hits >= fault.rule.times) fault.remove();
    return fault;
  }

  #handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const method = req.method ?? 'GET';
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const path = q < 0 ? raw : raw.slice(0, q);
    const query = q < 0 ? '' : raw.slice(q + 1);
    const fault = this.#pickFault(method, path);
    const rule = fault?.rule;
    const record: { -readonly [K in keyof ProxiedRequest]: ProxiedRequest[K] } = {
      method,
      path,
      query,
      body: '',
      receivedAt: Date.now(),
      ...(rule === undefined ? {} : { fault: rule.fault }),
    };
    this.#requests.push(record);
    if (rule?.fault === 'reset') {
      req.resume();
      Object.freeze(record);
      return reset(req.socket);
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      const body = Buffer.concat(chunks);
      record.body = body.toString('utf8');
      Object.freeze(record);
      this.#act(rule, req, res, body);
    });
  }

  /** Passes a request on, or injects its fault, once its whole body has arrived. */
  #act(rule: FaultRule | undefined, req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): void {
    const method = req.method ?? 'GET';
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const path = q < 0 ? raw : raw.slice(0, q);
    if (rule === undefined) return this.#forward(req, res, body);
    switch (rule.fault) {
      case 'reset':
        return reset(req.socket);
      case 'delay': {
        const timer = setTimeout(() => {
          this.#timers.delete(timer);
          if (!res.destroyed) this.#forward(req, res, body);
        }, rule.delayMs);
        this.#timers.add(timer);
        res.once('close', () => {
          clearTimeout(timer);
          this.#timers.delete(timer);
        });
        return;
      }
      case 'http-error':
        return this.#answer(req, res, body, rule.forward === true, () => httpErrorAnswer(rule.status ?? 500, path));
      case 'html':
        return this.#answer(req, res, body, rule.forward === true, () => htmlAnswer(rule.status ?? 200));
      case 'ffdc':
        return this.#answer(req, res, body, rule.forward === true, () => ffdcAnswer(rule, method, path));
      case 'truncated-json':
        return this.#answer(req, res, body, rule.forward === true, (real) => ({
          status: real?.status ?? 200,
          contentType: 'application/json',
          body: truncate(real?.body ?? madeUpJson()),
        }));
    }
  }

  /** Answers with a made-up answer, after passing the request through when `forward` is set. */
  #answer(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    body: Buffer,
    forward: boolean,
    make: (real?: { status: number; body: Buffer }) => FaultAnswer,
  ): void {
    const send = (answer: FaultAnswer): void => {
      if (res.destroyed) return;
      res.writeHead(answer.status, { 'Content-Type': answer.contentType, 'Content-Length': answer.body.length });
      res.end(answer.body);
    };
    if (!forward) return send(make());
    this.#forward(req, res, body, (status, answer) => send(make({ status, body: answer })));
  }

  /** Passes a request to the target; with `replace`, buffers the answer and hands it over instead of relaying it. */
  #forward(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    body: Buffer,
    replace?: (status: number, body: Buffer) => void,
  ): void {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
    }
    headers['host'] = this.#targetURL.host;
    const upstream = http.request({
      protocol: 'http:',
      hostname: this.#targetURL.hostname,
      port: this.#targetURL.port === '' ? 80 : Number(this.#targetURL.port),
      method: req.method,
      path: `${this.#targetURL.pathname.replace(/\/+$/, '')}${req.url ?? '/'}`,
      headers,
      agent: this.#agent,
    });
    upstream.on('error', () => reset(req.socket));
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.on('response', (answer) => {
      if (replace !== undefined) {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => replace(answer.statusCode ?? 502, Buffer.concat(chunks)));
        answer.on('error', () => reset(req.socket));
        return;
      }
      const out: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
      }
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
      answer.on('error', () => reset(req.socket));
    });
    upstream.end(body);
  }
}

/**
 * Starts a fault proxy in front of a metadata server (normally a test emulator). It passes every
 * request through until the test injects faults.
 * @example
 * ```ts
 * const proxy = await startFaultProxy({ target: emulator.url });
 * const run = await runConnector(MyConnector, { platformURL: proxy.url, serverName: emulator.serverName, refreshes: 0 });
 * proxy.inject({ fault: 'http-error', method: 'POST', path: '/databases' });
 * await expect(run.refresh()).rejects.toBeInstanceOf(PropertyServerException);
 * await proxy.comeBack(); // no faults any more
 * await run.refresh();
 * ```
 * @param options - the target, and the port to listen on
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  if (typeof options !== 'object' || options === null) throw invalid('options', 'an options object is needed');
  let target: URL;
  try {
    target = new URL(String(options.target));
  } catch {
    throw invalid('target', `an http:// URL is needed, got ${String(options.target)}`);
  }
  if (target.protocol !== 'http:') throw invalid('target', `an http:// URL is needed, got ${target.protocol}`);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw invalid('port', 'a port number is needed');
  const proxy = new RunningFaultProxy(target.toString().replace(/\/+$/, ''), options.host ?? '127.0.0.1');
  await proxy.listen(port);
  return proxy;
}
