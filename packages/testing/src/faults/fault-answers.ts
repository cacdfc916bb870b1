/** The answers the fault proxy makes up. */
import { formatMessage } from '@egeria-ts/core';
import { TESTING_ERROR_CODE } from '../testing-messages';
import type { FfdcFault, InjectedExceptionName } from './fault-rules';

/** A made-up HTTP answer. @internal */
export interface FaultAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
}

const EXCEPTION_PACKAGE = 'org.odpi.openmetadata.frameworks.connectors.ffdc';

const DEFAULT_RELATED_CODE: Readonly<Record<InjectedExceptionName, number>> = {
  PropertyServerException: 500,
  InvalidParameterException: 400,
  UserNotAuthorizedException: 401,
};

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function json(status: number, value: unknown): FaultAnswer {
  return { status, contentType: 'application/json', body: Buffer.from(JSON.stringify(value), 'utf8') };
}

/** A Spring-style error answer, as an Egeria platform gives for an unhandled failure. @internal */
export function httpErrorAnswer(status: number, path: string): FaultAnswer {
  return json(status, {
    timestamp: new Date().toISOString(),
    status,
    error: REASONS[status] ?? 'Error',
    path,
  });
}

/** An HTML page. @internal */
export function htmlAnswer(status: number): FaultAnswer {
  const body =
    '<!DOCTYPE html>\n<html><head><title>Service temporarily unavailable</title></head>' +
    '<body><h1>Service temporarily unavailable</h1><p>The test fault proxy answered in place of the server.</p></body></html>\n';
  return { status, contentType: 'text/html; charset=utf-8', body: Buffer.from(body, 'utf8') };
}

/** An Egeria FFDC error answer (HTTP 200, the error in the bean). @internal */
export function ffdcAnswer(rule: FfdcFault, method: string, path: string): FaultAnswer {
  const exception = rule.exceptionClassName ?? 'PropertyServerException';
  const parameters = [method, path, `ffdc ${exception}`];
  const definition = TESTING_ERROR_CODE.INJECTED_FAULT;
  return json(200, {
    class: 'VoidResponse',
    relatedHTTPCode: rule.relatedHTTPCode ?? DEFAULT_RELATED_CODE[exception] ?? 500,
    exceptionClassName: `${EXCEPTION_PACKAGE}.${exception}`,
    actionDescription: `${method} ${path}`,
    exceptionErrorMessage: `${definition.messageId} ${formatMessage(definition, parameters)}`,
    exceptionErrorMessageId: definition.messageId,
    exceptionErrorMessageParameters: parameters,
    exceptionSystemAction: definition.systemAction,
    exceptionUserAction: definition.userAction,
  });
}

/** A made-up successful answer, to be cut. @internal */
export function madeUpJson(): Buffer {
  return Buffer.from(
    JSON.stringify({ class: 'GUIDResponse', relatedHTTPCode: 200, guid: '00000000-0000-0000-0000-000000000000' }),
    'utf8',
  );
}

/** The first half of a body (at least one byte short of it). @internal */
export function truncate(body: Buffer): Buffer {
  if (body.length <= 1) return Buffer.alloc(0);
  return body.subarray(0, Math.max(1, Math.floor(body.length / 2)));
}
