import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  ConnectionCheckedException,
  EgeriaError,
  InvalidParameterException,
  hasSecretReference,
  redact,
  resolveSecretReference,
  resolveSecretReferences,
  type Connection,
  type VirtualConnection,
} from '@egeria-ts/core';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'egeria-ts-secrets-'));
  await mkdir(path.join(dir, 'conf'));
  await writeFile(path.join(dir, 'conf', 'db-password'), 'file-pw-0001\n');
  await writeFile(path.join(dir, 'crlf'), 'file-crlf-0001\r\n\r\n');
  await writeFile(path.join(dir, 'empty'), '\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function caught(promise: Promise<unknown>): Promise<EgeriaError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EgeriaError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('resolveSecretReferences', () => {
  it('resolves env and file references in every secret field and embedded connections', async () => {
    const env = { DB_PASSWORD: 'env-pw-0001', API_KEY: 'env-key-0001', NESTED: 'env-nested-0001' };
    const connection: VirtualConnection = {
      class: 'VirtualConnection',
      qualifiedName: 'pg',
      clearPassword: '${env:DB_PASSWORD}',
      encryptedPassword: '${file:conf/db-password}',
      securedProperties: { apiKey: '${env:API_KEY}', plain: 'plain-sp-0001' },
      embeddedConnections: [
        { position: 0, embeddedConnection: { clearPassword: '${env:NESTED}' } },
        { position: 1, embeddedConnection: { clearPassword: `\${file:${path.join(dir, 'crlf')}}` } },
      ],
    };
    const resolved = await resolveSecretReferences(connection, { env, baseDir: dir });
    expect(resolved).toEqual({
      class: 'VirtualConnection',
      qualifiedName: 'pg',
      clearPassword: 'env-pw-0001',
      encryptedPassword: 'file-pw-0001',
      securedProperties: { apiKey: 'env-key-0001', plain: 'plain-sp-0001' },
      embeddedConnections: [
        { position: 0, embeddedConnection: { clearPassword: 'env-nested-0001' } },
        { position: 1, embeddedConnection: { clearPassword: 'file-crlf-0001' } },
      ],
    });
  });

  it('never changes its input', async () => {
    const connection: VirtualConnection = {
      clearPassword: '${env:A_SECRET}',
      securedProperties: { k: '${env:A_SECRET}' },
      embeddedConnections: [{ embeddedConnection: { clearPassword: '${env:A_SECRET}' } }],
      configurationProperties: { list: [1, { deep: true }] },
    };
    const snapshot = JSON.stringify(connection);
    const resolved = await resolveSecretReferences(connection, { env: { A_SECRET: 'a-secret-0001' } });
    expect(JSON.stringify(connection)).toBe(snapshot);
    expect(resolved.securedProperties).not.toBe(connection.securedProperties);
    expect(resolved.configurationProperties).not.toBe(connection.configurationProperties);
    expect(resolved.configurationProperties).toEqual(connection.configurationProperties);
  });

  it('reads process.env and the working directory by default', async () => {
    process.env['EGERIA_TS_TEST_SECRET'] = 'process-env-0001';
    try {
      const resolved = await resolveSecretReferences({ clearPassword: '${env:EGERIA_TS_TEST_SECRET}' });
      expect(resolved.clearPassword).toBe('process-env-0001');
    } finally {
      delete process.env['EGERIA_TS_TEST_SECRET'];
    }
  });

  it('resolves references inside the fields the caller names, and only those', async () => {
    const connection: Connection = {
      endpoint: { address: 'https://api.example.com/v1?key=${env:URL_KEY}' },
      configurationProperties: { apiToken: '${file:conf/db-password}', other: '${env:URL_KEY}' },
    };
    const resolved = await resolveSecretReferences(connection, {
      env: { URL_KEY: 'url-key-0001' },
      baseDir: dir,
      fields: ['endpoint.address', 'configurationProperties.apiToken', 'endpoint.missing.field'],
    });
    expect(resolved.endpoint?.address).toBe('https://api.example.com/v1?key=url-key-0001');
    expect(resolved.configurationProperties).toEqual({ apiToken: 'file-pw-0001', other: '${env:URL_KEY}' });
    // The resolved parts are secrets; the rest of the address is not.
    expect(redact(`calling ${resolved.endpoint?.address}`)).toBe('calling https://api.example.com/v1?key=***');
  });

  it('registers resolved and plain secret values for redaction', async () => {
    await resolveSecretReferences(
      { clearPassword: '${env:PW}', securedProperties: { plain: 'plain-reg-0001' } },
      { env: { PW: 'resolved-reg-0001' } },
    );
    expect(redact(['resolved-reg-0001', 'x plain-reg-0001 y'])).toEqual(['***', 'x *** y']);
  });

  it('names the field and the variable when an environment variable is missing or empty', async () => {
    const error = await caught(
      resolveSecretReferences({ securedProperties: { apiKey: '${env:MISSING_KEY}' } }, { env: { EMPTY: '' } }),
    );
    expect(error).toBeInstanceOf(ConnectionCheckedException);
    expect(error.messageId).toBe('EGERIA-TS-CORE-400-031');
    expect(error.parameterName).toBe('securedProperties.apiKey');
    expect(error.exceptionProperties['secretReference']).toBe('${env:MISSING_KEY}');
    expect(error.message).toContain('securedProperties.apiKey');
    expect(error.message).toContain('MISSING_KEY');

    const empty = await caught(resolveSecretReferences({ clearPassword: '${env:EMPTY}' }, { env: { EMPTY: '' } }));
    expect(empty.parameterName).toBe('clearPassword');
  });

  it('names the field and the file when a file is missing, a directory or empty', async () => {
    const missing = await caught(
      resolveSecretReferences(
        { embeddedConnections: [{ embeddedConnection: { encryptedPassword: '${file:nope.txt}' } }] } as Connection,
        { baseDir: dir },
      ),
    );
    expect(missing).toBeInstanceOf(ConnectionCheckedException);
    expect(missing.messageId).toBe('EGERIA-TS-CORE-400-032');
    expect(missing.parameterName).toBe('embeddedConnections[0].embeddedConnection.encryptedPassword');
    expect(missing.message).toContain(path.join(dir, 'nope.txt'));
    expect(missing.message).toContain('does not exist');
    expect((missing.cause as NodeJS.ErrnoException).code).toBe('ENOENT');

    const directory = await caught(resolveSecretReferences({ clearPassword: '${file:conf}' }, { baseDir: dir }));
    expect(directory.message).toContain('is a directory');

    const empty = await caught(resolveSecretReferences({ clearPassword: '${file:empty}' }, { baseDir: dir }));
    expect(empty.message).toContain('is empty');
    expect(empty.parameterName).toBe('clearPassword');
  });

  it('refuses an empty reference and a secret field that is not a string, without showing the value', async () => {
    const empty = await caught(resolveSecretReferences({ clearPassword: 'x${env: }' }, { env: {} }));
    expect(empty.messageId).toBe('EGERIA-TS-CORE-400-033');
    expect(empty.exceptionProperties['secretReference']).toBe('${env: }');

    const numeric = await caught(
      resolveSecretReferences({ securedProperties: { pin: 987654321 } } as unknown as Connection),
    );
    expect(numeric.messageId).toBe('EGERIA-TS-CORE-400-034');
    expect(numeric.parameterName).toBe('securedProperties.pin');
    expect(JSON.stringify({ ...numeric.toJSON(), m: numeric.message })).not.toContain('987654321');

    const list = await caught(resolveSecretReferences({ securedProperties: ['a'] } as unknown as Connection));
    expect(list.parameterName).toBe('securedProperties');
  });

  it('refuses a malformed field path, naming it', async () => {
    await expect(resolveSecretReferences({}, { fields: ['endpoint..address'] })).rejects.toMatchObject({
      parameterName: 'fields[0]',
    });
  });

  it('handles a connection that contains itself', async () => {
    const connection: VirtualConnection = { clearPassword: '${env:LOOP}' };
    connection.embeddedConnections = [{ embeddedConnection: connection }];
    const resolved = await resolveSecretReferences(connection, { env: { LOOP: 'loop-pw-0001' } });
    expect(resolved.clearPassword).toBe('loop-pw-0001');
    expect(resolved.embeddedConnections?.[0].embeddedConnection).toBe(resolved);
    expect(connection.clearPassword).toBe('${env:LOOP}');
  });
});

describe('resolveSecretReference', () => {
  it('resolves a reference or a plain value, and registers it', async () => {
    await expect(
      resolveSecretReference('${env:ADMIN_TOKEN}', 'adminToken', { env: { ADMIN_TOKEN: 'adm-0001' } }),
    ).resolves.toBe('adm-0001');
    await expect(resolveSecretReference('plain-token-0001', 'adminToken')).resolves.toBe('plain-token-0001');
    expect(redact('adm-0001 plain-token-0001')).toBe('*** ***');
  });

  it('throws InvalidParameterException naming the setting', async () => {
    const error = await caught(resolveSecretReference('${env:NOT_THERE}', 'daemon.adminToken', { env: {} }));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.parameterName).toBe('daemon.adminToken');
    const wrong = await caught(resolveSecretReference(42, 'daemon.adminToken'));
    expect(wrong).toBeInstanceOf(InvalidParameterException);
    expect(wrong.parameterName).toBe('daemon.adminToken');
  });

  it('hasSecretReference tells references from plain values', () => {
    expect(hasSecretReference('${env:X}')).toBe(true);
    expect(hasSecretReference('a ${file:/run/secrets/x} b')).toBe(true);
    expect(hasSecretReference('$env:X')).toBe(false);
    expect(hasSecretReference('${vault:X}')).toBe(false);
    expect(hasSecretReference(undefined)).toBe(false);
  });
});
