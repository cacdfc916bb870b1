/**
 * The `egeria-emulator` command, run as a child process from the sources.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runEmulatorCommand, spawnEmulator } from './support/child';
import type { ChildEmulator } from './support/child';
import { send } from './support/harness';

// Child processes start slowly on a busy machine.
jest.setTimeout(60_000);

const children: ChildEmulator[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.process.exitCode === null) child.process.kill('SIGKILL');
});

test('--port 0 prints exactly "listening on http://127.0.0.1:<real port>", serves, and exits 0 on SIGTERM', async () => {
  const child = await spawnEmulator(['--port', '0', '--server', 'cli1']);
  children.push(child);
  expect(child.stdout()).toMatch(/^listening on http:\/\/127\.0\.0\.1:(\d+)\n$/);
  const port = Number(/:(\d+)$/.exec(child.url)?.[1]);
  expect(port).toBeGreaterThan(0);
  const answer = await send(`${child.url}/servers/cli1/open-metadata/access-services/data-manager/users/u/databases/x`);
  expect(answer.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-404-007');
  child.process.kill('SIGTERM');
  expect(await child.exited).toEqual({ code: 0, signal: null });
});

test('SIGINT also stops it cleanly', async () => {
  const child = await spawnEmulator(['--server', 'cli2', '--port=0']);
  children.push(child);
  child.process.kill('SIGINT');
  expect((await child.exited).code).toBe(0);
});

test('bad arguments exit 2 with the usage; --help exits 0', async () => {
  const missing = await runEmulatorCommand(['--port', '0']);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('--server NAME is required');
  expect(missing.stderr).toContain('Usage: egeria-emulator');
  const badPort = await runEmulatorCommand(['--port', 'eighty', '--server', 's']);
  expect(badPort.code).toBe(2);
  expect(badPort.stderr).toContain('--port must be a number');
  const unknown = await runEmulatorCommand(['--server', 's', '--nope']);
  expect(unknown.code).toBe(2);
  const help = await runEmulatorCommand(['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('--data-file');
});

test('the committed bin script is executable, has a shebang and loads dist/cli.js', () => {
  const bin = path.join(__dirname, '..', 'bin', 'egeria-emulator.js');
  const text = fs.readFileSync(bin, 'utf8');
  expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
  expect(text).toContain("require('../dist/cli.js')");
  expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
});
