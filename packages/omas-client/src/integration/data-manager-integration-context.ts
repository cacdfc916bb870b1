import type { SchemaAttributeElement } from '../services/common/beans/elements';
import { DataManagerSchemaClient } from '../services/data-manager/schema-manager-client';
import { DATA_MANAGER_SCHEMA_SERVICE } from '../services/data-manager/schema-manager-operations';
import type {
  ContextGUIDOptions,
  ContextNameOptions,
  ContextPagingOptions,
  ContextSearchOptions,
  CreateSchemaAttributeFromTemplateOptions,
  CreateSchemaAttributeOptions,
  FindSchemaAttributesOptions,
  NestedAttributesOptions,
  SchemaAttributeGUIDOption,
  SchemaAttributesByNameOptions,
  SetupSchemaTypeOptions,
  UpdateSchemaAttributeOptions,
} from './context-options';
import { DataManagerSchemaTypesContext } from './data-manager-schema-types-context';
import type { SourcedRequest } from './data-manager-valid-values-context';
import { elementCreated, elementDeleted, elementUpdated, typeNameOr } from './element-changes';
import type { CheckedPaging } from './omas-integration-context';

const SCHEMA_ATTRIBUTE = 'SchemaAttribute';

/** One page of a list call and the signal to pass with it. @public */
export type PageRequest = CheckedPaging & {
  /** Cancels the request. */
  readonly signal: AbortSignal;
};

/** The metadata source of a context that has one (both its GUID and its qualified name). @public */
export interface KnownMetadataSource {
  /** The metadata source's GUID. */
  readonly externalSourceGUID: string;
  /** The metadata source's qualified name. */
  readonly externalSourceName: string;
}

/**
 * The base of the contexts of the integration services whose partner is the Data Manager OMAS and
 * whose Egeria 5.2 context offers the schema element operations (files, topic, API and display
 * integrators): the schema attribute operations (the attributes of event types, API parameters and
 * data fields) on top of the schema type and valid value operations it inherits.
 * Every write carries the connector's user id and its metadata source, goes through the permitted
 * synchronization guard and is counted by type in the activity report.
 * @public
 */
export class DataManagerIntegrationContext extends DataManagerSchemaTypesContext {
  #schemaClient?: DataManagerSchemaClient;

  // ---------------------------------------------------------------- schema attributes

  /**
   * Creates a schema attribute in a schema type (such as an event type) or in another schema
   * attribute. @returns its GUID
   */
  async createSchemaAttribute(options: CreateSchemaAttributeOptions): Promise<string> {
    const o = this.requireOptions('createSchemaAttribute', options);
    return this.write(
      'createSchemaAttribute',
      (signal) =>
        this.#schemas.createSchemaAttribute({
          ...this.homeSource(signal),
          ...o.schemaAttributeProperties,
          schemaElementGUID: o.schemaElementGUID,
        }),
      elementCreated(typeNameOr(o.schemaAttributeProperties, SCHEMA_ATTRIBUTE)),
    );
  }

  /** Creates a schema attribute by copying a template. @returns its GUID */
  async createSchemaAttributeFromTemplate(options: CreateSchemaAttributeFromTemplateOptions): Promise<string> {
    const o = this.requireOptions('createSchemaAttributeFromTemplate', options);
    return this.write(
      'createSchemaAttributeFromTemplate',
      (signal) =>
        this.#schemas.createSchemaAttributeFromTemplate({
          ...this.homeSource(signal),
          ...o.templateProperties,
          templateGUID: o.templateGUID,
          schemaElementGUID: o.schemaElementGUID,
        }),
      elementCreated(SCHEMA_ATTRIBUTE),
    );
  }

  /** Links a schema type to a schema attribute (the attribute's type). */
  async setupSchemaType(options: SetupSchemaTypeOptions): Promise<void> {
    const o = this.requireOptions('setupSchemaType', options);
    await this.write(
      'setupSchemaType',
      (signal) =>
        this.#schemas.setupSchemaType({
          ...this.homeSource(signal),
          relationshipTypeName: o.relationshipTypeName,
          schemaAttributeGUID: o.schemaAttributeGUID,
          schemaTypeGUID: o.schemaTypeGUID,
        }),
      elementUpdated(SCHEMA_ATTRIBUTE, o.schemaAttributeGUID),
    );
  }

  /** Unlinks the schema types of a schema attribute. */
  async clearSchemaTypes(options: SchemaAttributeGUIDOption): Promise<void> {
    const o = this.requireOptions('clearSchemaTypes', options);
    await this.write(
      'clearSchemaTypes',
      (signal) =>
        this.#schemas.clearSchemaTypes({ ...this.source(signal), schemaAttributeGUID: o.schemaAttributeGUID }),
      elementUpdated(SCHEMA_ATTRIBUTE, o.schemaAttributeGUID),
    );
  }

  /** Updates a schema attribute: merges the properties given, or (the default) replaces them all. */
  async updateSchemaAttribute(options: UpdateSchemaAttributeOptions): Promise<void> {
    const o = this.requireOptions('updateSchemaAttribute', options);
    await this.write(
      'updateSchemaAttribute',
      (signal) =>
        this.#schemas.updateSchemaAttribute({
          ...this.source(signal),
          ...o.schemaAttributeProperties,
          schemaAttributeGUID: o.schemaAttributeGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(typeNameOr(o.schemaAttributeProperties, SCHEMA_ATTRIBUTE), o.schemaAttributeGUID),
    );
  }

  /** Removes a schema attribute and what is anchored to it. */
  async removeSchemaAttribute(options: SchemaAttributeGUIDOption): Promise<void> {
    const o = this.requireOptions('removeSchemaAttribute', options);
    await this.write(
      'removeSchemaAttribute',
      (signal) =>
        this.#schemas.removeSchemaAttribute({ ...this.source(signal), schemaAttributeGUID: o.schemaAttributeGUID }),
      elementDeleted(SCHEMA_ATTRIBUTE, o.schemaAttributeGUID),
    );
  }

  /** Schema attributes (of a type, default all) whose properties match a search string (one page). */
  async findSchemaAttributes(options: FindSchemaAttributesOptions): Promise<SchemaAttributeElement[]> {
    return this.readPage('findSchemaAttributes', options, (page) =>
      this.#schemas.findSchemaAttributes({
        ...page,
        typeName: options.typeName ?? SCHEMA_ATTRIBUTE,
        searchString: options.searchString,
      }),
    );
  }

  /** The attributes of a schema type or schema attribute (one page), such as the attributes of an event type. */
  async getNestedAttributes(options: NestedAttributesOptions): Promise<SchemaAttributeElement[]> {
    return this.readPage('getNestedAttributes', options, (page) =>
      this.#schemas.getNestedAttributes({ ...page, parentSchemaElementGUID: options.parentSchemaElementGUID }),
    );
  }

  /** Schema attributes (of a type, default all) with a name (one page). */
  async getSchemaAttributesByName(options: SchemaAttributesByNameOptions): Promise<SchemaAttributeElement[]> {
    return this.readPage('getSchemaAttributesByName', options, (page) =>
      this.#schemas.getSchemaAttributesByName({
        ...page,
        typeName: options.typeName ?? SCHEMA_ATTRIBUTE,
        name: options.name,
      }),
    );
  }

  /** A schema attribute by GUID. */
  async getSchemaAttributeByGUID(options: ContextGUIDOptions): Promise<SchemaAttributeElement | undefined> {
    const o = this.requireOptions('getSchemaAttributeByGUID', options);
    return this.read('getSchemaAttributeByGUID', (signal) =>
      this.#schemas.getSchemaAttributeByGUID({ signal, schemaAttributeGUID: o.guid }),
    );
  }

  // ---------------------------------------------------------------- helpers for service contexts

  /**
   * Reads one page of a search: `fn` gets the page, the signal and the caller's `searchString`.
   * @param operation - the operation's name, for errors
   * @param options - the caller's search options
   * @param fn - sends the request
   */
  protected async readSearchPage<T>(
    operation: string,
    options: ContextSearchOptions,
    fn: (request: PageRequest & { readonly searchString: string }) => Promise<T[]>,
  ): Promise<T[]> {
    return this.readPage(operation, options, (page) => fn({ ...page, searchString: options.searchString }));
  }

  /**
   * Reads one page of a name lookup: `fn` gets the page, the signal and the caller's `name`.
   * @param operation - the operation's name, for errors
   * @param options - the caller's name options
   * @param fn - sends the request
   */
  protected async readNamePage<T>(
    operation: string,
    options: ContextNameOptions,
    fn: (request: PageRequest & { readonly name: string }) => Promise<T[]>,
  ): Promise<T[]> {
    return this.readPage(operation, options, (page) => fn({ ...page, name: options.name }));
  }

  /**
   * Reads one page of the elements of the connector's metadata source (the application, event
   * broker...): an empty page, without a call, when the context has no metadata source.
   * @param operation - the operation's name, for errors
   * @param options - the caller's paging options
   * @param fn - sends the request with the metadata source's GUID and qualified name
   */
  protected async readMetadataSourcePage<T>(
    operation: string,
    options: ContextPagingOptions,
    fn: (page: PageRequest, source: KnownMetadataSource) => Promise<T[]>,
  ): Promise<T[]> {
    const { externalSourceGUID, externalSourceName } = this.externalSource;
    return this.readPage(operation, options, async (page) =>
      externalSourceGUID === undefined || externalSourceName === undefined
        ? []
        : fn(page, { externalSourceGUID, externalSourceName }),
    );
  }

  /**
   * Reads one element by GUID: checks the options, then `fn` gets the caller's `guid` and the signal.
   * @param operation - the operation's name, for errors
   * @param options - the caller's GUID options
   * @param fn - sends the request
   */
  protected async readByGUID<T>(
    operation: string,
    options: ContextGUIDOptions,
    fn: (guid: string, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const o = this.requireOptions(operation, options);
    return this.read(operation, (signal) => fn(o.guid, signal));
  }

  /**
   * Publishes or withdraws an element (its zones change): a write, without the metadata source,
   * counted as an update of the element. `fn` gets the signal and the GUID under `guidName`.
   * @param operation - the operation's name, for errors and the activity report
   * @param typeName - the type the change is counted under
   * @param guidName - the name of the GUID field, in the options and in the request
   * @param options - the caller's options, carrying the element's GUID
   * @param fn - sends the request
   */
  protected async writeVisibility<K extends string>(
    operation: string,
    typeName: string,
    guidName: K,
    options: Readonly<Record<K, string>>,
    fn: (request: { readonly signal: AbortSignal } & Readonly<Record<K, string>>) => Promise<void>,
  ): Promise<void> {
    const guid = this.requireOptions(operation, options)[guidName];
    await this.write(
      operation,
      (signal) => fn({ signal, [guidName]: guid } as { readonly signal: AbortSignal } & Readonly<Record<K, string>>),
      elementUpdated(typeName, guid),
    );
  }

  /**
   * Removes an element named by its GUID and qualified name (Egeria's request path carries both):
   * a write with the metadata source, counted as a delete. `fn` gets the signal, the metadata source,
   * the GUID under `guidName` and the `qualifiedName`.
   * @param operation - the operation's name, for errors and the activity report
   * @param typeName - the type the change is counted under
   * @param guidName - the name of the GUID field, in the options and in the request
   * @param options - the caller's options, carrying the element's GUID and qualified name
   * @param fn - sends the request
   */
  protected async writeRemoval<K extends string>(
    operation: string,
    typeName: string,
    guidName: K,
    options: Readonly<Record<K, string>> & { readonly qualifiedName: string },
    fn: (request: SourcedRequest & Readonly<Record<K, string>> & { readonly qualifiedName: string }) => Promise<void>,
  ): Promise<void> {
    const o = this.requireOptions(operation, options);
    const guid = o[guidName];
    await this.write(
      operation,
      (signal) =>
        fn({ ...this.source(signal), [guidName]: guid, qualifiedName: o.qualifiedName } as SourcedRequest &
          Readonly<Record<K, string>> & { readonly qualifiedName: string }),
      elementDeleted(typeName, guid),
    );
  }

  get #schemas(): DataManagerSchemaClient {
    this.#schemaClient ??= new DataManagerSchemaClient(this.partnerInvoker(DATA_MANAGER_SCHEMA_SERVICE));
    return this.#schemaClient;
  }
}
