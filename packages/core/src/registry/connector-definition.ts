import type { ConnectorBase } from '../connector/connector-base';

/** The types a declared configuration property may have. */
export type ConfigurationPropertyType = 'string' | 'boolean' | 'number' | 'integer' | 'stringList';

/** A value of a declared configuration property. */
export type ConfigurationPropertyValue = string | boolean | number | readonly string[];

/** A configuration property a connector recognises. */
export interface ConfigurationPropertyDefinition {
  /** The property's type; values of another type are refused when the connector is created. */
  readonly type: ConfigurationPropertyType;
  /** What the property does. */
  readonly description: string;
  /** The value the connector sees when the connection does not set it. */
  readonly defaultValue?: ConfigurationPropertyValue;
  /** True when the connection must set it. */
  readonly required?: boolean;
}

/** A kind of catalog target a connector works on (Egeria's `CatalogTargetType`). */
export interface CatalogTargetType {
  /** Name of the kind of target, as the connector refers to it. */
  readonly name: string;
  /** Open metadata type name of the target element, such as `SoftwareServer`. */
  readonly typeName: string;
  /** Deployed implementation type of the target, such as `PostgreSQL Server`. */
  readonly deployedImplementationType?: string;
  /** Other property values that identify the target. */
  readonly otherPropertyValues?: Readonly<Record<string, string>>;
}

/** What the registry knows about every connector class. */
export interface ConnectorDefinition {
  /** The kind of connector, such as `IntegrationConnector`. */
  readonly kind: string;
  /** The name connections use in `connectorType.connectorProviderClassName`. */
  readonly name: string;
  /** Other names that resolve to the connector, such as Java connector provider class names. */
  readonly aliases: readonly string[];
  /** Name for people. */
  readonly displayName?: string;
  /** What the connector does. */
  readonly description?: string;
  /** The configuration properties the connector recognises, by name. */
  readonly configurationProperties: Readonly<Record<string, ConfigurationPropertyDefinition>>;
}

/** What the registry knows about an integration connector class (Egeria's `IntegrationConnectorProvider`). */
export interface IntegrationConnectorDefinition extends ConnectorDefinition {
  /** Always `IntegrationConnector`. */
  readonly kind: 'IntegrationConnector';
  /** The URL marker of the integration service the connector belongs to, such as `database-integrator`. */
  readonly serviceURLMarker?: string;
  /** Minutes between refreshes when the configuration does not say (Egeria's default: 60; 0: only at start and on request). */
  readonly refreshTimeInterval: number;
  /** True when the connector runs `engage()` in a loop instead of timed refreshes. */
  readonly usesBlockingCalls: boolean;
  /** The kinds of catalog target the connector works on. */
  readonly catalogTargets: readonly CatalogTargetType[];
}

/** What the integration connector decorator takes; omitted fields get Egeria's defaults. */
export interface IntegrationConnectorOptions {
  /** The name connections use in `connectorType.connectorProviderClassName`. */
  readonly name: string;
  /** Other names that resolve to the connector, such as the Java connector provider class names it replaces. */
  readonly aliases?: readonly string[];
  /** Name for people. */
  readonly displayName?: string;
  /** What the connector does. */
  readonly description?: string;
  /** The URL marker of the integration service the connector belongs to, such as `database-integrator`. */
  readonly serviceURLMarker?: string;
  /** Minutes between refreshes (default 60; 0: only at start and on request). */
  readonly refreshTimeInterval?: number;
  /** True when the connector runs `engage()` in a loop instead of timed refreshes (default false). */
  readonly usesBlockingCalls?: boolean;
  /** The configuration properties the connector recognises, by name. */
  readonly configurationProperties?: Readonly<Record<string, ConfigurationPropertyDefinition>>;
  /** The kinds of catalog target the connector works on. */
  readonly catalogTargets?: readonly CatalogTargetType[];
}

/** A concrete connector class. Classes without constructor parameters can be built by the broker directly. */
export type ConnectorClass<T extends ConnectorBase = ConnectorBase> = new (...args: never[]) => T;

/** A connector class and its definition, as the registry holds them. */
export interface RegisteredConnector<D extends ConnectorDefinition = ConnectorDefinition> {
  /** The class. */
  readonly connectorClass: ConnectorClass;
  /** Its definition. */
  readonly definition: D;
}

/** True when the definition is that of an integration connector. */
export function isIntegrationConnectorDefinition(
  definition: ConnectorDefinition | undefined,
): definition is IntegrationConnectorDefinition {
  return definition?.kind === 'IntegrationConnector';
}
