/**
 * The qualified names the receiver gives what it catalogs. OpenLineage identifies jobs and data
 * sets by a namespace and a name, each unique within its namespace.
 */

/** The prefix of a job's process qualified name. */
export const JOB_QUALIFIED_NAME_PREFIX = 'OpenLineageJob';

/** The prefix of a data set's qualified name. */
export const DATA_SET_QUALIFIED_NAME_PREFIX = 'OpenLineageDataSet';

/** What separates the parts of a qualified name (OpenLineage namespaces often hold `:` and `/`). */
export const QUALIFIED_NAME_SEPARATOR = '::';

// `scheme://user:password@host` or `scheme://user@host`: the user information goes.
const URL_USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i;

/**
 * A namespace as the receiver records it: trimmed, with any user information of a URL
 * (`postgres://user:password@db:5432`) removed, since the OpenLineage naming rules keep
 * credentials out of namespaces and the catalog must never hold them.
 * @param namespace - the namespace as sent
 */
export function cleanNamespace(namespace: string): string {
  return namespace.trim().replace(URL_USERINFO, '$1');
}

/**
 * The qualified name of the process that stands for an OpenLineage job:
 * `OpenLineageJob::<namespace>::<name>`.
 * @param namespace - the job's namespace (credentials are removed)
 * @param name - the job's name
 */
export function jobQualifiedName(namespace: string, name: string): string {
  return [JOB_QUALIFIED_NAME_PREFIX, cleanNamespace(namespace), name.trim()].join(QUALIFIED_NAME_SEPARATOR);
}

/**
 * The qualified name of the data asset that stands for an OpenLineage data set:
 * `OpenLineageDataSet::<namespace>::<name>`.
 * @param namespace - the data set's namespace (credentials are removed)
 * @param name - the data set's name
 */
export function dataSetQualifiedName(namespace: string, name: string): string {
  return [DATA_SET_QUALIFIED_NAME_PREFIX, cleanNamespace(namespace), name.trim()].join(QUALIFIED_NAME_SEPARATOR);
}
