import { EXCEPTION_CLASSES, type EgeriaError, PropertyServerException } from '@egeria-ts/core';
import type { ResponseDefinition } from '../operations/operation-definition';
import { OmasClientMessages } from './omas-client-messages';
import { scrubSecrets, snippet } from './redaction';
import type { TransportResponse } from './transport-types';

/**
 * The fields every Egeria OMAS response carries (`FFDCResponseBase`): on success only `class` and
 * `relatedHTTPCode`; on failure the exception's class, message and actions.
 * @public
 */
export interface FFDCResponseBase {
  /** The response bean's name, such as `GUIDResponse` (not to be relied on). */
  readonly class?: string;
  /** 200 on success, otherwise the HTTP code related to the error. */
  readonly relatedHTTPCode?: number;
  /** The fully qualified Java class name of the exception, absent on success. */
  readonly exceptionClassName?: string;
  /** The class name of the underlying exception. */
  readonly exceptionCausedBy?: string;
  /** Usually the name of the server method that failed. */
  readonly actionDescription?: string;
  /** The formatted message. */
  readonly exceptionErrorMessage?: string;
  /** The message id, such as `OMAG-COMMON-400-001`. */
  readonly exceptionErrorMessageId?: string;
  /** The message inserts. */
  readonly exceptionErrorMessageParameters?: readonly string[];
  /** What the server did. */
  readonly exceptionSystemAction?: string;
  /** What the caller should do. */
  readonly exceptionUserAction?: string;
  /** Extra detail, such as `parameterName` or `userId`. */
  readonly exceptionProperties?: Readonly<Record<string, unknown>>;
}

/** What an error is about, for the messages of the errors built here. @public */
export interface ResponseContext {
  /** The HTTP verb. */
  readonly method?: string;
  /** The request path. */
  readonly path?: string;
  /** The operation's name, such as `createDatabase`. */
  readonly operationName?: string;
  /** Secret values to mask in any text that goes into an error. */
  readonly secrets?: readonly string[];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The simple class name of a Java class name (`a.b.C$D` → `D`). */
function simpleName(className: string): string {
  const parts = className.split(/[.$]/);
  return parts[parts.length - 1] ?? className;
}

/**
 * Turns an FFDC response that reports an exception into the matching typed error, keeping every
 * field. The exception class is matched on its simple name, so 4.x
 * (`frameworks.connectors.ffdc`) and 5.x (`frameworks.openmetadata.ffdc`) servers map alike; any
 * other class becomes a PropertyServerException.
 * @param response - a parsed response body
 * @param context - what the request was, and secrets to mask
 * @returns the error, or undefined when the response reports success
 * @public
 */
export function errorFromFFDCResponse(
  response: FFDCResponseBase,
  context: ResponseContext = {},
): EgeriaError | undefined {
  const className = str(response.exceptionClassName);
  const relatedHTTPCode = typeof response.relatedHTTPCode === 'number' ? response.relatedHTTPCode : undefined;
  if (className === undefined && (relatedHTTPCode === undefined || relatedHTTPCode === 200)) return undefined;

  const secrets = context.secrets ?? [];
  const clean = (value: unknown): string | undefined => {
    const text = str(value);
    return text === undefined ? undefined : scrubSecrets(text, secrets);
  };
  const name = className === undefined ? 'PropertyServerException' : simpleName(className);
  // Own keys only: a class named `__proto__`, `constructor` or `toString` must not reach Object's prototype.
  const ErrorClass = Object.prototype.hasOwnProperty.call(EXCEPTION_CLASSES, name)
    ? EXCEPTION_CLASSES[name]
    : undefined;
  const known = ErrorClass !== undefined;
  const action = clean(response.actionDescription) ?? context.operationName;
  const parameters = Array.isArray(response.exceptionErrorMessageParameters)
    ? response.exceptionErrorMessageParameters.map((p) => scrubSecrets(String(p), secrets))
    : undefined;
  const properties =
    typeof response.exceptionProperties === 'object' && response.exceptionProperties !== null
      ? response.exceptionProperties
      : undefined;
  const message =
    clean(response.exceptionErrorMessage) ??
    OmasClientMessages.UNEXPECTED_EXCEPTION.template
      .replace('{0}', className ?? `relatedHTTPCode ${String(relatedHTTPCode)}`)
      .replace('{1}', action ?? 'the server');
  const Target = known ? ErrorClass : PropertyServerException;
  return new Target(message, {
    messageId: clean(response.exceptionErrorMessageId),
    relatedHTTPCode: relatedHTTPCode === 200 ? undefined : relatedHTTPCode,
    parameters,
    systemAction: clean(response.exceptionSystemAction),
    userAction: clean(response.exceptionUserAction),
    actionDescription: action,
    exceptionCausedBy: clean(response.exceptionCausedBy) ?? (known ? undefined : className),
    exceptionProperties: properties,
  });
}

/**
 * Reads an HTTP answer as an Egeria response: checks the status, parses the JSON and throws the
 * typed error an FFDC envelope carries. (Internal.)
 * @returns the parsed response object
 */
export function readOmasResponse(response: TransportResponse, context: ResponseContext): Record<string, unknown> {
  const secrets = context.secrets ?? [];
  const method = context.method ?? 'HTTP';
  const path = context.path ?? '';
  const failure = (definition: typeof OmasClientMessages.HTTP_STATUS, inserts: unknown[]): PropertyServerException =>
    PropertyServerException.fromDefinition(definition, inserts, {
      relatedHTTPCode: response.status >= 400 ? response.status : undefined,
      actionDescription: context.operationName,
      exceptionProperties: { httpStatus: response.status },
    });

  if (response.status !== 200) {
    throw failure(OmasClientMessages.HTTP_STATUS, [method, path, response.status, snippet(response.body, secrets)]);
  }
  // A test for any non-space character: it stops at the first one, where trim() would copy the whole body.
  if (!/\S/.test(response.body)) {
    throw failure(OmasClientMessages.EMPTY_BODY, [method, path, response.status]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    throw failure(OmasClientMessages.UNPARSABLE_BODY, [method, path, snippet(response.body, secrets)]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw failure(OmasClientMessages.UNPARSABLE_BODY, [method, path, snippet(response.body, secrets)]);
  }
  const error = errorFromFFDCResponse(parsed as FFDCResponseBase, context);
  if (error) throw error;
  return parsed as Record<string, unknown>;
}

/**
 * Takes an operation's result out of its response: the named field; for a list, `elements` or 4.x
 * `elementList`, a missing list being an empty one. (Internal.)
 */
export function extractResult(
  body: Record<string, unknown>,
  definition: ResponseDefinition,
  operationName: string,
): unknown {
  if (definition.field === undefined) return undefined;
  if (!definition.list) return body[definition.field] ?? undefined;
  const value = body[definition.field] ?? body['elementList'];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw PropertyServerException.fromDefinition(OmasClientMessages.BAD_RESULT, [operationName, definition.field], {
      actionDescription: operationName,
    });
  }
  return value;
}
