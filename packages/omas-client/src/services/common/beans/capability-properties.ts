/**
 * Properties beans of the open metadata framework: capability properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { ReferenceableProperties, SupplementaryProperties } from '../../data-manager/database-operations';

/** `APIManagerProperties`: the fields of `SoftwareCapabilityProperties`. @public */
export type APIManagerProperties = SoftwareCapabilityProperties;

/** `ApplicationProperties`: the fields of `SoftwareCapabilityProperties`. @public */
export type ApplicationProperties = SoftwareCapabilityProperties;

/** `AssetManagerProperties`: the fields of `SoftwareCapabilityProperties`. @public */
export type AssetManagerProperties = SoftwareCapabilityProperties;

/** `DataProcessingEngineProperties`: the fields of `SoftwareCapabilityProperties`. @public */
export type DataProcessingEngineProperties = SoftwareCapabilityProperties;

/** `EventBrokerProperties`: the fields of `SoftwareCapabilityProperties`. @public */
export type EventBrokerProperties = SoftwareCapabilityProperties;

/** `FileManagerProperties`: the fields of `SoftwareCapabilityProperties`. @public */
export type FileManagerProperties = SoftwareCapabilityProperties;

/** `FileSystemProperties`. @public */
export interface FileSystemProperties extends SoftwareCapabilityProperties {
  /** Format. */
  readonly format?: string;
  /** Encryption. */
  readonly encryption?: string;
}

/** `MetadataSourceProperties`. @public */
export interface MetadataSourceProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
  /** The technology, such as `PostgreSQL Server` or `Apache Kafka Topic`. */
  readonly deployedImplementationType?: string;
  /** The software version. */
  readonly version?: string;
  /** The software patch level. */
  readonly patchLevel?: string;
  /** Where the information came from. */
  readonly source?: string;
}

/** `SecurityManagerProperties`. @public */
export interface SecurityManagerProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
  /** The technology, such as `PostgreSQL Server` or `Apache Kafka Topic`. */
  readonly deployedImplementationType?: string;
  /** The software version. */
  readonly version?: string;
  /** The software patch level. */
  readonly patchLevel?: string;
  /** Where the information came from. */
  readonly source?: string;
}

/** `SoftwareCapabilityProperties`. @public */
export interface SoftwareCapabilityProperties extends SupplementaryProperties {
  /** Resource name. */
  readonly resourceName?: string;
  /** The description of the resource. */
  readonly resourceDescription?: string;
  /** The technology, such as `PostgreSQL Server` or `Apache Kafka Topic`. */
  readonly deployedImplementationType?: string;
  /** The software version. */
  readonly version?: string;
  /** The software patch level. */
  readonly patchLevel?: string;
  /** Where the information came from. */
  readonly source?: string;
}
