import {
  AuditLogSeverity,
  CONNECTOR_ERROR_CODE,
  defineMessages,
  formatMessage,
  type MessageDefinition,
  type MessageDefinitions,
} from '@egeria-ts/core';

describe('defineMessages', () => {
  const rows = {
    STARTING: {
      messageId: 'EGERIA-TS-SAMPLE-0001',
      severity: AuditLogSeverity.STARTUP,
      template: 'Sample {0} is starting',
      systemAction: 'The sample starts.',
      userAction: 'None.',
    },
    BAD_VALUE: {
      messageId: 'EGERIA-TS-SAMPLE-400-002',
      httpCode: 400,
      template: 'The value {0} is not valid',
      systemAction: 'The value is refused.',
      userAction: 'Pass a valid value.',
    },
  };

  it('returns the same table, frozen, with every entry unchanged', () => {
    const table = defineMessages(rows);
    expect(table).toBe(rows);
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.keys(table)).toEqual(['STARTING', 'BAD_VALUE']);
    expect(table.BAD_VALUE.httpCode).toBe(400);
    expect(formatMessage(table.STARTING, ['one'])).toBe('Sample one is starting');
  });

  it('keeps the names typed: a known name type-checks, a misspelt one does not', () => {
    const table: MessageDefinitions<'STARTING' | 'BAD_VALUE'> = defineMessages({ ...rows });
    const entry: MessageDefinition = table.STARTING;
    expect(entry.severity).toBe(AuditLogSeverity.STARTUP);
    // @ts-expect-error STARTNG is not a name in the table
    expect(table.STARTNG).toBeUndefined();
    expect(CONNECTOR_ERROR_CODE.ILLEGAL_STATE.messageId).toBe('EGERIA-TS-CONNECTOR-409-001');
  });
});
