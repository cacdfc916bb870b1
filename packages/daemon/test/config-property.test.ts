import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { PERMITTED_SYNCHRONIZATION_INFO, INTEGRATION_SERVICE_URL_MARKERS } from '@egeria-ts/core';
import type { DaemonConfig } from '@egeria-ts/daemon';
import { DaemonConfigError, formatDaemonConfigProblem, parseDaemonConfig } from '@egeria-ts/daemon';

type Segment = string | number;

const fixture = (name: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8')) as unknown;
const BASES = [
  'egeria-files-daemon.json',
  'omag-server-config.json',
  'omag-server-config-response.json',
  'full-daemon-config.json',
].map(fixture);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Splits a problem's JSON path into segments; throws when the path is not well formed. */
function segmentsOf(jsonPath: string): Segment[] {
  if (jsonPath === '$') return [];
  const out: Segment[] = [];
  let rest = jsonPath.startsWith('$[') ? jsonPath.slice(1) : jsonPath;
  let first = true;
  while (rest !== '') {
    let m: RegExpMatchArray | null;
    if ((m = rest.match(first ? /^([A-Za-z_$][A-Za-z0-9_$]*)/ : /^\.([A-Za-z_$][A-Za-z0-9_$]*)/))) out.push(m[1]);
    else if ((m = rest.match(/^\[(\d+)\]/))) out.push(Number(m[1]));
    else if ((m = rest.match(/^\[("(?:[^"\\]|\\.)*")\]/))) out.push(JSON.parse(m[1]) as string);
    else throw new Error(`malformed path ${jsonPath}`);
    rest = rest.slice(m[0].length);
    first = false;
  }
  return out;
}

function hasPath(document: unknown, segments: Segment[]): boolean {
  let node = document;
  for (const s of segments) {
    if (typeof s === 'number' ? !Array.isArray(node) : !isObj(node)) return false;
    if (!Object.prototype.hasOwnProperty.call(node, s)) return false;
    node = (node as Record<Segment, unknown>)[s];
  }
  return true;
}

/** Parses, and checks the outcome is a configuration or a well-formed DaemonConfigError about this document. */
function parseChecked(document: unknown): DaemonConfig | undefined {
  try {
    return parseDaemonConfig(document);
  } catch (e) {
    if (!(e instanceof DaemonConfigError)) throw e;
    expect(e.problems.length).toBeGreaterThan(0);
    expect(e.message.split('\n')).toEqual(e.problems.map(formatDaemonConfigProblem));
    for (const problem of e.problems) {
      expect(problem.path).not.toBe('');
      expect(problem.expected).not.toBe('');
      expect(problem.got).not.toBe('');
      const segments = segmentsOf(problem.path);
      // The path leads into the document: its parent is there (the value itself may be missing).
      expect([problem.path, hasPath(document, segments.slice(0, -1))]).toEqual([problem.path, true]);
      const line = formatDaemonConfigProblem(problem);
      expect(line.startsWith(`${problem.path}: expected ${problem.expected}, got `)).toBe(true);
      expect(line.endsWith(`, got ${problem.got}`)).toBe(true);
    }
    return undefined;
  }
}

/** What every accepted configuration guarantees. */
function checkInvariants(config: DaemonConfig): void {
  expect(config.localServerName.trim()).not.toBe('');
  expect(config.integrationServicesConfig.length + config.dynamicIntegrationGroupsConfig.length).toBeGreaterThan(0);
  const names = new Set<string>();
  for (const service of config.integrationServicesConfig) {
    expect(INTEGRATION_SERVICE_URL_MARKERS).toContain(service.integrationServiceURLMarker);
    expect(service.omagserverPlatformRootURL).toMatch(/^https?:\/\//i);
    for (const connector of service.integrationConnectorConfigs) {
      expect(names.has(connector.connectorName)).toBe(false);
      names.add(connector.connectorName);
      expect(connector.connection.connectorType?.connectorProviderClassName?.trim()).toBeTruthy();
      expect(connector.connectorUserId.trim()).not.toBe('');
      expect(Object.keys(PERMITTED_SYNCHRONIZATION_INFO)).toContain(connector.permittedSynchronization);
      if (connector.refreshTimeInterval !== undefined) {
        expect(Number.isSafeInteger(connector.refreshTimeInterval) && connector.refreshTimeInterval >= 0).toBe(true);
      }
      expect(typeof connector.usesBlockingCalls).toBe('boolean');
    }
  }
  // A parsed configuration is itself a valid document that parses to the same configuration.
  expect(parseDaemonConfig(JSON.parse(JSON.stringify(config)))).toEqual(config);
}

function setAt(document: unknown, segments: Segment[], value: unknown, remove: boolean): unknown {
  if (segments.length === 0) return value;
  const copy = structuredClone(document) as Record<Segment, unknown>;
  let node = copy;
  for (const s of segments.slice(0, -1)) node = node[s] as Record<Segment, unknown>;
  const last = segments[segments.length - 1];
  if (remove && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return copy;
}

function allPaths(value: unknown, at: Segment[] = []): Segment[][] {
  const out: Segment[][] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...allPaths(v, [...at, i])));
  else if (isObj(value)) for (const [k, v] of Object.entries(value)) out.push(...allPaths(v, [...at, k]));
  return out;
}

const mutationValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom('60', 'soon', 'false', 'FROM_THIRD_PARTY', 'c1', 'https://h:1', '${env:', -1, 0, 99, null, [], {}),
);

describe('parseDaemonConfig under random input', () => {
  it('never crashes on arbitrary values: a configuration or a DaemonConfigError whose problems name paths', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.object()), (document) => {
        const config = parseChecked(document);
        if (config) checkInvariants(config);
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes on mutated sample documents, and what it accepts keeps its guarantees', () => {
    const mutation = fc.record({ pick: fc.nat(), value: mutationValue, remove: fc.boolean() });
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (b, mutations) => {
        let document = BASES[b];
        for (const m of mutations) {
          const paths = allPaths(document);
          document = setAt(document, paths[m.pick % paths.length], m.value, m.remove);
        }
        const config = parseChecked(document);
        if (config) {
          accepted++;
          checkInvariants(config);
        }
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('reads a number or boolean written as a string as the value itself', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 10_000_000 }),
        fc.boolean(),
        fc.constantFrom<(b: boolean) => string>(
          String,
          (b) => (b ? 'True' : 'False'),
          (b) => String(b).toUpperCase(),
        ),
        (minutes, flag, write) => {
          const document = (interval: unknown, blocking: unknown): unknown => ({
            localServerName: 'd',
            maxPageSize: interval,
            integrationServicesConfig: [
              {
                integrationServiceURLMarker: 'topic-integrator',
                omagserverPlatformRootURL: 'http://localhost:9443',
                omagserverName: 'm',
                integrationConnectorConfigs: [
                  {
                    connectorId: 'fixed',
                    connectorName: 'c',
                    connection: { connectorType: { connectorProviderClassName: 'p' } },
                    refreshTimeInterval: interval,
                    usesBlockingCalls: blocking,
                    generateIntegrationReports: blocking,
                  },
                ],
              },
            ],
          });
          const typed = parseDaemonConfig(document(minutes, flag));
          const written = parseDaemonConfig(document(` ${minutes}`, write(flag)));
          expect(written).toEqual(typed);
          expect(written.integrationServicesConfig[0].integrationConnectorConfigs[0].refreshTimeInterval).toBe(minutes);
          expect(written.integrationServicesConfig[0].integrationConnectorConfigs[0].usesBlockingCalls).toBe(flag);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never shows a secret of a connection in a problem', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 4 }).map((s) => `S3CRET-${s}`),
        fc.constantFrom('clearPassword', 'encryptedPassword', 'securedProperties'),
        fc.constantFrom<unknown>(undefined, 'not-an-object', [], { connectorProviderClassName: '' }),
        fc.boolean(),
        (secret, field, connectorType, asArray) => {
          const connection = { [field]: field === 'securedProperties' ? { key: secret } : secret, connectorType };
          try {
            parseDaemonConfig({
              localServerName: 'd',
              localServerPassword: 42,
              integrationServicesConfig: [
                {
                  integrationServiceURLMarker: 'files-integrator',
                  omagserverPlatformRootURL: 'http://h',
                  omagserverName: 'm',
                  integrationConnectorConfigs: [
                    { connectorName: 'c', connection: asArray ? [connection] : connection },
                  ],
                },
              ],
            });
            throw new Error('accepted');
          } catch (e) {
            expect(e).toBeInstanceOf(DaemonConfigError);
            const error = e as DaemonConfigError;
            expect(error.message).not.toContain('S3CRET');
            expect(JSON.stringify(error.problems)).not.toContain('S3CRET');
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
