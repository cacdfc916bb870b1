/**
 * Beans of the IT Infrastructure OMAS itself (its own rest and properties packages), as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */

/** `TemplateProperties`. @public */
export interface ITInfrastructureTemplateProperties {
  /** The unique name. */
  readonly qualifiedName?: string;
  /** The name to show. */
  readonly displayName?: string;
  /** The version identifier of the resource. */
  readonly versionIdentifier?: string;
  /** A description. */
  readonly description?: string;
  /** A file system path name. */
  readonly pathName?: string;
  /** Network address. */
  readonly networkAddress?: string;
}

/** `TemplateRequestBody`. @public */
export interface ITInfrastructureTemplateRequestBody extends ITInfrastructureTemplateProperties {
  /** The GUID of the software capability (metadata source) that owns the element; leave out for the local cohort. */
  readonly externalSourceGUID?: string;
  /** The qualified name of that software capability. */
  readonly externalSourceName?: string;
}
