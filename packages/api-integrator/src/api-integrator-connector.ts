import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { APIIntegratorContext } from './api-integrator-context';
import { API_INTEGRATOR_ERROR_CODE } from './api-integrator-messages';

/**
 * The base class of integration connectors that run in the API Integrator OMIS: they catalog the
 * APIs of an API manager or gateway (endpoints, APIs, operations, parameter lists and parameters)
 * through an {@link APIIntegratorContext}. Implement `refresh` (and optionally `start`,
 * `disconnect`, `engage`).
 * @example
 * ```ts
 * class MyGatewayConnector extends APIIntegratorConnector {
 *   async refresh(): Promise<void> {
 *     const apiGUID = await this.context.createAPI({ apiProperties: { qualifiedName: 'API::orders' } });
 *   }
 * }
 * ```
 */
export abstract class APIIntegratorConnector extends IntegrationConnector<APIIntegratorContext> {
  /** Reading `context` before it is set throws an error with id `OMIS-API-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return API_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
