import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  AuditLogger,
  AuditLogSeverity,
  ConnectorCheckedException,
  FunctionAuditLogDestination,
  InMemoryAuditLogDestination,
  JsonLinesAuditLogDestination,
  redactConnection,
  resolveSecretReferences,
  type MessageDefinition,
  type VirtualConnection,
} from '@egeria-ts/core';

// Every secret below starts with this marker; nothing written may contain it.
const MARK = `S3NT1NEL${randomBytes(4).toString('hex')}`;
const secret = (where: string): string => `${MARK}-${where}-${randomBytes(6).toString('hex')}`;

const MESSAGE: MessageDefinition = {
  messageId: 'OMIS-TEST-INTEGRATOR-0009',
  severity: AuditLogSeverity.ERROR,
  template: 'Connector {0} could not use {1} with {2}',
  systemAction: 'It retries {0}.',
  userAction: 'Check {1}.',
};

let dir: string;
const ENV_NAME = `EGERIA_TS_SENTINEL_${randomBytes(3).toString('hex').toUpperCase()}`;
const s = {
  clear: secret('clearPassword'),
  env: secret('env'),
  file: secret('file'),
  secured: secret('securedProperty'),
  embedded: secret('embedded'),
  url: secret('url'),
  token: secret('token'),
  bearer: secret('bearer'),
  nested: secret('nested'),
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'egeria-ts-sentinel-'));
  await writeFile(path.join(dir, 'secret.txt'), `${s.file}\n`);
  process.env[ENV_NAME] = s.env;
});

afterAll(async () => {
  delete process.env[ENV_NAME];
  await rm(dir, { recursive: true, force: true });
});

describe('a sentinel secret placed everywhere never appears in anything written', () => {
  it('through connections, audit records, errors and every destination', async () => {
    const written: string[] = [];
    const lines: string[] = [];
    const memory = new InMemoryAuditLogDestination();
    const stderrLines: string[] = [];
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderrLines.push(String(chunk));
      return true;
    });
    try {
      const connection: VirtualConnection = {
        class: 'VirtualConnection',
        qualifiedName: 'pg-connection',
        userId: 'erin',
        clearPassword: s.clear,
        encryptedPassword: `\${env:${ENV_NAME}}`,
        securedProperties: { fromFile: '${file:secret.txt}', plain: s.secured },
        endpoint: { address: `postgresql://erin:${s.url}@db:5432/sales` },
        configurationProperties: { token: s.token, schema: 'public' },
        embeddedConnections: [{ embeddedConnection: { clearPassword: s.embedded } }],
      };
      const resolved = await resolveSecretReferences(connection, { baseDir: dir });
      const everything = JSON.stringify(resolved);
      // The test can fail: every sentinel is really in what gets logged.
      for (const value of Object.values(s).filter((v) => v !== s.bearer && v !== s.nested)) {
        expect(everything).toContain(value);
      }

      const root = new AuditLogger({
        component: 'IntegrationDaemon:d1',
        includeStackTraces: true,
        destinations: [
          memory,
          new JsonLinesAuditLogDestination({ stream: { write: (c: string) => lines.push(c) } }),
          new FunctionAuditLogDestination((r) => void written.push(JSON.stringify(r))),
        ],
      });
      const stderrLog = new AuditLogger({ component: 'stderr-log' });
      for (const log of [root.createChild('pg-connector'), stderrLog.createChild('pg-connector')]) {
        log.logMessage('refresh', MESSAGE, [resolved.clearPassword, resolved, `Authorization: Bearer ${s.bearer}`], {
          connection: resolved,
          headers: { Authorization: `Basic ${Buffer.from(`erin:${s.env}`).toString('base64')}` },
          request: `GET /x?access_token=${s.bearer}`,
          deep: { a: [{ b: { apiKey: s.nested, note: `file says ${s.file}` } }] },
          secured: resolved.securedProperties,
        });
        const error = new ConnectorCheckedException(`login as erin with ${s.env} failed`, {
          parameters: [s.clear, s.secured],
          exceptionProperties: { connection: resolved, password: s.nested },
          cause: new Error(`server said: bad password ${s.file}; header Authorization: Bearer ${s.bearer}`),
        });
        log.logException('refresh', MESSAGE, error, [s.embedded, s.url, resolved.endpoint?.address]);
      }

      // A failed resolution of a connection that holds secrets elsewhere.
      let failure: unknown;
      try {
        await resolveSecretReferences({ ...connection, clearPassword: '${env:EGERIA_TS_NOT_SET_ANYWHERE}' });
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(Error);
      root.logException('start', MESSAGE, failure, []);

      const failureText = JSON.stringify(failure) + String((failure as Error).message);
      const outputs = {
        memory: JSON.stringify(memory.records),
        jsonLines: lines.join(''),
        fn: written.join('\n'),
        stderr: stderrLines.join(''),
        failure: failureText,
        redactedConnection: JSON.stringify(redactConnection(resolved)),
      };
      expect(memory.records).toHaveLength(3);
      expect(lines).toHaveLength(3);
      expect(stderrLines).toHaveLength(2);
      for (const [where, text] of Object.entries(outputs)) {
        const at = text.indexOf(MARK);
        const leak = at < 0 ? null : text.slice(Math.max(0, at - 120), at + 60);
        expect({ where, leak }).toEqual({ where, leak: null });
      }
      // And the records still say what happened.
      expect(memory.records[0].messageText).toMatch(
        /^Connector \*\*\* could not use \{.*\} with Authorization: Bearer \*\*\*$/,
      );
      expect(memory.records[1].exception?.message).toBe('login as erin with *** failed');
      expect(memory.records[2].exception?.message).toContain('EGERIA_TS_NOT_SET_ANYWHERE');
    } finally {
      stderr.mockRestore();
    }
  });
});
