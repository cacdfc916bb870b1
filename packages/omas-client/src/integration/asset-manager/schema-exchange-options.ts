/**
 * The options of the schema exchange service's calls (Egeria 5.2's `SchemaExchangeService`
 * parameters, one object per call).
 */
import type { KeyPattern, SchemaAttributeProperties } from '../../services/data-manager/database-operations';
import type { RelationshipProperties } from '../../services/common/beans/core-properties';
import type { ForeignKeyProperties, SchemaTypeProperties } from '../../services/common/beans/schema-properties';
import type {
  AssetManagerIsHomeOption,
  AssetManagerMergeUpdateOption,
  AssetManagerPagingOptions,
  AssetManagerTemplateOptions,
  EffectiveTimeOption,
  ExternalIdentifierNameOption,
  ExternalIdentifierOption,
} from './asset-manager-exchange-options';

/** Options of `createSchemaType`. @public */
export interface CreateSchemaTypeOptions extends AssetManagerIsHomeOption, ExternalIdentifierOption {
  /** The schema type's properties; `qualifiedName` is required, `typeName` picks a subtype of SchemaType. */
  readonly schemaTypeProperties: SchemaTypeProperties;
}

/** Options of `createAnchoredSchemaType`. @public */
export interface CreateAnchoredSchemaTypeOptions extends CreateSchemaTypeOptions {
  /** The element (typically an asset) the schema type is anchored to: it is deleted with it. */
  readonly anchorGUID: string;
}

/** Options of `updateSchemaType`. @public */
export interface UpdateSchemaTypeOptions extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The schema type to update. */
  readonly schemaTypeGUID: string;
  /** The new properties. */
  readonly schemaTypeProperties: SchemaTypeProperties;
}

/** Names one schema type. @public */
export interface SchemaTypeGUIDOptions extends ExternalIdentifierNameOption {
  /** The schema type's GUID. */
  readonly schemaTypeGUID: string;
}

/** Options of `setupSchemaTypeParent` and `clearSchemaTypeParent`. @public */
export interface SchemaTypeParentOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The schema type. */
  readonly schemaTypeGUID: string;
  /** The parent: a port (linked by PortSchema) or an asset (AssetSchemaType). */
  readonly parentElementGUID: string;
  /** The parent's open metadata type name, such as `DataFile` or `Port`. */
  readonly parentElementTypeName: string;
  /** The relationship's properties, for a set-up. */
  readonly properties?: RelationshipProperties;
}

/** Options of `getSchemaTypeForElement`. @public */
export interface SchemaTypeForElementOptions extends EffectiveTimeOption {
  /** The parent element. */
  readonly parentElementGUID: string;
  /** Its open metadata type name. */
  readonly parentElementTypeName: string;
}

/** Options of `setupSchemaElementRelationship` and `clearSchemaElementRelationship`. @public */
export interface SchemaElementRelationshipOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The schema element at end one. */
  readonly endOneGUID: string;
  /** The schema element at end two. */
  readonly endTwoGUID: string;
  /** The relationship type, such as `SchemaAttributeType` or `SchemaTypeOption`. */
  readonly relationshipName: string;
  /** The relationship's properties, for a set-up. */
  readonly properties?: RelationshipProperties;
}

/** Options of `createSchemaAttribute`. @public */
export interface AssetManagerCreateSchemaAttributeOptions
  extends AssetManagerIsHomeOption, ExternalIdentifierOption, EffectiveTimeOption {
  /** The schema type or schema attribute the new attribute is nested in. */
  readonly schemaElementGUID: string;
  /** The attribute's properties; `qualifiedName` is required, `typeName` picks a subtype of SchemaAttribute. */
  readonly schemaAttributeProperties: SchemaAttributeProperties;
}

/** Options of `createSchemaAttributeFromTemplate`. @public */
export interface AssetManagerCreateSchemaAttributeFromTemplateOptions
  extends AssetManagerTemplateOptions, EffectiveTimeOption {
  /** The schema type or schema attribute the copy is nested in. */
  readonly schemaElementGUID: string;
}

/** Options of `updateSchemaAttribute`. @public */
export interface AssetManagerUpdateSchemaAttributeOptions
  extends AssetManagerMergeUpdateOption, ExternalIdentifierNameOption {
  /** The attribute to update. */
  readonly schemaAttributeGUID: string;
  /** The new properties. */
  readonly schemaAttributeProperties: SchemaAttributeProperties;
}

/** Names one schema attribute. @public */
export interface SchemaAttributeGUIDOptions extends ExternalIdentifierNameOption {
  /** The attribute's GUID. */
  readonly schemaAttributeGUID: string;
}

/** Names one schema element (type or attribute). @public */
export interface SchemaElementGUIDOptions extends ExternalIdentifierNameOption {
  /** The schema element's GUID. */
  readonly schemaElementGUID: string;
}

/** Options of `setSchemaElementAsCalculatedValue`. @public */
export interface CalculatedValueOptions extends SchemaElementGUIDOptions, AssetManagerIsHomeOption {
  /** How the value is derived. */
  readonly formula?: string;
}

/** Options of `setupColumnAsPrimaryKey`. @public */
export interface PrimaryKeyOptions extends SchemaAttributeGUIDOptions, AssetManagerIsHomeOption {
  /** The name of the primary key. */
  readonly primaryKeyName?: string;
  /** How the key's values are maintained. */
  readonly primaryKeyPattern?: KeyPattern;
}

/** Options of the foreign key calls. @public */
export interface ForeignKeyOptions extends AssetManagerIsHomeOption, EffectiveTimeOption {
  /** The attribute that is (part of) the primary key. */
  readonly primaryKeyGUID: string;
  /** The attribute that refers to it. */
  readonly foreignKeyGUID: string;
  /** The foreign key's properties, for a set-up or update. */
  readonly foreignKeyProperties?: ForeignKeyProperties;
}

/** Options of `getNestedAttributes`. @public */
export interface AssetManagerNestedAttributesOptions extends AssetManagerPagingOptions {
  /** The schema type or schema attribute. */
  readonly parentSchemaElementGUID: string;
}
