/**
 * Egeria's FFDC error answers: HTTP 200 with the error in the response bean.
 */
import {
  EgeriaError,
  InvalidParameterException,
  PropertyServerException,
  UserNotAuthorizedException,
} from '@egeria-ts/core';
import type { EgeriaErrorOptions } from '@egeria-ts/core';
import { ERROR_CODES } from './error-codes';
import type { ErrorCodeName } from './error-codes';

/** Egeria 5.2's package for the three checked exceptions a REST answer names. */
export const EXCEPTION_PACKAGE = 'org.odpi.openmetadata.frameworks.connectors.ffdc';

/** The class Egeria's repository services use for an unknown entity (reported as `exceptionCausedBy`). */
export const ENTITY_NOT_KNOWN_CLASS = 'org.odpi.openmetadata.repositoryservices.ffdc.exception.EntityNotKnownException';

/** The class Egeria's repository services use for an unknown relationship. */
export const RELATIONSHIP_NOT_KNOWN_CLASS =
  'org.odpi.openmetadata.repositoryservices.ffdc.exception.RelationshipNotKnownException';

type ErrorClass = typeof InvalidParameterException | typeof UserNotAuthorizedException | typeof PropertyServerException;

/**
 * Builds a typed error from one of the emulator's message definitions.
 * @param errorClass - the core error class, matching the Java exception Egeria throws
 * @param code - the message definition
 * @param inserts - the message inserts, in Egeria's order
 * @param options - action description, exception properties, caused-by class
 */
export function egeriaError(
  errorClass: ErrorClass,
  code: ErrorCodeName,
  inserts: readonly unknown[],
  options: EgeriaErrorOptions = {},
): EgeriaError {
  const definition = ERROR_CODES[code];
  const parameters = inserts.map((i) => (i === undefined || i === null ? 'null' : String(i)));
  const text = definition.template.replace(/\{(\d+)\}/g, (whole, n: string) => parameters[Number(n)] ?? whole);
  return new errorClass(`${definition.messageId} ${text}`, {
    messageId: definition.messageId,
    relatedHTTPCode: definition.httpCode,
    systemAction: definition.systemAction,
    userAction: definition.userAction,
    parameters,
    ...options,
  });
}

/** An InvalidParameterException naming the parameter at fault, as Egeria's handlers raise it. */
export function invalidParameter(
  code: ErrorCodeName,
  inserts: readonly unknown[],
  action: string,
  parameterName: string | undefined,
  causedBy?: string,
): EgeriaError {
  return egeriaError(InvalidParameterException, code, inserts, {
    actionDescription: action,
    exceptionProperties: parameterName === undefined ? undefined : { parameterName },
    exceptionCausedBy: causedBy,
  });
}

/** Egeria's answer for a null or empty GUID parameter. */
export function nullGUID(parameterName: string, action: string): EgeriaError {
  return invalidParameter('NULL_GUID', [parameterName, action], action, parameterName);
}

/** Egeria's answer for a null or empty name parameter. */
export function nullName(parameterName: string, action: string): EgeriaError {
  return invalidParameter('NULL_NAME', [parameterName, action], action, parameterName);
}

/** Egeria's answer when its code dereferences a null: a PropertyServerException caused by a Java NullPointerException. */
export function nullPointer(what: string, action: string): EgeriaError {
  const causedBy = 'java.lang.NullPointerException';
  return egeriaError(PropertyServerException, 'UNEXPECTED_EXCEPTION', [causedBy, action, what], {
    actionDescription: action,
    exceptionCausedBy: causedBy,
  });
}

/** Egeria's answer for a missing request body. */
export function noRequestBody(userId: string, action: string, serverName: string): EgeriaError {
  return invalidParameter('NO_REQUEST_BODY', [userId, action, serverName], action, undefined);
}

/** Egeria's answer for a properties object of the wrong class. */
export function invalidPropertiesObject(expectedJavaClass: string, action: string): EgeriaError {
  return invalidParameter('INVALID_PROPERTIES_OBJECT', [action, expectedJavaClass], action, undefined);
}

/** The fully qualified Java class name Egeria 5.2 puts in `exceptionClassName` for an error. */
export function exceptionClassNameOf(error: EgeriaError): string {
  if (error instanceof InvalidParameterException) return `${EXCEPTION_PACKAGE}.InvalidParameterException`;
  if (error instanceof UserNotAuthorizedException) return `${EXCEPTION_PACKAGE}.UserNotAuthorizedException`;
  return `${EXCEPTION_PACKAGE}.PropertyServerException`;
}

/**
 * Fills an FFDC response bean from an error, as Egeria's RESTExceptionHandler does. Anything that
 * is not one of the three checked exceptions is reported as a PropertyServerException with the
 * UNEXPECTED_EXCEPTION message.
 * @param responseClass - the `class` of the response bean, such as `GUIDResponse`
 * @param error - what was thrown
 * @param action - the operation, used when the error does not carry one
 */
export function ffdcBody(responseClass: string, error: unknown, action: string): Record<string, unknown> {
  let egeria: EgeriaError;
  let causedBy: string | undefined;
  if (
    error instanceof InvalidParameterException ||
    error instanceof UserNotAuthorizedException ||
    error instanceof PropertyServerException
  ) {
    egeria = error;
    causedBy = error.exceptionCausedBy;
  } else {
    const javaClass = 'java.lang.RuntimeException';
    const message = error instanceof Error ? error.message : String(error);
    egeria = egeriaError(PropertyServerException, 'UNEXPECTED_EXCEPTION', [javaClass, action, message], {
      actionDescription: action,
    });
    causedBy = javaClass;
  }
  const body: Record<string, unknown> = {
    class: responseClass,
    relatedHTTPCode: egeria.relatedHTTPCode,
    exceptionClassName: exceptionClassNameOf(egeria),
  };
  if (causedBy !== undefined) body['exceptionCausedBy'] = causedBy;
  body['actionDescription'] = egeria.actionDescription ?? action;
  body['exceptionErrorMessage'] = egeria.message;
  if (egeria.messageId !== undefined) body['exceptionErrorMessageId'] = egeria.messageId;
  body['exceptionErrorMessageParameters'] = [...egeria.parameters];
  if (egeria.systemAction !== undefined) body['exceptionSystemAction'] = egeria.systemAction;
  if (egeria.userAction !== undefined) body['exceptionUserAction'] = egeria.userAction;
  if (Object.keys(egeria.exceptionProperties).length > 0)
    body['exceptionProperties'] = { ...egeria.exceptionProperties };
  return body;
}
