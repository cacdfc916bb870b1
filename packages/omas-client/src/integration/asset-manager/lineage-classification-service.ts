import { OpenMetadataStoreClient } from '../../services/framework/open-metadata-store-client';
import { OPEN_METADATA_STORE_SERVICE } from '../../services/framework/open-metadata-store-operations';
import { AssetManagerExchangeServiceBase, type AssetManagerExchangeContext } from './asset-manager-exchange-base';
import type { ElementGUIDOptions } from './asset-manager-exchange-options';

/** The classifications the lineage classification service sets and removes. @public */
export const LINEAGE_CLASSIFICATION_NAMES = Object.freeze({
  /** An element kept only for lineage: the resource it describes is gone. */
  memento: 'Memento',
  /** An element whose description is not complete yet. */
  incomplete: 'Incomplete',
});

/** The type name the changes are counted under. */
const REFERENCEABLE = 'Referenceable';

/**
 * The Memento and Incomplete classifications of the lineage integrator (Egeria 5.2's
 * `LineageIntegratorContext.addMementoClassification` and friends). Egeria 5.2's Asset Manager client
 * implements these four methods as empty bodies that send nothing; here they set and remove the
 * classification through the open metadata store framework service of the Asset Manager
 * (`classifyMetadataElementInStore` / `declassifyMetadataElementInStore`), on behalf of the asset
 * manager, so the classification belongs to it. Every call goes through the owning context's
 * permitted synchronization guard and is counted as an update of the element.
 * @public
 */
export class LineageClassificationService extends AssetManagerExchangeServiceBase {
  readonly #store: OpenMetadataStoreClient;

  /**
   * @param context - the integration context that owns the service
   * @param forLineage - the initial `forLineage` flag
   */
  constructor(context: AssetManagerExchangeContext, forLineage = true) {
    super(context, forLineage);
    this.#store = new OpenMetadataStoreClient(context.partnerInvoker(OPEN_METADATA_STORE_SERVICE));
  }

  /**
   * Classifies an element as a memento: what it describes is gone, and it is kept for lineage.
   * `externalIdentifier` is accepted as Egeria's signature has it; the open metadata store takes none.
   */
  async addMementoClassification(options: ElementGUIDOptions): Promise<void> {
    return this.#classification('addMementoClassification', LINEAGE_CLASSIFICATION_NAMES.memento, options, true);
  }

  /** Removes the Memento classification. */
  async clearMementoClassification(options: ElementGUIDOptions): Promise<void> {
    return this.#classification('clearMementoClassification', LINEAGE_CLASSIFICATION_NAMES.memento, options, false);
  }

  /** Classifies an element as incomplete: its description is still being filled in. */
  async addIncompleteClassification(options: ElementGUIDOptions): Promise<void> {
    return this.#classification('addIncompleteClassification', LINEAGE_CLASSIFICATION_NAMES.incomplete, options, true);
  }

  /** Removes the Incomplete classification. */
  async clearIncompleteClassification(options: ElementGUIDOptions): Promise<void> {
    return this.#classification(
      'clearIncompleteClassification',
      LINEAGE_CLASSIFICATION_NAMES.incomplete,
      options,
      false,
    );
  }

  /** Sets (`add`) or removes a classification through the open metadata store: an update of the element. */
  async #classification(
    operation: string,
    classificationName: string,
    options: ElementGUIDOptions,
    add: boolean,
  ): Promise<void> {
    const o = this.context.requireOptions(operation, options);
    await this.context.write(
      operation,
      (signal) => {
        const request = {
          signal,
          metadataElementGUID: o.elementGUID,
          classificationName,
          ...this.relationshipSource(o),
          ...this.flags(),
        };
        return add
          ? this.#store.classifyMetadataElementInStore(request)
          : this.#store.declassifyMetadataElementInStore(request);
      },
      this.updated(REFERENCEABLE, o.elementGUID),
    );
  }
}
