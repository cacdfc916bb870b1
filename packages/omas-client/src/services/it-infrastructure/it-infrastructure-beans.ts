/**
 * Beans of the IT Infrastructure OMAS itself (its own rest and properties packages), as the typed clients send and receive them: one field per
 * public getter of the bean class at commit 19177ef7, named as Jackson names it, every field optional
 * as in Egeria. Enums are the constant names Egeria writes.
 */

/** `TemplateProperties`. @public */
export interface ITInfrastructureTemplateProperties {
  /** Qualified name. */
  readonly qualifiedName?: string;
  /** Display name. */
  readonly displayName?: string;
  /** Version identifier. */
  readonly versionIdentifier?: string;
  /** Description. */
  readonly description?: string;
  /** Path name. */
  readonly pathName?: string;
  /** Network address. */
  readonly networkAddress?: string;
}

/** `TemplateRequestBody`. @public */
export interface ITInfrastructureTemplateRequestBody extends ITInfrastructureTemplateProperties {
  /** External source GUID. */
  readonly externalSourceGUID?: string;
  /** External source name. */
  readonly externalSourceName?: string;
}
