/**
 * The options of the connection exchange service's calls (Egeria 5.2's `ConnectionExchangeService`
 * of the catalog integrator): what the connector decides; the asset manager, the query flags and the
 * correlation scope are added by the service.
 */
import type {
  AssetManagerIsHomeOption,
  AssetManagerMergeUpdateOption,
  ConnectionProperties,
  ConnectorTypeProperties,
  EffectiveTimeOption,
  EgeriaDateInput,
  EndpointProperties,
  ExternalIdentifierNameOption,
  ExternalIdentifierOption,
  RelationshipProperties,
} from '@egeria-ts/omas-client';

/** `EmbeddedConnectionProperties`: where a virtual connection puts a connection it embeds. */
export interface EmbeddedConnectionProperties extends RelationshipProperties {
  /** The embedded connection's position among the virtual connection's (default 0). */
  readonly position?: number;
  /** The name the virtual connection knows it by. */
  readonly displayName?: string;
  /** Arguments the virtual connector passes to the embedded connector. */
  readonly arguments?: Readonly<Record<string, unknown>>;
}

/** `AssetConnectionProperties`: what a connection gives access to in an asset. */
export interface AssetConnectionProperties extends RelationshipProperties {
  /** A summary of the asset for the connection's users. */
  readonly assetSummary?: string;
}

/** When a link becomes and stops being effective. */
export interface EffectivityOption {
  /** When the link becomes effective. */
  readonly effectiveFrom?: EgeriaDateInput;
  /** When the link stops being effective. */
  readonly effectiveTo?: EgeriaDateInput;
}

// ----- connections ----------------------------------------------------------------------------------

/** Options of `createConnection`. */
export interface CreateConnectionOptions extends AssetManagerIsHomeOption, ExternalIdentifierOption {
  /** The connection's properties; `qualifiedName` is required (a `typeName` such as `VirtualConnection` picks a subtype). */
  readonly connectionProperties: ConnectionProperties;
}

/** Options of `updateConnection`. */
export interface UpdateConnectionOptions extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The connection to update. */
  readonly connectionGUID: string;
  /** The new properties. */
  readonly connectionProperties: ConnectionProperties;
}

/** Names one connection (and its external identifier, on a removal). */
export interface ConnectionGUIDOptions extends ExternalIdentifierNameOption {
  /** The connection's GUID. */
  readonly connectionGUID: string;
}

/** Options of `clearConnectorType`: the connection and the connector type it uses. */
export interface ConnectorTypeLinkOptions extends EffectiveTimeOption {
  /** The connection's GUID. */
  readonly connectionGUID: string;
  /** The connector type's GUID. */
  readonly connectorTypeGUID: string;
}

/** Options of `setupConnectorType`. */
export interface SetupConnectorTypeOptions
  extends ConnectorTypeLinkOptions, AssetManagerIsHomeOption, EffectivityOption {}

/** Options of `clearEndpoint`: the connection and the endpoint it reaches. */
export interface EndpointLinkOptions extends EffectiveTimeOption {
  /** The connection's GUID. */
  readonly connectionGUID: string;
  /** The endpoint's GUID. */
  readonly endpointGUID: string;
}

/** Options of `setupEndpoint`. */
export interface SetupEndpointOptions extends EndpointLinkOptions, AssetManagerIsHomeOption, EffectivityOption {}

/** Options of `clearEmbeddedConnection`: the virtual connection and the connection it embeds. */
export interface EmbeddedConnectionLinkOptions extends EffectiveTimeOption {
  /** The virtual connection's GUID. */
  readonly connectionGUID: string;
  /** The embedded connection's GUID. */
  readonly embeddedConnectionGUID: string;
}

/** Options of `setupEmbeddedConnection`. */
export interface SetupEmbeddedConnectionOptions extends EmbeddedConnectionLinkOptions, AssetManagerIsHomeOption {
  /** The position, name and arguments of the embedded connection. */
  readonly properties?: EmbeddedConnectionProperties;
}

/** Options of `clearAssetConnection`: the asset and the connection that reaches it. */
export interface AssetConnectionLinkOptions extends EffectiveTimeOption {
  /** The asset's GUID. */
  readonly assetGUID: string;
  /** The connection's GUID. */
  readonly connectionGUID: string;
}

/** Options of `setupAssetConnection`. */
export interface SetupAssetConnectionOptions extends AssetConnectionLinkOptions, AssetManagerIsHomeOption {
  /** The asset summary. */
  readonly properties?: AssetConnectionProperties;
}

// ----- endpoints ------------------------------------------------------------------------------------

/** Options of `createEndpoint`. */
export interface CreateEndpointOptions extends AssetManagerIsHomeOption, ExternalIdentifierOption {
  /** The endpoint's properties; `qualifiedName` is required. */
  readonly endpointProperties: EndpointProperties;
}

/** Options of `updateEndpoint`. */
export interface UpdateEndpointOptions extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The endpoint to update. */
  readonly endpointGUID: string;
  /** The new properties. */
  readonly endpointProperties: EndpointProperties;
}

/** Names one endpoint (and its external identifier, on a removal). */
export interface EndpointGUIDOptions extends ExternalIdentifierNameOption {
  /** The endpoint's GUID. */
  readonly endpointGUID: string;
}

// ----- connector types ------------------------------------------------------------------------------

/** Options of `createConnectorType`. */
export interface CreateConnectorTypeOptions extends AssetManagerIsHomeOption, ExternalIdentifierOption {
  /** The connector type's properties; `qualifiedName` is required. */
  readonly connectorTypeProperties: ConnectorTypeProperties;
}

/** Options of `updateConnectorType`. */
export interface UpdateConnectorTypeOptions extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The connector type to update. */
  readonly connectorTypeGUID: string;
  /** The new properties. */
  readonly connectorTypeProperties: ConnectorTypeProperties;
}

/** Names one connector type (and its external identifier, on a removal). */
export interface ConnectorTypeGUIDOptions extends ExternalIdentifierNameOption {
  /** The connector type's GUID. */
  readonly connectorTypeGUID: string;
}
