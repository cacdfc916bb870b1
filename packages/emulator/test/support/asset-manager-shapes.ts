/**
 * Request bodies exactly as Egeria 5.2's Asset Manager Java clients (ExchangeClientBase,
 * DataAssetExchangeClient, LineageExchangeClient) serialize them: untyped request beans without a
 * top-level `class`, `MetadataCorrelationProperties` with its defaults (`externalScopeTypeName`,
 * the primitive `externalInstanceVersion`), properties beans with their `class`, nulls left out.
 */
import { TestEmulator, enc, guidsOf as listedGUIDs } from './harness';

/** An asset manager (metadata source) registered with the emulator. */
export type Source = { guid: string; name: string };

/** A JSON object. */
export type Json = Record<string, unknown>;

/** The Asset Manager OMAS URL root for a user. */
export function amRoot(em: TestEmulator, userId: string): string {
  return `${em.emulator.url}/servers/${enc(em.emulator.serverName)}/open-metadata/access-services/asset-manager/users/${enc(userId)}`;
}

/** `ExternalAssetManagerClient.createExternalAssetManager`: registers an asset manager. */
export async function registerAssetManager(em: TestEmulator, qualifiedName: string): Promise<Source> {
  const answer = await em.ok(`${amRoot(em, 'daemonUser')}/asset-managers`, {
    class: 'AssetManagerProperties',
    qualifiedName,
  });
  return { guid: answer['guid'] as string, name: qualifiedName };
}

/**
 * Starts an emulator and registers an asset manager for each entry of `sources` (in order): the
 * answer holds the emulator, the Asset Manager OMAS URL root for the user, and each registered
 * asset manager under its key.
 */
export async function startAssetManager<K extends string>(
  userId: string,
  sources: Record<K, string>,
  options: Parameters<typeof TestEmulator.start>[0] = {},
): Promise<{ em: TestEmulator; am: string } & Record<K, Source>> {
  const em = await TestEmulator.start(options);
  const registered = {} as Record<K, Source>;
  for (const key of Object.keys(sources) as K[]) registered[key] = await registerAssetManager(em, sources[key]);
  return { em, am: amRoot(em, userId), ...registered };
}

/**
 * `ExchangeClientBase.getCorrelationProperties`: the scope (when there is one) and, for creates,
 * the caller's `ExternalIdentifierProperties`.
 */
export function correlation(source: Source | undefined, externalIdentifier?: Json): Json {
  const out: Json = { externalScopeTypeName: 'InventoryCatalog', externalInstanceVersion: 0 };
  if (source !== undefined) Object.assign(out, { externalScopeGUID: source.guid, externalScopeName: source.name });
  return { ...out, ...externalIdentifier };
}

/** `getEffectiveTimeQueryRequestBody`: the asset manager (when there is one). */
export function effectiveTimeBody(source: Source | undefined): Json {
  return source === undefined ? {} : { assetManagerGUID: source.guid, assetManagerName: source.name };
}

/** `getUpdateRequestBody`: the correlation properties with the element's external identifier. */
export function updateBody(source: Source | undefined, externalIdentifier?: string): Json {
  return {
    metadataCorrelationProperties: correlation(source, externalIdentifier === undefined ? {} : { externalIdentifier }),
  };
}

/** `getRelationshipRequestBody`: the asset manager as external source, and the properties bean. */
export function relationshipBody(source: Source | undefined, properties?: Json): Json {
  const out: Json = source === undefined ? {} : { externalSourceGUID: source.guid, externalSourceName: source.name };
  if (properties !== undefined) out['properties'] = properties;
  return out;
}

/** A `TemplateRequestBody` (`createDataAssetFromTemplate`, `createProcessFromTemplate`). */
export function templateBody(source: Source | undefined, templateProperties: Json, externalIdentifier?: Json): Json {
  return {
    elementProperties: templateProperties,
    metadataCorrelationProperties: correlation(source, externalIdentifier),
  };
}

/** The GUIDs of the elements of a list answer (`elementList` or `elements`). */
export function guidsOf(answer: Json, field = 'elementList'): string[] {
  return listedGUIDs(answer, field);
}

/** The classification names in an element bean's header. */
export function classificationsOf(element: Json): string[] {
  const header = element['elementHeader'] as Json;
  return ((header['classifications'] as Json[] | undefined) ?? []).map((c) => c['classificationName'] as string);
}

/** The `ExternalIdentifierProperties` a connector passes on a create, for {@link correlation}. */
export function externalIdentifierProperties(externalIdentifier: string): Json {
  return {
    externalIdentifier,
    externalIdentifierName: 'id',
    externalIdentifierSource: 'acme-connector',
    keyPattern: 'LOCAL_KEY',
    synchronizationDirection: 'FROM_THIRD_PARTY',
    mappingProperties: { url: `https://catalog.example/${externalIdentifier}` },
  };
}

/** `getSearchStringRequestBody` (and the glossary client's `GlossarySearchStringRequestBody` with `extra`). */
export function searchBody(source: Source | undefined, searchString: string, extra: Json = {}): Json {
  return { ...effectiveTimeBody(source), searchString, searchStringParameterName: 'searchString', ...extra };
}

/** `getNameRequestBody` (and the glossary client's `GlossaryNameRequestBody` with `extra`). */
export function nameBody(source: Source | undefined, name: string, extra: Json = {}): Json {
  return { ...effectiveTimeBody(source), name, nameParameterName: 'name', ...extra };
}

/** The element beans of a list answer (`elementList`; absent when the list is empty). */
export function elementsOf(answer: Json): Array<Record<string, Record<string, unknown>>> {
  return (answer['elementList'] as Array<Record<string, Record<string, unknown>>> | undefined) ?? [];
}
