/**
 * Decides whether an element should be catalogued, with the semantics of Egeria 5.2's
 * `IntegrationContext.elementShouldBeCatalogued`: a missing name is never catalogued; when an include
 * list is given (even an empty one) only the names on it are catalogued and the exclude list is
 * ignored; otherwise names on the exclude list are skipped; with neither list everything is
 * catalogued. Names are compared exactly (case-sensitive, no patterns).
 * @param elementName - the name of the element
 * @param excludedNames - names to skip; null or undefined means no exclude list
 * @param includedNames - the only names to catalogue; null or undefined means no include list
 */
export function elementShouldBeCatalogued(
  elementName: string | null | undefined,
  excludedNames?: readonly string[] | null,
  includedNames?: readonly string[] | null,
): boolean {
  if (elementName === null || elementName === undefined) return false;
  if (includedNames !== null && includedNames !== undefined) return includedNames.includes(elementName);
  if (excludedNames !== null && excludedNames !== undefined) return !excludedNames.includes(elementName);
  return true;
}
