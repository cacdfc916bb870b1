/**
 * The options of the connection, endpoint and connector type calls that several integration
 * service contexts offer (Egeria 5.2's database, files, topic, API and infrastructure integrator
 * contexts): what the connector decides, never wire details (the metadata source is added by the
 * context).
 */
import type {
  ConnectionProperties,
  ConnectorTypeProperties,
  EndpointProperties,
} from '../../services/common/beans/connection-properties';
import type { ContextMergeUpdateOption, ContextTemplateOptions } from '../context-options';

// ----- connections ----------------------------------------------------------------------------------

/** Options of `createConnection`. @public */
export interface CreateConnectionOptions {
  /** The connection's properties; `qualifiedName` is required (a `typeName` such as `VirtualConnection` picks a subtype). */
  readonly connectionProperties: ConnectionProperties;
}

/** Names one connection. @public */
export interface ConnectionGUIDOption {
  /** The connection's GUID. */
  readonly connectionGUID: string;
}

/** Options of `updateConnection`. @public */
export interface UpdateConnectionOptions extends ContextMergeUpdateOption, ConnectionGUIDOption {
  /** The new properties. */
  readonly connectionProperties: ConnectionProperties;
}

/** Options of `setupConnectorType` and `clearConnectorType`: the connection and the connector type it uses. @public */
export interface ConnectorTypeLinkOptions extends ConnectionGUIDOption {
  /** The connector type's GUID. */
  readonly connectorTypeGUID: string;
}

/** Options of `setupEndpoint` and `clearEndpoint`: the connection and the endpoint it reaches. @public */
export interface EndpointLinkOptions extends ConnectionGUIDOption {
  /** The endpoint's GUID. */
  readonly endpointGUID: string;
}

/** Options of `clearEmbeddedConnection`: the virtual connection and the connection it embeds. @public */
export interface EmbeddedConnectionLinkOptions extends ConnectionGUIDOption {
  /** The embedded connection's GUID. */
  readonly embeddedConnectionGUID: string;
}

/** Options of `setupEmbeddedConnection`. @public */
export interface SetupEmbeddedConnectionOptions extends EmbeddedConnectionLinkOptions {
  /** The embedded connection's position among the virtual connection's (default 0). */
  readonly position?: number;
  /** The name the virtual connection knows it by. */
  readonly displayName?: string;
  /** Arguments the virtual connector passes to the embedded connector. */
  readonly arguments?: Readonly<Record<string, unknown>>;
}

/** Options of `clearAssetConnection`: the asset and the connection that reaches it. @public */
export interface AssetConnectionLinkOptions extends ConnectionGUIDOption {
  /** The asset's GUID. */
  readonly assetGUID: string;
}

/** Options of `setupAssetConnection`. @public */
export interface SetupAssetConnectionOptions extends AssetConnectionLinkOptions {
  /** What the connection gives access to, for the asset's consumers. */
  readonly assetSummary?: string;
}

// ----- endpoints ------------------------------------------------------------------------------------

/** Options of `createEndpoint`. @public */
export interface CreateEndpointOptions {
  /** The endpoint's properties; `qualifiedName` is required. */
  readonly endpointProperties: EndpointProperties;
}

/** Options of `createEndpointFromTemplate`. @public */
export interface CreateEndpointFromTemplateOptions extends ContextTemplateOptions {
  /** The network address of the new endpoint (it replaces the template's). */
  readonly networkAddress: string;
}

/** Names one endpoint. @public */
export interface EndpointGUIDOption {
  /** The endpoint's GUID. */
  readonly endpointGUID: string;
}

/** Options of `updateEndpoint`. @public */
export interface UpdateEndpointOptions extends ContextMergeUpdateOption, EndpointGUIDOption {
  /** The new properties. */
  readonly endpointProperties: EndpointProperties;
}

// ----- connector types ------------------------------------------------------------------------------

/** Options of `createConnectorType`. @public */
export interface CreateConnectorTypeOptions {
  /** The connector type's properties; `qualifiedName` is required. */
  readonly connectorTypeProperties: ConnectorTypeProperties;
}

/** Names one connector type. @public */
export interface ConnectorTypeGUIDOption {
  /** The connector type's GUID. */
  readonly connectorTypeGUID: string;
}

/** Options of `updateConnectorType`. @public */
export interface UpdateConnectorTypeOptions extends ContextMergeUpdateOption, ConnectorTypeGUIDOption {
  /** The new properties. */
  readonly connectorTypeProperties: ConnectorTypeProperties;
}
