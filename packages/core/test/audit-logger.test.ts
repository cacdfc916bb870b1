import {
  AuditLogger,
  AuditLogSeverity,
  AUDIT_LOG_SEVERITY_ORDINALS,
  FunctionAuditLogDestination,
  InMemoryAuditLogDestination,
  InvalidParameterException,
  JsonLinesAuditLogDestination,
  PropertyServerException,
  type AuditLogDestination,
  type AuditLogRecord,
  type MessageDefinition,
  type RedactedError,
} from '@egeria-ts/core';

const REFRESHED: MessageDefinition = {
  messageId: 'OMIS-TEST-INTEGRATOR-0001',
  severity: AuditLogSeverity.INFO,
  template: 'The connector {0} catalogued {1} databases',
  systemAction: 'The connector {0} continues.',
  userAction: 'No action is required.',
};

const FAILED: MessageDefinition = {
  messageId: 'OMIS-TEST-INTEGRATOR-0002',
  severity: AuditLogSeverity.EXCEPTION,
  template: 'The connector {0} failed during {1}',
  systemAction: 'The refresh stops.',
  userAction: 'Look at the cause in the exception.',
};

function setup(options: { minimumSeverity?: AuditLogSeverity } = {}) {
  const memory = new InMemoryAuditLogDestination();
  const log = new AuditLogger({ component: 'IntegrationDaemon:d1', destinations: [memory], ...options });
  return { memory, log };
}

describe('AuditLogger records', () => {
  it('writes a record with every field filled from the definition and the inserts', () => {
    const { memory, log } = setup();
    const before = Date.now();
    log.logMessage('refresh', REFRESHED, ['pg-1', 42], { catalog: 'sales' });
    expect(memory.records).toHaveLength(1);
    const r = memory.records[0];
    expect(r).toEqual({
      timeStamp: expect.any(String),
      component: 'IntegrationDaemon:d1',
      components: ['IntegrationDaemon:d1'],
      actionDescription: 'refresh',
      severity: AuditLogSeverity.INFO,
      severityCode: AUDIT_LOG_SEVERITY_ORDINALS.INFO,
      messageId: 'OMIS-TEST-INTEGRATOR-0001',
      messageText: 'The connector pg-1 catalogued 42 databases',
      messageParameters: ['pg-1', '42'],
      systemAction: 'The connector pg-1 continues.',
      userAction: 'No action is required.',
      details: { catalog: 'sales' },
    });
    expect(new Date(r.timeStamp).toISOString()).toBe(r.timeStamp);
    expect(Date.parse(r.timeStamp)).toBeGreaterThanOrEqual(before - 1);
    expect(r.exception).toBeUndefined();
  });

  it('renders object and error inserts as text and keeps a placeholder without insert visible', () => {
    const { memory, log } = setup();
    log.logMessage('refresh', REFRESHED, [{ name: 'pg' }]);
    log.logMessage('refresh', REFRESHED, [new Error('boom'), undefined]);
    expect(memory.records[0].messageText).toBe('The connector {"name":"pg"} catalogued {1} databases');
    expect(memory.records[1].messageParameters[0]).toBe('boom');
  });

  it('freezes records so that one destination cannot change what another sees', () => {
    const { memory, log } = setup();
    log.logMessage('refresh', REFRESHED, ['a', 1], { nested: { n: 1 } });
    const r = memory.records[0];
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.details)).toBe(true);
    expect(() => {
      (r as { messageText: string }).messageText = 'changed';
    }).toThrow(TypeError);
  });

  it('does not keep references to the caller’s details object', () => {
    const { memory, log } = setup();
    const details = { count: 1, list: [1, 2] };
    log.logMessage('refresh', REFRESHED, ['a', 1], details);
    details.count = 2;
    details.list.push(3);
    expect(memory.records[0].details).toEqual({ count: 1, list: [1, 2] });
  });
});

describe('AuditLogger severities', () => {
  it('uses the severity of the definition, with Egeria’s ordinal', () => {
    const { memory, log } = setup();
    for (const severity of [AuditLogSeverity.STARTUP, AuditLogSeverity.ERROR, AuditLogSeverity.ACTIVITY]) {
      log.logMessage('start', { ...REFRESHED, severity }, ['a', 1]);
    }
    expect(memory.records.map((r) => [r.severity, r.severityCode])).toEqual([
      ['STARTUP', 8],
      ['ERROR', 5],
      ['ACTIVITY', 15],
    ]);
  });

  it('defaults to INFO for a message and EXCEPTION for an exception', () => {
    const { memory, log } = setup();
    const { severity: _omit, ...noSeverity } = REFRESHED;
    log.logMessage('refresh', noSeverity, ['a', 1]);
    log.logException('refresh', noSeverity, new Error('x'), ['a', 1]);
    expect(memory.records.map((r) => r.severity)).toEqual([AuditLogSeverity.INFO, AuditLogSeverity.EXCEPTION]);
  });

  it('drops records below the minimum severity', () => {
    const { memory, log } = setup({ minimumSeverity: AuditLogSeverity.ACTION });
    log.logMessage('refresh', { ...REFRESHED, severity: AuditLogSeverity.TRACE }, []);
    log.logMessage('refresh', { ...REFRESHED, severity: AuditLogSeverity.INFO }, []);
    log.logMessage('refresh', { ...REFRESHED, severity: AuditLogSeverity.STARTUP }, []);
    log.logException('refresh', FAILED, new Error('x'), []);
    expect(memory.records.map((r) => r.severity)).toEqual([AuditLogSeverity.STARTUP, AuditLogSeverity.EXCEPTION]);
  });

  it('refuses an unknown minimum severity, naming the option', () => {
    expect(() => new AuditLogger({ component: 'c', minimumSeverity: 'LOUD' as AuditLogSeverity })).toThrow(
      expect.objectContaining({ parameterName: 'minimumSeverity' }),
    );
  });
});

describe('AuditLogger exceptions', () => {
  it('records the error’s name, message, FFDC fields and cause chain', () => {
    const { memory, log } = setup();
    const root = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9443'), { code: 'ECONNREFUSED' });
    const error = new PropertyServerException('The server is down', {
      messageId: 'OMAG-COMMON-503-001',
      relatedHTTPCode: 503,
      parameters: ['cocoMDS1'],
      systemAction: 'sys',
      userAction: 'usr',
      actionDescription: 'createDatabase',
      exceptionProperties: { parameterName: 'serverName' },
      cause: root,
    });
    log.logException('refresh', FAILED, error, ['pg-1', 'refresh']);
    const r = memory.records[0];
    expect(r.messageText).toBe('The connector pg-1 failed during refresh');
    expect(r.exception).toEqual({
      name: 'PropertyServerException',
      message: 'The server is down',
      messageId: 'OMAG-COMMON-503-001',
      relatedHTTPCode: 503,
      parameters: ['cocoMDS1'],
      systemAction: 'sys',
      userAction: 'usr',
      actionDescription: 'createDatabase',
      exceptionProperties: { parameterName: 'serverName' },
      cause: { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:9443', code: 'ECONNREFUSED' },
    });
    expect(r.exception?.stack).toBeUndefined();
  });

  it('keeps stack traces only when asked', () => {
    const memory = new InMemoryAuditLogDestination();
    const log = new AuditLogger({ component: 'c', destinations: [memory], includeStackTraces: true });
    log.logException('refresh', FAILED, new TypeError('bad'), []);
    expect(memory.records[0].exception?.stack).toMatch(/TypeError: bad\n\s+at /);
  });

  it('survives a cause chain that loops and values that are not errors', () => {
    const { memory, log } = setup();
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    log.logException('refresh', FAILED, a, []);
    log.logException('refresh', FAILED, 'just a string', []);
    log.logException('refresh', FAILED, { reason: 'an object' }, []);
    const first = memory.records[0].exception as RedactedError;
    expect((first.cause as RedactedError).message).toBe('b');
    expect((first.cause as RedactedError).cause).toBe('[Circular]');
    expect(memory.records[1].exception).toEqual({ name: 'Error', message: 'just a string' });
    expect(memory.records[2].exception).toEqual({ name: 'object', message: '{"reason":"an object"}' });
  });

  it('refuses a missing definition with a typed error naming it', () => {
    const { log } = setup();
    expect(() => log.logMessage('refresh', undefined as unknown as MessageDefinition)).toThrow(
      InvalidParameterException,
    );
    expect(() => log.logMessage('refresh', {} as MessageDefinition)).toThrow(
      expect.objectContaining({ parameterName: 'definition' }),
    );
  });
});

describe('child logs', () => {
  it('write through the parent’s destinations and name every component in the chain', () => {
    const { memory, log } = setup();
    const connector = log.createChild('pg-catalog-connector');
    const target = connector.createChild('catalog-target:sales');
    connector.logMessage('refresh', REFRESHED, ['pg', 1]);
    target.logMessage('refresh', REFRESHED, ['pg', 2]);
    log.logMessage('refresh', REFRESHED, ['pg', 3]);
    expect(connector.component).toBe('pg-catalog-connector');
    expect(memory.records.map((r) => [r.component, r.components])).toEqual([
      ['pg-catalog-connector', ['IntegrationDaemon:d1', 'pg-catalog-connector']],
      ['catalog-target:sales', ['IntegrationDaemon:d1', 'pg-catalog-connector', 'catalog-target:sales']],
      ['IntegrationDaemon:d1', ['IntegrationDaemon:d1']],
    ]);
    expect(connector.destinations).toBe(log.destinations);
  });

  it('keep the parent’s minimum severity', () => {
    const { memory, log } = setup({ minimumSeverity: AuditLogSeverity.ERROR });
    const child = log.createChild('c');
    child.logMessage('refresh', REFRESHED, []);
    child.logException('refresh', FAILED, new Error('x'), []);
    expect(memory.records.map((r) => r.messageId)).toEqual([FAILED.messageId]);
  });

  it('refuse an empty name', () => {
    const { log } = setup();
    expect(() => log.createChild('  ')).toThrow(expect.objectContaining({ parameterName: 'component' }));
    expect(() => new AuditLogger({ component: '' })).toThrow(InvalidParameterException);
  });
});

describe('destinations', () => {
  let stderrWrite: jest.SpyInstance;
  afterEach(() => stderrWrite?.mockRestore());

  it('default to JSON lines on standard error', () => {
    const lines: string[] = [];
    stderrWrite = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const log = new AuditLogger({ component: 'IntegrationDaemon:d1' });
    log.logMessage('refresh', REFRESHED, ['pg', 7]);
    log.createChild('pg').logMessage('refresh', REFRESHED, ['pg', 8]);
    stderrWrite.mockRestore();
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.endsWith('\n')).toBe(true);
    const parsed = lines.map((l) => JSON.parse(l) as AuditLogRecord);
    expect(parsed.map((p) => p.messageText)).toEqual([
      'The connector pg catalogued 7 databases',
      'The connector pg catalogued 8 databases',
    ]);
    expect(parsed[1].components).toEqual(['IntegrationDaemon:d1', 'pg']);
  });

  it('write JSON lines to any stream', () => {
    const chunks: string[] = [];
    const log = new AuditLogger({
      component: 'c',
      destinations: [new JsonLinesAuditLogDestination({ stream: { write: (c: string) => chunks.push(c) } })],
    });
    log.logMessage('refresh', REFRESHED, ['x', 1]);
    expect(JSON.parse(chunks[0])).toMatchObject({ messageId: REFRESHED.messageId, component: 'c' });
  });

  it('hand records to a function, and every destination gets the same record', () => {
    const seen: AuditLogRecord[] = [];
    const memory = new InMemoryAuditLogDestination();
    const log = new AuditLogger({
      component: 'c',
      destinations: [new FunctionAuditLogDestination((r) => void seen.push(r)), memory],
    });
    log.logMessage('refresh', REFRESHED, ['x', 1]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(memory.records[0]);
  });

  it('keep working when one destination throws or rejects, and report the failure redacted', async () => {
    const failures: RedactedError[] = [];
    const memory = new InMemoryAuditLogDestination();
    const throwing: AuditLogDestination = {
      write: () => {
        throw new Error('disk full; Authorization: Bearer abc.def.ghi');
      },
    };
    const rejecting: AuditLogDestination = { write: () => Promise.reject(new Error('remote down')) };
    const log = new AuditLogger({
      component: 'c',
      destinations: [throwing, rejecting, memory],
      onDestinationError: (e) => failures.push(e),
    });
    expect(() => log.logMessage('refresh', REFRESHED, ['x', 1])).not.toThrow();
    expect(memory.records).toHaveLength(1);
    await log.flush();
    expect(failures.map((f) => f.message).sort()).toEqual(['disk full; Authorization: Bearer ***', 'remote down']);
  });

  it('report a failing destination on standard error by default', () => {
    const lines: string[] = [];
    stderrWrite = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const log = new AuditLogger({
      component: 'c',
      destinations: [
        {
          write: () => {
            throw new Error('nope');
          },
        },
      ],
    });
    log.logMessage('refresh', REFRESHED, []);
    stderrWrite.mockRestore();
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ components: ['c'], error: { message: 'nope' } });
  });

  it('flush waits for asynchronous writes and flushes destinations', async () => {
    const written: string[] = [];
    let flushed = 0;
    const slow: AuditLogDestination = {
      write: (r) => new Promise<void>((resolve) => setImmediate(() => (written.push(r.messageId), resolve()))),
      flush: async () => {
        flushed++;
      },
    };
    const log = new AuditLogger({ component: 'c', destinations: [slow] });
    log.createChild('child').logMessage('refresh', REFRESHED, []);
    expect(written).toEqual([]);
    await log.flush();
    expect(written).toEqual([REFRESHED.messageId]);
    expect(flushed).toBe(1);
  });

  it('refuse a destination without write, naming its position', () => {
    expect(() => new AuditLogger({ component: 'c', destinations: [{} as unknown as AuditLogDestination] })).toThrow(
      expect.objectContaining({ parameterName: 'destinations[0]' }),
    );
  });

  it('in memory: finds records by message id and clears', () => {
    const { memory, log } = setup();
    log.logMessage('refresh', REFRESHED, []);
    log.logException('refresh', FAILED, new Error('x'), []);
    expect(memory.withMessageId(FAILED.messageId)).toHaveLength(1);
    memory.clear();
    expect(memory.records).toHaveLength(0);
  });
});
