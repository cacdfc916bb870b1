import type {
  ContextMergeUpdateOption,
  ContextPagingOptions,
  ContextTemplateOptions,
  DataContainerProperties,
  FormProperties,
  QueryProperties,
  ReportProperties,
  SchemaAttributeProperties,
} from '@egeria-ts/omas-client';

/**
 * `DataFieldProperties`: the properties of a data field, a schema attribute of type
 * `DisplayDataField` unless `typeName` names a subtype.
 */
export type DataFieldProperties = SchemaAttributeProperties;

// ----- forms ----------------------------------------------------------------------------------------

/** Options of `createForm`. */
export interface CreateFormOptions {
  /** The form's properties; `qualifiedName` is required (a `typeName` picks a subtype of `Form`). */
  readonly formProperties: FormProperties;
}

/** Names one form. */
export interface FormGUIDOption {
  /** The form's GUID. */
  readonly formGUID: string;
}

/** Options of `updateForm`. */
export interface UpdateFormOptions extends ContextMergeUpdateOption, FormGUIDOption {
  /** The new properties. */
  readonly formProperties: FormProperties;
}

/** Options of `removeForm`: the form and its unique name. */
export interface RemoveFormOptions extends FormGUIDOption {
  /** The form's qualified name. */
  readonly qualifiedName: string;
}

// ----- reports --------------------------------------------------------------------------------------

/** Options of `createReport`. */
export interface CreateReportOptions {
  /** The report's properties; `qualifiedName` is required (a `typeName` picks a subtype of `DeployedReport`). */
  readonly reportProperties: ReportProperties;
}

/** Names one report. */
export interface ReportGUIDOption {
  /** The report's GUID. */
  readonly reportGUID: string;
}

/** Options of `updateReport`. */
export interface UpdateReportOptions extends ContextMergeUpdateOption, ReportGUIDOption {
  /** The new properties. */
  readonly reportProperties: ReportProperties;
}

/** Options of `removeReport`: the report and its unique name. */
export interface RemoveReportOptions extends ReportGUIDOption {
  /** The report's qualified name. */
  readonly qualifiedName: string;
}

// ----- queries --------------------------------------------------------------------------------------

/** Options of `createQuery`. */
export interface CreateQueryOptions {
  /** The query's properties; `qualifiedName` is required (a `typeName` picks a subtype of `InformationView`). */
  readonly queryProperties: QueryProperties;
}

/** Names one query. */
export interface QueryGUIDOption {
  /** The query's GUID. */
  readonly queryGUID: string;
}

/** Options of `updateQuery`. */
export interface UpdateQueryOptions extends ContextMergeUpdateOption, QueryGUIDOption {
  /** The new properties. */
  readonly queryProperties: QueryProperties;
}

/** Options of `removeQuery`: the query and its unique name. */
export interface RemoveQueryOptions extends QueryGUIDOption {
  /** The query's qualified name. */
  readonly qualifiedName: string;
}

// ----- data containers ------------------------------------------------------------------------------

/** Options of `createDataContainer`. */
export interface CreateDataContainerOptions {
  /** The form, report or query the container belongs to. */
  readonly parentElementGUID: string;
  /** The container's properties; `qualifiedName` is required (`typeName` defaults to `DisplayDataContainer`). */
  readonly dataContainerProperties: DataContainerProperties;
}

/** Options of `createDataContainerFromTemplate`. */
export interface CreateDataContainerFromTemplateOptions extends ContextTemplateOptions {
  /** The form, report or query the copy belongs to. */
  readonly parentElementGUID: string;
}

/** Names one data container. */
export interface DataContainerGUIDOption {
  /** The data container's GUID. */
  readonly dataContainerGUID: string;
}

/** Options of `updateDataContainer`. */
export interface UpdateDataContainerOptions extends ContextMergeUpdateOption, DataContainerGUIDOption {
  /** The new properties. */
  readonly dataContainerProperties: DataContainerProperties;
}

/** Options of `getDataContainersForElement`. */
export interface DataContainersForElementOptions extends ContextPagingOptions {
  /** The form, report or query whose containers to list. */
  readonly parentElementGUID: string;
}

// ----- data fields ----------------------------------------------------------------------------------

/** Options of `createDataField`. */
export interface CreateDataFieldOptions {
  /** The data container, or the data field this one is nested in. */
  readonly parentElementGUID: string;
  /** The field's properties; `qualifiedName` is required. */
  readonly dataFieldProperties: DataFieldProperties;
}

/** Options of `createDataFieldFromTemplate`. */
export interface CreateDataFieldFromTemplateOptions extends ContextTemplateOptions {
  /** The data container, or the data field the copy is nested in. */
  readonly parentElementGUID: string;
}

/** Names one data field. */
export interface DataFieldGUIDOption {
  /** The data field's GUID. */
  readonly dataFieldGUID: string;
}

/** Options of `updateDataField`. */
export interface UpdateDataFieldOptions extends ContextMergeUpdateOption, DataFieldGUIDOption {
  /** The new properties. */
  readonly dataFieldProperties: DataFieldProperties;
}

/** Options of `getChildDataFields`. */
export interface ChildDataFieldsOptions extends ContextPagingOptions {
  /** The data container or data field whose fields to list. */
  readonly parentElementGUID: string;
}
