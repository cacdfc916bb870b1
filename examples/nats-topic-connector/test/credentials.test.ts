/**
 * Credentials against NATS servers that require them: user and password from the connection,
 * and a token from its secured properties, each written as a `${env:...}` secret reference.
 */
import { randomBytes } from 'crypto';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { ConnectorCheckedException } from '@egeria-ts/core';
import { topicIntegratorService } from '@egeria-ts/topic-integrator';
import { NatsTopicConnector, natsQualifiedName, parseServerAddress } from '@egeria-ts/example-nats-topic-connector';
import { runConnector, useTestEmulator, type ConnectorRun } from '@egeria-ts/testing';
import { uniqueStreamName, uniqueSubject } from './nats-test-server';
import { describeWithNatsBinary, startPrivateNatsServer, type PrivateNatsServer } from './private-nats-server';

const PASSWORD_ENV = 'EGERIA_TS_NATS_CREDENTIALS_TEST_PASSWORD';
const TOKEN_ENV = 'EGERIA_TS_NATS_CREDENTIALS_TEST_TOKEN';
const USER = 'cataloguer';
const PASSWORD = `pw-${randomBytes(8).toString('hex')}`;
const TOKEN = `tok-${randomBytes(8).toString('hex')}`;
const WRONG = `wrong-${randomBytes(8).toString('hex')}`;
const stream = uniqueStreamName('credentials');

describeWithNatsBinary('NatsTopicConnector with credentials (private NATS servers)', () => {
  const emulator = useTestEmulator();
  let withPassword: PrivateNatsServer;
  let withToken: PrivateNatsServer;
  const runs: ConnectorRun<NatsTopicConnector>[] = [];

  async function addStream(url: string, auth: { user: string; pass: string } | { token: string }): Promise<void> {
    const connection = await connect({ servers: url, timeout: 5000, reconnect: false, ...auth });
    try {
      const manager = await jetstreamManager(connection, { timeout: 5000 });
      await manager.streams.add({ name: stream, description: 'Behind a password', subjects: [uniqueSubject('cred')] });
    } finally {
      await connection.close();
    }
  }

  function start(options: {
    url: string;
    userId?: string;
    clearPassword?: string;
    securedProperties?: Record<string, string>;
    source: string;
    refreshes?: number;
  }): Promise<ConnectorRun<NatsTopicConnector>> {
    return runConnector(NatsTopicConnector, {
      emulator,
      service: topicIntegratorService,
      endpoint: options.url,
      ...(options.userId === undefined ? {} : { userId: options.userId }),
      ...(options.clearPassword === undefined ? {} : { clearPassword: options.clearPassword }),
      ...(options.securedProperties === undefined ? {} : { securedProperties: options.securedProperties }),
      configurationProperties: { includeStreams: [stream], connectionTimeoutSeconds: 3 },
      metadataSourceQualifiedName: options.source,
      refreshes: options.refreshes ?? 1,
    }).then((run) => {
      runs.push(run);
      return run;
    });
  }

  beforeAll(async () => {
    process.env[PASSWORD_ENV] = PASSWORD;
    process.env[TOKEN_ENV] = TOKEN;
    withPassword = await startPrivateNatsServer({ user: USER, pass: PASSWORD });
    withToken = await startPrivateNatsServer({ token: TOKEN });
    await addStream(withPassword.url, { user: USER, pass: PASSWORD });
    await addStream(withToken.url, { token: TOKEN });
  }, 30_000);

  afterAll(async () => {
    for (const run of runs) await run.stop().catch(() => undefined);
    await withPassword?.stop();
    await withToken?.stop();
    delete process.env[PASSWORD_ENV];
    delete process.env[TOKEN_ENV];
  });

  it('logs in with the user and the password of the connection', async () => {
    const run = await start({
      url: withPassword.url,
      userId: USER,
      clearPassword: `\${env:${PASSWORD_ENV}}`,
      source: 'NATS Server:with-password',
    });
    expect(run.connector.lastRefresh).toMatchObject({ streams: 1, created: 1 });
    const topic = await emulator.elementByQualifiedName(
      natsQualifiedName(parseServerAddress(withPassword.url).serverURL, stream),
    );
    expect(topic?.properties).toMatchObject({ name: stream, resourceDescription: 'Behind a password' });
    expect(JSON.stringify(run.auditRecords)).not.toContain(PASSWORD);
  });

  it('logs in with the token of the secured properties of the connection', async () => {
    const run = await start({
      url: withToken.url,
      securedProperties: { token: `\${env:${TOKEN_ENV}}` },
      source: 'NATS Server:with-token',
    });
    expect(run.connector.lastRefresh).toMatchObject({ streams: 1, created: 1 });
    expect(JSON.stringify(run.auditRecords)).not.toContain(TOKEN);
  });

  it('fails a refresh with a typed error when the server refuses the credentials, showing neither password', async () => {
    const run = await start({
      url: withPassword.url,
      userId: USER,
      clearPassword: WRONG,
      source: 'NATS Server:wrong-password',
      refreshes: 0,
    });
    const error = await run.refresh().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    const e = error as ConnectorCheckedException;
    expect(e.messageId).toBe('EGERIA-TS-NATS-503-001');
    expect(e.message).toContain(`as ${USER}`);
    expect(e.message.toLowerCase()).toContain('authorization');
    const shown = JSON.stringify([e.toJSON(), run.auditRecords]);
    expect(shown).not.toContain(WRONG);
    expect(shown).not.toContain(PASSWORD);
  });
});
