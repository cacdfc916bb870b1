/**
 * The connection, endpoint and connector type operations of the integration contexts whose partner
 * serves Egeria 5.2's connection family (the Data Manager OMAS for the database, files, topic and
 * API integrators, the IT Infrastructure OMAS for the infrastructure integrator): written once over
 * the shared {@link ConnectionFamilyClient}, exposed by each context.
 */
import type { ConnectionFamilyClient } from '../../services/common/connection-family-client';
import type { ConnectionElement, ConnectorTypeElement, EndpointElement } from '../../services/common/beans/elements';
import type { TemplateProperties } from '../../services/data-manager/database-operations';
import type {
  ContextGUIDOptions,
  ContextNameOptions,
  ContextSearchOptions,
  ContextTemplateOptions,
} from '../context-options';
import type { IntegrationContextAccess } from '../context-access';
import { elementCreated, elementDeleted, elementUpdated, typeNameOr } from '../element-changes';
import type { ExternalSource } from '../omas-integration-context';
import type {
  AssetConnectionLinkOptions,
  ConnectionGUIDOption,
  ConnectorTypeLinkOptions,
  CreateConnectionOptions,
  CreateEndpointFromTemplateOptions,
  CreateEndpointOptions,
  EmbeddedConnectionLinkOptions,
  EndpointGUIDOption,
  EndpointLinkOptions,
  SetupAssetConnectionOptions,
  SetupEmbeddedConnectionOptions,
  UpdateConnectionOptions,
  UpdateEndpointOptions,
} from './connection-options';

/** The type names the operations count their changes under (a `typeName` in the properties is counted instead). */
const CONNECTION = 'Connection';
const ENDPOINT = 'Endpoint';

/** The client the operations send through: the Data Manager's or the IT Infrastructure OMAS's. @public */
export type ConnectionOperationsClient = ConnectionFamilyClient<TemplateProperties & ExternalSource>;

/**
 * Connections (with their connector type, endpoint, embedded connection and asset links),
 * endpoints and connector type lookups, as Egeria 5.2's database, files, topic and infrastructure
 * integrator contexts offer them (the API integrator's offers the endpoints). Each write goes
 * through the owning context's guarded, counted write path: creates and link set-ups carry the
 * metadata source when it is home (the context's `...IsHome` setting), updates, link clear-ups and
 * removals carry it always. As in Egeria, a link counts as an update of the connection (of the
 * embedded connection, for an embedded connection link).
 * @public
 */
export class ConnectionOperations {
  /**
   * @param context - the owning context's write path, reads and metadata source
   * @param client - the partner's connection client
   */
  constructor(
    private readonly context: IntegrationContextAccess,
    private readonly client: ConnectionOperationsClient,
  ) {}

  // ---------------------------------------------------------------- connections

  /** Creates a connection. @returns its GUID */
  async createConnection(options: CreateConnectionOptions): Promise<string> {
    const o = this.context.requireOptions('createConnection', options);
    return this.context.write(
      'createConnection',
      (signal) => this.client.createConnection({ ...this.#creation(signal), ...o.connectionProperties }),
      elementCreated(typeNameOr(o.connectionProperties, CONNECTION)),
    );
  }

  /** Creates a connection by copying a template (and its links to a connector type, an endpoint and embedded connections). @returns its GUID */
  async createConnectionFromTemplate(options: ContextTemplateOptions): Promise<string> {
    const o = this.context.requireOptions('createConnectionFromTemplate', options);
    return this.context.write(
      'createConnectionFromTemplate',
      (signal) =>
        this.client.createConnectionFromTemplate({
          ...this.#creation(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
        }),
      elementCreated(CONNECTION),
    );
  }

  /** Updates a connection: merges the properties given, or (the default) replaces them all. */
  async updateConnection(options: UpdateConnectionOptions): Promise<void> {
    const o = this.context.requireOptions('updateConnection', options);
    await this.context.write(
      'updateConnection',
      (signal) =>
        this.client.updateConnection({
          ...this.#source(signal),
          ...o.connectionProperties,
          connectionGUID: o.connectionGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(typeNameOr(o.connectionProperties, CONNECTION), o.connectionGUID),
    );
  }

  /** Links a connection to the connector type that implements it. */
  async setupConnectorType(options: ConnectorTypeLinkOptions): Promise<void> {
    const o = this.context.requireOptions('setupConnectorType', options);
    await this.#link('setupConnectorType', o.connectionGUID, (signal) =>
      this.client.setupConnectorType({
        ...this.#creation(signal),
        connectionGUID: o.connectionGUID,
        connectorTypeGUID: o.connectorTypeGUID,
      }),
    );
  }

  /** Unlinks a connection from a connector type. */
  async clearConnectorType(options: ConnectorTypeLinkOptions): Promise<void> {
    const o = this.context.requireOptions('clearConnectorType', options);
    await this.#link('clearConnectorType', o.connectionGUID, (signal) =>
      this.client.clearConnectorType({
        ...this.#source(signal),
        connectionGUID: o.connectionGUID,
        connectorTypeGUID: o.connectorTypeGUID,
      }),
    );
  }

  /** Links a connection to the endpoint it reaches. */
  async setupEndpoint(options: EndpointLinkOptions): Promise<void> {
    const o = this.context.requireOptions('setupEndpoint', options);
    await this.#link('setupEndpoint', o.connectionGUID, (signal) =>
      this.client.setupEndpoint({
        ...this.#creation(signal),
        connectionGUID: o.connectionGUID,
        endpointGUID: o.endpointGUID,
      }),
    );
  }

  /** Unlinks a connection from an endpoint. */
  async clearEndpoint(options: EndpointLinkOptions): Promise<void> {
    const o = this.context.requireOptions('clearEndpoint', options);
    await this.#link('clearEndpoint', o.connectionGUID, (signal) =>
      this.client.clearEndpoint({
        ...this.#source(signal),
        connectionGUID: o.connectionGUID,
        endpointGUID: o.endpointGUID,
      }),
    );
  }

  /** Embeds a connection in a virtual connection, at a position and with arguments. */
  async setupEmbeddedConnection(options: SetupEmbeddedConnectionOptions): Promise<void> {
    const o = this.context.requireOptions('setupEmbeddedConnection', options);
    await this.#link('setupEmbeddedConnection', o.embeddedConnectionGUID, (signal) =>
      this.client.setupEmbeddedConnection({
        ...this.#creation(signal),
        connectionGUID: o.connectionGUID,
        embeddedConnectionGUID: o.embeddedConnectionGUID,
        // A Java int: Egeria's client always sends it.
        position: o.position ?? 0,
        displayName: o.displayName,
        arguments: o.arguments,
      }),
    );
  }

  /** Removes a connection from a virtual connection. */
  async clearEmbeddedConnection(options: EmbeddedConnectionLinkOptions): Promise<void> {
    const o = this.context.requireOptions('clearEmbeddedConnection', options);
    await this.#link('clearEmbeddedConnection', o.embeddedConnectionGUID, (signal) =>
      this.client.clearEmbeddedConnection({
        ...this.#source(signal),
        connectionGUID: o.connectionGUID,
        embeddedConnectionGUID: o.embeddedConnectionGUID,
      }),
    );
  }

  /** Links a connection to the asset it gives access to. */
  async setupAssetConnection(options: SetupAssetConnectionOptions): Promise<void> {
    const o = this.context.requireOptions('setupAssetConnection', options);
    await this.#link('setupAssetConnection', o.connectionGUID, (signal) =>
      this.client.setupAssetConnection({
        ...this.#creation(signal),
        assetGUID: o.assetGUID,
        connectionGUID: o.connectionGUID,
        assetSummary: o.assetSummary,
      }),
    );
  }

  /** Unlinks a connection from an asset. */
  async clearAssetConnection(options: AssetConnectionLinkOptions): Promise<void> {
    const o = this.context.requireOptions('clearAssetConnection', options);
    await this.#link('clearAssetConnection', o.connectionGUID, (signal) =>
      this.client.clearAssetConnection({
        ...this.#source(signal),
        assetGUID: o.assetGUID,
        connectionGUID: o.connectionGUID,
      }),
    );
  }

  /** Removes a connection. */
  async removeConnection(options: ConnectionGUIDOption): Promise<void> {
    const o = this.context.requireOptions('removeConnection', options);
    await this.context.write(
      'removeConnection',
      (signal) => this.client.removeConnection({ ...this.#source(signal), connectionGUID: o.connectionGUID }),
      elementDeleted(CONNECTION, o.connectionGUID),
    );
  }

  /** Connections whose properties match a search string (one page). */
  async findConnections(options: ContextSearchOptions): Promise<ConnectionElement[]> {
    return this.context.readPage('findConnections', options, (page) =>
      this.client.findConnections({ ...page, searchString: options.searchString }),
    );
  }

  /** Connections with a qualified name or display name (one page). */
  async getConnectionsByName(options: ContextNameOptions): Promise<ConnectionElement[]> {
    return this.context.readPage('getConnectionsByName', options, (page) =>
      this.client.getConnectionsByName({ ...page, name: options.name }),
    );
  }

  /** A connection by GUID, with its connector type, endpoint and embedded connections. */
  async getConnectionByGUID(options: ContextGUIDOptions): Promise<ConnectionElement | undefined> {
    const o = this.context.requireOptions('getConnectionByGUID', options);
    return this.context.read('getConnectionByGUID', (signal) =>
      this.client.getConnectionByGUID({ signal, guid: o.guid }),
    );
  }

  // ---------------------------------------------------------------- endpoints

  /** Creates an endpoint (a network address). @returns its GUID */
  async createEndpoint(options: CreateEndpointOptions): Promise<string> {
    const o = this.context.requireOptions('createEndpoint', options);
    return this.context.write(
      'createEndpoint',
      (signal) => this.client.createEndpoint({ ...this.#creation(signal), ...o.endpointProperties }),
      elementCreated(typeNameOr(o.endpointProperties, ENDPOINT)),
    );
  }

  /** Creates an endpoint for a network address by copying a template. @returns its GUID */
  async createEndpointFromTemplate(options: CreateEndpointFromTemplateOptions): Promise<string> {
    const o = this.context.requireOptions('createEndpointFromTemplate', options);
    return this.context.write(
      'createEndpointFromTemplate',
      (signal) =>
        this.client.createEndpointFromTemplate({
          ...this.#creation(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          networkAddress: o.networkAddress,
        }),
      elementCreated(ENDPOINT),
    );
  }

  /** Updates an endpoint: merges the properties given, or (the default) replaces them all. */
  async updateEndpoint(options: UpdateEndpointOptions): Promise<void> {
    const o = this.context.requireOptions('updateEndpoint', options);
    await this.context.write(
      'updateEndpoint',
      (signal) =>
        this.client.updateEndpoint({
          ...this.#source(signal),
          ...o.endpointProperties,
          endpointGUID: o.endpointGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(typeNameOr(o.endpointProperties, ENDPOINT), o.endpointGUID),
    );
  }

  /** Removes an endpoint. */
  async removeEndpoint(options: EndpointGUIDOption): Promise<void> {
    const o = this.context.requireOptions('removeEndpoint', options);
    await this.context.write(
      'removeEndpoint',
      (signal) => this.client.removeEndpoint({ ...this.#source(signal), endpointGUID: o.endpointGUID }),
      elementDeleted(ENDPOINT, o.endpointGUID),
    );
  }

  /** Endpoints whose properties match a search string (one page). */
  async findEndpoints(options: ContextSearchOptions): Promise<EndpointElement[]> {
    return this.context.readPage('findEndpoints', options, (page) =>
      this.client.findEndpoints({ ...page, searchString: options.searchString }),
    );
  }

  /** Endpoints with a qualified name, display name or network address (one page). */
  async getEndpointsByName(options: ContextNameOptions): Promise<EndpointElement[]> {
    return this.context.readPage('getEndpointsByName', options, (page) =>
      this.client.getEndpointsByName({ ...page, name: options.name }),
    );
  }

  /** An endpoint by GUID. */
  async getEndpointByGUID(options: ContextGUIDOptions): Promise<EndpointElement | undefined> {
    const o = this.context.requireOptions('getEndpointByGUID', options);
    return this.context.read('getEndpointByGUID', (signal) => this.client.getEndpointByGUID({ signal, guid: o.guid }));
  }

  // ---------------------------------------------------------------- connector types

  /** Connector types whose properties match a search string (one page). */
  async findConnectorTypes(options: ContextSearchOptions): Promise<ConnectorTypeElement[]> {
    return this.context.readPage('findConnectorTypes', options, (page) =>
      this.client.findConnectorTypes({ ...page, searchString: options.searchString }),
    );
  }

  /** Connector types with a qualified name, display name or connector provider class name (one page). */
  async getConnectorTypesByName(options: ContextNameOptions): Promise<ConnectorTypeElement[]> {
    return this.context.readPage('getConnectorTypesByName', options, (page) =>
      this.client.getConnectorTypesByName({ ...page, name: options.name }),
    );
  }

  /** A connector type by GUID. */
  async getConnectorTypeByGUID(options: ContextGUIDOptions): Promise<ConnectorTypeElement | undefined> {
    const o = this.context.requireOptions('getConnectorTypeByGUID', options);
    return this.context.read('getConnectorTypeByGUID', (signal) =>
      this.client.getConnectorTypeByGUID({ signal, guid: o.guid }),
    );
  }

  // ---------------------------------------------------------------- helpers

  /** The signal and the metadata source of an update, a link clear-up or a removal. */
  #source(signal: AbortSignal): ExternalSource & { readonly signal: AbortSignal } {
    return { ...this.context.externalSource(), signal };
  }

  /** The signal and the metadata source of a create or a link set-up (none when the source is not home). */
  #creation(signal: AbortSignal): ExternalSource & { readonly signal: AbortSignal } {
    return { ...this.context.creationExternalSource(), signal };
  }

  /** A link set-up or clear-up, counted as an update of a connection. */
  async #link(operation: string, connectionGUID: string, fn: (signal: AbortSignal) => Promise<void>): Promise<void> {
    await this.context.write(operation, fn, elementUpdated(CONNECTION, connectionGUID));
  }
}
