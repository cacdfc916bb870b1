/**
 * The API Integrator (OMIS) for egeria-ts: connector base class and context, paired with the Data Manager OMAS.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { APIIntegratorConnector } from './api-integrator-connector';
export { APIIntegratorContext, API_ELEMENT_TYPE_NAMES } from './api-integrator-context';
export { apiIntegratorService, API_MANAGER_METADATA_SOURCE } from './api-integrator-service';
export { API_INTEGRATOR_AUDIT_CODE, API_INTEGRATOR_ERROR_CODE } from './api-integrator-messages';
/** Receives the Data Manager OMAS's out-topic events (the kit's listener type, re-exported). */
export type { DataManagerEventListener } from '@egeria-ts/omas-client';
export type {
  APIParameterProperties,
  CreateEndpointOptions,
  CreateEndpointFromTemplateOptions,
  EndpointGUIDOption,
  UpdateEndpointOptions,
  CreateAPIOptions,
  CreateAPIFromTemplateOptions,
  APIGUIDOption,
  UpdateAPIOptions,
  RemoveAPIOptions,
  CreateAPIOperationOptions,
  CreateAPIOperationFromTemplateOptions,
  APIOperationGUIDOption,
  UpdateAPIOperationOptions,
  RemoveAPIOperationOptions,
  APIOperationsForAPIOptions,
  CreateAPIParameterListOptions,
  CreateAPIParameterListFromTemplateOptions,
  APIParameterListGUIDOption,
  UpdateAPIParameterListOptions,
  RemoveAPIParameterListOptions,
  APIParameterListsForOperationOptions,
  CreateAPIParameterOptions,
  CreateAPIParameterFromTemplateOptions,
  APIParameterGUIDOption,
  UpdateAPIParameterOptions,
  FindAPIParametersOptions,
  APIParametersByNameOptions,
  NestedAPIParametersOptions,
} from './api-integrator-options';
