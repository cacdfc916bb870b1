import { AuditLogSeverity, type MessageDefinition } from '@egeria-ts/core';

/** Error messages of the OpenAPI connector (component `EGERIA-TS-OPENAPI`). */
export const OPENAPI_ERROR_CODE = Object.freeze({
  /** {0} document location, {1} field, {2} problem. */
  INVALID_DOCUMENT: {
    messageId: 'EGERIA-TS-OPENAPI-400-001',
    httpCode: 400,
    template: 'The OpenAPI document at {0} is not valid at {1}: {2}',
    systemAction: 'Nothing is catalogued in this refresh; the catalog is left as it was.',
    userAction: 'Correct the document (an OpenAPI 3 document in JSON or YAML), then refresh again.',
  },
  /** {0} field, {1} problem. */
  BAD_LOCATION: {
    messageId: 'EGERIA-TS-OPENAPI-400-002',
    httpCode: 400,
    template: 'The OpenAPI document location in {0} is not usable: {1}',
    systemAction: 'The connector does not start.',
    userAction: 'Set the endpoint address to the path of the document, or to its http(s) URL.',
  },
  /** {0} document location, {1} problem. */
  UNREADABLE: {
    messageId: 'EGERIA-TS-OPENAPI-503-001',
    httpCode: 503,
    template: 'The OpenAPI document at {0} cannot be read: {1}',
    systemAction: 'Nothing is catalogued in this refresh; the catalog is left as it was.',
    userAction: 'Check that the file exists or that the server answers, then refresh again.',
  },
  /** {0} connector, {1} method. */
  NOT_STARTED: {
    messageId: 'EGERIA-TS-OPENAPI-409-001',
    httpCode: 409,
    template: 'Connector {0} was asked to {1} before it started',
    systemAction: 'The request is refused.',
    userAction: 'Start the connector before refreshing it.',
  },
} satisfies Record<string, MessageDefinition>);

/** Audit messages of the OpenAPI connector (component `EGERIA-TS-OPENAPI`). */
export const OPENAPI_AUDIT_CODE = Object.freeze({
  /** {0} connector, {1} document location. */
  REFRESH_STARTING: {
    messageId: 'EGERIA-TS-OPENAPI-0001',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} is cataloguing the OpenAPI document at {1}',
    systemAction: 'The connector reads the document and synchronizes open metadata with it.',
    userAction: 'None.',
  },
  /** {0} connector, {1} API qualified name, {2} operations, {3} created, {4} updated, {5} removed. */
  REFRESH_COMPLETE: {
    messageId: 'EGERIA-TS-OPENAPI-0002',
    severity: AuditLogSeverity.INFO,
    template:
      'Connector {0} catalogued API {1} with {2} operation(s): {3} element(s) created, {4} updated, {5} removed',
    systemAction: 'The refresh is complete.',
    userAction: 'None.',
  },
  /** {0} connector, {1} kind of element, {2} qualified name. */
  NOT_OWNED: {
    messageId: 'EGERIA-TS-OPENAPI-0003',
    severity: AuditLogSeverity.INFO,
    template: 'Connector {0} leaves {1} {2} alone: another metadata source owns it',
    systemAction: 'The element and what is below it are neither changed nor removed.',
    userAction: 'If this connector should maintain it, remove it from open metadata; the next refresh recreates it.',
  },
} satisfies Record<string, MessageDefinition>);
