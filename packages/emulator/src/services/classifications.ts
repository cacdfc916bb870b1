/**
 * Setting a classification on an element as Egeria's handlers do: a new one is owned by the
 * metadata source named (else the local cohort); setting one already there makes a new version of
 * it, keeping its origin and creation. Only the metadata source that owns a classification may change it.
 */
import { originFor } from './context';
import type { MetadataSourceRef, Transaction } from './context';
import { checkProvenance } from './elements';
import type { CallInfo } from './elements';
import type { ElementRecord } from '../store/records';

/** Sets (or replaces the properties of) a classification on an element; returns the element as updated. */
export function setClassification(
  tx: Transaction,
  element: ElementRecord,
  classification: { readonly name: string; readonly properties: Readonly<Record<string, unknown>> },
  owner: MetadataSourceRef | undefined,
  call: CallInfo,
): ElementRecord {
  const existing = element.classifications[classification.name];
  const now = tx.ctx.now();
  return tx.classify(element, {
    name: classification.name,
    properties: classification.properties,
    origin: existing?.origin ?? originFor(tx.ctx, owner),
    createdBy: existing?.createdBy ?? call.userId,
    createTime: existing?.createTime ?? now,
    ...(existing === undefined ? {} : { updatedBy: call.userId, updateTime: now }),
    version: (existing?.version ?? 0) + 1,
  });
}

/** Egeria's provenance rule for a classification an element has (none: nothing to check). */
export function checkClassificationOwner(
  element: ElementRecord,
  name: string,
  source: MetadataSourceRef | { guid?: string; name?: string } | undefined,
  call: CallInfo,
): void {
  const existing = element.classifications[name];
  if (existing !== undefined) checkProvenance({ ...existing, typeName: name, guid: element.guid }, source, call);
}
