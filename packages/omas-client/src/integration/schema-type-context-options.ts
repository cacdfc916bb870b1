/**
 * Option shapes of the schema type operations that the Data Manager integration contexts share.
 */
import type { RelationshipProperties } from '../services/common/beans/core-properties';
import type {
  EnumSchemaTypeProperties,
  LiteralSchemaTypeProperties,
  MapSchemaTypeProperties,
  PrimitiveSchemaTypeProperties,
  SchemaTypeChoiceProperties,
  SchemaTypeProperties,
  StructSchemaTypeProperties,
} from '../services/common/beans/schema-properties';
import type { ContextMergeUpdateOption, ContextNameOptions, ContextSearchOptions } from './context-options';

/** Options of `createPrimitiveSchemaType`. @public */
export interface CreatePrimitiveSchemaTypeOptions {
  /** The schema type's properties; `qualifiedName` is required (a `typeName` picks a subtype). */
  readonly schemaTypeProperties: PrimitiveSchemaTypeProperties;
}

/** Options of `createLiteralSchemaType`. @public */
export interface CreateLiteralSchemaTypeOptions {
  /** The schema type's properties; `qualifiedName` is required. */
  readonly schemaTypeProperties: LiteralSchemaTypeProperties;
}

/** Options of `createEnumSchemaType`. @public */
export interface CreateEnumSchemaTypeOptions {
  /** The schema type's properties; `qualifiedName` is required. */
  readonly schemaTypeProperties: EnumSchemaTypeProperties;
  /** The valid value set that lists the enum's values (Egeria 5.2 does not link it). */
  readonly validValuesSetGUID: string;
}

/** Options of `createStructSchemaType`. @public */
export interface CreateStructSchemaTypeOptions {
  /** The schema type's properties; `qualifiedName` is required. */
  readonly schemaTypeProperties: StructSchemaTypeProperties;
}

/** Options of `createSchemaTypeChoice`. @public */
export interface CreateSchemaTypeChoiceOptions {
  /** The schema type's properties; `qualifiedName` is required. */
  readonly schemaTypeProperties: SchemaTypeChoiceProperties;
  /** The schema types to choose from (Egeria 5.2 ignores them: link each with `SchemaTypeOption`). */
  readonly schemaTypeOptionGUIDs: readonly string[];
}

/** Options of `createMapSchemaType`. @public */
export interface CreateMapSchemaTypeOptions {
  /** The schema type's properties; `qualifiedName` is required. */
  readonly schemaTypeProperties: MapSchemaTypeProperties;
  /** The schema type of the map's keys. */
  readonly mapFromSchemaTypeGUID: string;
  /** The schema type of the map's values. */
  readonly mapToSchemaTypeGUID: string;
}

/** Names one schema type. @public */
export interface SchemaTypeGUIDOption {
  /** The schema type's GUID. */
  readonly schemaTypeGUID: string;
}

/** Options of `updateSchemaType`. @public */
export interface DataManagerUpdateSchemaTypeOptions extends ContextMergeUpdateOption, SchemaTypeGUIDOption {
  /** The new properties. */
  readonly schemaTypeProperties: SchemaTypeProperties;
}

/** Names two schema elements and the type of the relationship between them. @public */
export interface DataManagerSchemaElementRelationshipOptions {
  /** The element at end 1. */
  readonly endOneGUID: string;
  /** The element at end 2. */
  readonly endTwoGUID: string;
  /** The relationship type, such as `SchemaTypeOption`, `MapFromElementType` or `MapToElementType`. */
  readonly relationshipTypeName: string;
}

/** Options of `setupSchemaElementRelationship`. @public */
export interface SetupSchemaElementRelationshipOptions extends DataManagerSchemaElementRelationshipOptions {
  /** The relationship's properties: Egeria 5.2 keeps its `extendedProperties` (which it then requires) and dates. */
  readonly properties?: RelationshipProperties;
}

/** Options of `findSchemaType`. @public */
export interface FindSchemaTypeOptions extends ContextSearchOptions {
  /** Only schema types of this type or its subtypes (default `SchemaType`: all). */
  readonly typeName?: string;
}

/** Options of `getSchemaTypeByName`. @public */
export interface SchemaTypeByNameOptions extends ContextNameOptions {
  /** Only schema types of this type or its subtypes (default `SchemaType`: all). */
  readonly typeName?: string;
}

/** Options of `getSchemaTypeForElement`. @public */
export interface DataManagerSchemaTypeForElementOptions {
  /** The element (an asset, port, schema attribute...) whose schema type to return. */
  readonly parentElementGUID: string;
  /** Its type name, such as `Topic` or `DataFile`. */
  readonly parentElementTypeName: string;
}
