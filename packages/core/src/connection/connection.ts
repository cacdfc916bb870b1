/**
 * The connection model of Egeria's Open Connector Framework, with Egeria's JSON field names, so
 * that a connection in an Egeria configuration document or REST answer parses as it is.
 * Unknown fields are kept (the types are open) and ignored.
 */

/** A map of configuration values, as Egeria's `configurationProperties`. */
export type ConfigurationPropertyMap = Record<string, unknown>;

/** Header fields common to Egeria's connection beans. */
export interface ConnectionBeanHeader {
  /** Jackson type discriminator, such as `Connection`, `VirtualConnection`, `ConnectorType`, `Endpoint`. */
  class?: string;
  /** Bean header version. */
  headerVersion?: number;
  /** GUID of the element, when it is stored in open metadata. */
  guid?: string;
  /** Unique name. */
  qualifiedName?: string;
  /** Name for people. */
  displayName?: string;
  /** Description. */
  description?: string;
  /** Extra string properties. */
  additionalProperties?: Record<string, string>;
  /** Anything else Egeria sends. */
  [field: string]: unknown;
}

/** How to reach a resource (Egeria's `Endpoint`). */
export interface Endpoint extends ConnectionBeanHeader {
  /** Network address, URL or path of the resource. */
  address?: string;
  /** Protocol, such as `https` or `PLAINTEXT`. */
  protocol?: string;
  /** How the data is encrypted. */
  encryptionMethod?: string;
}

/** What kind of connector a connection builds (Egeria's `ConnectorType`). */
export interface ConnectorType extends ConnectionBeanHeader {
  /** The provider class name: a registered connector name or one of its (Java) aliases. */
  connectorProviderClassName?: string;
  /** Framework the connector implements, such as `Open Connector Framework (OCF)`. */
  connectorFrameworkName?: string;
  /** Language of the connector's interface. */
  connectorInterfaceLanguage?: string;
  /** Interfaces the connector implements. */
  connectorInterfaces?: string[];
  /** Technology the connector works with. */
  targetTechnologySource?: string;
  /** Name of that technology. */
  targetTechnologyName?: string;
  /** Interfaces of that technology. */
  targetTechnologyInterfaces?: string[];
  /** Versions of that technology. */
  targetTechnologyVersions?: string[];
  /** Configuration properties the connector recognizes. */
  recognizedConfigurationProperties?: string[];
  /** Additional properties the connector recognizes. */
  recognizedAdditionalProperties?: string[];
  /** Secured properties the connector recognizes. */
  recognizedSecuredProperties?: string[];
  /** Open metadata type of the asset the connector supports. */
  supportedAssetTypeName?: string;
  /** Deployed implementation type the connector supports. */
  supportedDeployedImplementationType?: string;
}

/** How to create and configure a connector (Egeria's `Connection`). */
export interface Connection extends ConnectionBeanHeader {
  /** The connector type, naming the connector class through `connectorProviderClassName`. */
  connectorType?: ConnectorType;
  /** Where the resource is. */
  endpoint?: Endpoint;
  /** User id for the resource. */
  userId?: string;
  /** Password in clear text. Secret: never logged. May be a `${env:NAME}` or `${file:PATH}` reference. */
  clearPassword?: string;
  /** Encrypted password. Secret: never logged. */
  encryptedPassword?: string;
  /** Other secrets. Never logged. */
  securedProperties?: Record<string, string>;
  /** Configuration for the connector. */
  configurationProperties?: ConfigurationPropertyMap;
}

/** A connection embedded in a {@link VirtualConnection} (Egeria's `EmbeddedConnection`). */
export interface EmbeddedConnection {
  /** Jackson type discriminator: `EmbeddedConnection`. */
  class?: string;
  /** Position in the list. */
  position?: number;
  /** Name for people. */
  displayName?: string;
  /** Arguments for the embedded connector. */
  arguments?: Record<string, unknown>;
  /** The connection itself. */
  embeddedConnection?: Connection;
  /** Anything else Egeria sends. */
  [field: string]: unknown;
}

/** A connection for a connector that is built from other connectors (Egeria's `VirtualConnection`). */
export interface VirtualConnection extends Connection {
  /** The connections of the embedded connectors. */
  embeddedConnections?: EmbeddedConnection[];
}

/** The names of the connection fields that hold secrets. */
export const SECRET_CONNECTION_FIELDS: readonly string[] = Object.freeze([
  'clearPassword',
  'encryptedPassword',
  'securedProperties',
]);

/** True when the connection is a virtual connection with embedded connections. */
export function isVirtualConnection(connection: Connection): connection is VirtualConnection {
  return connection.class === 'VirtualConnection' || Array.isArray(connection['embeddedConnections']);
}

/** The connector provider class name of a connection, when it has one. */
export function getConnectorProviderClassName(connection: Connection): string | undefined {
  const name = connection.connectorType?.connectorProviderClassName;
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}
