import type { DataManagerOutboundEvent } from '../events/omas-events';
import type { TopicListener } from '../events/topic-connector';
import type { RelatedElement, ValidValueElement } from '../services/common/beans/elements';
import { DataManagerValidValuesClient } from '../services/data-manager/valid-values-client';
import { DATA_MANAGER_VALID_VALUES_SERVICE } from '../services/data-manager/valid-values-operations';
import type {
  ContextGUIDOptions,
  ContextNameOptions,
  ContextPagingOptions,
  ContextSearchOptions,
} from './context-options';
import { elementCreated, elementDeleted, elementUpdated, typeNameOr } from './element-changes';
import { OmasIntegrationContext, type ExternalSource } from './omas-integration-context';
import type {
  CreateValidValueOptions,
  ElementValidValueOptions,
  ReferenceValuesOptions,
  SetupReferenceValueTagOptions,
  SetupValidValueMemberOptions,
  SetupValidValuesOptions,
  UpdateValidValueOptions,
  ValidValueGUIDOption,
  ValidValueMemberOptions,
  ValidValuePagingOptions,
  ValidValueSetMembersOptions,
  ValidValuesForConsumerOptions,
} from './valid-value-context-options';

/** Receives the Data Manager OMAS's out-topic events (Egeria's `DataManagerEventListener`). @public */
export type DataManagerEventListener = TopicListener<DataManagerOutboundEvent>;

/** The request fields every write carries: the signal and the metadata source. @public */
export interface SourcedRequest extends ExternalSource {
  /** Cancels the request. */
  readonly signal: AbortSignal;
}

/** The type Egeria 5.2 creates when a valid value's properties name none. */
const VALID_VALUE_SET = 'ValidValuesSet';
const VALID_VALUE = 'ValidValueDefinition';
const REFERENCEABLE = 'Referenceable';

/**
 * The base of the contexts of the integration services whose partner is the Data Manager OMAS:
 * typed out-topic listeners and the valid value operations that Egeria 5.2's database, files,
 * topic and API integrator contexts offer (valid values and sets, set members, the valid values of
 * an element, reference value tags). Every write carries the connector's user id and its metadata
 * source, goes through the permitted synchronization guard and is counted by type in the activity
 * report; reads are refused once the context is disconnected.
 * @public
 */
export class DataManagerValidValuesContext extends OmasIntegrationContext<DataManagerOutboundEvent> {
  #validValuesClient?: DataManagerValidValuesClient;

  /**
   * Registers a listener for the Data Manager OMAS's out-topic events.
   * @param listener - receives each event
   */
  override async registerListener(listener: DataManagerEventListener): Promise<void> {
    await super.registerListener(listener);
  }

  // ---------------------------------------------------------------- valid values

  /** Creates a valid value, or a valid value set (Egeria's default when no `typeName` is given). @returns its GUID */
  async createValidValue(options: CreateValidValueOptions): Promise<string> {
    const o = this.requireOptions('createValidValue', options);
    return this.write(
      'createValidValue',
      (signal) => this.#validValues.createValidValue({ ...this.source(signal), properties: o.validValueProperties }),
      elementCreated(typeNameOr(o.validValueProperties, VALID_VALUE_SET)),
    );
  }

  /** Updates a valid value: merges the properties given, or (the default) replaces them all. */
  async updateValidValue(options: UpdateValidValueOptions): Promise<void> {
    const o = this.requireOptions('updateValidValue', options);
    await this.write(
      'updateValidValue',
      (signal) =>
        this.#validValues.updateValidValue({
          ...this.source(signal),
          validValueGUID: o.validValueGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          properties: o.validValueProperties,
        }),
      elementUpdated(typeNameOr(o.validValueProperties, VALID_VALUE), o.validValueGUID),
    );
  }

  /** Removes a valid value (and its links). */
  async removeValidValue(options: ValidValueGUIDOption): Promise<void> {
    const o = this.requireOptions('removeValidValue', options);
    await this.write(
      'removeValidValue',
      (signal) => this.#validValues.removeValidValue({ ...this.source(signal), validValueGUID: o.validValueGUID }),
      elementDeleted(VALID_VALUE, o.validValueGUID),
    );
  }

  /** Makes a valid value a member of a set (a second call updates the membership). */
  async setupValidValueMember(options: SetupValidValueMemberOptions): Promise<void> {
    const o = this.requireOptions('setupValidValueMember', options);
    await this.write(
      'setupValidValueMember',
      (signal) =>
        this.#validValues.setupValidValueMember({
          ...this.source(signal),
          validValueSetGUID: o.validValueSetGUID,
          validValueMemberGUID: o.validValueMemberGUID,
          properties: o.properties,
        }),
      elementUpdated(VALID_VALUE_SET, o.validValueSetGUID),
    );
  }

  /** Removes a valid value from a set. */
  async clearValidValueMember(options: ValidValueMemberOptions): Promise<void> {
    const o = this.requireOptions('clearValidValueMember', options);
    await this.write(
      'clearValidValueMember',
      (signal) =>
        this.#validValues.clearValidValueMember({
          ...this.source(signal),
          validValueSetGUID: o.validValueSetGUID,
          validValueMemberGUID: o.validValueMemberGUID,
        }),
      elementUpdated(VALID_VALUE_SET, o.validValueSetGUID),
    );
  }

  /** Links an element (such as a schema attribute) to the valid values (usually a set) it may take. */
  async setupValidValues(options: SetupValidValuesOptions): Promise<void> {
    const o = this.requireOptions('setupValidValues', options);
    await this.write(
      'setupValidValues',
      (signal) =>
        this.#validValues.setupValidValues({
          ...this.source(signal),
          elementGUID: o.elementGUID,
          validValueGUID: o.validValueGUID,
          properties: o.properties,
        }),
      elementUpdated(REFERENCEABLE, o.elementGUID),
    );
  }

  /** Unlinks an element from its valid values. */
  async clearValidValues(options: ElementValidValueOptions): Promise<void> {
    await this.#clearLink('clearValidValues', options, (request) => this.#validValues.clearValidValues(request));
  }

  /** Tags an element with a reference value. */
  async setupReferenceValueTag(options: SetupReferenceValueTagOptions): Promise<void> {
    const o = this.requireOptions('setupReferenceValueTag', options);
    await this.write(
      'setupReferenceValueTag',
      (signal) =>
        this.#validValues.setupReferenceValueTag({
          ...this.source(signal),
          elementGUID: o.elementGUID,
          validValueGUID: o.validValueGUID,
          properties: o.properties,
        }),
      elementUpdated(REFERENCEABLE, o.elementGUID),
    );
  }

  /**
   * Removes a reference value tag. Egeria 5.2's server removes the element's valid values link to
   * the value instead (the tag stays), and so does the emulator.
   */
  async clearReferenceValueTag(options: ElementValidValueOptions): Promise<void> {
    await this.#clearLink('clearReferenceValueTag', options, (request) =>
      this.#validValues.clearReferenceValueTag(request),
    );
  }

  /** Valid values whose properties match a search string (one page). */
  async findValidValues(options: ContextSearchOptions): Promise<ValidValueElement[]> {
    return this.readPage('findValidValues', options, (page) =>
      this.#validValues.findValidValues({ ...page, searchString: options.searchString }),
    );
  }

  /** Valid values whose qualified name, display name or preferred value is the name (one page). */
  async getValidValuesByName(options: ContextNameOptions): Promise<ValidValueElement[]> {
    return this.readPage('getValidValuesByName', options, (page) =>
      this.#validValues.getValidValuesByName({ ...page, name: options.name }),
    );
  }

  /** Every valid value and set (one page). */
  async getAllValidValues(options: ContextPagingOptions = {}): Promise<ValidValueElement[]> {
    return this.readPage('getAllValidValues', options, (page) => this.#validValues.getAllValidValues(page));
  }

  /** The members of a valid value set (one page), each with its membership. */
  async getValidValueSetMembers(options: ValidValueSetMembersOptions): Promise<ValidValueElement[]> {
    return this.readPage('getValidValueSetMembers', options, (page) =>
      this.#validValues.getValidValueSetMembers({ ...page, validValueSetGUID: options.validValueSetGUID }),
    );
  }

  /** The sets a valid value belongs to (one page). */
  async getSetsForValidValue(options: ValidValuePagingOptions): Promise<ValidValueElement[]> {
    return this.readPage('getSetsForValidValue', options, (page) =>
      this.#validValues.getSetsForValidValue({ ...page, validValueGUID: options.validValueGUID }),
    );
  }

  /** The valid values (usually a set) an element may take; undefined when it has none. */
  async getValidValuesForConsumer(options: ValidValuesForConsumerOptions): Promise<ValidValueElement | undefined> {
    const o = this.requireOptions('getValidValuesForConsumer', options);
    return this.read('getValidValuesForConsumer', (signal) =>
      this.#validValues.getValidValuesForConsumer({ signal, elementGUID: o.elementGUID }),
    );
  }

  /** The elements linked to a valid value as its consumers (one page; Egeria 5.2 lists only valid values). */
  async getConsumersOfValidValue(options: ValidValuePagingOptions): Promise<RelatedElement[]> {
    return this.readPage('getConsumersOfValidValue', options, (page) =>
      this.#validValues.getConsumersOfValidValue({ ...page, validValueGUID: options.validValueGUID }),
    );
  }

  /** The reference values an element is tagged with (one page). */
  async getReferenceValues(options: ReferenceValuesOptions): Promise<ValidValueElement[]> {
    return this.readPage('getReferenceValues', options, (page) =>
      this.#validValues.getReferenceValues({ ...page, elementGUID: options.elementGUID }),
    );
  }

  /** The elements tagged with a reference value (one page; Egeria 5.2 lists only valid values). */
  async getAssigneesOfReferenceValue(options: ValidValuePagingOptions): Promise<RelatedElement[]> {
    return this.readPage('getAssigneesOfReferenceValue', options, (page) =>
      this.#validValues.getAssigneesOfReferenceValue({ ...page, validValueGUID: options.validValueGUID }),
    );
  }

  /** A valid value by GUID. */
  async getValidValueByGUID(options: ContextGUIDOptions): Promise<ValidValueElement | undefined> {
    const o = this.requireOptions('getValidValueByGUID', options);
    return this.read('getValidValueByGUID', (signal) =>
      this.#validValues.getValidValueByGUID({ signal, guid: o.guid }),
    );
  }

  // ---------------------------------------------------------------- helpers for service contexts

  /** The signal and the metadata source that a write carries. */
  protected source(signal: AbortSignal): SourcedRequest {
    return { ...this.externalSource, signal };
  }

  /**
   * The signal, plus the metadata source when the context's `externalSourceIsHome` is true: what a
   * create sends where Egeria's context lets the connector choose local-cohort ownership.
   */
  protected homeSource(signal: AbortSignal): SourcedRequest {
    return { ...this.creationExternalSource, signal };
  }

  async #clearLink(
    operation: string,
    options: ElementValidValueOptions,
    fn: (request: SourcedRequest & ElementValidValueOptions) => Promise<void>,
  ): Promise<void> {
    const o = this.requireOptions(operation, options);
    await this.write(
      operation,
      (signal) => fn({ ...this.source(signal), elementGUID: o.elementGUID, validValueGUID: o.validValueGUID }),
      elementUpdated(REFERENCEABLE, o.elementGUID),
    );
  }

  get #validValues(): DataManagerValidValuesClient {
    this.#validValuesClient ??= new DataManagerValidValuesClient(
      this.partnerInvoker(DATA_MANAGER_VALID_VALUES_SERVICE),
    );
    return this.#validValuesClient;
  }
}
