/**
 * The connection methods (connections, their links, connector type lookups) of the integration
 * contexts whose Egeria 5.2 context has them, written once as a mixin over the context class.
 */
import type { ConnectionElement, ConnectorTypeElement } from '../../services/common/beans/elements';
import type {
  ContextGUIDOptions,
  ContextNameOptions,
  ContextSearchOptions,
  ContextTemplateOptions,
} from '../context-options';
import { elementCreated, elementDeleted, elementUpdated, typeNameOr } from '../element-changes';
import type { OmasIntegrationContext, OmasIntegrationContextClass } from '../omas-integration-context';
import {
  connectionFamilyClient,
  type ConnectionFamilyService,
  type ConnectionMethodsClient,
} from './connection-family';
import type {
  AssetConnectionLinkOptions,
  ConnectionGUIDOption,
  ConnectorTypeLinkOptions,
  CreateConnectionOptions,
  EmbeddedConnectionLinkOptions,
  EndpointLinkOptions,
  SetupAssetConnectionOptions,
  SetupEmbeddedConnectionOptions,
  UpdateConnectionOptions,
} from './connection-options';

/** The type name the methods count their changes under (a `typeName` in the properties is counted instead). */
const CONNECTION = 'Connection';

/**
 * Connections (with their connector type, endpoint, embedded connection and asset links) and the
 * connector type lookups, as Egeria 5.2's database, files, topic and infrastructure integrator
 * contexts offer them; {@link withConnectionMethods} adds them to a context class. Each write goes
 * through the context's guarded, counted write path: creates and link set-ups carry the metadata
 * source when it is home (the context's `...IsHome` setting), updates, link clear-ups and removals
 * carry it always. As in Egeria, a link counts as an update of the connection (of the embedded
 * connection, for an embedded connection link). Reads are refused once the context is disconnected.
 * @public
 */
export interface ConnectionMethods {
  /** Creates a connection (a `typeName` such as `VirtualConnection` picks a subtype). @returns its GUID */
  createConnection(options: CreateConnectionOptions): Promise<string>;
  /** Creates a connection by copying a template, with the template's connector type, endpoint and embedded connections. @returns its GUID */
  createConnectionFromTemplate(options: ContextTemplateOptions): Promise<string>;
  /** Updates a connection: merges the properties given, or (the default) replaces them all. */
  updateConnection(options: UpdateConnectionOptions): Promise<void>;
  /** Links a connection to the connector type that implements it. */
  setupConnectorType(options: ConnectorTypeLinkOptions): Promise<void>;
  /** Unlinks a connection from a connector type. */
  clearConnectorType(options: ConnectorTypeLinkOptions): Promise<void>;
  /** Links a connection to the endpoint it reaches. */
  setupEndpoint(options: EndpointLinkOptions): Promise<void>;
  /** Unlinks a connection from an endpoint. */
  clearEndpoint(options: EndpointLinkOptions): Promise<void>;
  /** Embeds a connection in a virtual connection, at a position (default 0) and with arguments. */
  setupEmbeddedConnection(options: SetupEmbeddedConnectionOptions): Promise<void>;
  /** Removes a connection from a virtual connection. */
  clearEmbeddedConnection(options: EmbeddedConnectionLinkOptions): Promise<void>;
  /** Links a connection to the asset it gives access to. */
  setupAssetConnection(options: SetupAssetConnectionOptions): Promise<void>;
  /** Unlinks a connection from an asset. */
  clearAssetConnection(options: AssetConnectionLinkOptions): Promise<void>;
  /** Removes a connection. */
  removeConnection(options: ConnectionGUIDOption): Promise<void>;
  /** Connections whose properties match a search string (one page). */
  findConnections(options: ContextSearchOptions): Promise<ConnectionElement[]>;
  /** Connections with a qualified name or display name (one page). */
  getConnectionsByName(options: ContextNameOptions): Promise<ConnectionElement[]>;
  /** A connection by GUID, with its connector type, endpoint and embedded connections. */
  getConnectionByGUID(options: ContextGUIDOptions): Promise<ConnectionElement | undefined>;
  /** Connector types whose properties match a search string (one page). */
  findConnectorTypes(options: ContextSearchOptions): Promise<ConnectorTypeElement[]>;
  /** Connector types with a qualified name, display name or connector provider class name (one page). */
  getConnectorTypesByName(options: ContextNameOptions): Promise<ConnectorTypeElement[]>;
  /** A connector type by GUID. */
  getConnectorTypeByGUID(options: ContextGUIDOptions): Promise<ConnectorTypeElement | undefined>;
}

/**
 * Extends a context class with the {@link ConnectionMethods}: a service context that has them
 * declares `class MyContext extends withConnectionMethods(BaseContext, SERVICE)`.
 * @param Base - the context class to extend, such as `DataManagerValidValuesContext`
 * @param service - the partner's table that serves the connection family: `DATA_MANAGER_CONNECTION_SERVICE` or `IT_INFRASTRUCTURE_SERVICE`
 * @returns a subclass of `Base`, built from the same dependencies, whose instances also have the {@link ConnectionMethods}
 * @typeParam E - the partner access service's out-topic event
 * @typeParam C - the type of `Base`'s instances
 * @public
 */
export function withConnectionMethods<E, C extends OmasIntegrationContext<E>>(
  Base: OmasIntegrationContextClass<E, C>,
  service: ConnectionFamilyService,
): OmasIntegrationContextClass<E, C & ConnectionMethods> {
  // TypeScript extends a class only through a constructor of a known instance type: `Base` widened.
  const base: OmasIntegrationContextClass<E> = Base;

  abstract class WithConnectionMethods extends base implements ConnectionMethods {
    #client?: ConnectionMethodsClient;

    async createConnection(options: CreateConnectionOptions): Promise<string> {
      const o = this.requireOptions('createConnection', options);
      return this.write(
        'createConnection',
        (signal) =>
          this.#connections.createConnection({ ...this.creationExternalSource, signal, ...o.connectionProperties }),
        elementCreated(typeNameOr(o.connectionProperties, CONNECTION)),
      );
    }

    async createConnectionFromTemplate(options: ContextTemplateOptions): Promise<string> {
      const o = this.requireOptions('createConnectionFromTemplate', options);
      return this.write(
        'createConnectionFromTemplate',
        (signal) =>
          this.#connections.createConnectionFromTemplate({
            ...this.creationExternalSource,
            signal,
            ...o.templateProperties,
            templateGUID: o.templateGUID,
          }),
        elementCreated(CONNECTION),
      );
    }

    async updateConnection(options: UpdateConnectionOptions): Promise<void> {
      const o = this.requireOptions('updateConnection', options);
      await this.write(
        'updateConnection',
        (signal) =>
          this.#connections.updateConnection({
            ...this.externalSource,
            signal,
            ...o.connectionProperties,
            connectionGUID: o.connectionGUID,
            isMergeUpdate: o.isMergeUpdate ?? false,
          }),
        elementUpdated(typeNameOr(o.connectionProperties, CONNECTION), o.connectionGUID),
      );
    }

    async setupConnectorType(options: ConnectorTypeLinkOptions): Promise<void> {
      const o = this.requireOptions('setupConnectorType', options);
      await this.#link('setupConnectorType', o.connectionGUID, (signal) =>
        this.#connections.setupConnectorType({
          ...this.creationExternalSource,
          signal,
          connectionGUID: o.connectionGUID,
          connectorTypeGUID: o.connectorTypeGUID,
        }),
      );
    }

    async clearConnectorType(options: ConnectorTypeLinkOptions): Promise<void> {
      const o = this.requireOptions('clearConnectorType', options);
      await this.#link('clearConnectorType', o.connectionGUID, (signal) =>
        this.#connections.clearConnectorType({
          ...this.externalSource,
          signal,
          connectionGUID: o.connectionGUID,
          connectorTypeGUID: o.connectorTypeGUID,
        }),
      );
    }

    async setupEndpoint(options: EndpointLinkOptions): Promise<void> {
      const o = this.requireOptions('setupEndpoint', options);
      await this.#link('setupEndpoint', o.connectionGUID, (signal) =>
        this.#connections.setupEndpoint({
          ...this.creationExternalSource,
          signal,
          connectionGUID: o.connectionGUID,
          endpointGUID: o.endpointGUID,
        }),
      );
    }

    async clearEndpoint(options: EndpointLinkOptions): Promise<void> {
      const o = this.requireOptions('clearEndpoint', options);
      await this.#link('clearEndpoint', o.connectionGUID, (signal) =>
        this.#connections.clearEndpoint({
          ...this.externalSource,
          signal,
          connectionGUID: o.connectionGUID,
          endpointGUID: o.endpointGUID,
        }),
      );
    }

    async setupEmbeddedConnection(options: SetupEmbeddedConnectionOptions): Promise<void> {
      const o = this.requireOptions('setupEmbeddedConnection', options);
      await this.#link('setupEmbeddedConnection', o.embeddedConnectionGUID, (signal) =>
        this.#connections.setupEmbeddedConnection({
          ...this.creationExternalSource,
          signal,
          connectionGUID: o.connectionGUID,
          embeddedConnectionGUID: o.embeddedConnectionGUID,
          // A Java int: Egeria's client always sends it.
          position: o.position ?? 0,
          displayName: o.displayName,
          arguments: o.arguments,
        }),
      );
    }

    async clearEmbeddedConnection(options: EmbeddedConnectionLinkOptions): Promise<void> {
      const o = this.requireOptions('clearEmbeddedConnection', options);
      await this.#link('clearEmbeddedConnection', o.embeddedConnectionGUID, (signal) =>
        this.#connections.clearEmbeddedConnection({
          ...this.externalSource,
          signal,
          connectionGUID: o.connectionGUID,
          embeddedConnectionGUID: o.embeddedConnectionGUID,
        }),
      );
    }

    async setupAssetConnection(options: SetupAssetConnectionOptions): Promise<void> {
      const o = this.requireOptions('setupAssetConnection', options);
      await this.#link('setupAssetConnection', o.connectionGUID, (signal) =>
        this.#connections.setupAssetConnection({
          ...this.creationExternalSource,
          signal,
          assetGUID: o.assetGUID,
          connectionGUID: o.connectionGUID,
          assetSummary: o.assetSummary,
        }),
      );
    }

    async clearAssetConnection(options: AssetConnectionLinkOptions): Promise<void> {
      const o = this.requireOptions('clearAssetConnection', options);
      await this.#link('clearAssetConnection', o.connectionGUID, (signal) =>
        this.#connections.clearAssetConnection({
          ...this.externalSource,
          signal,
          assetGUID: o.assetGUID,
          connectionGUID: o.connectionGUID,
        }),
      );
    }

    async removeConnection(options: ConnectionGUIDOption): Promise<void> {
      const o = this.requireOptions('removeConnection', options);
      await this.write(
        'removeConnection',
        (signal) =>
          this.#connections.removeConnection({ ...this.externalSource, signal, connectionGUID: o.connectionGUID }),
        elementDeleted(CONNECTION, o.connectionGUID),
      );
    }

    async findConnections(options: ContextSearchOptions): Promise<ConnectionElement[]> {
      return this.readPage('findConnections', options, (page) =>
        this.#connections.findConnections({ ...page, searchString: options.searchString }),
      );
    }

    async getConnectionsByName(options: ContextNameOptions): Promise<ConnectionElement[]> {
      return this.readPage('getConnectionsByName', options, (page) =>
        this.#connections.getConnectionsByName({ ...page, name: options.name }),
      );
    }

    async getConnectionByGUID(options: ContextGUIDOptions): Promise<ConnectionElement | undefined> {
      const o = this.requireOptions('getConnectionByGUID', options);
      return this.read('getConnectionByGUID', (signal) =>
        this.#connections.getConnectionByGUID({ signal, guid: o.guid }),
      );
    }

    async findConnectorTypes(options: ContextSearchOptions): Promise<ConnectorTypeElement[]> {
      return this.readPage('findConnectorTypes', options, (page) =>
        this.#connections.findConnectorTypes({ ...page, searchString: options.searchString }),
      );
    }

    async getConnectorTypesByName(options: ContextNameOptions): Promise<ConnectorTypeElement[]> {
      return this.readPage('getConnectorTypesByName', options, (page) =>
        this.#connections.getConnectorTypesByName({ ...page, name: options.name }),
      );
    }

    async getConnectorTypeByGUID(options: ContextGUIDOptions): Promise<ConnectorTypeElement | undefined> {
      const o = this.requireOptions('getConnectorTypeByGUID', options);
      return this.read('getConnectorTypeByGUID', (signal) =>
        this.#connections.getConnectorTypeByGUID({ signal, guid: o.guid }),
      );
    }

    /** A link set-up or clear-up, counted as an update of a connection. */
    async #link(operation: string, connectionGUID: string, fn: (signal: AbortSignal) => Promise<void>): Promise<void> {
      await this.write(operation, fn, elementUpdated(CONNECTION, connectionGUID));
    }

    get #connections(): ConnectionMethodsClient {
      this.#client ??= connectionFamilyClient(this.partnerInvoker(service), service);
      return this.#client;
    }
  }

  // The class extends `Base` itself, so its instances are `C`s (TypeScript cannot follow `C` through the widening).
  return WithConnectionMethods as unknown as OmasIntegrationContextClass<E, C & ConnectionMethods>;
}
