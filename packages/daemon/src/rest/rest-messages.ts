/**
 * The error messages the REST admin API raises itself. Ids, HTTP codes and the order of the
 * inserts are Egeria 5.2's where Egeria has a message for the case (OMAGCommonErrorCode,
 * OMAGServerInstanceErrorCode); the wording is our own. The `EGERIA-TS-ADMIN-API-` ids are ours.
 */
import {
  EgeriaError,
  InvalidParameterException,
  PropertyServerException,
  UserNotAuthorizedException,
} from '@egeria-ts/core';
import type { EgeriaErrorOptions, MessageDefinition } from '@egeria-ts/core';

function def(messageId: string, httpCode: number, template: string, systemAction: string, userAction: string) {
  return Object.freeze({ messageId, httpCode, template, systemAction, userAction }) satisfies MessageDefinition;
}

/** Message definitions of the REST admin API, by name. */
export const ADMIN_API_MESSAGES = Object.freeze({
  /** Inserts: parameter name, operation. */
  NULL_NAME: def(
    'OMAG-COMMON-400-006',
    400,
    'No name was supplied on the {0} parameter of operation {1}',
    'The request is rejected and nothing changes.',
    'Supply a non-empty name, or leave the name out where the operation allows it, and retry.',
  ),
  /** Inserts: parameter name, operation. */
  NULL_OBJECT: def(
    'OMAG-COMMON-400-015',
    400,
    'No value was supplied on the {0} parameter of operation {1}',
    'The request is rejected and nothing changes.',
    'Supply the value in the request body and retry.',
  ),
  /** Inserts: exception class, operation, its message. */
  UNEXPECTED_EXCEPTION: def(
    'OMAG-COMMON-400-016',
    400,
    'Operation {1} failed with an unexpected {0}: {2}',
    'The request did not complete and the error is returned to the caller.',
    'Read the message and the daemon log for the cause, correct it and retry.',
  ),
  /** Inserts: connector provider class name, required connector interface, service full name. */
  NOT_CORRECT_CONNECTOR_PROVIDER: def(
    'OMAG-MULTI-TENANT-400-004',
    400,
    'Connector provider class {0} does not give a connector of type {1}, which the {2} needs',
    'The connector is reported as not usable by this integration service.',
    'Register the connector class with the daemon, check its name and the service it is written for, and retry.',
  ),
  /** Inserts: server name, user id. */
  SERVER_NOT_AVAILABLE: def(
    'OMAG-MULTI-TENANT-404-001',
    404,
    'Server {0} is not running on this platform, so the request from user {1} cannot be served',
    'The request is rejected and nothing changes.',
    'Send the request to the name of the integration daemon that this admin API serves.',
  ),
  /** No insert. */
  NO_TOKEN: def(
    'EGERIA-TS-ADMIN-API-401-001',
    401,
    'The request carries no bearer token, and this admin API requires one',
    'The request is rejected and nothing changes.',
    'Send the configured token in an `Authorization: Bearer <token>` header.',
  ),
  /** No insert. */
  WRONG_TOKEN: def(
    'EGERIA-TS-ADMIN-API-401-002',
    401,
    'The bearer token of the request is not the one this admin API accepts',
    'The request is rejected and nothing changes.',
    'Send the token configured for the admin API of this daemon.',
  ),
  /** Inserts: host. */
  NON_LOOPBACK_WITHOUT_TOKEN: def(
    'EGERIA-TS-ADMIN-API-400-001',
    400,
    'The admin API would listen on {0}, which is reachable from other machines, with no bearer token',
    'The admin API does not start.',
    'Configure a token, listen on a loopback address such as 127.0.0.1, or set allowNonLoopbackWithoutToken to true.',
  ),
  /** Inserts: option name, what it must be, the value found. */
  BAD_OPTION: def(
    'EGERIA-TS-ADMIN-API-400-002',
    400,
    'Admin API option {0} must be {1}; got {2}',
    'The admin API does not start.',
    'Correct the option and start the admin API again.',
  ),
  /** Inserts: the reason. */
  BAD_TLS: def(
    'EGERIA-TS-ADMIN-API-400-003',
    400,
    'The TLS certificate and key of the admin API are not usable: {0}',
    'The admin API does not start.',
    'Pass a PEM certificate and the PEM private key that belongs to it.',
  ),
  /** Inserts: host, port, the reason. */
  LISTEN_FAILED: def(
    'EGERIA-TS-ADMIN-API-500-001',
    500,
    'The admin API cannot listen on {0} port {1}: {2}',
    'The admin API does not start.',
    'Choose a free port (0 picks one) and an address of this machine, then start it again.',
  ),
});

/** The name of one of the REST admin API's messages. */
export type AdminApiMessageName = keyof typeof ADMIN_API_MESSAGES;

type ErrorClass = typeof InvalidParameterException | typeof PropertyServerException | typeof UserNotAuthorizedException;

/**
 * Builds a typed error from one of the messages above. The message text starts with the message
 * id, as Egeria's formatted messages do.
 */
export function adminApiError(
  errorClass: ErrorClass,
  name: AdminApiMessageName,
  inserts: readonly unknown[],
  options: EgeriaErrorOptions = {},
): EgeriaError {
  const definition = ADMIN_API_MESSAGES[name];
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

/** An InvalidParameterException naming the parameter at fault. */
export function invalidParameter(
  name: AdminApiMessageName,
  inserts: readonly unknown[],
  parameterName: string,
  actionDescription?: string,
): EgeriaError {
  return adminApiError(InvalidParameterException, name, inserts, {
    actionDescription,
    exceptionProperties: { parameterName },
  });
}
