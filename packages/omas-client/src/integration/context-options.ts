/**
 * Option shapes that the integration service contexts share: paging, search, name and template
 * options, and the option to merge an update.
 */
import type { SchemaAttributeProperties, TemplateProperties } from '../services/data-manager/database-operations';

/**
 * Paging of a list call: `startFrom` (default 0) and `pageSize` (default and most: the context's
 * `maxPageSize`).
 * @public
 */
export interface ContextPagingOptions {
  /** The first element to return, 0-based. */
  readonly startFrom?: number;
  /** The most elements to return. */
  readonly pageSize?: number;
}

/** Options of the `find...` calls. @public */
export interface ContextSearchOptions extends ContextPagingOptions {
  /** A regular expression (Java syntax) matched against the elements' properties. */
  readonly searchString: string;
}

/** Options of the `get...ByName` calls. @public */
export interface ContextNameOptions extends ContextPagingOptions {
  /** The name or qualified name to match exactly. */
  readonly name: string;
}

/** Options of the `get...ByGUID` calls. @public */
export interface ContextGUIDOptions {
  /** The element's unique identifier. */
  readonly guid: string;
}

/** Options of a create from a template: the template and what to change in the copy. @public */
export interface ContextTemplateOptions {
  /** The GUID of the element to copy. */
  readonly templateGUID: string;
  /** The copy's qualified name (required) and other values. */
  readonly templateProperties: TemplateProperties;
}

/**
 * Whether an update merges the properties into the element's (true) or replaces them all (false,
 * the default, as in Egeria).
 * @public
 */
export interface ContextMergeUpdateOption {
  /** True to change only the properties given; false (default) to replace every property (then `qualifiedName` is needed). */
  readonly isMergeUpdate?: boolean;
}

// ----- schema attributes ----------------------------------------------------------------------------

/** Options of `createSchemaAttribute`. @public */
export interface CreateSchemaAttributeOptions {
  /** The schema type (such as an event type) or schema attribute the new attribute belongs to. */
  readonly schemaElementGUID: string;
  /** The attribute's properties; `qualifiedName` is required (a `typeName` such as `EventSchemaAttribute` picks a subtype). */
  readonly schemaAttributeProperties: SchemaAttributeProperties;
}

/** Options of `createSchemaAttributeFromTemplate`. @public */
export interface CreateSchemaAttributeFromTemplateOptions extends ContextTemplateOptions {
  /** The schema type or schema attribute the copy belongs to. */
  readonly schemaElementGUID: string;
}

/** Names one schema attribute. @public */
export interface SchemaAttributeGUIDOption {
  /** The schema attribute's GUID. */
  readonly schemaAttributeGUID: string;
}

/** Options of `updateSchemaAttribute`. @public */
export interface UpdateSchemaAttributeOptions extends ContextMergeUpdateOption, SchemaAttributeGUIDOption {
  /** The new properties. */
  readonly schemaAttributeProperties: SchemaAttributeProperties;
}

/** Options of `setupSchemaType`. @public */
export interface SetupSchemaTypeOptions extends SchemaAttributeGUIDOption {
  /** The relationship that links them, such as `SchemaAttributeType`. */
  readonly relationshipTypeName: string;
  /** The schema type to link to the attribute. */
  readonly schemaTypeGUID: string;
}

/** Options of `findSchemaAttributes`. @public */
export interface FindSchemaAttributesOptions extends ContextSearchOptions {
  /** Only attributes of this type or its subtypes (default `SchemaAttribute`: all). */
  readonly typeName?: string;
}

/** Options of `getSchemaAttributesByName`. @public */
export interface SchemaAttributesByNameOptions extends ContextNameOptions {
  /** Only attributes of this type or its subtypes (default `SchemaAttribute`: all). */
  readonly typeName?: string;
}

/** Options of `getNestedAttributes`. @public */
export interface NestedAttributesOptions extends ContextPagingOptions {
  /** The schema type or schema attribute whose attributes to list. */
  readonly parentSchemaElementGUID: string;
}
