/**
 * Egeria's FFDC error answers: HTTP 200 with the error in the operation's response bean, filled as
 * Egeria 5.2's RESTExceptionHandler fills it. Only InvalidParameterException,
 * UserNotAuthorizedException and PropertyServerException are reported as themselves; anything else
 * becomes a PropertyServerException with the OMAG-COMMON-400-016 message and the original class in
 * `exceptionCausedBy`.
 */
import {
  ConnectionCheckedException,
  ConnectorCheckedException,
  EgeriaError,
  InvalidParameterException,
  PropertyServerException,
  UserNotAuthorizedException,
  redact,
} from '@egeria-ts/core';
import { adminApiError } from './rest-messages';

/** Egeria 5.2's package of the exceptions a REST answer names (the OCF's `ffdc` package). */
export const EXCEPTION_PACKAGE = 'org.odpi.openmetadata.frameworks.connectors.ffdc';

/** The fully qualified Java class names that stand for core's error classes. */
function javaClassOf(error: unknown): string | undefined {
  if (error instanceof InvalidParameterException) return `${EXCEPTION_PACKAGE}.InvalidParameterException`;
  if (error instanceof UserNotAuthorizedException) return `${EXCEPTION_PACKAGE}.UserNotAuthorizedException`;
  if (error instanceof PropertyServerException) return `${EXCEPTION_PACKAGE}.PropertyServerException`;
  if (error instanceof ConnectorCheckedException) return `${EXCEPTION_PACKAGE}.ConnectorCheckedException`;
  if (error instanceof ConnectionCheckedException) return `${EXCEPTION_PACKAGE}.ConnectionCheckedException`;
  return undefined;
}

function isReportedAsItself(error: unknown): error is EgeriaError {
  return (
    error instanceof InvalidParameterException ||
    error instanceof UserNotAuthorizedException ||
    error instanceof PropertyServerException
  );
}

function errorName(error: unknown): string {
  if (error instanceof Error && error.name) return error.name;
  return typeof error;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Text that passes the redaction step, so a registered secret never leaves in an answer. */
function clean(text: string): string {
  return redact(text) as string;
}

/**
 * The FFDC answer for an error.
 * @param responseClass - the `class` of the operation's response bean, such as `VoidResponse`
 * @param error - what was thrown
 * @param action - Egeria's name of the operation, used when the error names none
 */
export function ffdcErrorBody(responseClass: string, error: unknown, action: string): Record<string, unknown> {
  let reported: EgeriaError;
  let causedBy: string | undefined;
  if (isReportedAsItself(error)) {
    reported = error;
    causedBy = error.exceptionCausedBy;
  } else {
    causedBy = javaClassOf(error) ?? errorName(error);
    reported = adminApiError(PropertyServerException, 'UNEXPECTED_EXCEPTION', [causedBy, action, errorMessage(error)], {
      actionDescription: action,
    });
  }
  const body: Record<string, unknown> = {
    class: responseClass,
    relatedHTTPCode: reported.relatedHTTPCode,
    exceptionClassName: javaClassOf(reported) ?? `${EXCEPTION_PACKAGE}.PropertyServerException`,
  };
  if (causedBy !== undefined) body['exceptionCausedBy'] = clean(causedBy);
  body['actionDescription'] = clean(reported.actionDescription ?? action);
  body['exceptionErrorMessage'] = clean(reported.message);
  if (reported.messageId !== undefined) body['exceptionErrorMessageId'] = reported.messageId;
  body['exceptionErrorMessageParameters'] = reported.parameters.map(clean);
  if (reported.systemAction !== undefined) body['exceptionSystemAction'] = clean(reported.systemAction);
  if (reported.userAction !== undefined) body['exceptionUserAction'] = clean(reported.userAction);
  if (Object.keys(reported.exceptionProperties).length > 0) {
    body['exceptionProperties'] = redact(reported.exceptionProperties);
  }
  return body;
}
