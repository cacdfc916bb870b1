import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { DAEMON_CONFIG_SCHEMA_PATH, DaemonConfigError, parseDaemonConfig } from '@egeria-ts/daemon';

/*
 * No JSON Schema library is installed, so this file carries a small validator for the keywords the
 * schema uses (and refuses any other keyword, so the schema cannot grow past what is checked here).
 */
type Schema = boolean | { [keyword: string]: unknown };

const CHECKED = new Set([
  '$ref',
  'type',
  'enum',
  'anyOf',
  'allOf',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'pattern',
  'minimum',
  'maximum',
]);
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'examples', 'default', 'format', 'definitions']);

const schema = JSON.parse(fs.readFileSync(DAEMON_CONFIG_SCHEMA_PATH, 'utf8')) as { [k: string]: unknown };
const definitions = schema['definitions'] as Record<string, Schema>;

function resolve(s: Schema): Schema {
  if (typeof s === 'object' && typeof s['$ref'] === 'string') {
    const name = (s['$ref'] as string).replace('#/definitions/', '');
    if (!(name in definitions)) throw new Error(`unknown $ref ${name}`);
    return definitions[name];
  }
  return s;
}

function typeOf(v: unknown): string[] {
  if (v === null) return ['null'];
  if (Array.isArray(v)) return ['array'];
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return ['not JSON'];
    return Number.isInteger(v) ? ['integer', 'number'] : ['number'];
  }
  if (typeof v === 'object') return ['object'];
  return [typeof v];
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when `value` matches `s`. */
function valid(s: Schema, value: unknown): boolean {
  if (s === true) return true;
  if (s === false) return false;
  for (const k of Object.keys(s)) {
    if (!CHECKED.has(k) && !ANNOTATIONS.has(k)) throw new Error(`keyword ${k} is not checked by this test`);
  }
  if (s['$ref'] !== undefined && !valid(resolve(s), value)) return false;
  if (s['type'] !== undefined) {
    const types = ([] as string[]).concat(s['type'] as string | string[]);
    if (!typeOf(value).some((t) => types.includes(t))) return false;
  }
  if (s['enum'] !== undefined && !(s['enum'] as unknown[]).some((e) => e === value)) return false;
  if (s['anyOf'] !== undefined && !(s['anyOf'] as Schema[]).some((sub) => valid(sub, value))) return false;
  if (s['allOf'] !== undefined && !(s['allOf'] as Schema[]).every((sub) => valid(sub, value))) return false;
  if (typeof value === 'string' && typeof s['pattern'] === 'string' && !new RegExp(s['pattern']).test(value)) {
    return false;
  }
  if (typeof value === 'number') {
    if (typeof s['minimum'] === 'number' && value < s['minimum']) return false;
    if (typeof s['maximum'] === 'number' && value > s['maximum']) return false;
  }
  if (Array.isArray(value)) {
    if (typeof s['minItems'] === 'number' && value.length < s['minItems']) return false;
    if (s['items'] !== undefined && !value.every((item) => valid(s['items'] as Schema, item))) return false;
  }
  if (isObj(value)) {
    const properties = (s['properties'] ?? {}) as Record<string, Schema>;
    for (const r of (s['required'] ?? []) as string[])
      if (!Object.prototype.hasOwnProperty.call(value, r)) return false;
    for (const [k, v] of Object.entries(value)) {
      if (Object.prototype.hasOwnProperty.call(properties, k)) {
        if (!valid(properties[k], v)) return false;
      } else if (s['additionalProperties'] !== undefined && !valid(s['additionalProperties'] as Schema, v)) {
        return false;
      }
    }
  }
  return true;
}

/** Every object schema reachable from `s` without descending into properties: the alternatives of one value. */
function alternatives(s: Schema): Exclude<Schema, boolean>[] {
  if (typeof s === 'boolean') return [];
  const found: Exclude<Schema, boolean>[] = [s];
  if (s['$ref'] !== undefined) found.push(...alternatives(resolve(s)));
  for (const k of ['anyOf', 'allOf']) for (const sub of (s[k] ?? []) as Schema[]) found.push(...alternatives(sub));
  return found;
}

/** The schemas that describe the child `key` of a value described by `s`, and whether the key is declared. */
function child(s: Schema, key: string | number): { schemas: Schema[]; declared: boolean } {
  const schemas: Schema[] = [];
  let declared = false;
  for (const alt of alternatives(s)) {
    if (typeof key === 'number') {
      if (alt['items'] !== undefined) schemas.push(alt['items'] as Schema);
      continue;
    }
    const properties = (alt['properties'] ?? {}) as Record<string, Schema>;
    if (Object.prototype.hasOwnProperty.call(properties, key)) {
      if (properties[key] !== false) declared = true;
      schemas.push(properties[key]);
    } else if (isObj(alt['additionalProperties'])) {
      declared = true;
      schemas.push(alt['additionalProperties'] as Schema);
    }
  }
  return { schemas, declared: declared || typeof key === 'number' };
}

const accepts = (document: unknown): boolean => valid(schema as Schema, document);

function parses(document: unknown): { ok: true } | { ok: false; problems: DaemonConfigError['problems'] } {
  try {
    parseDaemonConfig(document);
    return { ok: true };
  } catch (e) {
    if (e instanceof DaemonConfigError) return { ok: false, problems: e.problems };
    throw e;
  }
}

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8')) as Record<string, unknown>;
const FIXTURES = [
  'egeria-files-daemon.json',
  'omag-server-config.json',
  'omag-server-config-response.json',
  'full-daemon-config.json',
];

type Segment = string | number;

/** Every path of `value` (objects and arrays walked), with the value found there. */
function leaves(value: unknown, at: Segment[] = []): [Segment[], unknown][] {
  const out: [Segment[], unknown][] = [[at, value]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...leaves(v, [...at, i])));
  else if (isObj(value)) for (const [k, v] of Object.entries(value)) out.push(...leaves(v, [...at, k]));
  return out;
}

function jsonPath(segments: Segment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += out === '' ? `$[${JSON.stringify(s)}]` : `[${JSON.stringify(s)}]`;
  }
  return out === '' ? '$' : out;
}

function setAt(document: unknown, segments: Segment[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let node = copy;
  for (const s of segments.slice(0, -1)) node = node[s] as Record<string | number, unknown>;
  const last = segments[segments.length - 1];
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return copy;
}

/** Open data the daemon passes through without checking: the schema does not describe its inside. */
const OPEN = new Set(['connection', 'integrationServiceOptions']);

describe('the JSON Schema of the configuration document', () => {
  it('is a draft-07 schema published at DAEMON_CONFIG_SCHEMA_PATH', () => {
    expect(DAEMON_CONFIG_SCHEMA_PATH).toBe(path.resolve(__dirname, '..', 'schema', 'daemon-config.schema.json'));
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(typeof schema['description']).toBe('string');
  });

  it('describes every property it declares, for editors', () => {
    const undocumented: string[] = [];
    const visit = (s: unknown, where: string): void => {
      if (Array.isArray(s)) s.forEach((x, i) => visit(x, `${where}[${i}]`));
      if (!isObj(s)) return;
      if (isObj(s['properties'])) {
        for (const [k, p] of Object.entries(s['properties'])) {
          const described = (x: unknown): boolean =>
            isObj(x) &&
            (typeof x['description'] === 'string' || (typeof x['$ref'] === 'string' && described(resolve(x))));
          // The minItems helpers inside serverConfig's anyOf only restate declared properties.
          if (p !== false && !described(p) && !where.includes('.anyOf')) undocumented.push(`${where}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(s)) visit(v, `${where}.${k}`);
    };
    visit(schema, '#');
    expect(undocumented).toEqual([]);
  });

  it('accepts every sample document, as the validator does', () => {
    for (const name of FIXTURES) {
      expect([name, accepts(fixture(name))]).toEqual([name, true]);
      expect([name, parses(fixture(name)).ok]).toEqual([name, true]);
    }
  });

  it('declares every property the validator reads, and the full sample sets every declared property', () => {
    const full = fixture('full-daemon-config.json');
    // Keys of the parsed configuration (defaults included) are what the validator knows.
    const parsed = parseDaemonConfig(full);
    const notInSchema: string[] = [];
    const walk = (value: unknown, schemas: Schema[], at: Segment[]): void => {
      if (OPEN.has(String(at[at.length - 1]))) return;
      const entries: [Segment, unknown][] = Array.isArray(value)
        ? value.map((v, i) => [i, v])
        : isObj(value)
          ? Object.entries(value)
          : [];
      for (const [key, v] of entries) {
        const found = schemas.map((s) => child(s, key));
        if (!found.some((f) => f.declared)) notInSchema.push(jsonPath([...at, key]));
        walk(
          v,
          found.flatMap((f) => f.schemas),
          [...at, key],
        );
      }
    };
    walk(parsed, [schema as Schema], []);
    expect(notInSchema).toEqual([]);

    // And the other way: every property the schema declares appears in the full sample.
    const declaredNotSet: string[] = [];
    const sweep = (s: Schema, value: unknown, where: string): void => {
      for (const alt of alternatives(s)) {
        const properties = (alt['properties'] ?? {}) as Record<string, Schema>;
        for (const [k, p] of Object.entries(properties)) {
          if (p === false || where.includes('anyOf')) continue;
          if (!isObj(value) || !(k in value)) declaredNotSet.push(`${where}.${k}`);
          else if (!OPEN.has(k)) {
            const v = value[k];
            if (Array.isArray(v)) v.forEach((item) => sweep(p, item, `${where}.${k}[]`));
            else sweep(p, v, `${where}.${k}`);
          }
        }
        if (isObj(alt['items']) && Array.isArray(value)) value.forEach((i) => sweep(alt['items'] as Schema, i, where));
      }
    };
    sweep(definitions['serverConfig'], full, '$');
    // minItems helpers of the anyOf are skipped above; connectorType is inside the open connection.
    expect(declaredNotSet).toEqual([]);
  });

  it('rejects what the validator rejects, property by property, at the same path', () => {
    const full = fixture('full-daemon-config.json');
    const wrongValues: unknown[] = [{ unexpected: true }, [], 'soon', -1.5, true, null];
    const checked: string[] = [];
    for (const [at] of leaves(full)) {
      if (at.length === 0 || at.some((s) => OPEN.has(String(s)))) continue;
      for (const wrong of wrongValues) {
        const mutated = setAt(full, at, wrong);
        if (accepts(mutated)) continue;
        const result = parses(mutated);
        expect([jsonPath(at), wrong, result.ok]).toEqual([jsonPath(at), wrong, false]);
        if (!result.ok) {
          // The validator names the path itself, or a path inside it (a required field of a wrong object).
          const here = jsonPath(at);
          const named = result.problems.some(
            (p) => p.path === here || p.path.startsWith(`${here}.`) || p.path.startsWith(`${here}[`),
          );
          expect([here, wrong, named]).toEqual([here, wrong, true]);
        }
        checked.push(jsonPath(at));
        break;
      }
    }
    expect(checked).toContain('integrationServicesConfig[0].integrationConnectorConfigs[0].refreshTimeInterval');
    expect(checked).toContain('egeriaTs.restartPolicy.multiplier');
    expect(checked.length).toBeGreaterThan(40);
  });

  it('agrees with the validator on randomly mutated documents', () => {
    const bases = FIXTURES.map(fixture);
    const scalar = fc.oneof(
      fc.constantFrom(
        '60',
        '0',
        '-1',
        '1.5',
        '0.5',
        '65535',
        '65536',
        'false',
        'TRUE',
        'yes',
        '',
        ' ',
        'soon',
        'FROM_THIRD_PARTY',
        'from_third_party',
        'files-integrator',
        'worker',
        'https://h:1',
        'ftp://h',
        '${env:X}',
        '${env:',
        0,
        1,
        2,
        99,
        3,
        70000,
        -5,
        1.25,
        true,
        false,
        null,
        [],
        {},
        [{}],
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    // Rules a JSON Schema cannot state: unique names, one egeriaTs section, URLs that parse.
    const schemaBlind = /not used by another|one egeriaTs section|absolute http\(s\) URL/;
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.nat(), scalar, fc.boolean(), (b, pick, value, remove) => {
        const base = bases[b];
        const paths = leaves(base)
          .map(([at]) => at)
          .filter((at) => at.length > 0 && !at.slice(0, -1).some((s) => OPEN.has(String(s))));
        const at = paths[pick % paths.length];
        const mutated = setAt(base, at, remove ? undefined : value);
        const schemaSays = accepts(mutated);
        const result = parses(mutated);
        outcomes[result.ok ? 'accepted' : 'rejected']++;
        if (result.ok) return schemaSays === true;
        if (schemaSays) return result.problems.every((p) => schemaBlind.test(p.expected));
        return true;
      }),
      { numRuns: 600 },
    );
    // Both outcomes were exercised.
    expect(outcomes.accepted).toBeGreaterThan(50);
    expect(outcomes.rejected).toBeGreaterThan(50);
  });
});
