/**
 * The Display Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Data Manager OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { DisplayIntegratorConnector } from './display-integrator-connector';
export { DisplayIntegratorContext, DISPLAY_ELEMENT_TYPE_NAMES } from './display-integrator-context';
export { displayIntegratorService, APPLICATION_METADATA_SOURCE } from './display-integrator-service';
export { DISPLAY_INTEGRATOR_AUDIT_CODE, DISPLAY_INTEGRATOR_ERROR_CODE } from './display-integrator-messages';
/** Receives the Data Manager OMAS's out-topic events (the kit's listener type, re-exported). */
export type { DataManagerEventListener } from '@egeria-ts/omas-client';
export type {
  DataFieldProperties,
  CreateFormOptions,
  FormGUIDOption,
  UpdateFormOptions,
  RemoveFormOptions,
  CreateReportOptions,
  ReportGUIDOption,
  UpdateReportOptions,
  RemoveReportOptions,
  CreateQueryOptions,
  QueryGUIDOption,
  UpdateQueryOptions,
  RemoveQueryOptions,
  CreateDataContainerOptions,
  CreateDataContainerFromTemplateOptions,
  DataContainerGUIDOption,
  UpdateDataContainerOptions,
  DataContainersForElementOptions,
  CreateDataFieldOptions,
  CreateDataFieldFromTemplateOptions,
  DataFieldGUIDOption,
  UpdateDataFieldOptions,
  ChildDataFieldsOptions,
} from './display-integrator-options';
