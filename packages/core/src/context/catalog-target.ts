import type { ConfigurationPropertyMap } from '../connection/connection';
import type { DeleteMethod } from '../enums/delete-method';
import type { PermittedSynchronization } from '../enums/permitted-synchronization';

/**
 * The properties of a `CatalogTarget` relationship between an integration connector and an
 * element it should work on (Egeria 5.2's `CatalogTargetProperties`).
 */
export interface CatalogTargetProperties {
  /** Jackson type discriminator: `CatalogTargetProperties`. */
  class?: string;
  /** Name of the target, for the connector to tell its targets apart. */
  catalogTargetName?: string;
  /** Qualified name of the metadata source that owns what the connector catalogs for this target. */
  metadataSourceQualifiedName?: string;
  /** Name of the connection the connector uses to reach the target. */
  connectionName?: string;
  /** Configuration for this target; it overrides the connector's own configuration properties. */
  configurationProperties?: ConfigurationPropertyMap;
  /** Templates to use for this target: placeholder name to template GUID or qualified name. */
  templateProperties?: Record<string, string>;
  /** Which way metadata may move for this target; the connector's own when absent. */
  permittedSynchronization?: PermittedSynchronization;
  /** How elements are deleted for this target; the connector's own when absent. */
  deleteMethod?: DeleteMethod;
  /** Anything else Egeria sends. */
  [field: string]: unknown;
}

/** A short description of an element, as in Egeria's `ElementStub`. */
export interface ElementStub {
  /** Jackson type discriminator. */
  class?: string;
  /** Unique identifier of the element. */
  guid?: string;
  /** The element's type; `typeName` names it. */
  type?: {
    /** The name of the element's open metadata type, such as `Database`. */
    typeName?: string;
    [field: string]: unknown;
  };
  /** Unique (qualified) name of the element, when known. */
  uniqueName?: string;
  /** Anything else Egeria sends. */
  [field: string]: unknown;
}

/** A catalog target as read back from open metadata (Egeria 5.2's `CatalogTarget`). */
export interface CatalogTarget extends CatalogTargetProperties {
  /** Unique identifier of the `CatalogTarget` relationship. */
  relationshipGUID?: string;
  /** Version information of the relationship. */
  relationshipVersions?: Record<string, unknown>;
  /** The element the connector should work on. */
  catalogTargetElement?: ElementStub;
}
