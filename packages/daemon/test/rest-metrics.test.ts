import { startAdminServer } from '@egeria-ts/daemon';
import type { AdminServer } from '@egeria-ts/daemon';
import { FakeAdministration } from './rest-support/fake-administration';
import { send } from './rest-support/http-client';

let admin: FakeAdministration;
let server: AdminServer;

beforeEach(async () => {
  admin = new FakeAdministration();
  server = await startAdminServer(admin);
});

afterEach(async () => {
  await server.close();
});

/** A minimal parser of the Prometheus text format: families with HELP, TYPE and samples. */
function parseExposition(text: string) {
  const families = new Map<
    string,
    { help?: string; type?: string; samples: Array<{ labels: Record<string, string>; value: string }> }
  >();
  const family = (name: string) => {
    let f = families.get(name);
    if (!f) families.set(name, (f = { samples: [] }));
    return f;
  };
  expect(text.endsWith('\n')).toBe(true);
  for (const line of text.slice(0, -1).split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line))) {
      family(m[1] as string).help = m[2];
    } else if ((m = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line))) {
      const f = family(m[1] as string);
      expect(f.samples).toHaveLength(0); // TYPE comes before the samples
      f.type = m[2];
    } else if ((m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line))) {
      const labels: Record<string, string> = {};
      const body = m[2] ?? '';
      const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\\\|\\"|\\n)*)"(,|$)/gy;
      let consumed = 0;
      let l: RegExpExecArray | null;
      while ((l = re.exec(body))) {
        labels[l[1] as string] = (l[2] as string).replace(/\\(\\|"|n)/g, (_, c: string) => (c === 'n' ? '\n' : c));
        consumed = re.lastIndex;
      }
      expect(consumed).toBe(body.length);
      family(m[1] as string).samples.push({ labels, value: m[3] as string });
    } else {
      throw new Error(`not a line of the text format: ${JSON.stringify(line)}`);
    }
  }
  return families;
}

describe('GET /metrics', () => {
  it('answers the Prometheus text format with HELP and TYPE for each family and one sample per connector', async () => {
    admin.metricFigures.push({
      connectorName: 'db-c2',
      owner: 'database-integrator',
      refreshes: 0,
      refreshFailures: 5,
      refreshSecondsTotal: 12.5,
      restarts: 4,
      elementsWritten: 0,
      eventsReceived: 0,
      failed: 1,
    });
    const res = await send(server.url, '/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const families = parseExposition(res.text);
    const expected: Record<string, [string, number[]]> = {
      egeria_integration_connector_refreshes_total: ['counter', [3, 0]],
      egeria_integration_connector_refresh_failures_total: ['counter', [1, 5]],
      egeria_integration_connector_refresh_seconds_total: ['counter', [0.25, 12.5]],
      egeria_integration_connector_restarts_total: ['counter', [2, 4]],
      egeria_integration_connector_elements_written_total: ['counter', [42, 0]],
      egeria_integration_connector_events_received_total: ['counter', [7, 0]],
      egeria_integration_connector_failed: ['gauge', [0, 1]],
    };
    for (const [name, [type, values]] of Object.entries(expected)) {
      const f = families.get(name);
      expect([name, f?.type]).toEqual([name, type]);
      expect(f?.help?.length).toBeGreaterThan(10);
      expect(f?.samples.map((s) => s.labels)).toEqual([
        { connector: 'files-c1', owner: 'files-integrator' },
        { connector: 'db-c2', owner: 'database-integrator' },
      ]);
      expect(f?.samples.map((s) => Number(s.value))).toEqual(values);
    }
    expect(families.get('egeria_integration_daemon_ready')?.samples[0]?.value).toBe('1');
  });

  it('escapes label values', async () => {
    const hostile = 'a "quoted"\\back\nslash}';
    admin.metricFigures = [
      { ...(admin.metricFigures[0] as (typeof admin.metricFigures)[0]), connectorName: hostile, owner: 'group:G "1"' },
    ];
    const res = await send(server.url, '/metrics');
    expect(res.text).toContain('connector="a \\"quoted\\"\\\\back\\nslash}",owner="group:G \\"1\\""');
    const families = parseExposition(res.text);
    expect(families.get('egeria_integration_connector_restarts_total')?.samples[0]?.labels).toEqual({
      connector: hostile,
      owner: 'group:G "1"',
    });
  });

  it('reports no samples (but HELP and TYPE) with no connectors, and a not-ready daemon', async () => {
    admin.metricFigures = [];
    admin.ready = false;
    const families = parseExposition((await send(server.url, '/metrics')).text);
    expect(families.get('egeria_integration_connector_failed')).toEqual({
      help: expect.any(String),
      type: 'gauge',
      samples: [],
    });
    expect(families.get('egeria_integration_daemon_ready')?.samples[0]?.value).toBe('0');
  });

  it('answers 500 when the daemon cannot give its figures, and stays up', async () => {
    admin.metrics = () => {
      throw new Error('boom');
    };
    const res = await send(server.url, '/metrics');
    expect(res.status).toBe(500);
    expect(res.json).toMatchObject({ status: 500, error: 'Internal Server Error' });
    expect(res.text).not.toContain('boom');
    expect((await send(server.url, '/health')).status).toBe(200);
  });
});

describe('GET /health', () => {
  it('is UP with 200 when the daemon is ready', async () => {
    const res = await send(server.url, '/health');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.json).toEqual({
      status: 'UP',
      serverName: 'daemon1',
      components: { livenessState: { status: 'UP' }, readinessState: { status: 'UP' } },
    });
    expect((await send(server.url, '/health/liveness')).json).toEqual({ status: 'UP' });
    expect((await send(server.url, '/health/readiness')).json).toEqual({ status: 'UP' });
  });

  it('is OUT_OF_SERVICE with 503 when the daemon is not ready, while liveness stays UP', async () => {
    admin.ready = false;
    const res = await send(server.url, '/health');
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({
      status: 'OUT_OF_SERVICE',
      components: { readinessState: { status: 'OUT_OF_SERVICE' } },
    });
    const readiness = await send(server.url, '/health/readiness');
    expect([readiness.status, readiness.json.status]).toEqual([503, 'OUT_OF_SERVICE']);
    expect((await send(server.url, '/health/liveness')).status).toBe(200);
    admin.isReady = () => {
      throw new Error('no idea');
    };
    expect((await send(server.url, '/health')).status).toBe(503);
  });
});
