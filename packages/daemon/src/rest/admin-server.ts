/**
 * The integration daemon's REST admin API: Egeria 5.2's integration daemon and integration service
 * operations (also in Egeria 6's form without `/users/{userId}`), `/health` and `/metrics`, on
 * Node's http or https server.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { PropertyServerException } from '@egeria-ts/core';
import type { IntegrationDaemonAdministration } from '../admin/daemon-administration';
import { resolveAdminServerOptions } from './admin-server-options';
import type { AdminServerOptions, ResolvedAdminServerOptions } from './admin-server-options';
import { BearerTokenCheck } from './bearer-auth';
import { ffdcErrorBody } from './ffdc';
import { healthAnswer } from './health';
import { HttpError, springErrorBody } from './http-errors';
import { PROMETHEUS_CONTENT_TYPE, formatPrometheusText } from './prometheus';
import { parseJsonBody, readBody } from './request-body';
import { parseRequestPath } from './request-path';
import { responseBean } from './response-beans';
import { adminApiError, invalidParameter } from './rest-messages';
import { route } from './route-table';
import type { RootEndpoint, RouteMatch } from './route-table';

/** A running admin API server. */
export interface AdminServer {
  /** The base URL, such as `http://127.0.0.1:43127` (no trailing slash). */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** The address it listens on. */
  readonly host: string;
  /** Stops listening and closes every connection (requests in progress get `closeTimeoutMs`). */
  close(): Promise<void>;
}

/** What one request ended with, for the access log. */
interface Outcome {
  status: number;
  action?: string;
  userId?: string;
  errorMessageId?: string;
}

const JSON_TYPE = 'application/json';

function send(
  res: http.ServerResponse,
  status: number,
  contentType: string,
  text: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  send(res, status, JSON_TYPE, JSON.stringify(body), headers);
}

class AdminRequestHandler {
  private readonly tokenCheck?: BearerTokenCheck;

  constructor(
    private readonly admin: IntegrationDaemonAdministration,
    private readonly options: ResolvedAdminServerOptions,
  ) {
    if (options.token !== undefined) this.tokenCheck = new BearerTokenCheck(options.token);
  }

  /** Answers one request; never rejects. */
  async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = performance.now();
    const target = req.url ?? '/';
    const queryStart = target.indexOf('?');
    const rawPath = queryStart < 0 ? target : target.slice(0, queryStart);
    const outcome: Outcome = { status: 500 };
    try {
      await this.answer(req, res, outcome);
    } catch (e) {
      const error = e instanceof HttpError ? e : new HttpError(500, 'The admin API failed to answer the request');
      outcome.status = error.status;
      sendJson(res, error.status, springErrorBody(error.status, error.message, rawPath), error.headers);
    }
    this.log(req.method ?? '', rawPath, outcome, performance.now() - started);
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse, outcome: Outcome): Promise<void> {
    const refusal = this.tokenCheck?.check(req.headers);
    if (refusal) {
      outcome.status = 401;
      outcome.errorMessageId = refusal.messageId;
      sendJson(res, 401, refusal.body, { 'WWW-Authenticate': refusal.challenge, Connection: 'close' });
      return;
    }
    const path = parseRequestPath(req.url ?? '/');
    const match = route(req.method ?? '', path.segments);
    const rawBody = await readBody(req, this.options.maxBodyBytes);
    if (match.kind === 'root') {
      this.answerRoot(res, match.endpoint, outcome);
      return;
    }
    outcome.action = match.operation.action;
    outcome.userId = match.userId;
    const body = match.operation.method === 'POST' ? parseJsonBody(rawBody) : undefined;
    const answer = await this.runOperation(match, body, rawBody);
    outcome.status = 200;
    if (typeof answer['exceptionErrorMessageId'] === 'string')
      outcome.errorMessageId = answer['exceptionErrorMessageId'];
    sendJson(res, 200, answer);
  }

  /** The response bean of an operation, with its fields or with the FFDC error it raised. */
  private async runOperation(
    match: Extract<RouteMatch, { kind: 'operation' }>,
    body: unknown,
    rawBody: string,
  ): Promise<Record<string, unknown>> {
    const { operation } = match;
    try {
      if (match.serverName !== this.admin.serverName) {
        throw invalidParameter(
          'SERVER_NOT_AVAILABLE',
          [match.serverName, match.userId ?? 'anonymous'],
          'serverName',
          operation.action,
        );
      }
      const fields = await operation.handle({
        admin: this.admin,
        params: match.params,
        body,
        rawBody,
        userId: match.userId,
      });
      // Serialized here so that a value JSON cannot hold is reported as the operation's error.
      return JSON.parse(JSON.stringify(responseBean(operation.responseClass, fields))) as Record<string, unknown>;
    } catch (e) {
      if (e instanceof HttpError) throw e;
      return ffdcErrorBody(operation.responseClass, e, operation.action);
    }
  }

  private answerRoot(res: http.ServerResponse, endpoint: RootEndpoint, outcome: Outcome): void {
    if (endpoint === 'metrics') {
      let ready = false;
      try {
        ready = this.admin.isReady() === true;
      } catch {
        ready = false;
      }
      const text = formatPrometheusText(this.admin.metrics(), ready);
      outcome.status = 200;
      send(res, 200, PROMETHEUS_CONTENT_TYPE, text);
      return;
    }
    const answer = healthAnswer(this.admin, endpoint);
    outcome.status = answer.status;
    sendJson(res, answer.status, answer.body);
  }

  private log(method: string, path: string, outcome: Outcome, durationMs: number): void {
    const hook = this.options.onRequest;
    if (!hook) return;
    try {
      hook({ method, path, ...outcome, durationMs });
    } catch {
      // An access log that fails must not break the server.
    }
  }
}

function createServer(options: ResolvedAdminServerOptions, listener: http.RequestListener): http.Server | https.Server {
  if (!options.tls) return http.createServer(listener);
  try {
    return https.createServer({ cert: options.tls.cert, key: options.tls.key, minVersion: 'TLSv1.2' }, listener);
  } catch (e) {
    // OpenSSL's reason names the PEM problem, never the key material.
    const reason = e instanceof Error ? e.message : String(e);
    throw invalidParameter('BAD_TLS', [reason], 'tls', 'startAdminServer');
  }
}

function listen(server: http.Server | https.Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(
        adminApiError(PropertyServerException, 'LISTEN_FAILED', [host, port, error.message], {
          actionDescription: 'startAdminServer',
          cause: error,
        }),
      );
    };
    const onListening = (): void => {
      server.off('error', onError);
      // A server error after it listens (such as running out of file descriptors) must not end
      // the daemon's process; the connections it concerns fail on their own.
      server.on('error', () => undefined);
      resolve(server.address() as AddressInfo);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ host, port });
  });
}

/**
 * Starts the REST admin API of an integration daemon.
 *
 * Serves, below `/servers/{serverName}/open-metadata/integration-daemon/users/{userId}` (Egeria
 * 5.2) and below `/servers/{serverName}/open-metadata/integration-daemon` (Egeria 6's form): `GET
 * /status`, `GET /integration-connectors/{connectorName}/configuration-properties`, `POST
 * /integration-connectors/configuration-properties`, `POST
 * /integration-connectors/{connectorName}/endpoint-network-address`, `POST
 * /integration-connectors/{connectorName}/connection`, `POST /integration-connectors/refresh`,
 * `POST /integration-connectors/restart`, `POST /integration-services/{serviceURLMarker}/refresh`,
 * `POST /integration-services/{serviceURLMarker}/restart`, `GET /integration-services/summary`,
 * `GET /integration-groups/summary`, `GET /integration-groups/{integrationGroupName}/summary`,
 * `GET /integration-groups/{integrationGroupName}/refresh-config` and `POST
 * /publish-open-lineage-event`; below
 * `/servers/{serverName}/open-metadata/integration-services/{serviceURLMarker}/users/{userId}`:
 * `GET /validate-connector/{connectorProviderClassName}` and, for the lineage integrator, `POST
 * /api/v1/lineage`; at the root: `GET /health` (also `/health/liveness`, `/health/readiness`) and
 * `GET /metrics` (Prometheus text).
 *
 * Operations answer with Egeria's response beans; their errors are HTTP 200 FFDC answers.
 * Requests Spring itself would refuse (unknown path, wrong verb, malformed JSON, a body too large)
 * get Spring Boot's error JSON with a 4xx status.
 *
 * @param admin - the daemon to administer
 * @param options - address, port, token, TLS and limits
 * @returns the running server, once it listens
 * @throws InvalidParameterException for a bad option, or a non-loopback address without a token
 * @throws PropertyServerException when it cannot listen
 */
export async function startAdminServer(
  admin: IntegrationDaemonAdministration,
  options: AdminServerOptions = {},
): Promise<AdminServer> {
  const resolved = resolveAdminServerOptions(options);
  const handler = new AdminRequestHandler(admin, resolved);
  const server = createServer(resolved, (req, res) => {
    void handler.handle(req, res);
  });
  const address = await listen(server, resolved.host, resolved.port);
  const protocol = resolved.tls ? 'https' : 'http';
  const hostInUrl =
    resolved.host.includes(':') && !resolved.host.startsWith('[') ? `[${resolved.host}]` : resolved.host;
  let closing: Promise<void> | undefined;
  return Object.freeze({
    url: `${protocol}://${hostInUrl}:${address.port}`,
    port: address.port,
    host: resolved.host,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        const cut = setTimeout(() => server.closeAllConnections(), resolved.closeTimeoutMs);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  });
}
