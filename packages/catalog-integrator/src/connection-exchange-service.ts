import {
  ASSET_MANAGER_CONNECTION_SERVICE,
  AssetManagerExchangeServiceBase,
  ConnectionExchangeClient,
  typeNameOr,
  type AssetManagerConnectionElement,
  type AssetManagerConnectorTypeElement,
  type AssetManagerEndpointElement,
  type AssetManagerExchangeContext,
  type AssetManagerIsHomeOption,
  type AssetManagerNameOptions,
  type AssetManagerPagingOptions,
  type AssetManagerSearchOptions,
  type AssetManagerTemplateOptions,
  type EffectiveTimeOption,
  type ExternalIdentifierNameOption,
  type ExternalIdentifierOption,
  type LineageFlags,
  type MetadataCorrelationProperties,
  type RelationshipProperties,
} from '@egeria-ts/omas-client';
import type {
  AssetConnectionLinkOptions,
  ConnectionGUIDOptions,
  ConnectorTypeGUIDOptions,
  ConnectorTypeLinkOptions,
  CreateConnectionOptions,
  CreateConnectorTypeOptions,
  CreateEndpointOptions,
  EffectivityOption,
  EmbeddedConnectionLinkOptions,
  EndpointGUIDOptions,
  EndpointLinkOptions,
  SetupAssetConnectionOptions,
  SetupConnectorTypeOptions,
  SetupEmbeddedConnectionOptions,
  SetupEndpointOptions,
  UpdateConnectionOptions,
  UpdateConnectorTypeOptions,
  UpdateEndpointOptions,
} from './connection-exchange-options';

/** The type names the service counts its changes under (a `typeName` in the properties is counted instead). */
const CONNECTION = 'Connection';
const ENDPOINT = 'Endpoint';
const CONNECTOR_TYPE = 'ConnectorType';

/** The body of a create: who owns the element and its correlation with the third party. */
interface CreateBody {
  readonly signal: AbortSignal;
  readonly assetManagerIsHome: boolean;
  readonly metadataCorrelationProperties: MetadataCorrelationProperties;
}

/** The body of an update or a removal, with the query flags. */
type ChangeBody = LineageFlags & {
  readonly signal: AbortSignal;
  readonly metadataCorrelationProperties: MetadataCorrelationProperties;
  readonly effectiveTime?: EffectiveTimeOption['effectiveTime'];
};

/** The body of a link set-up: the asset manager as external source, ownership, flags and effective time. */
type LinkBody = LineageFlags & {
  readonly signal: AbortSignal;
  readonly assetManagerIsHome: boolean;
  readonly externalSourceGUID?: string;
  readonly externalSourceName?: string;
  readonly effectiveTime?: EffectiveTimeOption['effectiveTime'];
};

/** The body of a link clear-up: the asset manager, flags and effective time. */
type UnlinkBody = LineageFlags & {
  readonly signal: AbortSignal;
  readonly assetManagerGUID?: string;
  readonly assetManagerName?: string;
  readonly effectiveTime?: EffectiveTimeOption['effectiveTime'];
};

/**
 * Connections, endpoints and connector types through the Asset Manager OMAS (Egeria 5.2's
 * `ConnectionExchangeService` of the catalog integrator): create them owned by the asset manager
 * with its external identifiers, link connections to their connector type, endpoint, embedded
 * connections and data assets, update, remove and find them. Every write goes through the owning
 * context's permitted synchronization guard and is counted in its activity report; a link counts as
 * an update of the connection.
 */
export class ConnectionExchangeService extends AssetManagerExchangeServiceBase {
  readonly #client: ConnectionExchangeClient;

  /** @param context - the catalog integrator context that owns the service */
  constructor(context: AssetManagerExchangeContext) {
    super(context, false);
    this.#client = new ConnectionExchangeClient(context.partnerInvoker(ASSET_MANAGER_CONNECTION_SERVICE));
  }

  // ---------------------------------------------------------------- connections

  /** Creates a connection. @returns its GUID */
  async createConnection(options: CreateConnectionOptions): Promise<string> {
    const o = this.context.requireOptions('createConnection', options);
    return this.#create('createConnection', typeNameOr(o.connectionProperties, CONNECTION), o, (body) =>
      this.#client.createConnection({ ...body, elementProperties: o.connectionProperties }),
    );
  }

  /** Creates a connection by copying a template (and its links to a connector type, an endpoint and embedded connections). @returns its GUID */
  async createConnectionFromTemplate(options: AssetManagerTemplateOptions): Promise<string> {
    const o = this.context.requireOptions('createConnectionFromTemplate', options);
    return this.#create('createConnectionFromTemplate', CONNECTION, o, (body) =>
      this.#client.createConnectionFromTemplate({
        ...body,
        templateGUID: o.templateGUID,
        elementProperties: o.templateProperties,
      }),
    );
  }

  /** Updates a connection: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateConnection(options: UpdateConnectionOptions): Promise<void> {
    const o = this.context.requireOptions('updateConnection', options);
    await this.#change(
      'updateConnection',
      this.updated(CONNECTION, o.connectionGUID, o.connectionProperties),
      o,
      (body) =>
        this.#client.updateConnection({
          ...body,
          connectionGUID: o.connectionGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          elementProperties: o.connectionProperties,
        }),
    );
  }

  /** Links a connection to the connector type that implements it. */
  async setupConnectorType(options: SetupConnectorTypeOptions): Promise<void> {
    const o = this.context.requireOptions('setupConnectorType', options);
    await this.#link('setupConnectorType', o.connectionGUID, o, (body) =>
      this.#client.setupConnectorType({
        ...body,
        connectionGUID: o.connectionGUID,
        connectorTypeGUID: o.connectorTypeGUID,
        properties: effectivity(o),
      }),
    );
  }

  /** Unlinks a connection from a connector type. */
  async clearConnectorType(options: ConnectorTypeLinkOptions): Promise<void> {
    const o = this.context.requireOptions('clearConnectorType', options);
    await this.#unlink('clearConnectorType', o.connectionGUID, o, (body) =>
      this.#client.clearConnectorType({
        ...body,
        connectionGUID: o.connectionGUID,
        connectorTypeGUID: o.connectorTypeGUID,
      }),
    );
  }

  /** Links a connection to the endpoint it reaches. */
  async setupEndpoint(options: SetupEndpointOptions): Promise<void> {
    const o = this.context.requireOptions('setupEndpoint', options);
    await this.#link('setupEndpoint', o.connectionGUID, o, (body) =>
      this.#client.setupEndpoint({
        ...body,
        connectionGUID: o.connectionGUID,
        endpointGUID: o.endpointGUID,
        properties: effectivity(o),
      }),
    );
  }

  /** Unlinks a connection from an endpoint. */
  async clearEndpoint(options: EndpointLinkOptions): Promise<void> {
    const o = this.context.requireOptions('clearEndpoint', options);
    await this.#unlink('clearEndpoint', o.connectionGUID, o, (body) =>
      this.#client.clearEndpoint({ ...body, connectionGUID: o.connectionGUID, endpointGUID: o.endpointGUID }),
    );
  }

  /** Embeds a connection in a virtual connection. */
  async setupEmbeddedConnection(options: SetupEmbeddedConnectionOptions): Promise<void> {
    const o = this.context.requireOptions('setupEmbeddedConnection', options);
    await this.#link('setupEmbeddedConnection', o.connectionGUID, o, (body) =>
      this.#client.setupEmbeddedConnection({
        ...body,
        connectionGUID: o.connectionGUID,
        embeddedConnectionGUID: o.embeddedConnectionGUID,
        // A Java int: Egeria's bean always carries the position.
        properties: { class: 'EmbeddedConnectionProperties', position: 0, ...o.properties },
      }),
    );
  }

  /** Removes a connection from a virtual connection. */
  async clearEmbeddedConnection(options: EmbeddedConnectionLinkOptions): Promise<void> {
    const o = this.context.requireOptions('clearEmbeddedConnection', options);
    await this.#unlink('clearEmbeddedConnection', o.connectionGUID, o, (body) =>
      this.#client.clearEmbeddedConnection({
        ...body,
        connectionGUID: o.connectionGUID,
        embeddedConnectionGUID: o.embeddedConnectionGUID,
      }),
    );
  }

  /** Links a connection to the data asset it gives access to. */
  async setupAssetConnection(options: SetupAssetConnectionOptions): Promise<void> {
    const o = this.context.requireOptions('setupAssetConnection', options);
    await this.#link('setupAssetConnection', o.connectionGUID, o, (body) =>
      this.#client.setupAssetConnection({
        ...body,
        assetGUID: o.assetGUID,
        connectionGUID: o.connectionGUID,
        properties: { class: 'AssetConnectionProperties', ...o.properties },
      }),
    );
  }

  /** Unlinks a connection from a data asset. */
  async clearAssetConnection(options: AssetConnectionLinkOptions): Promise<void> {
    const o = this.context.requireOptions('clearAssetConnection', options);
    await this.#unlink('clearAssetConnection', o.connectionGUID, o, (body) =>
      this.#client.clearAssetConnection({ ...body, assetGUID: o.assetGUID, connectionGUID: o.connectionGUID }),
    );
  }

  /** Removes a connection. */
  async removeConnection(options: ConnectionGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removeConnection', options);
    await this.#change('removeConnection', this.deleted(CONNECTION, o.connectionGUID), o, (body) =>
      this.#client.removeConnection({ ...body, connectionGUID: o.connectionGUID }),
    );
  }

  /** Connections whose properties match a search string (one page). */
  async findConnections(options: AssetManagerSearchOptions): Promise<AssetManagerConnectionElement[]> {
    return this.list('findConnections', options, (request) =>
      this.#client.findConnections({ ...request, ...this.#search(options) }),
    );
  }

  /** Connections with a qualified name or display name (one page). */
  async getConnectionsByName(options: AssetManagerNameOptions): Promise<AssetManagerConnectionElement[]> {
    return this.list('getConnectionsByName', options, (request) =>
      this.#client.getConnectionsByName({ ...request, ...this.#name(options) }),
    );
  }

  /** The connections that carry one of the asset manager's external identifiers (one page). */
  async getConnectionsForAssetManager(
    options: AssetManagerPagingOptions = {},
  ): Promise<AssetManagerConnectionElement[]> {
    return this.list('getConnectionsForAssetManager', options, (request) =>
      this.#client.getConnectionsForAssetManager({ ...request, ...this.scope(options) }),
    );
  }

  /** A connection, with its connector type, endpoint and embedded connections, or undefined. */
  async getConnectionByGUID(
    options: { readonly connectionGUID: string } & EffectiveTimeOption,
  ): Promise<AssetManagerConnectionElement | undefined> {
    return this.one('getConnectionByGUID', options, (o, request) =>
      this.#client.getConnectionByGUID({ ...request, connectionGUID: o.connectionGUID, ...this.scope(o) }),
    );
  }

  // ---------------------------------------------------------------- endpoints

  /** Creates an endpoint. @returns its GUID */
  async createEndpoint(options: CreateEndpointOptions): Promise<string> {
    const o = this.context.requireOptions('createEndpoint', options);
    return this.#create('createEndpoint', typeNameOr(o.endpointProperties, ENDPOINT), o, (body) =>
      this.#client.createEndpoint({ ...body, elementProperties: o.endpointProperties }),
    );
  }

  /** Creates an endpoint by copying a template (the template properties' `networkAddress` is the new address). @returns its GUID */
  async createEndpointFromTemplate(options: AssetManagerTemplateOptions): Promise<string> {
    const o = this.context.requireOptions('createEndpointFromTemplate', options);
    return this.#create('createEndpointFromTemplate', ENDPOINT, o, (body) =>
      this.#client.createEndpointFromTemplate({
        ...body,
        templateGUID: o.templateGUID,
        elementProperties: o.templateProperties,
      }),
    );
  }

  /** Updates an endpoint: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateEndpoint(options: UpdateEndpointOptions): Promise<void> {
    const o = this.context.requireOptions('updateEndpoint', options);
    await this.#change('updateEndpoint', this.updated(ENDPOINT, o.endpointGUID, o.endpointProperties), o, (body) =>
      this.#client.updateEndpoint({
        ...body,
        endpointGUID: o.endpointGUID,
        isMergeUpdate: o.isMergeUpdate ?? false,
        elementProperties: o.endpointProperties,
      }),
    );
  }

  /** Removes an endpoint. */
  async removeEndpoint(options: EndpointGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removeEndpoint', options);
    await this.#change('removeEndpoint', this.deleted(ENDPOINT, o.endpointGUID), o, (body) =>
      this.#client.removeEndpoint({ ...body, endpointGUID: o.endpointGUID }),
    );
  }

  /** Endpoints whose properties match a search string (one page). */
  async findEndpoints(options: AssetManagerSearchOptions): Promise<AssetManagerEndpointElement[]> {
    return this.list('findEndpoints', options, (request) =>
      this.#client.findEndpoints({ ...request, ...this.#search(options) }),
    );
  }

  /** Endpoints with a qualified name, display name or network address (one page). */
  async getEndpointsByName(options: AssetManagerNameOptions): Promise<AssetManagerEndpointElement[]> {
    return this.list('getEndpointsByName', options, (request) =>
      this.#client.getEndpointsByName({ ...request, ...this.#name(options) }),
    );
  }

  /** The endpoints that carry one of the asset manager's external identifiers (one page). */
  async getEndpointsForAssetManager(options: AssetManagerPagingOptions = {}): Promise<AssetManagerEndpointElement[]> {
    return this.list('getEndpointsForAssetManager', options, (request) =>
      this.#client.getEndpointsForAssetManager({ ...request, ...this.scope(options) }),
    );
  }

  /** An endpoint, or undefined. */
  async getEndpointByGUID(
    options: { readonly endpointGUID: string } & EffectiveTimeOption,
  ): Promise<AssetManagerEndpointElement | undefined> {
    return this.one('getEndpointByGUID', options, (o, request) =>
      this.#client.getEndpointByGUID({ ...request, endpointGUID: o.endpointGUID, ...this.scope(o) }),
    );
  }

  // ---------------------------------------------------------------- connector types

  /** Creates a connector type. @returns its GUID */
  async createConnectorType(options: CreateConnectorTypeOptions): Promise<string> {
    const o = this.context.requireOptions('createConnectorType', options);
    return this.#create('createConnectorType', typeNameOr(o.connectorTypeProperties, CONNECTOR_TYPE), o, (body) =>
      this.#client.createConnectorType({ ...body, elementProperties: o.connectorTypeProperties }),
    );
  }

  /** Creates a connector type by copying a template. @returns its GUID */
  async createConnectorTypeFromTemplate(options: AssetManagerTemplateOptions): Promise<string> {
    const o = this.context.requireOptions('createConnectorTypeFromTemplate', options);
    return this.#create('createConnectorTypeFromTemplate', CONNECTOR_TYPE, o, (body) =>
      this.#client.createConnectorTypeFromTemplate({
        ...body,
        templateGUID: o.templateGUID,
        elementProperties: o.templateProperties,
      }),
    );
  }

  /** Updates a connector type: replaces its properties, or merges them with `isMergeUpdate`. */
  async updateConnectorType(options: UpdateConnectorTypeOptions): Promise<void> {
    const o = this.context.requireOptions('updateConnectorType', options);
    const change = this.updated(CONNECTOR_TYPE, o.connectorTypeGUID, o.connectorTypeProperties);
    await this.#change('updateConnectorType', change, o, (body) =>
      this.#client.updateConnectorType({
        ...body,
        connectorTypeGUID: o.connectorTypeGUID,
        isMergeUpdate: o.isMergeUpdate ?? false,
        elementProperties: o.connectorTypeProperties,
      }),
    );
  }

  /** Removes a connector type. */
  async removeConnectorType(options: ConnectorTypeGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('removeConnectorType', options);
    await this.#change('removeConnectorType', this.deleted(CONNECTOR_TYPE, o.connectorTypeGUID), o, (body) =>
      this.#client.removeConnectorType({ ...body, connectorTypeGUID: o.connectorTypeGUID }),
    );
  }

  /** Connector types whose properties match a search string (one page). */
  async findConnectorTypes(options: AssetManagerSearchOptions): Promise<AssetManagerConnectorTypeElement[]> {
    return this.list('findConnectorTypes', options, (request) =>
      this.#client.findConnectorTypes({ ...request, ...this.#search(options) }),
    );
  }

  /** Connector types with a qualified name, display name or connector provider class name (one page). */
  async getConnectorTypesByName(options: AssetManagerNameOptions): Promise<AssetManagerConnectorTypeElement[]> {
    return this.list('getConnectorTypesByName', options, (request) =>
      this.#client.getConnectorTypesByName({ ...request, ...this.#name(options) }),
    );
  }

  /** The connector types that carry one of the asset manager's external identifiers (one page). */
  async getConnectorTypesForAssetManager(
    options: AssetManagerPagingOptions = {},
  ): Promise<AssetManagerConnectorTypeElement[]> {
    return this.list('getConnectorTypesForAssetManager', options, (request) =>
      this.#client.getConnectorTypesForAssetManager({ ...request, ...this.scope(options) }),
    );
  }

  /** A connector type, or undefined. */
  async getConnectorTypeByGUID(
    options: { readonly connectorTypeGUID: string } & EffectiveTimeOption,
  ): Promise<AssetManagerConnectorTypeElement | undefined> {
    return this.one('getConnectorTypeByGUID', options, (o, request) =>
      this.#client.getConnectorTypeByGUID({ ...request, connectorTypeGUID: o.connectorTypeGUID, ...this.scope(o) }),
    );
  }

  // ---------------------------------------------------------------- helpers

  /** A create: ownership and correlation (with the caller's external identifier), counted under the type. */
  async #create(
    operation: string,
    typeName: string,
    options: AssetManagerIsHomeOption & ExternalIdentifierOption,
    send: (body: CreateBody) => Promise<string>,
  ): Promise<string> {
    return this.context.write(
      operation,
      (signal) =>
        send({
          signal,
          assetManagerIsHome: options.assetManagerIsHome ?? true,
          metadataCorrelationProperties: this.correlation(options.externalIdentifierProperties),
        }),
      this.created(typeName),
    );
  }

  /** An update or a removal: the flags, the correlation naming the element's external identifier, the effective time. */
  async #change(
    operation: string,
    change: ReturnType<AssetManagerExchangeServiceBase['updated']>,
    options: ExternalIdentifierNameOption,
    send: (body: ChangeBody) => Promise<void>,
  ): Promise<void> {
    await this.context.write(
      operation,
      (signal) => send({ signal, ...this.flags(), ...this.updateBody(options) }),
      change,
    );
  }

  /** A link set-up, counted as an update of the connection. */
  async #link(
    operation: string,
    connectionGUID: string,
    options: AssetManagerIsHomeOption & EffectiveTimeOption,
    send: (body: LinkBody) => Promise<void>,
  ): Promise<void> {
    await this.context.write(
      operation,
      (signal) =>
        send({
          signal,
          ...this.flags(),
          assetManagerIsHome: options.assetManagerIsHome ?? true,
          ...this.relationshipSource(options),
        }),
      this.updated(CONNECTION, connectionGUID),
    );
  }

  /** A link clear-up, counted as an update of the connection. */
  async #unlink(
    operation: string,
    connectionGUID: string,
    options: EffectiveTimeOption,
    send: (body: UnlinkBody) => Promise<void>,
  ): Promise<void> {
    await this.context.write(
      operation,
      (signal) => send({ signal, ...this.flags(), ...this.scope(options) }),
      this.updated(CONNECTION, connectionGUID),
    );
  }

  /** The scope, search string and its parameter name of a `find...` call. */
  #search(options: AssetManagerSearchOptions) {
    return { ...this.scope(options), searchString: options.searchString, searchStringParameterName: 'searchString' };
  }

  /** The scope, name and its parameter name of a `get...ByName` call. */
  #name(options: AssetManagerNameOptions) {
    return { ...this.scope(options), name: options.name, nameParameterName: 'name' };
  }
}

/** The `RelationshipProperties` of a link: its effectivity dates, as Egeria's client always sends the bean. */
function effectivity(options: EffectivityOption): RelationshipProperties {
  return {
    class: 'RelationshipProperties',
    ...(options.effectiveFrom === undefined ? {} : { effectiveFrom: options.effectiveFrom }),
    ...(options.effectiveTo === undefined ? {} : { effectiveTo: options.effectiveTo }),
  };
}
