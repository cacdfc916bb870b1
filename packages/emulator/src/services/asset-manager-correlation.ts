/**
 * How the Asset Manager's exchange handlers use the external identifiers of an asset manager beyond
 * recording them on a create: the check an update or removal makes when its correlation properties
 * name the element's identifier (Egeria 5.2's `ExchangeHandlerBase.validateExternalIdentifier`), and
 * the elements an asset manager has identifiers for (`getElementEntitiesForScope`).
 */
import type { JsonObject } from '../server/binding';
import { invalidParameter } from '../ffdc/ffdc';
import type { EmulatorContext, Transaction } from './context';
import type { CallInfo, ElementKind } from './elements';
import { isKind } from './elements';
import { correlationOf } from './asset-manager-support';
import type { ElementRecord, RelationshipRecord } from '../store/records';

/** The parameter Egeria names when an external identifier is not found. */
const IDENTIFIER_PARAMETER = 'correlationProperties.getExternalIdentifier()';

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The ExternalId entity of an identifier in a scope. */
export function externalIdInScope(
  ctx: EmulatorContext,
  scopeGUID: string,
  identifier: string,
): ElementRecord | undefined {
  const store = ctx.state.store;
  for (const scopeLink of store.relationshipsOf(scopeGUID, 'ExternalIdScope', 1)) {
    const externalId = store.getElement(scopeLink.end2GUID);
    if (externalId !== undefined && externalId.properties['identifier'] === identifier) return externalId;
  }
  return undefined;
}

/**
 * Checks an update or removal whose `metadataCorrelationProperties` name an external identifier,
 * scope GUID and scope name, as Egeria does: the identifier must be recorded in that scope
 * (`OMAG-GENERIC-HANDLERS-400-003` otherwise) and linked to the element (`-400-004`). Nothing is
 * checked when one of the three is missing.
 * @param typeName - the type the handler names in its errors (such as `GlossaryTerm`)
 * @returns the element's `ExternalIdLink`, to stamp with {@link stampSynchronized}; undefined when nothing was checked
 */
export function checkExternalIdentifier(
  ctx: EmulatorContext,
  element: ElementRecord,
  typeName: string,
  body: JsonObject | undefined,
  call: CallInfo,
): RelationshipRecord | undefined {
  const correlation = correlationOf(body);
  const identifier = nonEmpty(correlation['externalIdentifier']);
  const scopeGUID = nonEmpty(correlation['externalScopeGUID']);
  const scopeName = nonEmpty(correlation['externalScopeName']);
  if (identifier === undefined || scopeGUID === undefined || scopeName === undefined) return undefined;
  const inserts = [call.service, identifier, scopeName, scopeGUID, typeName, element.guid];
  const externalId = externalIdInScope(ctx, scopeGUID, identifier);
  if (externalId === undefined) {
    throw invalidParameter('UNKNOWN_EXTERNAL_IDENTITY', inserts, call.action, IDENTIFIER_PARAMETER);
  }
  const link = ctx.state.store
    .relationshipsOf(element.guid, 'ExternalIdLink', 1)
    .find((l) => l.end2GUID === externalId.guid);
  if (link === undefined) throw invalidParameter('UNKNOWN_RESOURCE_LINK', inserts, call.action, IDENTIFIER_PARAMETER);
  return link;
}

/** Records on an `ExternalIdLink` that the element was just synchronized (`lastSynchronized`). */
export function stampSynchronized(tx: Transaction, link: RelationshipRecord | undefined, call: CallInfo): void {
  if (link === undefined || tx.ctx.state.store.getRelationship(link.guid) === undefined) return;
  tx.reviseRelationship(link, { ...link.properties, lastSynchronized: tx.ctx.now() }, call.userId);
}

/**
 * The elements of a kind that an asset manager holds external identifiers for (ExternalIdScope from
 * the asset manager, then ExternalIdLink to the elements), each once.
 */
export function elementsInScope(ctx: EmulatorContext, scopeGUID: string, kind: ElementKind): ElementRecord[] {
  const store = ctx.state.store;
  const seen = new Set<string>();
  const out: ElementRecord[] = [];
  for (const scopeLink of store.relationshipsOf(scopeGUID, 'ExternalIdScope', 1)) {
    for (const link of store.relationshipsOf(scopeLink.end2GUID, 'ExternalIdLink', 2)) {
      const element = store.getElement(link.end1GUID);
      if (element === undefined || seen.has(element.guid) || !isKind(kind, element)) continue;
      seen.add(element.guid);
      out.push(element);
    }
  }
  return out;
}
