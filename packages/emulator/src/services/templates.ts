/**
 * Creating an element from a template, as Egeria 5.2's `OpenMetadataAPITemplateHandler` does: the new
 * element takes the template's type, properties and classifications (not `Anchors`, `Template` or
 * `LatestChange`), the caller's properties win, and a `SourcedFrom` relationship points back at the
 * template. Without an anchor of its own the new element takes the template's. A deep copy also follows the template's relationships: an element anchored to the
 * template (or to the template's anchor) is copied, with the qualified name
 * `<new qualified name>::<type>` (`_1`, `_2`... when repeated), and anchored to the new element;
 * any other element is linked to the new element as it is to the template.
 *
 * Every create-from-template route copies this way; {@link fromTemplateProperties} reads the
 * overrides of the `TemplateProperties` bean they share.
 */
import { checkUniqueName } from './elements';
import type { CallInfo, ElementKind } from './elements';
import { newGUID, originFor } from './context';
import type { MetadataSourceRef, Transaction } from './context';
import { readBean } from './bean-fields';
import { isTypeOf } from '../store/type-registry';
import type { JsonObject } from '../server/binding';
import type { ClassificationRecord, ElementRecord, RelationshipRecord } from '../store/records';

/** What {@link createFromTemplate} copies and how. */
export interface TemplateCopy {
  /** The template element. */
  readonly template: ElementRecord;
  /** Properties that replace the template's (undefined and null values are ignored); must hold a `qualifiedName`. */
  readonly overrides: Readonly<Record<string, unknown>>;
  /** The owner of the new elements (undefined: the local cohort). */
  readonly source: MetadataSourceRef | undefined;
  /** The element the new element is anchored to (default: the template's anchor, if it has one). */
  readonly anchorGUID?: string;
  /** Copy the elements anchored to the template too (and link the others). */
  readonly deepCopy: boolean;
  /** Classify the new element `TemplateSubstitute`. */
  readonly templateSubstitute?: boolean;
  /** The new element's status (default: active). */
  readonly status?: string;
}

/**
 * The overrides of a `TemplateProperties` bean (Data Manager, Asset Manager and connection requests
 * alike): the qualified name; the display name and description (`name` and `resourceDescription`
 * for assets and the other kinds named by `name`, such as endpoints); the version identifier; the network
 * address as an endpoint's `address`; and, where the operation passes it on (`pathName`), the path
 * name of an asset.
 */
export function fromTemplateProperties(
  kind: ElementKind,
  template: ElementRecord,
  bean: Readonly<Record<string, unknown>>,
  options: { readonly pathName?: boolean } = {},
): Record<string, unknown> {
  const fields = readBean('TemplateProperties', bean as JsonObject);
  const out: Record<string, unknown> = { qualifiedName: fields['qualifiedName'] };
  const assetLike = kind.nameProperties.includes('name') || isTypeOf(template.typeName, 'Asset');
  if (fields['displayName'] !== undefined) out[assetLike ? 'name' : 'displayName'] = fields['displayName'];
  if (fields['description'] !== undefined)
    out[assetLike ? 'resourceDescription' : 'description'] = fields['description'];
  if (fields['versionIdentifier'] !== undefined) out['versionIdentifier'] = fields['versionIdentifier'];
  const takesAddress = isTypeOf(template.typeName, 'Endpoint') || 'address' in template.properties;
  if (fields['networkAddress'] !== undefined && takesAddress) out['address'] = fields['networkAddress'];
  if (options.pathName === true && assetLike && fields['pathName'] !== undefined) out['pathName'] = fields['pathName'];
  return out;
}

/** Relationships a deep copy never follows. */
const NOT_FOLLOWED = ['SourcedFrom', 'SpecificationPropertyAssignment', 'CatalogTemplate'];

/** Classifications a copy never takes from its template. */
const NOT_COPIED = ['Anchors', 'Template', 'LatestChange'];

interface Progress {
  readonly tx: Transaction;
  readonly call: CallInfo;
  readonly source: MetadataSourceRef | undefined;
  /** Template element GUID -> the GUID of its copy (or of the element reused). */
  readonly covered: Map<string, string>;
  readonly coveredRelationships: Set<string>;
  /** Elements whose anchored elements are copied. */
  readonly templateAnchors: Set<string>;
  rootGUID?: string;
}

function defined(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null) out[k] = v;
  return out;
}

function audit(progress: Progress) {
  const ctx = progress.tx.ctx;
  return {
    origin: originFor(ctx, progress.source),
    createdBy: progress.call.userId,
    createTime: ctx.now(),
    version: 1,
  };
}

function copyOne(
  progress: Progress,
  template: ElementRecord,
  properties: Record<string, unknown>,
  options: { anchorGUID?: string; status?: string; templateSubstitute?: boolean },
): ElementRecord {
  const { tx, call } = progress;
  const qualifiedName = properties['qualifiedName'];
  if (typeof qualifiedName === 'string') checkUniqueName(tx.ctx, qualifiedName, template.typeName, undefined, call);
  const classifications: Record<string, ClassificationRecord> = {};
  for (const classification of Object.values(template.classifications)) {
    if (NOT_COPIED.includes(classification.name)) continue;
    classifications[classification.name] = { ...classification, ...audit(progress) };
  }
  if (options.templateSubstitute === true) {
    classifications['TemplateSubstitute'] = { name: 'TemplateSubstitute', properties: {}, ...audit(progress) };
  }
  const element: ElementRecord = {
    guid: newGUID(),
    typeName: template.typeName,
    properties,
    classifications,
    ...audit(progress),
    ...(options.anchorGUID === undefined ? {} : { anchorGUID: options.anchorGUID }),
    ...(options.status === undefined || options.status === 'ACTIVE' ? {} : { status: options.status }),
  };
  tx.createElement(element);
  progress.covered.set(template.guid, element.guid);
  const sourcedFrom: RelationshipRecord = {
    guid: newGUID(),
    typeName: 'SourcedFrom',
    end1GUID: element.guid,
    end2GUID: template.guid,
    properties: { sourceVersionNumber: template.version },
    ...audit(progress),
  };
  tx.createRelationship(sourcedFrom);
  return element;
}

function copyAttachments(progress: Progress, template: ElementRecord, copy: ElementRecord, previous?: string): void {
  const store = progress.tx.ctx.state.store;
  const counts = new Map<string, number>();
  const qualifiedName = copy.properties['qualifiedName'];
  for (const relationship of store.relationshipsOf(template.guid)) {
    if (NOT_FOLLOWED.includes(relationship.typeName) || progress.coveredRelationships.has(relationship.guid)) continue;
    const templateIsEnd1 = relationship.end1GUID === template.guid;
    const otherGUID = templateIsEnd1 ? relationship.end2GUID : relationship.end1GUID;
    if (otherGUID === previous) continue;
    const other = store.getElement(otherGUID);
    if (other === undefined) continue;
    let targetGUID = progress.covered.get(other.guid);
    if (targetGUID === undefined) {
      if (other.anchorGUID === undefined || !progress.templateAnchors.has(other.anchorGUID)) {
        targetGUID = other.guid;
      } else {
        progress.templateAnchors.add(other.guid);
        const properties: Record<string, unknown> = { ...other.properties };
        if (typeof qualifiedName === 'string') {
          const base = `${qualifiedName}::${other.typeName}`;
          const count = counts.get(base) ?? 0;
          counts.set(base, count + 1);
          properties['qualifiedName'] = count > 0 ? `${base}_${count}` : base;
        }
        const nested = copyOne(progress, other, properties, { anchorGUID: progress.rootGUID, status: other.status });
        copyAttachments(progress, other, nested, template.guid);
        targetGUID = nested.guid;
      }
    }
    progress.coveredRelationships.add(relationship.guid);
    progress.tx.createRelationship({
      guid: newGUID(),
      typeName: relationship.typeName,
      end1GUID: templateIsEnd1 ? copy.guid : targetGUID,
      end2GUID: templateIsEnd1 ? targetGUID : copy.guid,
      properties: { ...relationship.properties },
      ...audit(progress),
    });
  }
}

/**
 * Creates an element from a template (and, for a deep copy, what is anchored to it).
 * @returns the new element
 */
export function createFromTemplate(tx: Transaction, copy: TemplateCopy, call: CallInfo): ElementRecord {
  const template = copy.template;
  const progress: Progress = {
    tx,
    call,
    source: copy.source,
    covered: new Map(),
    coveredRelationships: new Set(),
    templateAnchors: new Set([template.guid, ...(template.anchorGUID === undefined ? [] : [template.anchorGUID])]),
  };
  const properties = { ...template.properties, ...defined(copy.overrides) };
  const element = copyOne(progress, template, properties, {
    anchorGUID: copy.anchorGUID ?? template.anchorGUID,
    status: copy.status,
    templateSubstitute: copy.templateSubstitute,
  });
  progress.rootGUID = element.guid;
  if (copy.deepCopy) copyAttachments(progress, template, element);
  return tx.ctx.state.store.getElement(element.guid) ?? element;
}
