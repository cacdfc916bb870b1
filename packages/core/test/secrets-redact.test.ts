import {
  ConnectionCheckedException,
  REDACTED,
  SECRET_KEY_NAMES,
  isSecretKey,
  redact,
  redactConnection,
  redactError,
  registerConnectionSecrets,
  registerSecret,
  type Connection,
  type RedactedError,
} from '@egeria-ts/core';

describe('redact: secret keys', () => {
  it('replaces the value of every secret key, whatever its case, at any depth', () => {
    const input = {
      user: 'erinoverview',
      clearPassword: 'pw-1',
      ENCRYPTEDPASSWORD: 'pw-2',
      securedProperties: { dbPassword: 'pw-3' },
      nested: [{ token: 'tok-1', Authorization: 'Bearer tok-2' }, { deeper: { accessToken: { v: 'tok-3' } } }],
      refresh_token: 'tok-4',
      'X-API-Key': 'key-1',
      apikey: 42,
      secret: null,
    };
    expect(redact(input)).toEqual({
      user: 'erinoverview',
      clearPassword: REDACTED,
      ENCRYPTEDPASSWORD: REDACTED,
      securedProperties: REDACTED,
      nested: [{ token: REDACTED, Authorization: REDACTED }, { deeper: { accessToken: REDACTED } }],
      refresh_token: REDACTED,
      'X-API-Key': REDACTED,
      apikey: REDACTED,
      secret: null,
    });
  });

  it('knows every key the design names', () => {
    for (const key of [
      'clearPassword',
      'encryptedPassword',
      'securedProperties',
      'password',
      'token',
      'accessToken',
      'refreshToken',
      'bearerToken',
      'secret',
      'apiKey',
      'authorization',
      'Authorization',
    ]) {
      expect(isSecretKey(key)).toBe(true);
    }
    expect(SECRET_KEY_NAMES).toContain('clearPassword');
    expect(isSecretKey('userId')).toBe(false);
    expect(isSecretKey('tokenCount')).toBe(false);
  });

  it('never changes its input', () => {
    const input = { clearPassword: 'pw', list: [{ token: 't' }], when: new Date(0) };
    const snapshot = JSON.stringify(input);
    redact(input);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(input.when).toBeInstanceOf(Date);
  });

  it('handles cycles, shared references, and exotic values', () => {
    const shared = { n: 1 };
    const a: Record<string, unknown> = { shared, again: shared, name: 'a' };
    a['self'] = a;
    a['list'] = [
      a,
      new Map<string, unknown>([
        ['password', 'p'],
        ['k', a],
      ]),
      new Set([1, 2]),
    ];
    a['when'] = new Date('2024-01-02T03:04:05.000Z');
    a['big'] = 10n;
    a['fn'] = function named() {};
    a['bytes'] = Buffer.from('abc');
    a['url'] = new URL('https://erin:s3cr3t-pass@example.com/x');
    const out = redact(a) as Record<string, unknown>;
    expect(out).toEqual({
      shared: { n: 1 },
      again: { n: 1 },
      name: 'a',
      self: '[Circular]',
      list: ['[Circular]', { password: REDACTED, k: '[Circular]' }, [1, 2]],
      when: '2024-01-02T03:04:05.000Z',
      big: '10',
      fn: '[Function named]',
      bytes: '[Buffer 3 bytes]',
      url: 'https://erin:***@example.com/x',
    });
    expect(() => JSON.stringify(out)).not.toThrow();
  });

  it('stops at a great depth instead of overflowing', () => {
    let deep: Record<string, unknown> = { end: true };
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    expect(JSON.stringify(redact(deep))).toContain('[Truncated]');
  });

  it('uses toJSON, and survives getters and toJSON that throw', () => {
    const withJson = { toJSON: () => ({ token: 't', visible: 1 }) };
    const hostile = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const badJson = {
      toJSON() {
        throw new Error('no');
      },
    };
    expect(redact({ withJson, hostile, badJson })).toEqual({
      withJson: { token: REDACTED, visible: 1 },
      hostile: { boom: '[Unreadable]' },
      badJson: '[Unserializable]',
    });
  });

  it('does not let a __proto__ key change the prototype of the copy', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    const out = redact(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out).sort()).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('redact: strings', () => {
  it.each([
    ['Authorization: Bearer eyJhbGciOi.abc.def', 'Authorization: Bearer ***'],
    ['authorization=Basic dXNlcjpwYXNzd29yZA==', 'authorization=Basic ***'],
    ['{"Authorization":"Bearer abc123"}', '{"Authorization":"***"}'],
    ['sent header Bearer abc.def-ghi_jkl', 'sent header Bearer ***'],
    ['proxy-authorization: Negotiate YIIabc', 'proxy-authorization: Negotiate ***'],
    ['with Basic dXNlcjpwYXNzd29yZA== header', 'with Basic *** header'],
    ['GET https://erin:topsecret@host:9443/servers?x=1', 'GET https://erin:***@host:9443/servers?x=1'],
    ['GET /x?access_token=abc&page=2', 'GET /x?access_token=***&page=2'],
    ['body {"clearPassword": "pw", "userId": "erin"}', 'body {"clearPassword": "***", "userId": "erin"}'],
    ['password: hunter22 was refused', 'password: *** was refused'],
  ])('redacts %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'Basic checks failed for the connector',
    'The authorization of erin failed',
    'tokenCount=12',
    'no secrets here: just text',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('registered secrets', () => {
  it('are replaced inside any string, also encoded, and in keys', () => {
    const secret = 'p@ss w0rd/with"quote';
    registerSecret(secret);
    const out = redact({
      message: `login with ${secret} failed`,
      url: `https://host/?p=${encodeURIComponent(secret)}`,
      json: JSON.stringify({ note: secret }),
      [secret]: 'as a key',
    });
    const text = JSON.stringify(out);
    expect(text).not.toContain('p@ss w0rd');
    expect(text).not.toContain(encodeURIComponent(secret));
    expect(out).toMatchObject({ message: 'login with *** failed' });
  });

  it('replaces the longer of two overlapping secrets whole', () => {
    registerSecret('abcd-1234');
    registerSecret('abcd-1234-efgh-5678');
    expect(redact('x abcd-1234-efgh-5678 y abcd-1234 z')).toBe('x *** y *** z');
  });

  it('ignores values shorter than four characters and non-strings', () => {
    registerSecret('abc');
    registerSecret(12345 as unknown as string);
    expect(redact('abc 12345')).toBe('abc 12345');
  });

  it('pass into error messages, parameters and causes', () => {
    registerSecret('Sentinel-Err-0001');
    const error = new ConnectionCheckedException('cannot log in with Sentinel-Err-0001', {
      parameters: ['Sentinel-Err-0001'],
      exceptionProperties: { note: 'Sentinel-Err-0001', password: 'x' },
      cause: new Error('server said Sentinel-Err-0001'),
    });
    const out = redactError(error);
    expect(JSON.stringify(out)).not.toContain('Sentinel-Err-0001');
    expect(out.message).toBe('cannot log in with ***');
    expect(out.exceptionProperties).toEqual({ note: '***', password: '***' });
    expect((out.cause as RedactedError).message).toBe('server said ***');
  });
});

describe('redactConnection', () => {
  const connection: Connection = {
    class: 'VirtualConnection',
    qualifiedName: 'pg-connection',
    userId: 'erin',
    clearPassword: 'conn-pw-0001',
    encryptedPassword: 'conn-enc-0001',
    securedProperties: { apiKey: 'conn-key-0001', other: 'conn-other-0001' },
    endpoint: { address: 'postgresql://erin:conn-url-0001@db:5432/sales' },
    configurationProperties: { token: 'conn-tok-0001', schema: 'public' },
    embeddedConnections: [
      {
        class: 'EmbeddedConnection',
        position: 0,
        embeddedConnection: { clearPassword: 'conn-pw-0002', securedProperties: { k: 'conn-sp-0002' } },
      },
    ],
  };

  it('copies the connection without any secret value, keeping the names of secured properties', () => {
    const snapshot = JSON.stringify(connection);
    const out = redactConnection(connection);
    expect(JSON.stringify(connection)).toBe(snapshot);
    expect(JSON.stringify(out)).not.toMatch(/conn-(pw|enc|key|other|url|tok|sp)-/);
    expect(out).toEqual({
      class: 'VirtualConnection',
      qualifiedName: 'pg-connection',
      userId: 'erin',
      clearPassword: REDACTED,
      encryptedPassword: REDACTED,
      securedProperties: { apiKey: REDACTED, other: REDACTED },
      endpoint: { address: 'postgresql://erin:***@db:5432/sales' },
      configurationProperties: { token: REDACTED, schema: 'public' },
      embeddedConnections: [
        {
          class: 'EmbeddedConnection',
          position: 0,
          embeddedConnection: { clearPassword: REDACTED, securedProperties: { k: REDACTED } },
        },
      ],
    });
  });

  it('leaves absent secret fields absent', () => {
    expect(redactConnection({ qualifiedName: 'q' })).toEqual({ qualifiedName: 'q' });
  });

  it('registerConnectionSecrets makes the values disappear from any string, but not references', () => {
    registerConnectionSecrets({
      clearPassword: 'reg-pw-0001',
      securedProperties: { a: 'reg-sp-0001', b: '${env:NOT_A_SECRET}' },
      endpoint: { address: 'https://erin:reg%2Furl-0001@host:9443' },
      embeddedConnections: [{ embeddedConnection: { encryptedPassword: 'reg-enc-0001' } }],
    } as Connection);
    expect(redact('reg-pw-0001 reg-sp-0001 reg-enc-0001 reg/url-0001 ${env:NOT_A_SECRET}')).toBe(
      '*** *** *** *** ${env:NOT_A_SECRET}',
    );
  });
});
