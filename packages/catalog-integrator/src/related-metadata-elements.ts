/**
 * The related-element query the stewardship and valid value exchange services make of the open
 * metadata store. Internal.
 */
import type {
  AssetManagerPagingOptions,
  CheckedPaging,
  LineageFlags,
  OpenMetadataStoreClient,
  RelatedMetadataElement,
} from '@egeria-ts/omas-client';

/** Which relationships of one element to read. */
export interface RelatedQuery {
  /** The element at the starting end. */
  readonly elementGUID: string | undefined;
  /** The relationship type. */
  readonly relationshipTypeName: string;
  /** The end the element is at. */
  readonly startingAtEnd: 1 | 2;
  /** Only relationships in effect at this time (default: now). */
  readonly effectiveTime: AssetManagerPagingOptions['effectiveTime'];
}

/**
 * One page of an element's relationships of a type, from one end, newest first
 * (`getRelatedMetadataElements` with `CREATION_DATE_RECENT`).
 * @param store - the service's open metadata store client
 * @param request - the page, flags and signal of the list call
 * @param query - the element, relationship type, end and effective time
 */
export async function relatedMetadataElements(
  store: OpenMetadataStoreClient,
  request: LineageFlags & CheckedPaging & { signal: AbortSignal },
  query: RelatedQuery,
): Promise<readonly RelatedMetadataElement[]> {
  const related = await store.getRelatedMetadataElements({
    ...request,
    elementGUID: query.elementGUID as string,
    relationshipTypeName: query.relationshipTypeName,
    startingAtEnd: query.startingAtEnd,
    sequencingOrder: 'CREATION_DATE_RECENT',
    effectiveTime: query.effectiveTime,
  });
  return related?.elementList ?? [];
}
