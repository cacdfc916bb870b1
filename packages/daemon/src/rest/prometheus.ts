/**
 * `/metrics` in the Prometheus text exposition format (version 0.0.4): per connector, with labels
 * `connector` and `owner` (the integration service's URL marker, or `group:<name>`).
 */
import type { ConnectorMetrics } from '../admin/daemon-administration';

/** The Content-Type of the Prometheus text format. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

interface Family {
  readonly name: string;
  readonly type: 'counter' | 'gauge';
  readonly help: string;
  readonly value: (m: ConnectorMetrics) => number;
}

const FAMILIES: readonly Family[] = [
  {
    name: 'egeria_integration_connector_refreshes_total',
    type: 'counter',
    help: 'Refreshes of the connector that completed without error.',
    value: (m) => m.refreshes,
  },
  {
    name: 'egeria_integration_connector_refresh_failures_total',
    type: 'counter',
    help: 'Refreshes of the connector that threw, rejected or timed out.',
    value: (m) => m.refreshFailures,
  },
  {
    name: 'egeria_integration_connector_refresh_seconds_total',
    type: 'counter',
    help: 'Seconds the connector spent refreshing.',
    value: (m) => m.refreshSecondsTotal,
  },
  {
    name: 'egeria_integration_connector_restarts_total',
    type: 'counter',
    help: 'Restarts of the connector, automatic and requested.',
    value: (m) => m.restarts,
  },
  {
    name: 'egeria_integration_connector_elements_written_total',
    type: 'counter',
    help: 'Elements the connector created, updated or deleted through its context.',
    value: (m) => m.elementsWritten,
  },
  {
    name: 'egeria_integration_connector_events_received_total',
    type: 'counter',
    help: 'Out-topic events delivered to the connector.',
    value: (m) => m.eventsReceived,
  },
  {
    name: 'egeria_integration_connector_failed',
    type: 'gauge',
    help: '1 when the connector is FAILED, CONFIG_FAILED or INITIALIZE_FAILED, else 0.',
    value: (m) => m.failed,
  },
];

/** A label value with `\`, `"` and line feeds escaped, as the format requires. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** A sample value: Go's float forms for the special values, else the shortest decimal. */
function formatValue(value: number): string {
  if (typeof value !== 'number' || Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

/**
 * The exposition text for a set of connectors' figures.
 * @param metrics - one entry per connector
 * @param ready - whether the daemon is ready (the `egeria_integration_daemon_ready` gauge)
 */
export function formatPrometheusText(metrics: readonly ConnectorMetrics[], ready: boolean): string {
  const lines: string[] = [
    '# HELP egeria_integration_daemon_ready 1 when the integration daemon has started and is not stopping, else 0.',
    '# TYPE egeria_integration_daemon_ready gauge',
    `egeria_integration_daemon_ready ${ready ? 1 : 0}`,
  ];
  for (const family of FAMILIES) {
    lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`);
    for (const m of metrics) {
      const labels = `connector="${escapeLabelValue(String(m.connectorName))}",owner="${escapeLabelValue(String(m.owner))}"`;
      lines.push(`${family.name}{${labels}} ${formatValue(family.value(m))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
