import type { ResolvedConnectorPackage } from '../create-connector-options';

/** The default of the `sourceName` configuration property: the connector's kebab name without `-connector`. */
export function defaultSourceName(p: ResolvedConnectorPackage): string {
  return p.names.kebabName.replace(/-connector$/, '');
}

/** The default of the `maxElements` configuration property. */
export const DEFAULT_MAX_ELEMENTS = 100;

/** The file name (without extension) of the connector class, such as `acme-catalog-connector`. */
export function connectorFileName(p: ResolvedConnectorPackage): string {
  return p.names.kebabName;
}

/** The generated `src/messages.ts`: the connector's audit messages, in Egeria's form. */
export function messagesSource(p: ResolvedConnectorPackage): string {
  const { constantPrefix, messageComponent, displayName } = p.names;
  return `import { AuditLogSeverity, defineMessages } from '@egeria-ts/core';

/** Audit messages of the ${displayName} (component \`${messageComponent}\`). */
export const ${constantPrefix}_AUDIT_CODE = defineMessages({
  /** {0} connector, {1} source name, {2} most elements a refresh reads. */
  STARTING: {
    messageId: '${messageComponent}-0001',
    severity: AuditLogSeverity.STARTUP,
    template: 'The {0} connector is starting for source {1}; a refresh reads at most {2} elements',
    systemAction: 'The connector reads its configuration and connects to the third-party technology.',
    userAction: 'None.',
  },
  /** {0} connector, {1} source name, {2} elements read. */
  REFRESHED: {
    messageId: '${messageComponent}-0002',
    severity: AuditLogSeverity.INFO,
    template: 'The {0} connector refreshed source {1}: {2} elements read',
    systemAction: 'Open metadata is in line with the third-party technology.',
    userAction: 'None.',
  },
});
`;
}

/**
 * The members a service's base class leaves abstract besides `refresh`, by URL marker: the Search
 * Integrator's connectors receive each asset event in `saveAsset`.
 */
function serviceMembers(p: ResolvedConnectorPackage): string {
  if (p.integrator.service.marker !== 'search-integrator') return '';
  const base = p.integrator.connectorClassName;
  return `
  /**
   * Receives each Asset Consumer OMAS out-topic event (a new, changed, classified or deleted asset
   * or schema) after the first refresh: save the asset in the search technology here.
   * @param event - the event: \`eventType\`, \`elementHeader\`, \`elementProperties\`...
   */
  async saveAsset(event: Parameters<${base}['saveAsset']>[0]): Promise<void> {
    this.setStatistic('lastAssetEvent', String(event.eventType));
  }
`;
}

/** The generated connector class, decorated so that the daemon finds it by name. */
export function connectorSource(p: ResolvedConnectorPackage): string {
  const { className, displayName, constantPrefix } = p.names;
  const { connectorClassName, packageName, service } = p.integrator;
  const sourceName = defaultSourceName(p);
  return `import { integrationConnector } from '@egeria-ts/core';
import { ${connectorClassName} } from '${packageName}';
import { ${constantPrefix}_AUDIT_CODE } from './messages';

/** The name connections use for this connector (\`connectorType.connectorProviderClassName\`). */
export const ${constantPrefix}_CONNECTOR_NAME = '${className}';

/**
 * The ${displayName}: an integration connector of the ${service.fullName}, which works with the
 * ${service.partnerOMAS}.
 *
 * The integration daemon starts it, then calls {@link ${className}.refresh} at start, every
 * \`refreshTimeInterval\` minutes and on request. Each refresh reads the third-party technology and
 * brings open metadata in line with it through \`this.context\`, the ${service.name} context.
 */
@integrationConnector({
  name: ${constantPrefix}_CONNECTOR_NAME,
  displayName: '${displayName}',
  description: 'Catalogs the elements of a third-party technology through the ${service.fullName}.',
  serviceURLMarker: '${service.marker}',
  refreshTimeInterval: 60,
  configurationProperties: {
    sourceName: {
      type: 'string',
      description: 'The name of the third-party technology, used in qualified names and messages.',
      defaultValue: '${sourceName}',
    },
    maxElements: {
      type: 'integer',
      description: 'The most elements one refresh reads from the third-party technology.',
      defaultValue: ${DEFAULT_MAX_ELEMENTS},
    },
  },
})
export class ${className} extends ${connectorClassName} {
  #sourceName = '${sourceName}';
  #maxElements = ${DEFAULT_MAX_ELEMENTS};
  #refreshes = 0;

  /** The name of the third-party technology, from the \`sourceName\` configuration property. */
  get sourceName(): string {
    return this.#sourceName;
  }

  /** The most elements a refresh reads, from the \`maxElements\` configuration property. */
  get maxElements(): number {
    return this.#maxElements;
  }

  /**
   * Reads the configuration properties. Connect to the third-party technology here (its address
   * is \`this.connection.endpoint?.address\`, its credentials \`this.connection.userId\` and
   * \`clearPassword\`).
   */
  override async start(): Promise<void> {
    await super.start();
    this.#sourceName = this.configurationProperties.getString('sourceName', '${sourceName}');
    this.#maxElements = this.configurationProperties.getInteger('maxElements', ${DEFAULT_MAX_ELEMENTS});
    this.auditLog.logMessage('start', ${constantPrefix}_AUDIT_CODE.STARTING, [
      this.connectorName,
      this.#sourceName,
      this.#maxElements,
    ]);
  }

  /**
   * Brings open metadata in line with the third-party technology.
   * @param signal - fires when the refresh must stop; after that the context refuses writes
   */
  async refresh(signal: AbortSignal): Promise<void> {
    const elements = (await this.readSource(signal)).slice(0, this.#maxElements);
    for (const element of elements) {
      if (signal.aborted) return;
      await this.catalogElement(element);
    }
    this.#refreshes += 1;
    this.setStatistic('refreshes', this.#refreshes);
    this.setStatistic('elementsRead', elements.length);
    this.auditLog.logMessage('refresh', ${constantPrefix}_AUDIT_CODE.REFRESHED, [
      this.connectorName,
      this.#sourceName,
      elements.length,
    ]);
  }

  /**
   * Reads the elements of the third-party technology. Replace this with calls to its API; the
   * template has no source, so it reads nothing.
   * @param _signal - fires when the refresh must stop
   */
  protected async readSource(_signal: AbortSignal): Promise<readonly string[]> {
    return [];
  }

  /**
   * Brings one element into open metadata: look it up through \`this.context\`, then create it,
   * update it or leave it as it is. The template catalogs nothing.
   * @param _element - an element read from the third-party technology
   */
  protected async catalogElement(_element: string): Promise<void> {}
${serviceMembers(p)}
  /** Disconnects from the third-party technology (close its clients here), then from open metadata. */
  override async disconnect(): Promise<void> {
    await super.disconnect();
  }
}
`;
}

/** The generated \`src/index.ts\`: the package's public API. */
export function indexSource(p: ResolvedConnectorPackage): string {
  const { className, displayName, constantPrefix } = p.names;
  return `/**
 * The ${displayName}: an Egeria integration connector for the ${p.integrator.service.fullName}.
 * Loading this module registers the connector, so the integration daemon can run it by name.
 * @packageDocumentation
 */
export { ${className}, ${constantPrefix}_CONNECTOR_NAME } from './${connectorFileName(p)}';
export { ${constantPrefix}_AUDIT_CODE } from './messages';
`;
}
