/**
 * Rebuilds the catalog from the out-topic events of the metadata server: each event carries the
 * element (or relationship, with both ends) as an `ElementStub` after the change.
 */
import type {
  CatalogClassification,
  CatalogElement,
  CatalogElementReference,
  CatalogOrigin,
  CatalogRelationship,
} from './catalog-model';

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function typeNameOf(stub: JsonRecord): string | undefined {
  return isRecord(stub['type']) ? text(stub['type']['typeName']) : undefined;
}

function superTypesOf(stub: JsonRecord): string[] {
  const type = stub['type'];
  if (!isRecord(type) || !Array.isArray(type['superTypeNames'])) return [];
  return type['superTypeNames'].filter((t): t is string => typeof t === 'string');
}

function originOf(stub: JsonRecord): CatalogOrigin {
  const origin = isRecord(stub['origin']) ? stub['origin'] : {};
  return {
    originCategory: text(origin['originCategory']) ?? 'LOCAL_COHORT',
    homeMetadataCollectionId: text(origin['homeMetadataCollectionId']),
    homeMetadataCollectionName: text(origin['homeMetadataCollectionName']),
  };
}

function sourceOf(origin: CatalogOrigin): string | undefined {
  return origin.originCategory === 'EXTERNAL_SOURCE' ? origin.homeMetadataCollectionName : undefined;
}

function classificationsOf(stub: JsonRecord): CatalogClassification[] {
  const list = stub['classifications'];
  if (!Array.isArray(list)) return [];
  const out: CatalogClassification[] = [];
  for (const c of list) {
    if (!isRecord(c)) continue;
    const name = text(c['classificationName']) ?? (isRecord(c['type']) ? text(c['type']['typeName']) : undefined);
    if (name === undefined) continue;
    const properties = isRecord(c['classificationProperties']) ? { ...c['classificationProperties'] } : {};
    out.push({ classificationName: name, properties });
  }
  return out;
}

function versionsOf(stub: JsonRecord): { createdBy?: string; updatedBy?: string; version?: number } {
  const versions = isRecord(stub['versions']) ? stub['versions'] : {};
  return {
    createdBy: text(versions['createdBy']),
    updatedBy: text(versions['updatedBy']),
    version: typeof versions['version'] === 'number' ? versions['version'] : undefined,
  };
}

function elementFrom(stub: JsonRecord, guid: string, typeName: string): CatalogElement {
  const origin = originOf(stub);
  return {
    guid,
    typeName,
    superTypeNames: superTypesOf(stub),
    qualifiedName: text(stub['uniqueName']),
    origin,
    metadataSourceQualifiedName: sourceOf(origin),
    classifications: classificationsOf(stub),
    ...versionsOf(stub),
  };
}

function referenceFrom(value: unknown): CatalogElementReference | undefined {
  if (!isRecord(value)) return undefined;
  const guid = text(value['guid']);
  const typeName = typeNameOf(value);
  if (guid === undefined || typeName === undefined) return undefined;
  return { guid, typeName, qualifiedName: text(value['uniqueName']) };
}

/** The elements and relationships that a sequence of out-topic events leaves. @internal */
export class CatalogEventState {
  readonly #elements = new Map<string, CatalogElement>();
  readonly #relationships = new Map<string, CatalogRelationship>();

  /**
   * Applies one event bean (events of other shapes are ignored).
   * @param event - a `...OutboundEvent` bean
   */
  apply(event: unknown): void {
    if (!isRecord(event) || !isRecord(event['principleElement'])) return;
    const stub = event['principleElement'];
    const eventType = text(event['eventType']);
    const guid = text(stub['guid']);
    const typeName = typeNameOf(stub);
    if (eventType === undefined || guid === undefined || typeName === undefined) return;
    const isRelationship = 'endOneElement' in event || 'endTwoElement' in event;
    if (eventType === 'ELEMENT_DELETED') {
      if (isRelationship) this.#relationships.delete(guid);
      else this.#elements.delete(guid);
      return;
    }
    if (isRelationship) {
      const end1 = referenceFrom(event['endOneElement']);
      const end2 = referenceFrom(event['endTwoElement']);
      if (end1 === undefined || end2 === undefined) return;
      const origin = originOf(stub);
      this.#relationships.set(guid, {
        guid,
        typeName,
        end1,
        end2,
        origin,
        metadataSourceQualifiedName: sourceOf(origin),
      });
      return;
    }
    this.#elements.set(guid, elementFrom(stub, guid, typeName));
  }

  /** The elements now, in the order they were first created. */
  elements(): CatalogElement[] {
    return [...this.#elements.values()];
  }

  /** The relationships now, with the ends' current qualified names. */
  relationships(): CatalogRelationship[] {
    const current = (end: CatalogElementReference): CatalogElementReference => {
      const element = this.#elements.get(end.guid);
      return element === undefined
        ? end
        : { guid: end.guid, typeName: element.typeName, qualifiedName: element.qualifiedName };
    };
    return [...this.#relationships.values()].map((r) => ({ ...r, end1: current(r.end1), end2: current(r.end2) }));
  }
}
