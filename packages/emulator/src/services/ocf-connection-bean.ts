/**
 * The Open Connector Framework's `Connection` bean as Egeria 5.2's OCFConnectionConverter builds it
 * for the connected asset service: the element header fields side by side with the properties (no
 * status), the connector type and endpoint as full `ConnectorType` / `Endpoint` beans, and for a
 * virtual connection its `EmbeddedConnection`s, each holding the full embedded connection.
 */
import type { JsonObject } from '../server/binding';
import type { ElementRecord } from '../store/records';
import type { EmulatorContext } from './context';
import { connectionParts } from './connection-family';
import { elementHeader } from './headers';

/** The OCF fields of a connection, under the names the emulator stores them (ConnectionProperties). */
const CONNECTION_FIELDS = [
  'qualifiedName',
  'additionalProperties',
  'displayName',
  'description',
  'securedProperties',
  'configurationProperties',
  'userId',
  'clearPassword',
  'encryptedPassword',
] as const;

/** The OCF fields of a connector type (the same names as ConnectorTypeProperties). */
const CONNECTOR_TYPE_FIELDS = [
  'qualifiedName',
  'additionalProperties',
  'displayName',
  'description',
  'supportedAssetTypeName',
  'supportedDeployedImplementationType',
  'expectedDataFormat',
  'connectorProviderClassName',
  'connectorFrameworkName',
  'connectorInterfaceLanguage',
  'connectorInterfaces',
  'targetTechnologySource',
  'targetTechnologyName',
  'targetTechnologyInterfaces',
  'targetTechnologyVersions',
  'recognizedAdditionalProperties',
  'recognizedSecuredProperties',
  'recognizedConfigurationProperties',
] as const;

/** An OCF bean's header: Egeria's ElementHeader fields with the bean's class and no status. */
function ocfHeader(ctx: EmulatorContext, element: ElementRecord, beanClass: string): JsonObject {
  const header = elementHeader(element, ctx.serverName, beanClass);
  delete header['status'];
  return header;
}

function copyFields(out: JsonObject, element: ElementRecord, fields: readonly string[]): JsonObject {
  for (const field of fields) {
    const value = element.properties[field];
    if (value !== undefined && value !== null) out[field] = value;
  }
  return out;
}

/** `ConnectorType`. */
function connectorTypeBean(ctx: EmulatorContext, element: ElementRecord): JsonObject {
  return copyFields(ocfHeader(ctx, element, 'ConnectorType'), element, CONNECTOR_TYPE_FIELDS);
}

/** `Endpoint`: the OCF bean's displayName and description are the endpoint's name and description. */
function endpointBean(ctx: EmulatorContext, element: ElementRecord): JsonObject {
  const out = copyFields(ocfHeader(ctx, element, 'Endpoint'), element, ['qualifiedName', 'additionalProperties']);
  const p = element.properties;
  const displayName = p['name'] ?? p['displayName'];
  const description = p['resourceDescription'] ?? p['description'];
  if (displayName !== undefined) out['displayName'] = displayName;
  if (description !== undefined) out['description'] = description;
  return copyFields(out, element, ['address', 'protocol', 'encryptionMethod']);
}

/**
 * The `Connection` (or `VirtualConnection`) bean of a stored connection, with everything it is made
 * of. Secrets are returned as stored, as Egeria returns them.
 * @param ctx - the emulator
 * @param connection - a Connection element (or one of a subtype)
 */
export function ocfConnectionBean(ctx: EmulatorContext, connection: ElementRecord): JsonObject {
  return connectionBean(ctx, connection, new Set());
}

function connectionBean(ctx: EmulatorContext, connection: ElementRecord, seen: Set<string>): JsonObject {
  seen.add(connection.guid);
  const parts = connectionParts(ctx, connection);
  const isVirtual = connection.typeName === 'VirtualConnection';
  const out = copyFields(
    ocfHeader(ctx, connection, isVirtual ? 'VirtualConnection' : 'Connection'),
    connection,
    CONNECTION_FIELDS,
  );
  if (parts.connectorType !== undefined) out['connectorType'] = connectorTypeBean(ctx, parts.connectorType);
  if (parts.endpoint !== undefined) out['endpoint'] = endpointBean(ctx, parts.endpoint);
  if (isVirtual) {
    const embedded: JsonObject[] = [];
    for (const { relationship, connection: inner } of parts.embedded) {
      // A connection that embeds itself (directly or further down) is listed once.
      if (seen.has(inner.guid)) continue;
      const entry: JsonObject = { class: 'EmbeddedConnection', headerVersion: 0 };
      const properties = relationship.properties;
      entry['position'] = properties['position'] ?? 0;
      if (properties['displayName'] !== undefined) entry['displayName'] = properties['displayName'];
      if (properties['arguments'] !== undefined) entry['arguments'] = properties['arguments'];
      entry['embeddedConnection'] = connectionBean(ctx, inner, seen);
      embedded.push(entry);
    }
    if (embedded.length > 0) out['embeddedConnections'] = embedded;
  }
  seen.delete(connection.guid);
  return out;
}
