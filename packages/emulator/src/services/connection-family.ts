/**
 * Connections, connector types and endpoints, as the Data Manager, IT Infrastructure and Asset
 * Manager OMASs all serve them (Egeria 5.2's generic ConnectionHandler, ConnectorTypeHandler and
 * EndpointHandler): the element kinds and their beans, the connection element with its connector
 * type, endpoint and embedded connections, the four relationships (ConnectionConnectorType,
 * ConnectionEndpoint, EmbeddedConnection, ConnectionToAsset) set up and cleared as Egeria's
 * `linkElementToElement` / `unlinkElementFromElement` do, the properties a create from a template
 * overrides, and the links a new connection takes over from its template. The services bind this
 * one mechanism to their own paths and request beans (connection-family-routes.ts for the Data
 * Manager and IT Infrastructure OMASs, asset-manager-connections.ts for the Asset Manager OMAS).
 */
import { BEAN_FIELD_TABLE } from './bean-field-table';
import { readBean, writeBean } from './bean-fields';
import { newGUID, originFor } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import { elementStub } from './headers';
import { checkProvenance, isKind, requireElement, unlinkElements } from './elements';
import type { CallInfo, ElementKind } from './elements';
import { ENDPOINT } from './api-manager';
import type { JsonObject } from '../server/binding';
import type { ElementRecord, RelationshipRecord } from '../store/records';

/** The package of Egeria 5.2's connection properties beans. */
const CONNECTIONS_PACKAGE = 'org.odpi.openmetadata.frameworks.openmetadata.properties.connections';

/** The Referenceable fields every properties bean below ends with. */
const REFERENCEABLE_FIELDS =
  'qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo';

/** Egeria 5.2's beans of this family, in the compact form of bean-field-table.ts. */
const CONNECTION_BEAN_FIELDS: Readonly<Record<string, string>> = {
  ConnectionProperties: `displayName:s description:s userId:s encryptedPassword:s clearPassword:s configurationProperties:mo securedProperties:ms ${REFERENCEABLE_FIELDS}`,
  ConnectorTypeProperties: `displayName:s description:s supportedAssetTypeName:s expectedDataFormat:s connectorProviderClassName:s connectorFrameworkName:s connectorInterfaceLanguage:s connectorInterfaces:ls targetTechnologySource:s targetTechnologyName:s targetTechnologyInterfaces:ls targetTechnologyVersions:ls recognizedAdditionalProperties:ls recognizedConfigurationProperties:ls recognizedSecuredProperties:ls ${REFERENCEABLE_FIELDS}`,
  // Relationship beans: only the values Egeria's handlers store on the relationship.
  EmbeddedConnectionProperties: 'position:i=0 displayName:s arguments:mo effectiveFrom:d effectiveTo:d',
  AssetConnectionProperties: 'assetSummary:s effectiveFrom:d effectiveTo:d',
  RelationshipProperties: 'effectiveFrom:d effectiveTo:d',
};

/** Adds this family's beans to the emulator's field table (a row already there wins). */
export function registerConnectionBeanFields(): void {
  const table = BEAN_FIELD_TABLE as Record<string, string>;
  for (const [className, fields] of Object.entries(CONNECTION_BEAN_FIELDS)) table[className] ??= fields;
}

/** The most recent relationship of a type from an element at one of its ends. */
function latest(ctx: EmulatorContext, guid: string, typeName: string, end: 1 | 2): RelationshipRecord | undefined {
  const all = ctx.state.store.relationshipsOf(guid, typeName, end);
  return all[all.length - 1];
}

/** What a connection is made of: its connector type, its endpoint and the connections it embeds. */
export interface ConnectionParts {
  /** The connector type (ConnectionConnectorType, connection at end 1; the most recent link). */
  readonly connectorType?: ElementRecord;
  /** The endpoint (ConnectionEndpoint, connection at end 2; the most recent link). */
  readonly endpoint?: ElementRecord;
  /** The embedded connections of a virtual connection (EmbeddedConnection, virtual connection at end 1), in link order. */
  readonly embedded: readonly { readonly relationship: RelationshipRecord; readonly connection: ElementRecord }[];
}

/** Finds the parts of a connection through its ConnectionConnectorType, ConnectionEndpoint and EmbeddedConnection links. */
export function connectionParts(ctx: EmulatorContext, connection: ElementRecord): ConnectionParts {
  const store = ctx.state.store;
  const connectorTypeLink = latest(ctx, connection.guid, 'ConnectionConnectorType', 1);
  const endpointLink = latest(ctx, connection.guid, 'ConnectionEndpoint', 2);
  const embedded: { relationship: RelationshipRecord; connection: ElementRecord }[] = [];
  for (const relationship of store.relationshipsOf(connection.guid, 'EmbeddedConnection', 1)) {
    const element = store.getElement(relationship.end2GUID);
    if (element !== undefined) embedded.push({ relationship, connection: element });
  }
  return {
    connectorType: connectorTypeLink === undefined ? undefined : store.getElement(connectorTypeLink.end2GUID),
    endpoint: endpointLink === undefined ? undefined : store.getElement(endpointLink.end1GUID),
    embedded,
  };
}

/**
 * The connection element's further fields (Egeria's ConnectionConverter): the connector type and
 * the endpoint as stubs, and the embedded connections of a virtual connection (left out when none).
 */
function connectionExtras(ctx: EmulatorContext, connection: ElementRecord): JsonObject {
  const parts = connectionParts(ctx, connection);
  const out: JsonObject = {};
  if (parts.connectorType !== undefined) out['connectorType'] = elementStub(parts.connectorType, ctx.serverName);
  if (parts.endpoint !== undefined) out['endpoint'] = elementStub(parts.endpoint, ctx.serverName);
  const embedded = parts.embedded.map(({ relationship, connection: element }) => {
    const entry: JsonObject = { position: relationship.properties['position'] ?? 0 };
    if (relationship.properties['displayName'] !== undefined)
      entry['displayName'] = relationship.properties['displayName'];
    if (relationship.properties['arguments'] !== undefined) entry['arguments'] = relationship.properties['arguments'];
    entry['embeddedConnection'] = elementStub(element, ctx.serverName);
    return entry;
  });
  if (embedded.length > 0) out['embeddedConnections'] = embedded;
  return out;
}

/** Connections (and virtual connections). Egeria's by-name search compares qualifiedName and displayName. */
export const CONNECTION: ElementKind = {
  typeName: 'Connection',
  propertiesClass: 'ConnectionProperties',
  acceptedPropertiesClasses: ['ConnectionRequestBody'],
  javaPropertiesClass: `${CONNECTIONS_PACKAGE}.ConnectionProperties`,
  beanField: 'connectionProperties',
  nameProperties: ['qualifiedName', 'displayName'],
  extras: connectionExtras,
};

/** Connector types. Egeria's by-name search compares qualifiedName, displayName and connectorProviderClassName. */
export const CONNECTOR_TYPE: ElementKind = {
  typeName: 'ConnectorType',
  propertiesClass: 'ConnectorTypeProperties',
  acceptedPropertiesClasses: ['ConnectorTypeRequestBody'],
  javaPropertiesClass: `${CONNECTIONS_PACKAGE}.ConnectorTypeProperties`,
  beanField: 'connectorTypeProperties',
  nameProperties: ['qualifiedName', 'displayName', 'connectorProviderClassName'],
};

/** Endpoints (the same kind the Data Manager and IT Infrastructure endpoint routes serve). */
export { ENDPOINT };

/** One of the relationships a connection takes part in, with the path parameters naming its ends. */
export interface ConnectionLink {
  /** The relationship type. */
  readonly typeName: string;
  /** End one: the path parameter with its GUID and the type it must be. */
  readonly end1: { readonly param: string; readonly typeName: string };
  /** End two. */
  readonly end2: { readonly param: string; readonly typeName: string };
  /** The properties bean of the relationship, when it has more than effectivity dates. */
  readonly propertiesClass: string;
}

/** ConnectionConnectorType: the connection (end 1) uses the connector type (end 2). */
export const CONNECTOR_TYPE_LINK: ConnectionLink = {
  typeName: 'ConnectionConnectorType',
  end1: { param: 'connectionGUID', typeName: 'Connection' },
  end2: { param: 'connectorTypeGUID', typeName: 'ConnectorType' },
  propertiesClass: 'RelationshipProperties',
};

/** ConnectionEndpoint: the endpoint (end 1) is reached through the connection (end 2). */
export const ENDPOINT_LINK: ConnectionLink = {
  typeName: 'ConnectionEndpoint',
  end1: { param: 'endpointGUID', typeName: 'Endpoint' },
  end2: { param: 'connectionGUID', typeName: 'Connection' },
  propertiesClass: 'RelationshipProperties',
};

/** EmbeddedConnection: the virtual connection (end 1) embeds the connection (end 2), with a position and arguments. */
export const EMBEDDED_CONNECTION_LINK: ConnectionLink = {
  typeName: 'EmbeddedConnection',
  end1: { param: 'connectionGUID', typeName: 'VirtualConnection' },
  end2: { param: 'embeddedConnectionGUID', typeName: 'Connection' },
  propertiesClass: 'EmbeddedConnectionProperties',
};

/** ConnectionToAsset: the connection (end 1) reaches the asset (end 2), with an asset summary. */
export const ASSET_CONNECTION_LINK: ConnectionLink = {
  typeName: 'ConnectionToAsset',
  end1: { param: 'connectionGUID', typeName: 'Connection' },
  end2: { param: 'assetGUID', typeName: 'Asset' },
  propertiesClass: 'AssetConnectionProperties',
};

/** The two ends of a link named by a request's path values, checked in Egeria's order (end 1 first). */
export function linkEnds(
  ctx: EmulatorContext,
  link: ConnectionLink,
  params: Readonly<Record<string, string>>,
  call: CallInfo,
): { end1: ElementRecord; end2: ElementRecord } {
  const end1 = requireElement(ctx, params[link.end1.param], link.end1.typeName, link.end1.param, call);
  const end2 = requireElement(ctx, params[link.end2.param], link.end2.typeName, link.end2.param, call);
  return { end1, end2 };
}

/** A link's stored properties from a properties bean (nulls dropped). */
export function linkProperties(link: ConnectionLink, raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null ? readBean(link.propertiesClass, raw as JsonObject) : {};
}

/**
 * Sets up a link as Egeria's `linkElementToElement` does: the relationship between the two ends is
 * created, or, when one exists already, its properties are replaced (after the provenance check).
 * A connection linked to an asset is anchored to the asset, as 5.2's `addConnectionToAsset` does.
 */
export function setUpLink(
  tx: Transaction,
  link: ConnectionLink,
  ends: { end1: ElementRecord; end2: ElementRecord },
  properties: Record<string, unknown>,
  source: MetadataSourceRef | undefined,
  call: CallInfo,
): RelationshipRecord {
  const relationship = linkOnce(tx, link, ends, properties, source, call);
  // 5.2's addConnectionToAsset anchors the connection to the asset, also when it was anchored elsewhere.
  if (link.typeName === 'ConnectionToAsset') tx.anchor(ends.end1, ends.end2.guid, call.userId);
  return relationship;
}

function linkOnce(
  tx: Transaction,
  link: ConnectionLink,
  ends: { end1: ElementRecord; end2: ElementRecord },
  properties: Record<string, unknown>,
  source: MetadataSourceRef | undefined,
  call: CallInfo,
): RelationshipRecord {
  const ctx = tx.ctx;
  const existing = ctx.state.store
    .relationshipsOf(ends.end1.guid, link.typeName, 1)
    .find((r) => r.end2GUID === ends.end2.guid);
  if (existing !== undefined) {
    checkProvenance(existing, source, call);
    if (JSON.stringify(existing.properties) === JSON.stringify(properties)) return existing;
    const updated: RelationshipRecord = {
      ...existing,
      properties,
      updatedBy: call.userId,
      updateTime: ctx.now(),
      version: existing.version + 1,
    };
    tx.updateRelationship(updated);
    return updated;
  }
  const relationship: RelationshipRecord = {
    guid: newGUID(),
    typeName: link.typeName,
    end1GUID: ends.end1.guid,
    end2GUID: ends.end2.guid,
    properties,
    origin: originFor(ctx, source),
    createdBy: call.userId,
    createTime: ctx.now(),
    version: 1,
  };
  tx.createRelationship(relationship);
  return relationship;
}

/**
 * Clears a link as Egeria's `unlinkElementFromElement` does: the relationship between the two ends
 * is deleted on behalf of its owner (provenance check), and a connection unlinked from its asset
 * loses that anchor ({@link unlinkElements}); nothing happens when there is no relationship.
 */
export function clearLink(
  tx: Transaction,
  link: ConnectionLink,
  ends: { end1: ElementRecord; end2: ElementRecord },
  source: { guid?: string; name?: string },
  call: CallInfo,
): void {
  const existing = tx.ctx.state.store
    .relationshipsOf(ends.end1.guid, link.typeName, 1)
    .find((r) => r.end2GUID === ends.end2.guid);
  if (existing === undefined) return;
  checkProvenance(existing, source, call);
  unlinkElements(tx, existing, call.userId);
}

/**
 * The elements of a kind that carry an external identifier of a scope (ExternalIdScope from the
 * scope to the ExternalId, ExternalIdLink from the element to it), as Egeria's
 * `getElementEntitiesForScope` finds them for the Asset Manager's `...ForAssetManager` calls.
 */
export function elementsInScope(ctx: EmulatorContext, scopeGUID: string, kind: ElementKind): ElementRecord[] {
  const store = ctx.state.store;
  const seen = new Set<string>();
  const out: ElementRecord[] = [];
  for (const scopeLink of store.relationshipsOf(scopeGUID, 'ExternalIdScope', 1)) {
    for (const idLink of store.relationshipsOf(scopeLink.end2GUID, 'ExternalIdLink', 2)) {
      const element = store.getElement(idLink.end1GUID);
      if (element === undefined || seen.has(element.guid) || !isKind(kind, element)) continue;
      seen.add(element.guid);
      out.push(element);
    }
  }
  return out.sort((a, b) => a.createTime - b.createTime);
}

/** Writes a kind's properties bean from stored values (with the element's own type name, as Egeria's converters do). */
export function propertiesBean(kind: ElementKind, element: ElementRecord): JsonObject {
  const bean = writeBean(kind.propertiesClass, element.properties);
  bean['typeName'] = element.typeName;
  return bean;
}
