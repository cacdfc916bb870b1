import type { ElementStub, SchemaTypeElement, ValidValueSetElement } from '../services/common/beans/elements';
import { DataManagerSchemaClient } from '../services/data-manager/schema-manager-client';
import { DATA_MANAGER_SCHEMA_SERVICE } from '../services/data-manager/schema-manager-operations';
import type {
  ContextGUIDOptions,
  ContextNameOptions,
  ContextSearchOptions,
  ContextTemplateOptions,
} from './context-options';
import { DataManagerValidValuesContext, type SourcedRequest } from './data-manager-valid-values-context';
import { elementCreated, elementDeleted, elementUpdated, typeNameOr } from './element-changes';
import type {
  CreateEnumSchemaTypeOptions,
  CreateLiteralSchemaTypeOptions,
  CreateMapSchemaTypeOptions,
  CreatePrimitiveSchemaTypeOptions,
  CreateSchemaTypeChoiceOptions,
  CreateStructSchemaTypeOptions,
  FindSchemaTypeOptions,
  DataManagerSchemaElementRelationshipOptions,
  SchemaTypeByNameOptions,
  DataManagerSchemaTypeForElementOptions,
  SchemaTypeGUIDOption,
  SetupSchemaElementRelationshipOptions,
  DataManagerUpdateSchemaTypeOptions,
} from './schema-type-context-options';

const SCHEMA_TYPE = 'SchemaType';
const SCHEMA_ELEMENT = 'SchemaElement';

/**
 * The Data Manager contexts with Egeria 5.2's schema type operations (files, topic and API
 * integrators; the display integrator's context inherits them too): primitive, literal, enum,
 * struct, choice and map schema types, from a template, update, remove, the relationships between
 * schema elements (a choice's options, a map's types), look-ups by search string, name, GUID,
 * parent element, the asset or port a schema type belongs to, and the valid value set look-ups.
 * Creates are owned by the metadata source unless `setExternalSourceIsHome(false)`; every write is
 * guarded and counted as in {@link DataManagerValidValuesContext}.
 * @public
 */
export class DataManagerSchemaTypesContext extends DataManagerValidValuesContext {
  #schemaTypesClient?: DataManagerSchemaClient;

  // ---------------------------------------------------------------- creates

  /** Creates a primitive schema type (a single value such as a string or a number). @returns its GUID */
  async createPrimitiveSchemaType(options: CreatePrimitiveSchemaTypeOptions): Promise<string> {
    const o = this.requireOptions('createPrimitiveSchemaType', options);
    return this.#create('createPrimitiveSchemaType', typeNameOr(o.schemaTypeProperties, 'PrimitiveSchemaType'), (r) =>
      this.#schemaTypes.createPrimitiveSchemaType({ ...r, ...o.schemaTypeProperties }),
    );
  }

  /** Creates a literal schema type (a fixed value). @returns its GUID */
  async createLiteralSchemaType(options: CreateLiteralSchemaTypeOptions): Promise<string> {
    const o = this.requireOptions('createLiteralSchemaType', options);
    return this.#create('createLiteralSchemaType', typeNameOr(o.schemaTypeProperties, 'LiteralSchemaType'), (r) =>
      this.#schemaTypes.createLiteralSchemaType({ ...r, ...o.schemaTypeProperties }),
    );
  }

  /** Creates an enum schema type whose values come from a valid value set. @returns its GUID */
  async createEnumSchemaType(options: CreateEnumSchemaTypeOptions): Promise<string> {
    const o = this.requireOptions('createEnumSchemaType', options);
    return this.#create('createEnumSchemaType', typeNameOr(o.schemaTypeProperties, 'EnumSchemaType'), (r) =>
      this.#schemaTypes.createEnumSchemaType({
        ...r,
        ...o.schemaTypeProperties,
        validValuesSetGUID: o.validValuesSetGUID,
      }),
    );
  }

  /** Creates a struct schema type (a set of attributes: add them with `createSchemaAttribute`). @returns its GUID */
  async createStructSchemaType(options: CreateStructSchemaTypeOptions): Promise<string> {
    const o = this.requireOptions('createStructSchemaType', options);
    return this.#create('createStructSchemaType', typeNameOr(o.schemaTypeProperties, 'StructSchemaType'), (r) =>
      this.#schemaTypes.createStructSchemaType({ ...r, ...o.schemaTypeProperties }),
    );
  }

  /** Creates a schema type choice (one of several schema types). @returns its GUID */
  async createSchemaTypeChoice(options: CreateSchemaTypeChoiceOptions): Promise<string> {
    const o = this.requireOptions('createSchemaTypeChoice', options);
    return this.#create('createSchemaTypeChoice', typeNameOr(o.schemaTypeProperties, 'SchemaTypeChoice'), (r) =>
      this.#schemaTypes.createSchemaTypeChoice({
        ...r,
        ...o.schemaTypeProperties,
        schemaTypeOptionGUIDs: o.schemaTypeOptionGUIDs,
      }),
    );
  }

  /**
   * Creates a map schema type. Egeria 5.2 creates it as a `SchemaTypeChoice` without its map-from
   * and map-to links (counted as such); link them with `setupSchemaElementRelationship`.
   * @returns its GUID
   */
  async createMapSchemaType(options: CreateMapSchemaTypeOptions): Promise<string> {
    const o = this.requireOptions('createMapSchemaType', options);
    return this.#create('createMapSchemaType', typeNameOr(o.schemaTypeProperties, 'SchemaTypeChoice'), (r) =>
      this.#schemaTypes.createMapSchemaType({
        ...r,
        ...o.schemaTypeProperties,
        mapFromSchemaTypeGUID: o.mapFromSchemaTypeGUID,
        mapToSchemaTypeGUID: o.mapToSchemaTypeGUID,
      }),
    );
  }

  /** Creates a schema type by copying a template. @returns its GUID */
  async createSchemaTypeFromTemplate(options: ContextTemplateOptions): Promise<string> {
    const o = this.requireOptions('createSchemaTypeFromTemplate', options);
    return this.#create('createSchemaTypeFromTemplate', SCHEMA_TYPE, (r) =>
      this.#schemaTypes.createSchemaTypeFromTemplate({ ...r, ...o.templateProperties, templateGUID: o.templateGUID }),
    );
  }

  // ---------------------------------------------------------------- updates and removals

  /** Updates a schema type: merges the properties given, or (the default) replaces them all. */
  async updateSchemaType(options: DataManagerUpdateSchemaTypeOptions): Promise<void> {
    const o = this.requireOptions('updateSchemaType', options);
    await this.write(
      'updateSchemaType',
      (signal) =>
        this.#schemaTypes.updateSchemaType({
          ...this.source(signal),
          ...o.schemaTypeProperties,
          schemaTypeGUID: o.schemaTypeGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
        }),
      elementUpdated(typeNameOr(o.schemaTypeProperties, SCHEMA_TYPE), o.schemaTypeGUID),
    );
  }

  /** Removes a schema type with the attributes below it. */
  async removeSchemaType(options: SchemaTypeGUIDOption): Promise<void> {
    const o = this.requireOptions('removeSchemaType', options);
    await this.write(
      'removeSchemaType',
      (signal) => this.#schemaTypes.removeSchemaType({ ...this.source(signal), schemaTypeGUID: o.schemaTypeGUID }),
      elementDeleted(SCHEMA_TYPE, o.schemaTypeGUID),
    );
  }

  /**
   * Links two schema elements, such as a choice and one of its options (`SchemaTypeOption`) or a
   * map and its key type (`MapFromElementType`); linking them again updates the relationship.
   */
  async setupSchemaElementRelationship(options: SetupSchemaElementRelationshipOptions): Promise<void> {
    const o = this.requireOptions('setupSchemaElementRelationship', options);
    await this.write(
      'setupSchemaElementRelationship',
      (signal) =>
        this.#schemaTypes.setupSchemaElementRelationship({
          ...this.source(signal),
          endOneGUID: o.endOneGUID,
          endTwoGUID: o.endTwoGUID,
          relationshipTypeName: o.relationshipTypeName,
          properties: o.properties,
        }),
      elementUpdated(SCHEMA_ELEMENT, o.endOneGUID),
    );
  }

  /** Removes the relationship of a type between two schema elements. */
  async clearSchemaElementRelationship(options: DataManagerSchemaElementRelationshipOptions): Promise<void> {
    const o = this.requireOptions('clearSchemaElementRelationship', options);
    await this.write(
      'clearSchemaElementRelationship',
      (signal) =>
        this.#schemaTypes.clearSchemaElementRelationship({
          ...this.source(signal),
          endOneGUID: o.endOneGUID,
          endTwoGUID: o.endTwoGUID,
          relationshipTypeName: o.relationshipTypeName,
        }),
      elementUpdated(SCHEMA_ELEMENT, o.endOneGUID),
    );
  }

  // ---------------------------------------------------------------- reads

  /** Schema types (of a type, default all) whose properties match a search string (one page). */
  async findSchemaType(options: FindSchemaTypeOptions): Promise<SchemaTypeElement[]> {
    return this.readPage('findSchemaType', options, (page) =>
      this.#schemaTypes.findSchemaType({
        ...page,
        typeName: options.typeName ?? SCHEMA_TYPE,
        searchString: options.searchString,
      }),
    );
  }

  /** Schema types (of a type, default all) whose qualified name or display name is the name (one page). */
  async getSchemaTypeByName(options: SchemaTypeByNameOptions): Promise<SchemaTypeElement[]> {
    return this.readPage('getSchemaTypeByName', options, (page) =>
      this.#schemaTypes.getSchemaTypeByName({ ...page, typeName: options.typeName ?? SCHEMA_TYPE, name: options.name }),
    );
  }

  /** A schema type by GUID. */
  async getSchemaTypeByGUID(options: ContextGUIDOptions): Promise<SchemaTypeElement | undefined> {
    const o = this.requireOptions('getSchemaTypeByGUID', options);
    return this.read('getSchemaTypeByGUID', (signal) =>
      this.#schemaTypes.getSchemaTypeByGUID({ signal, schemaTypeGUID: o.guid }),
    );
  }

  /** The schema type of an element (such as a topic's event type list or a file's schema); undefined when it has none. */
  async getSchemaTypeForElement(
    options: DataManagerSchemaTypeForElementOptions,
  ): Promise<SchemaTypeElement | undefined> {
    const o = this.requireOptions('getSchemaTypeForElement', options);
    return this.read('getSchemaTypeForElement', (signal) =>
      this.#schemaTypes.getSchemaTypeForElement({
        signal,
        parentElementGUID: o.parentElementGUID,
        parentElementTypeName: o.parentElementTypeName,
      }),
    );
  }

  /** The asset (or else the port) a schema type belongs to; undefined when it belongs to none. */
  async getSchemaTypeParent(options: SchemaTypeGUIDOption): Promise<ElementStub | undefined> {
    const o = this.requireOptions('getSchemaTypeParent', options);
    return this.read('getSchemaTypeParent', (signal) =>
      this.#schemaTypes.getSchemaTypeParent({ signal, schemaTypeGUID: o.schemaTypeGUID }),
    );
  }

  /** Valid value sets (in Egeria 5.2: any valid value) whose qualified name, display name or preferred value is the name (one page). */
  async getValidValueSetByName(options: ContextNameOptions): Promise<ValidValueSetElement[]> {
    return this.readPage('getValidValueSetByName', options, (page) =>
      this.#schemaTypes.getValidValueSetByName({ ...page, name: options.name }),
    );
  }

  /** Valid value sets (in Egeria 5.2: any valid value) whose properties match a search string (one page). */
  async findValidValueSet(options: ContextSearchOptions): Promise<ValidValueSetElement[]> {
    return this.readPage('findValidValueSet', options, (page) =>
      this.#schemaTypes.findValidValueSet({ ...page, searchString: options.searchString }),
    );
  }

  // ---------------------------------------------------------------- helpers

  /** A create: owned by the metadata source when it is home, counted under `typeName`. */
  #create(operation: string, typeName: string, fn: (request: SourcedRequest) => Promise<string>): Promise<string> {
    return this.write(operation, (signal) => fn(this.homeSource(signal)), elementCreated(typeName));
  }

  get #schemaTypes(): DataManagerSchemaClient {
    this.#schemaTypesClient ??= new DataManagerSchemaClient(this.partnerInvoker(DATA_MANAGER_SCHEMA_SERVICE));
    return this.#schemaTypesClient;
  }
}
