import { AuditLogSeverity, type MessageDefinition } from '@egeria-ts/core';

/** Defines one client-side error message (internal helper). */
function error(messageId: string, httpCode: number, template: string, systemAction: string, userAction: string) {
  return Object.freeze({
    messageId,
    httpCode,
    severity: AuditLogSeverity.ERROR,
    template,
    systemAction,
    userAction,
  }) satisfies MessageDefinition;
}

/**
 * The errors that the OMAS client raises itself (as opposed to those the server reports).
 * Ids follow Egeria's convention: the HTTP code is embedded in the id.
 */
export const OmasClientMessages = Object.freeze({
  MISSING_PATH_VALUE: error(
    'EGERIA-TS-OMAS-CLIENT-400-001',
    400,
    'The {0} parameter passed to {1} is missing or empty',
    'The request is not sent.',
    'Pass a value for {0}.',
  ),
  MISSING_QUERY_VALUE: error(
    'EGERIA-TS-OMAS-CLIENT-400-002',
    400,
    'The required query parameter {0} of {1} has no value',
    'The request is not sent.',
    'Pass a value for the {0} query parameter.',
  ),
  UNKNOWN_QUERY_PARAMETER: error(
    'EGERIA-TS-OMAS-CLIENT-400-003',
    400,
    'The query parameter {0} is not one that {1} takes (it takes: {2})',
    'The request is not sent.',
    'Correct the name of the query parameter.',
  ),
  MISSING_BODY: error(
    'EGERIA-TS-OMAS-CLIENT-400-004',
    400,
    'The {1} operation needs a request body ({0})',
    'The request is not sent.',
    'Pass a {0} as the body.',
  ),
  UNEXPECTED_BODY: error(
    'EGERIA-TS-OMAS-CLIENT-400-005',
    400,
    'The {0} operation takes no requestBody, but one was passed',
    'The request is not sent.',
    'Remove the body.',
  ),
  INVALID_OPTION: error(
    'EGERIA-TS-OMAS-CLIENT-400-006',
    400,
    'The {0} option is not valid: {1}',
    'The client is not created.',
    'Correct the {0} option.',
  ),
  NOT_PAGED: error(
    'EGERIA-TS-OMAS-CLIENT-400-007',
    400,
    'The {0} operation does not return pages of a list, so it cannot be iterated',
    'Nothing is sent.',
    'Call invoke() for this operation instead.',
  ),
  DUPLICATE_MIDDLEWARE: error(
    'EGERIA-TS-OMAS-CLIENT-400-008',
    400,
    'A middleware named {0} is already in the chain',
    'The middleware is not added.',
    'Remove or replace the existing middleware, or choose another name.',
  ),
  UNKNOWN_MIDDLEWARE: error(
    'EGERIA-TS-OMAS-CLIENT-400-009',
    400,
    'No middleware named {0} is in the chain (it has: {1})',
    'The chain is not changed.',
    'Use one of the names in the chain.',
  ),
  MISSING_PROPERTY: error(
    'EGERIA-TS-OMAS-CLIENT-400-010',
    400,
    'The {0} property passed to {1} is missing or empty',
    'The request is not sent.',
    'Pass a value for {0}.',
  ),
  HTTP_STATUS: error(
    'EGERIA-TS-OMAS-CLIENT-500-001',
    500,
    'The {0} request to {1} returned HTTP status {2} instead of an Egeria response: {3}',
    'The operation has failed.',
    'Check that the platform URL, server name and service are right, and look at the server log.',
  ),
  EMPTY_BODY: error(
    'EGERIA-TS-OMAS-CLIENT-500-002',
    500,
    'The {0} request to {1} returned HTTP status {2} with an empty body',
    'The operation has failed.',
    'Check that the URL reaches an Egeria platform, and look at the server log.',
  ),
  UNPARSABLE_BODY: error(
    'EGERIA-TS-OMAS-CLIENT-500-003',
    500,
    'The {0} request to {1} returned a body that is not an Egeria JSON response: {2}',
    'The operation has failed.',
    'Check that the URL reaches an Egeria platform, and look at the server log.',
  ),
  TRANSPORT_FAILURE: error(
    'EGERIA-TS-OMAS-CLIENT-503-004',
    503,
    'The {0} request to {1} failed before a response arrived ({2}): {3}',
    'The operation has failed.',
    'Check that the metadata server is running and reachable, then retry.',
  ),
  TIMEOUT: error(
    'EGERIA-TS-OMAS-CLIENT-504-005',
    504,
    'The {0} request to {1} got no response within {2} ms',
    'The request is abandoned; the server may still complete it.',
    'Check the load on the metadata server, or allow more time with the timeoutMs option.',
  ),
  UNEXPECTED_EXCEPTION: error(
    'EGERIA-TS-OMAS-CLIENT-500-006',
    500,
    'The server reported {0} from {1}',
    'The operation has failed.',
    'Look at the server log for the cause.',
  ),
  BAD_RESULT: error(
    'EGERIA-TS-OMAS-CLIENT-500-007',
    500,
    'The response to {0} has a {1} field that is not a list',
    'The operation has failed.',
    'Check that the server runs a supported Egeria release.',
  ),
  CLOSED: error(
    'EGERIA-TS-OMAS-CLIENT-409-008',
    409,
    'The OMAS transport is closed, so the {0} request to {1} was not sent',
    'The request is not sent.',
    'Create a new client, or stop using this one after close().',
  ),
  NO_GUID: error(
    'EGERIA-TS-OMAS-CLIENT-500-011',
    500,
    'The response to {0} reports success but carries no GUID of the element created',
    'The element may have been created, but its GUID is unknown.',
    'Look the element up by its unique name before creating it again, and check that the server runs a supported Egeria release.',
  ),
});
