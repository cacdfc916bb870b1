import {
  ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE,
  AssetManagerExchangeServiceBase,
  ExternalReferenceExchangeClient,
  type AssetManagerExchangeContext,
  type AssetManagerNameOptions,
  type AssetManagerPagingOptions,
  type AssetManagerSearchOptions,
  type ExternalReferenceElement,
  type ExternalReferenceLinkElement,
} from '@egeria-ts/omas-client';
import { typeNameOf } from './element-changes';
import type {
  AttachedExternalReferencesOptions,
  CreateExternalReferenceOptions,
  ExternalReferenceGUIDOptions,
  ExternalReferenceLinkGUIDOptions,
  LinkExternalReferenceOptions,
  UpdateExternalReferenceOptions,
} from './catalog-integrator-options';

const EXTERNAL_REFERENCE = 'ExternalReference';
const EXTERNAL_REFERENCE_LINK = 'ExternalReferenceLink';

/**
 * External references (documents, web pages, other catalogs' entries) and their links to open
 * metadata elements, through the Asset Manager OMAS (Egeria 5.2's `ExternalReferenceExchangeService`
 * of the catalog integrator).
 */
export class ExternalReferenceExchangeService extends AssetManagerExchangeServiceBase {
  readonly #client: ExternalReferenceExchangeClient;

  /** @param context - the catalog integrator context that owns the service */
  constructor(context: AssetManagerExchangeContext) {
    super(context, false);
    this.#client = new ExternalReferenceExchangeClient(
      context.partnerInvoker(ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE),
    );
  }

  /** Creates an external reference. @returns its GUID */
  async createExternalReference(options: CreateExternalReferenceOptions): Promise<string> {
    const o = this.context.requireOptions('createExternalReference', options);
    return this.context.write(
      'createExternalReference',
      (signal) =>
        this.#client.createExternalReference({
          signal,
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          metadataCorrelationProperties: this.correlation(o.externalIdentifierProperties),
          anchorGUID: o.anchorGUID,
          elementProperties: o.externalReferenceProperties,
        }),
      this.created(typeNameOf(o.externalReferenceProperties, EXTERNAL_REFERENCE)),
    );
  }

  /** Updates an external reference. */
  async updateExternalReference(options: UpdateExternalReferenceOptions): Promise<void> {
    const o = this.context.requireOptions('updateExternalReference', options);
    await this.context.write(
      'updateExternalReference',
      (signal) =>
        this.#client.updateExternalReference({
          signal,
          ...this.flags(),
          externalReferenceGUID: o.externalReferenceGUID,
          isMergeUpdate: o.isMergeUpdate ?? false,
          ...this.updateBody(o),
          elementProperties: o.externalReferenceProperties,
        }),
      this.updated(EXTERNAL_REFERENCE, o.externalReferenceGUID),
    );
  }

  /** Removes an external reference. */
  async deleteExternalReference(options: ExternalReferenceGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('deleteExternalReference', options);
    await this.context.write(
      'deleteExternalReference',
      (signal) =>
        this.#client.deleteExternalReference({
          signal,
          ...this.flags(),
          externalReferenceGUID: o.externalReferenceGUID,
          ...this.updateBody(o),
        }),
      this.deleted(EXTERNAL_REFERENCE, o.externalReferenceGUID),
    );
  }

  /** Links an external reference to the element it describes. @returns the link's GUID */
  async linkExternalReferenceToElement(options: LinkExternalReferenceOptions): Promise<string> {
    const o = this.context.requireOptions('linkExternalReferenceToElement', options);
    return this.context.write(
      'linkExternalReferenceToElement',
      (signal) =>
        this.#client.linkExternalReferenceToElement({
          signal,
          ...this.flags(),
          assetManagerIsHome: o.assetManagerIsHome ?? true,
          externalReferenceGUID: o.externalReferenceGUID,
          attachedToGUID: o.attachedToGUID,
          ...this.scope(o),
          elementProperties: o.linkProperties,
        }),
      this.created(EXTERNAL_REFERENCE_LINK),
    );
  }

  /** Removes a link between an external reference and an element. */
  async unlinkExternalReferenceFromElement(options: ExternalReferenceLinkGUIDOptions): Promise<void> {
    const o = this.context.requireOptions('unlinkExternalReferenceFromElement', options);
    await this.context.write(
      'unlinkExternalReferenceFromElement',
      (signal) =>
        this.#client.unlinkExternalReferenceFromElement({
          signal,
          ...this.flags(),
          externalReferenceLinkGUID: o.externalReferenceLinkGUID,
          ...this.scope(o),
        }),
      this.deleted(EXTERNAL_REFERENCE_LINK, o.externalReferenceLinkGUID),
    );
  }

  /** External references whose properties match a search string (one page). */
  async findExternalReferences(options: AssetManagerSearchOptions): Promise<ExternalReferenceElement[]> {
    return this.list('findExternalReferences', options, (request) =>
      this.#client.findExternalReferences({
        ...request,
        ...this.scope(options),
        searchString: options.searchString,
        searchStringParameterName: 'searchString',
      }),
    );
  }

  /** External references with a name (one page). */
  async getExternalReferencesByName(options: AssetManagerNameOptions): Promise<ExternalReferenceElement[]> {
    return this.list('getExternalReferencesByName', options, (request) =>
      this.#client.getExternalReferencesByName({
        ...request,
        ...this.scope(options),
        name: options.name,
        nameParameterName: 'name',
      }),
    );
  }

  /** The external references owned by the asset manager (one page). */
  async getExternalReferencesForAssetManager(
    options: AssetManagerPagingOptions = {},
  ): Promise<ExternalReferenceElement[]> {
    return this.list('getExternalReferencesForAssetManager', options, (request) =>
      this.#client.getExternalReferencesForAssetManager({ ...request, ...this.scope(options) }),
    );
  }

  /** The external references attached to an element, with their links (one page). */
  async retrieveAttachedExternalReferences(
    options: AttachedExternalReferencesOptions,
  ): Promise<ExternalReferenceLinkElement[]> {
    return this.list('retrieveAttachedExternalReferences', options, (request) =>
      this.#client.retrieveAttachedExternalReferences({
        ...request,
        attachedToGUID: options.attachedToGUID,
        ...this.scope(options),
      }),
    );
  }

  /** One external reference, or undefined. */
  async getExternalReferenceByGUID(
    options: ExternalReferenceGUIDOptions,
  ): Promise<ExternalReferenceElement | undefined> {
    return this.one('getExternalReferenceByGUID', options, (o, request) =>
      this.#client.getExternalReferenceByGUID({
        ...request,
        externalReferenceGUID: o.externalReferenceGUID,
        ...this.scope(o),
      }),
    );
  }
}
