import { AuditLogSeverity, type MessageDefinition } from '@egeria-ts/core';

/** Defines one message of the typed service clients (internal helper). */
function error(messageId: string, template: string, userAction: string): MessageDefinition {
  return Object.freeze({
    messageId,
    httpCode: 400,
    severity: AuditLogSeverity.ERROR,
    template,
    systemAction: 'The request is not sent.',
    userAction,
  });
}

/** The errors that the typed service clients raise before anything is sent. */
export const ServiceClientMessages = Object.freeze({
  MISSING_VALUE: error(
    'EGERIA-TS-OMAS-CLIENT-400-101',
    'The {0} value that {1} puts in its URL path is missing or blank',
    'Pass a non-blank {0}.',
  ),
  NOT_PAGED: error(
    'EGERIA-TS-OMAS-CLIENT-400-102',
    'The {0} operation is not a paged list',
    'Call the operation once, not page by page.',
  ),
});
