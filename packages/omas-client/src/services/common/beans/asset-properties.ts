/**
 * Properties beans of the open metadata framework: asset properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { RelationshipProperties } from './core-properties';
import type { PortType, ProcessContainmentType, ServerAssetUseType } from './enums';
import type { AssetProperties, EgeriaDateInput, ReferenceableProperties } from '../../data-manager/database-operations';

/** `APIProperties`: the fields of `AssetProperties`. @public */
export type APIProperties = AssetProperties;

/** `DataAssetProperties`: the fields of `AssetProperties`. @public */
export type DataAssetProperties = AssetProperties;

/** `DataFileProperties`. @public */
export interface DataFileProperties extends DataStoreProperties {
  /** The type of file, such as `csv`. */
  readonly fileType?: string;
  /** File name. */
  readonly fileName?: string;
  /** File extension. */
  readonly fileExtension?: string;
}

/** `DataSetProperties`: the fields of `DataAssetProperties`. @public */
export type DataSetProperties = DataAssetProperties;

/** `DataStoreProperties`. @public */
export interface DataStoreProperties extends DataAssetProperties {
  /** A file system path name. */
  readonly pathName?: string;
  /** Create time. */
  readonly createTime?: EgeriaDateInput;
  /** Modified time. */
  readonly modifiedTime?: EgeriaDateInput;
  /** The encoding, such as `UTF-8`. */
  readonly encodingType?: string;
  /** Encoding language. */
  readonly encodingLanguage?: string;
  /** Encoding description. */
  readonly encodingDescription?: string;
  /** Encoding properties. */
  readonly encodingProperties?: Readonly<Record<string, string>>;
}

/** `FileFolderProperties`: the fields of `DataStoreProperties`. @public */
export type FileFolderProperties = DataStoreProperties;

/** `FormProperties`: the fields of `DataSetProperties`. @public */
export type FormProperties = DataSetProperties;

/** `PortProperties`. @public */
export interface PortProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** Port type. */
  readonly portType?: PortType;
}

/** `DataContentForDataSetProperties`: the query that gives a data set its content from an asset. @public */
export interface DataContentForDataSetProperties extends RelationshipProperties {
  /** The query's identifier within the data set. */
  readonly queryId?: string;
  /** The query. */
  readonly query?: string;
}

/** `ProcessContainmentProperties`. @public */
export interface ProcessContainmentProperties extends RelationshipProperties {
  /** Process containment type. */
  readonly processContainmentType?: ProcessContainmentType;
}

/** `ProcessProperties`. @public */
export interface ProcessProperties extends AssetProperties {
  /** How the value is derived. */
  readonly formula?: string;
  /** The language of the formula. */
  readonly formulaType?: string;
  /** Implementation language. */
  readonly implementationLanguage?: string;
}

/** `QueryProperties`: the fields of `DataSetProperties`. @public */
export type QueryProperties = DataSetProperties;

/** `ReportProperties`. @public */
export interface ReportProperties extends DataSetProperties {
  /** Id. */
  readonly id?: string;
  /** Author. */
  readonly author?: string;
  /** Url. */
  readonly url?: string;
  /** Create time. */
  readonly createTime?: EgeriaDateInput;
  /** Last modified time. */
  readonly lastModifiedTime?: EgeriaDateInput;
  /** Last modifier. */
  readonly lastModifier?: string;
}

/** `ServerAssetUseProperties`. @public */
export interface ServerAssetUseProperties extends RelationshipProperties {
  /** Use type. */
  readonly useType?: ServerAssetUseType;
  /** A description. */
  readonly description?: string;
  /** Minimum instances set. */
  readonly minimumInstancesSet?: boolean;
  /** Minimum instances. */
  readonly minimumInstances?: number;
  /** Maximum instances set. */
  readonly maximumInstancesSet?: boolean;
  /** Maximum instances. */
  readonly maximumInstances?: number;
}

/** `TopicProperties`. @public */
export interface TopicProperties extends DataSetProperties {
  /** Topic type. */
  readonly topicType?: string;
  /** Topic name. */
  readonly topicName?: string;
}
