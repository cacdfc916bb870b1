import type { MessageDefinition } from '@egeria-ts/core';

/** Error messages of the export service example (component `EGERIA-TS-EXPORT-SERVICE`). */
export const EXPORT_SERVICE_ERROR_CODE = Object.freeze({
  /** {0} field, {1} problem, {2} value. */
  INVALID_EXPORT: {
    messageId: 'EGERIA-TS-EXPORT-SERVICE-400-001',
    httpCode: 400,
    template: 'The export request is not valid: {0} {1} (got {2})',
    systemAction: 'The export is not added.',
    userAction:
      'Send a JSON object with a name (letters, digits, _ and -), a format (csv, json, parquet, avro) and rows.',
  },
  /** {0} operation, {1} state. */
  WRONG_STATE: {
    messageId: 'EGERIA-TS-EXPORT-SERVICE-409-001',
    httpCode: 409,
    template: 'The export service cannot {0} while it is {1}',
    systemAction: 'The request is refused.',
    userAction: 'Start the service once; after stop, build a new one.',
  },
} satisfies Record<string, MessageDefinition>);
