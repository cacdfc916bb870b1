import { InvalidParameterException, PropertyServerException } from '@egeria-ts/core';
import { extractResult, readOmasResponse } from '../transport/ffdc-envelope';
import { OmasClientMessages } from '../transport/omas-client-messages';
import { OmasTransport, type OmasTransportOptions } from '../transport/omas-transport';
import type { OperationDefinition, ServiceDefinition } from './operation-definition';
import type { OperationInvoker, OperationRequest, PageOptions } from './operation-invoker';
import { registerSecretsOfConnections } from './connection-secrets';
import { buildOperationQuery, fillOperationPath, serviceRootPath } from './service-path';

/** The page size {@link OmasRestClient.iterate} asks for when none is given. @public */
export const DEFAULT_ITERATION_PAGE_SIZE = 100;

/** What an {@link OmasRestClient} talks to, and how. @public */
export interface OmasRestClientOptions {
  /** The service whose operations the client sends (its root decides the path prefix). */
  readonly service: ServiceDefinition;
  /**
   * A transport to share with other clients (not closed by {@link OmasRestClient.close}), or the
   * options of a transport that this client creates and owns.
   */
  readonly transport: OmasTransport | OmasTransportOptions;
  /** For a framework service: the URL marker of the partner access service, such as `data-manager`. */
  readonly serviceURLMarker?: string;
}

function invalid(name: string, reason: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(OmasClientMessages.INVALID_OPTION, [name, reason], {
    exceptionProperties: { parameterName: name },
  });
}

function checkCount(value: unknown, name: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw invalid(name, 'a whole number >= 0 is needed');
  return n;
}

/**
 * Sends the operations of one OMAS (or framework service) over REST, exactly as Egeria's Java
 * client does: path values percent-encoded, query parameters from the definition, the body's
 * `class` filled in, and every answer read through the FFDC envelope.
 * @public
 */
export class OmasRestClient implements OperationInvoker {
  /** The service this client sends operations for. */
  readonly service: ServiceDefinition;
  /** The transport in use. */
  readonly transport: OmasTransport;
  private readonly ownsTransport: boolean;
  private readonly rootPath: string;

  constructor(options: OmasRestClientOptions) {
    if (typeof options !== 'object' || options === null) throw invalid('options', 'an options object is needed');
    if (typeof options.service !== 'object' || options.service === null || typeof options.service.root !== 'object') {
      throw invalid('service', 'a ServiceDefinition is needed');
    }
    this.service = options.service;
    this.ownsTransport = !(options.transport instanceof OmasTransport);
    this.transport =
      options.transport instanceof OmasTransport ? options.transport : new OmasTransport(options.transport);
    try {
      this.rootPath = serviceRootPath(options.service.root, {
        serverName: this.transport.serverName,
        userId: this.transport.userId,
        serviceURLMarker: options.serviceURLMarker,
      });
    } catch (error) {
      if (this.ownsTransport) void this.transport.close();
      throw error;
    }
  }

  /**
   * Sends one operation and returns its response field: the GUID, the element, the list (empty
   * when the server sent none) or undefined for a void response.
   * @throws InvalidParameterException before sending, for a missing path value, required query
   *   parameter or body; or as reported by the server
   * @throws UserNotAuthorizedException, PropertyServerException... as reported by the server
   * @throws PropertyServerException for a transport failure, a non-200 status or a body that is not an Egeria response
   */
  async invoke<T = unknown>(operation: OperationDefinition, request: OperationRequest = {}): Promise<T> {
    const path = `${this.rootPath}${fillOperationPath(operation, request.path)}${buildOperationQuery(operation, request.query)}`;
    const body = this.serialiseBody(operation, request.body);
    const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/json' };
    const response = await this.transport.send({
      method: operation.method,
      path,
      headers,
      body,
      signal: request.signal,
      timeoutMs: request.timeoutMs,
      idempotent: operation.method === 'GET' || !operation.creates,
      operationName: operation.name,
    });
    const parsed = readOmasResponse(response, {
      method: operation.method,
      path,
      operationName: operation.name,
      secrets: this.transport.secretValues(),
    });
    const result = extractResult(parsed, operation.response, operation.name);
    registerSecretsOfConnections(operation.response.bean, result);
    // A create answers the new element's GUID; a success without one must not pass for a GUID.
    if (
      operation.creates === true &&
      operation.answersNoGUID !== true &&
      operation.response.field === 'guid' &&
      (typeof result !== 'string' || result === '')
    ) {
      throw PropertyServerException.fromDefinition(OmasClientMessages.NO_GUID, [operation.name], {
        actionDescription: operation.name,
      });
    }
    return result as T;
  }

  /**
   * Pages through a list operation with its own paging parameter names, yielding each element,
   * until a page comes back shorter than the page size (or empty, for a page size of 0).
   * @throws InvalidParameterException (at once) when the operation is not a paged list
   */
  iterate<T = unknown>(
    operation: OperationDefinition,
    request: OperationRequest = {},
    options: PageOptions = {},
  ): AsyncIterableIterator<T> {
    const paging = operation.paging;
    if (!paging || !operation.response.list) {
      throw InvalidParameterException.fromDefinition(OmasClientMessages.NOT_PAGED, [operation.name], {
        actionDescription: operation.name,
        exceptionProperties: { parameterName: 'operation' },
      });
    }
    const query = request.query ?? {};
    const start = checkCount(options.startFrom ?? query[paging.startFrom] ?? 0, 'startFrom');
    const size = checkCount(options.pageSize ?? query[paging.pageSize] ?? DEFAULT_ITERATION_PAGE_SIZE, 'pageSize');
    return this.pages<T>(operation, request, paging, start, size);
  }

  /** Closes the transport when this client created it; a shared transport stays open. */
  async close(): Promise<void> {
    if (this.ownsTransport) await this.transport.close();
  }

  private async *pages<T>(
    operation: OperationDefinition,
    request: OperationRequest,
    paging: { readonly startFrom: string; readonly pageSize: string },
    start: number,
    size: number,
  ): AsyncGenerator<T, void, undefined> {
    let startFrom = start;
    for (;;) {
      const page = await this.invoke<T[]>(operation, {
        ...request,
        query: { ...request.query, [paging.startFrom]: startFrom, [paging.pageSize]: size },
      });
      for (const element of page) yield element;
      if (page.length === 0 || (size > 0 && page.length < size)) return;
      startFrom += page.length;
    }
  }

  private serialiseBody(operation: OperationDefinition, body: unknown): string | undefined {
    if (body === undefined || body === null) {
      if (operation.requestBody !== undefined && operation.bodyRequired) {
        throw InvalidParameterException.fromDefinition(
          OmasClientMessages.MISSING_BODY,
          [operation.requestBody, operation.name],
          {
            actionDescription: operation.name,
            exceptionProperties: { parameterName: 'requestBody' },
          },
        );
      }
      return undefined;
    }
    if (operation.requestBody === undefined) {
      throw InvalidParameterException.fromDefinition(OmasClientMessages.UNEXPECTED_BODY, [operation.name], {
        actionDescription: operation.name,
        exceptionProperties: { parameterName: 'requestBody' },
      });
    }
    const json = JSON.stringify(body);
    if (
      json.startsWith('{') &&
      typeof body === 'object' &&
      !Array.isArray(body) &&
      (body as Record<string, unknown>)['class'] === undefined
    ) {
      // The bean's class goes first, as Egeria's Java clients write it; spliced into the text
      // rather than copying the body (an absent or undefined class is not in `json`).
      const cls = `{"class":${JSON.stringify(operation.requestBody)}`;
      return json === '{}' ? `${cls}}` : `${cls},${json.slice(1)}`;
    }
    return json;
  }
}
