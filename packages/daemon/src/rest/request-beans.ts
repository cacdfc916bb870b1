/**
 * Reading Egeria's request beans from a parsed JSON body, as Jackson binds them: unknown fields are
 * ignored, a field of the wrong JSON type is a 400 that names the field (never quoting its value).
 */
import type { Connection } from '@egeria-ts/core';
import { badRequest } from './http-errors';

type JsonObject = Record<string, unknown>;

/** The JSON type of a value, for error messages (the value itself may be a secret). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectBody(body: unknown, beanName: string): JsonObject {
  if (!isObject(body)) throw badRequest(`${beanName}: expected a JSON object, got ${kindOf(body)}`);
  return body;
}

function requiredBody(body: unknown, beanName: string): JsonObject {
  if (body === undefined || body === null) throw badRequest(`Required request body is missing: a ${beanName}`);
  return objectBody(body, beanName);
}

function optionalString(bean: JsonObject, field: string, beanName: string): string | undefined {
  const value = bean[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`${beanName}.${field}: expected a string, got ${kindOf(value)}`);
  return value;
}

/**
 * Egeria's `NameRequestBody`, optional: no body, `null`, `{}` and `{"name": null}` all mean no
 * name.
 */
export function readNameRequestBody(body: unknown): { name?: string } {
  if (body === undefined || body === null) return {};
  const bean = objectBody(body, 'NameRequestBody');
  return { name: optionalString(bean, 'name', 'NameRequestBody') };
}

/** Egeria's `StringRequestBody`, required. */
export function readStringRequestBody(body: unknown): { string?: string } {
  const bean = requiredBody(body, 'StringRequestBody');
  return { string: optionalString(bean, 'string', 'StringRequestBody') };
}

/** Egeria's `ConnectorConfigPropertiesRequestBody`, required. */
export interface ConnectorConfigPropertiesRequest {
  /** The connector to change; undefined: every connector. */
  connectorName?: string;
  /** Merge into the current properties (true) or replace them (false, the default). */
  mergeUpdate: boolean;
  /** The new properties; undefined clears them. */
  configurationProperties?: Record<string, unknown>;
}

/** Reads a `ConnectorConfigPropertiesRequestBody`; `mergeUpdate` may be written `"true"`/`"false"`. */
export function readConnectorConfigPropertiesRequestBody(body: unknown): ConnectorConfigPropertiesRequest {
  const beanName = 'ConnectorConfigPropertiesRequestBody';
  const bean = requiredBody(body, beanName);
  const connectorName = optionalString(bean, 'connectorName', beanName);
  const merge = bean['mergeUpdate'];
  let mergeUpdate: boolean;
  if (merge === undefined || merge === null) mergeUpdate = false;
  else if (typeof merge === 'boolean') mergeUpdate = merge;
  else if (merge === 'true' || merge === 'false') mergeUpdate = merge === 'true';
  else throw badRequest(`${beanName}.mergeUpdate: expected a boolean, got ${kindOf(merge)}`);
  const properties = bean['configurationProperties'];
  if (properties !== undefined && properties !== null && !isObject(properties)) {
    throw badRequest(`${beanName}.configurationProperties: expected a JSON object, got ${kindOf(properties)}`);
  }
  return {
    connectorName,
    mergeUpdate,
    configurationProperties: isObject(properties) ? properties : undefined,
  };
}

const CONNECTION_CLASSES = new Set(['Connection', 'VirtualConnection']);

/**
 * Egeria's `Connection` bean, required. Its `class` discriminator, when present, must be
 * `Connection` or `VirtualConnection` (Jackson refuses other type ids); a missing one is taken as
 * `Connection`.
 */
export function readConnection(body: unknown): Connection {
  const bean = requiredBody(body, 'Connection');
  const cls = bean['class'];
  if (cls !== undefined && (typeof cls !== 'string' || !CONNECTION_CLASSES.has(cls))) {
    throw badRequest('Connection.class: expected "Connection" or "VirtualConnection"');
  }
  for (const field of ['connectorType', 'endpoint', 'configurationProperties', 'securedProperties']) {
    const value = bean[field];
    if (value !== undefined && value !== null && !isObject(value)) {
      throw badRequest(`Connection.${field}: expected a JSON object, got ${kindOf(value)}`);
    }
  }
  return bean as Connection;
}
