import { IllegalStateError, integrationConnector } from '@egeria-ts/core';
import { APIIntegratorConnector } from '@egeria-ts/api-integrator';
import { OPENAPI_AUDIT_CODE, OPENAPI_ERROR_CODE } from '../messages';
import { describeLocation, parseDocumentLocation, type OpenAPIDocumentLocation } from '../source/document-location';
import { readOpenAPIDocument } from '../source/read-openapi-document';
import { APICatalog } from './api-catalog';
import { APISynchronizer, type APICatalogCounts, type APISyncCounts } from './api-synchronizer';
import { defaultAPIQualifiedName, desiredAPI } from './desired-api';

/** The name connections use for the connector (`connectorType.connectorProviderClassName`). */
export const OPENAPI_CONNECTOR_NAME = 'OpenAPIConnector';

/** The prefix of the statistics that count what is catalogued by open metadata type (`catalogued.APIOperation`). */
export const CATALOGUED_STATISTIC_PREFIX = 'catalogued.';

/** What the last refresh did. */
export interface OpenAPIRefreshSummary extends APISyncCounts {
  /** The API's qualified name. */
  readonly apiQualifiedName: string;
  /** The operations the document defines. */
  readonly operations: number;
  /** What is catalogued for the API, by type. */
  readonly catalogued: APICatalogCounts;
}

/**
 * An API Integrator connector that catalogs an OpenAPI 3 document (JSON or YAML), read from a file
 * or an http(s) URL (the connection's `endpoint.address`): the API as a `DeployedAPI`, the endpoint it
 * is called through (`servers[0].url`), each operation (`METHOD path`, with its operationId and
 * summary), and each operation's parameters: header and cookie parameters in its `HEADER` parameter
 * list, path and query parameters and the request body in its `REQUEST` list.
 *
 * Each refresh (at start, every `refreshTimeInterval` minutes, 60 by default, and on request) reads
 * the document again and brings the catalog in line with it: what is new is created, what changed
 * is updated, and operations, lists and parameters that are gone are removed, only among the
 * elements its metadata source (the API manager) owns. An unchanged document writes nothing.
 */
@integrationConnector({
  name: OPENAPI_CONNECTOR_NAME,
  displayName: 'OpenAPI Connector',
  description: 'Catalogs an OpenAPI 3 document as an API with its endpoint, operations and parameters.',
  serviceURLMarker: 'api-integrator',
  refreshTimeInterval: 60,
  configurationProperties: {
    apiQualifiedName: {
      type: 'string',
      description: 'The qualified name of the API (default: API:<title>(<document location>)).',
    },
    requestTimeoutSeconds: {
      type: 'integer',
      description: 'Seconds to wait for the document when it is read from a URL.',
      defaultValue: 30,
    },
  },
})
export class OpenAPIConnector extends APIIntegratorConnector {
  #location?: OpenAPIDocumentLocation;
  #lastRefresh?: OpenAPIRefreshSummary;

  /** Where the document is read from (a URL or an absolute path); undefined before the connector starts. */
  get documentLocation(): string | undefined {
    return this.#location === undefined ? undefined : describeLocation(this.#location);
  }

  /** What the last completed refresh did; undefined before the first one. */
  get lastRefresh(): OpenAPIRefreshSummary | undefined {
    return this.#lastRefresh;
  }

  /**
   * Reads the document's location from the connection.
   * @throws ConnectorCheckedException (`EGERIA-TS-OPENAPI-400-002`) when the endpoint address is not usable
   */
  override async start(): Promise<void> {
    await super.start();
    this.#location = parseDocumentLocation(this.connection.endpoint?.address);
  }

  /**
   * Reads the document and synchronizes the catalog with it.
   * @param signal - stops the read and the refresh between elements
   * @throws ConnectorCheckedException when the document cannot be read or is not OpenAPI 3 (the catalog is left as it was)
   */
  async refresh(signal: AbortSignal): Promise<void> {
    const location = this.#requireLocation();
    const where = describeLocation(location);
    this.auditLog.logMessage('refresh', OPENAPI_AUDIT_CODE.REFRESH_STARTING, [this.connectorName, where]);
    const properties = this.configurationProperties;
    const snapshot = await readOpenAPIDocument(location, {
      signal,
      timeoutMs: properties.getInteger('requestTimeoutSeconds', 30) * 1000,
    });
    const apiQualifiedName = properties.getString('apiQualifiedName') ?? defaultAPIQualifiedName(snapshot);
    const synchronizer = new APISynchronizer(new APICatalog(this.context), signal, (kind, qualifiedName) =>
      this.auditLog.logMessage('refresh', OPENAPI_AUDIT_CODE.NOT_OWNED, [this.connectorName, kind, qualifiedName]),
    );
    await synchronizer.synchronize(desiredAPI(snapshot, apiQualifiedName));

    const { created, updated, removed } = synchronizer.counts;
    const catalogued = synchronizer.catalogued;
    this.#lastRefresh = Object.freeze({
      apiQualifiedName,
      operations: snapshot.operations.length,
      created,
      updated,
      removed,
      catalogued,
    });
    this.incrementStatistic('elementsCreated', created);
    this.incrementStatistic('elementsUpdated', updated);
    this.incrementStatistic('elementsRemoved', removed);
    for (const [typeName, count] of Object.entries(catalogued)) {
      this.setStatistic(`${CATALOGUED_STATISTIC_PREFIX}${typeName}`, count);
    }
    this.auditLog.logMessage('refresh', OPENAPI_AUDIT_CODE.REFRESH_COMPLETE, [
      this.connectorName,
      apiQualifiedName,
      snapshot.operations.length,
      created,
      updated,
      removed,
    ]);
  }

  #requireLocation(): OpenAPIDocumentLocation {
    if (this.#location === undefined) {
      throw IllegalStateError.fromDefinition(OPENAPI_ERROR_CODE.NOT_STARTED, [this.connectorName, 'refresh']);
    }
    return this.#location;
  }
}
