import 'reflect-metadata';
import type { ConnectorDefinition } from './connector-definition';

const CONNECTOR_DEFINITION_KEY = Symbol.for('@egeria-ts/core:connectorDefinition');

/**
 * Attaches a definition to a connector class (reflect-metadata).
 * @internal
 */
export function defineConnectorDefinition(connectorClass: object, definition: ConnectorDefinition): void {
  Reflect.defineMetadata(CONNECTOR_DEFINITION_KEY, definition, connectorClass);
}

/**
 * The definition a decorator attached to a connector class or to one of its superclasses.
 * @param connectorClass - the class
 */
export function getConnectorDefinition(connectorClass: object): ConnectorDefinition | undefined {
  return Reflect.getMetadata(CONNECTOR_DEFINITION_KEY, connectorClass) as ConnectorDefinition | undefined;
}

/**
 * The definition a decorator attached to this very class (not inherited).
 * @param connectorClass - the class
 */
export function getOwnConnectorDefinition(connectorClass: object): ConnectorDefinition | undefined {
  return Reflect.getOwnMetadata(CONNECTOR_DEFINITION_KEY, connectorClass) as ConnectorDefinition | undefined;
}
