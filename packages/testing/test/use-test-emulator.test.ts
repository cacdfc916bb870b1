import { ConnectorState, IllegalStateError } from '@egeria-ts/core';
import { runConnector, startTestEmulator, useTestEmulator } from '@egeria-ts/testing';
import { SourceDatabaseConnector } from './support/source-database-connector';

const emulator = useTestEmulator({ serverName: 'helper-mds' });

let tooEarly: unknown;
try {
  void emulator.url;
} catch (error) {
  tooEarly = error;
}

describe('useTestEmulator', () => {
  it('is not usable before beforeAll has started the emulator', () => {
    expect(tooEarly).toBeInstanceOf(IllegalStateError);
    expect((tooEarly as IllegalStateError).messageId).toBe('EGERIA-TS-TESTING-409-006');
  });

  it('starts the emulator in beforeAll, on 127.0.0.1 and a free port', async () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.port).toBeGreaterThan(0);
    expect(emulator.serverName).toBe('helper-mds');
    expect(emulator.emulator.routes.length).toBeGreaterThan(0);
    expect((await emulator.readCatalog()).elements).toEqual([]);
  });

  it('needs the jest globals', () => {
    const globals = globalThis as Record<string, unknown>;
    const saved = globals['afterAll'];
    globals['afterAll'] = undefined;
    try {
      expect(() => useTestEmulator()).toThrow(IllegalStateError);
    } finally {
      globals['afterAll'] = saved;
    }
  });

  it('refuses bad options', async () => {
    await expect(startTestEmulator({ serverName: ' ' })).rejects.toMatchObject({ parameterName: 'serverName' });
    await expect(startTestEmulator({ heartbeatMs: 0 })).rejects.toMatchObject({ parameterName: 'heartbeatMs' });
  });

  it('stops the runs started against it when it closes (the last test: it closes the emulator)', async () => {
    const run = await runConnector(SourceDatabaseConnector, { emulator, metadataSourceQualifiedName: 'helper-src' });
    expect(await emulator.elementsOwnedBy('helper-src')).toHaveLength(10);
    expect(run.running).toBe(true);
    await emulator.close();
    expect(run.running).toBe(false);
    expect(run.connector.connectorState).toBe(ConnectorState.DISCONNECTED);
    expect(() => emulator.url).toThrow(IllegalStateError);
  });
});
