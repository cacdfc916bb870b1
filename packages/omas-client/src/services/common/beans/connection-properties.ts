/**
 * Properties beans of the open metadata framework: connection properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { ReferenceableProperties, SupplementaryProperties } from '../../data-manager/database-operations';

/** `ConnectionProperties`. @public */
export interface ConnectionProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
  /** User id. */
  readonly userId?: string;
  /** Encrypted password. */
  readonly encryptedPassword?: string;
  /** Clear password. */
  readonly clearPassword?: string;
  /** Properties handed to the connector. */
  readonly configurationProperties?: Readonly<Record<string, unknown>>;
  /** Secured properties. */
  readonly securedProperties?: Readonly<Record<string, string>>;
}

/** `ConnectorTypeProperties`. @public */
export interface ConnectorTypeProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
  /** Supported asset type name. */
  readonly supportedAssetTypeName?: string;
  /** Expected data format. */
  readonly expectedDataFormat?: string;
  /** The connector provider for the connection created with the element (default: Egeria's own). */
  readonly connectorProviderClassName?: string;
  /** Connector framework name. */
  readonly connectorFrameworkName?: string;
  /** Connector interface language. */
  readonly connectorInterfaceLanguage?: string;
  /** Connector interfaces. */
  readonly connectorInterfaces?: readonly string[];
  /** Target technology source. */
  readonly targetTechnologySource?: string;
  /** Target technology name. */
  readonly targetTechnologyName?: string;
  /** Target technology interfaces. */
  readonly targetTechnologyInterfaces?: readonly string[];
  /** Target technology versions. */
  readonly targetTechnologyVersions?: readonly string[];
  /** Recognized additional properties. */
  readonly recognizedAdditionalProperties?: readonly string[];
  /** Recognized configuration properties. */
  readonly recognizedConfigurationProperties?: readonly string[];
  /** Recognized secured properties. */
  readonly recognizedSecuredProperties?: readonly string[];
}

/** `EndpointProperties`. @public */
export interface EndpointProperties extends SupplementaryProperties {
  /** A name. */
  readonly name?: string;
  /** The description of the resource. */
  readonly resourceDescription?: string;
  /** Address. */
  readonly address?: string;
  /** Protocol. */
  readonly protocol?: string;
  /** Encryption method. */
  readonly encryptionMethod?: string;
}
