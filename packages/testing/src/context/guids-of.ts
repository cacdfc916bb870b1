/** The GUIDs of the elements a context call returned, for comparing lists in tests. */

/**
 * The GUIDs of a list of elements, from their element headers, in the list's order (an empty list
 * for `undefined`, such as the absent options of a schema type).
 * @example
 * ```ts
 * expect(guidsOf(await context.findValidValues({ searchString: 'EUR' }))).toEqual([eurGUID]);
 * ```
 * @param elements - the elements, such as one page of a find call
 * @returns each element's GUID (undefined for an element without one)
 */
export function guidsOf(
  elements: ReadonlyArray<{ readonly elementHeader?: { readonly guid?: string } }> | undefined,
): (string | undefined)[] {
  return (elements ?? []).map((element) => element.elementHeader?.guid);
}
