/**
 * Properties beans of the open metadata framework: schema properties, as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */
import type { ClassificationProperties, RelationshipProperties } from './core-properties';
import type {
  KeyPattern,
  ReferenceableProperties,
  SchemaAttributeProperties,
} from '../../data-manager/database-operations';

/** `APIOperationProperties`. @public */
export interface APIOperationProperties extends SchemaTypeProperties {
  /** Path. */
  readonly path?: string;
  /** Command. */
  readonly command?: string;
}

/** `APIParameterListProperties`. @public */
export interface APIParameterListProperties extends ComplexSchemaTypeProperties {
  /** Required. */
  readonly required?: boolean;
}

/** `ComplexSchemaTypeProperties`: the fields of `SchemaTypeProperties`. @public */
export type ComplexSchemaTypeProperties = SchemaTypeProperties;

/** `DataContainerProperties`: the fields of `SchemaAttributeProperties`. @public */
export type DataContainerProperties = SchemaAttributeProperties;

/** `DerivedSchemaTypeQueryTargetProperties`. @public */
export interface DerivedSchemaTypeQueryTargetProperties {
  /** Query id. */
  readonly queryId?: string;
  /** Query. */
  readonly query?: string;
  /** Query type. */
  readonly queryType?: string;
  /** Query target GUID. */
  readonly queryTargetGUID?: string;
}

/** `EnumSchemaTypeProperties`. @public */
export interface EnumSchemaTypeProperties extends SimpleSchemaTypeProperties {
  /** Valid value set GUID. */
  readonly validValueSetGUID?: string;
}

/** `EventTypeProperties`: the fields of `RootSchemaTypeProperties`. @public */
export type EventTypeProperties = RootSchemaTypeProperties;

/** `ForeignKeyProperties`. @public */
export interface ForeignKeyProperties extends RelationshipProperties {
  /** A name. */
  readonly name?: string;
  /** A description. */
  readonly description?: string;
  /** Confidence. */
  readonly confidence?: number;
  /** Steward. */
  readonly steward?: string;
  /** Where the information came from. */
  readonly source?: string;
}

/** `LiteralSchemaTypeProperties`. @public */
export interface LiteralSchemaTypeProperties extends SchemaTypeProperties {
  /** The data type, such as `string` or `INTEGER`. */
  readonly dataType?: string;
  /** Fixed value. */
  readonly fixedValue?: string;
}

/** `MapSchemaTypeProperties`: the fields of `SchemaTypeProperties`. @public */
export type MapSchemaTypeProperties = SchemaTypeProperties;

/** `PrimaryKeyProperties`. @public */
export interface PrimaryKeyProperties extends ClassificationProperties {
  /** A name. */
  readonly name?: string;
  /** Key pattern. */
  readonly keyPattern?: KeyPattern;
}

/** `PrimitiveSchemaTypeProperties`: the fields of `SimpleSchemaTypeProperties`. @public */
export type PrimitiveSchemaTypeProperties = SimpleSchemaTypeProperties;

/** `RootSchemaTypeProperties`: the fields of `ComplexSchemaTypeProperties`. @public */
export type RootSchemaTypeProperties = ComplexSchemaTypeProperties;

/** `SchemaElementProperties`. @public */
export interface SchemaElementProperties extends ReferenceableProperties {
  /** The name to show. */
  readonly displayName?: string;
  /** A description. */
  readonly description?: string;
  /** True when the element should no longer be used. */
  readonly isDeprecated?: boolean;
}

/** `SchemaTypeChoiceProperties`: the fields of `SchemaTypeProperties`. @public */
export type SchemaTypeChoiceProperties = SchemaTypeProperties;

/** `SchemaTypeProperties`. @public */
export interface SchemaTypeProperties extends SchemaElementProperties {
  /** Version number. */
  readonly versionNumber?: string;
  /** Author. */
  readonly author?: string;
  /** How it is used. */
  readonly usage?: string;
  /** Encoding standard. */
  readonly encodingStandard?: string;
  /** Namespace. */
  readonly namespace?: string;
  /** How the value is derived. */
  readonly formula?: string;
  /** The language of the formula. */
  readonly formulaType?: string;
  /** Queries. */
  readonly queries?: readonly DerivedSchemaTypeQueryTargetProperties[];
}

/** `SimpleSchemaTypeProperties`. @public */
export interface SimpleSchemaTypeProperties extends SchemaTypeProperties {
  /** The data type, such as `string` or `INTEGER`. */
  readonly dataType?: string;
  /** Default value. */
  readonly defaultValue?: string;
}

/** `StructSchemaTypeProperties`: the fields of `ComplexSchemaTypeProperties`. @public */
export type StructSchemaTypeProperties = ComplexSchemaTypeProperties;
