/**
 * Asset Manager OMAS: stewardship (StewardshipExchangeResource): the typed client.
 */
import type { AssetManagerEffectiveTimeQueryRequestBody, GlossaryTermElement } from './asset-manager-beans';
import type {
  AssetManagerAssetElement,
  AssetManagerClassificationRequestBody,
  AssetManagerGovernanceDefinitionElement,
  FindByPropertiesRequestBody,
} from './stewardship-beans';
import type { ClassificationProperties, RelationshipProperties } from '../common/beans/core-properties';
import type { ElementStub } from '../common/beans/elements';
import type { RelationshipRequestBody } from '../common/beans/request-bodies';
import type {
  AssetOriginProperties,
  DataFieldValuesProperties,
  GovernanceClassificationProperties,
  OwnerProperties,
  RetentionClassificationProperties,
  SecurityTagsProperties,
  SemanticAssignmentProperties,
  SubjectAreaClassificationProperties,
} from '../common/beans/stewardship-properties';
import type { OperationDefinition } from '../../operations/operation-definition';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { ASSET_MANAGER_STEWARDSHIP_SERVICE } from './stewardship-exchange-operations';

const ops = ASSET_MANAGER_STEWARDSHIP_SERVICE.operations;

/** The `forLineage` / `forDuplicateProcessing` query flags of a stewardship call. @public */
export interface StewardshipFlagsOption {
  /** Include elements with the Memento classification. */
  readonly forLineage?: boolean;
  /** Switch off the merging of duplicates. */
  readonly forDuplicateProcessing?: boolean;
}

/**
 * The options of a call that sets a classification on the element named by the path value `Key`.
 * @public
 */
export type SetClassificationOptions<Key extends string, P extends ClassificationProperties> = OmasCallOptions &
  Readonly<Record<Key, string>> &
  StewardshipFlagsOption &
  Omit<AssetManagerClassificationRequestBody, 'properties'> & {
    /** The classification's properties (their `class` is filled in when absent). */
    readonly properties?: P;
  };

/** The options of a call that clears a classification from the element named by the path value `Key`. @public */
export type ClearClassificationOptions<Key extends string> = OmasCallOptions &
  Readonly<Record<Key, string>> &
  StewardshipFlagsOption &
  Omit<AssetManagerClassificationRequestBody, 'properties'>;

/** Options of the set-up of a relationship between the element and the other end named by `Key`. @public */
export type StewardshipLinkOptions<Key extends string, P> = OmasCallOptions &
  Readonly<Record<'elementGUID' | Key, string>> &
  StewardshipFlagsOption &
  Omit<RelationshipRequestBody, 'properties'> & {
    /** The relationship's properties (their `class` is filled in when absent). */
    readonly properties?: P;
  };

/** Options of the removal of a relationship between the element and the other end named by `Key`. @public */
export type StewardshipUnlinkOptions<Key extends string> = OmasCallOptions &
  Readonly<Record<'elementGUID' | Key, string>> &
  StewardshipFlagsOption &
  AssetManagerEffectiveTimeQueryRequestBody;

/** Options of a paged stewardship list below one element (or none). @public */
export type StewardshipListOptions<Key extends string, Body> = OmasPagingOptions &
  Readonly<Record<Key, string>> &
  StewardshipFlagsOption &
  Body;

/** A row sent with the caller's options (and the `class` of their nested `properties`, when given). */
function sender<Options extends OmasCallOptions>(
  invoker: () => OperationInvoker,
  operation: OperationDefinition,
  propertiesClass?: string,
): (options: Options) => Promise<void> {
  const shape = propertiesClass === undefined ? {} : { nested: { properties: propertiesClass } };
  return async (options) => {
    await send(invoker(), operation, options, shape);
  };
}

function setter<Key extends string, P extends ClassificationProperties>(
  invoker: () => OperationInvoker,
  operation: OperationDefinition,
  propertiesClass: string,
): (options: SetClassificationOptions<Key, P>) => Promise<void> {
  return sender(invoker, operation, propertiesClass);
}

function clearer<Key extends string>(
  invoker: () => OperationInvoker,
  operation: OperationDefinition,
): (options: ClearClassificationOptions<Key>) => Promise<void> {
  return sender(invoker, operation);
}

/** The options of a list: optional when no path value names the element. */
type ListArguments<Key extends string, Body> = [Key] extends [never]
  ? [options?: StewardshipListOptions<Key, Body>]
  : [options: StewardshipListOptions<Key, Body>];

function lister<Element, Key extends string, Body>(
  invoker: () => OperationInvoker,
  operation: OperationDefinition,
  propertiesClass?: string,
) {
  const shape = propertiesClass === undefined ? {} : { nested: { properties: propertiesClass } };
  return {
    page: async (...[options]: ListArguments<Key, Body>): Promise<Element[]> =>
      sendPage<Element>(invoker(), operation, options ?? {}, shape),
    iterate: (...[options]: ListArguments<Key, Body>): AsyncIterableIterator<Element> =>
      iteratePages<Element>(invoker(), operation, options ?? {}, shape),
  };
}

/**
 * Asset Manager OMAS: stewardship (StewardshipExchangeResource): governance classifications,
 * semantic assignments and governed-by links, as Egeria 5.2's `StewardshipExchangeClient` sends
 * them. Each method sends one row of {@link ASSET_MANAGER_STEWARDSHIP_SERVICE} through an
 * {@link OperationInvoker} (such as an `OmasRestClient` for that table). Options carry the path
 * values, the query values and the fields of the request bean, under Egeria's names.
 * @public
 */
export class StewardshipExchangeClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `ASSET_MANAGER_STEWARDSHIP_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  readonly #invoker = (): OperationInvoker => this.invoker;
  readonly #dataFields = lister<ElementStub, never, FindByPropertiesRequestBody>(
    this.#invoker,
    ops.getDataFieldClassifiedElements,
    'DataFieldQueryProperties',
  );
  readonly #origins = lister<AssetManagerAssetElement, never, FindByPropertiesRequestBody>(
    this.#invoker,
    ops.getAssetsByOrigin,
    'FindAssetOriginProperties',
  );
  readonly #meanings = lister<GlossaryTermElement, 'elementGUID', AssetManagerEffectiveTimeQueryRequestBody>(
    this.#invoker,
    ops.getMeanings,
  );
  readonly #governedBy = lister<
    AssetManagerGovernanceDefinitionElement,
    'elementGUID',
    AssetManagerEffectiveTimeQueryRequestBody
  >(this.#invoker, ops.getGovernedByDefinitions);

  /** Classifies an element as a data field, with what its values look like (`POST /elements/{elementGUID}/data-field`). */
  readonly setElementAsDataField = setter<'elementGUID', DataFieldValuesProperties>(
    this.#invoker,
    ops.setElementAsDataField,
    'DataFieldValuesProperties',
  );

  /** Removes the data field classification (`POST /elements/{elementGUID}/data-field/remove`). */
  readonly clearElementAsDataField = clearer<'elementGUID'>(this.#invoker, ops.clearElementAsDataField);

  /** Sets the confidence classification (`POST /elements/{elementGUID}/confidence`). */
  readonly setConfidenceClassification = setter<'elementGUID', GovernanceClassificationProperties>(
    this.#invoker,
    ops.setConfidenceClassification,
    'GovernanceClassificationProperties',
  );

  /** Removes the confidence classification (`POST /elements/{elementGUID}/confidence/remove`). */
  readonly clearConfidenceClassification = clearer<'elementGUID'>(this.#invoker, ops.clearConfidenceClassification);

  /** Sets the criticality classification (`POST /elements/{elementGUID}/criticality`). */
  readonly setCriticalityClassification = setter<'elementGUID', GovernanceClassificationProperties>(
    this.#invoker,
    ops.setCriticalityClassification,
    'GovernanceClassificationProperties',
  );

  /** Removes the criticality classification (`POST /elements/{elementGUID}/criticality/remove`). */
  readonly clearCriticalityClassification = clearer<'elementGUID'>(this.#invoker, ops.clearCriticalityClassification);

  /** Sets the confidentiality classification (`POST /elements/{elementGUID}/confidentiality`). */
  readonly setConfidentialityClassification = setter<'elementGUID', GovernanceClassificationProperties>(
    this.#invoker,
    ops.setConfidentialityClassification,
    'GovernanceClassificationProperties',
  );

  /** Removes the confidentiality classification (`POST /elements/{elementGUID}/confidentiality/remove`). */
  readonly clearConfidentialityClassification = clearer<'elementGUID'>(
    this.#invoker,
    ops.clearConfidentialityClassification,
  );

  /** Sets the retention classification (`POST /elements/{elementGUID}/retention`). */
  readonly setRetentionClassification = setter<'elementGUID', RetentionClassificationProperties>(
    this.#invoker,
    ops.setRetentionClassification,
    'RetentionClassificationProperties',
  );

  /** Removes the retention classification (`POST /elements/{elementGUID}/retention/remove`). */
  readonly clearRetentionClassification = clearer<'elementGUID'>(this.#invoker, ops.clearRetentionClassification);

  /** Adds or replaces the security tags (`POST /elements/{elementGUID}/security-tags`). */
  readonly addSecurityTags = setter<'elementGUID', SecurityTagsProperties>(
    this.#invoker,
    ops.addSecurityTags,
    'SecurityTagsProperties',
  );

  /** Removes the security tags (`POST /elements/{elementGUID}/security-tags/remove`). */
  readonly clearSecurityTags = clearer<'elementGUID'>(this.#invoker, ops.clearSecurityTags);

  /** Adds or replaces the ownership classification (`POST /elements/{elementGUID}/ownership`). */
  readonly addOwnership = setter<'elementGUID', OwnerProperties>(this.#invoker, ops.addOwnership, 'OwnerProperties');

  /** Removes the ownership classification (`POST /elements/{elementGUID}/ownership/remove`). */
  readonly clearOwnership = clearer<'elementGUID'>(this.#invoker, ops.clearOwnership);

  /** Adds or replaces the origin of an asset (`POST /assets/{assetGUID}/origin`). */
  readonly addAssetOrigin = setter<'assetGUID', AssetOriginProperties>(
    this.#invoker,
    ops.addAssetOrigin,
    'AssetOriginProperties',
  );

  /** Removes the origin of an asset (`POST /assets/{assetGUID}/origin/remove`). */
  readonly clearAssetOrigin = clearer<'assetGUID'>(this.#invoker, ops.clearAssetOrigin);

  /** Makes an element a member of a subject area (`POST /elements/{elementGUID}/subject-area-member`). */
  readonly addElementToSubjectArea = setter<'elementGUID', SubjectAreaClassificationProperties>(
    this.#invoker,
    ops.addElementToSubjectArea,
    'SubjectAreaClassificationProperties',
  );

  /** Removes an element from its subject area (`POST /elements/{elementGUID}/subject-area-member/remove`). */
  readonly removeElementFromSubjectArea = clearer<'elementGUID'>(this.#invoker, ops.removeElementFromSubjectArea);

  /** Returns one page of the elements classified as data fields (`POST /elements/by-data-field`). */
  readonly getDataFieldClassifiedElements = this.#dataFields.page;

  /** Iterates over every element getDataFieldClassifiedElements returns, page by page from `startFrom`. */
  readonly getDataFieldClassifiedElementsIterator = this.#dataFields.iterate;

  /** Returns one page of the assets with an origin (`POST /asset/by-origin`, the server's path). */
  readonly getAssetsByOrigin = this.#origins.page;

  /** Iterates over every asset getAssetsByOrigin returns, page by page from `startFrom`. */
  readonly getAssetsByOriginIterator = this.#origins.iterate;

  /** Links an element to the glossary term that describes it (`POST /elements/{elementGUID}/semantic-assignment/terms/{glossaryTermGUID}`). */
  readonly setupSemanticAssignment = sender<StewardshipLinkOptions<'glossaryTermGUID', SemanticAssignmentProperties>>(
    this.#invoker,
    ops.setupSemanticAssignment,
    'SemanticAssignmentProperties',
  );

  /** Removes a semantic assignment (`POST /elements/{elementGUID}/semantic-assignment/terms/{glossaryTermGUID}/remove`). */
  readonly clearSemanticAssignment = sender<StewardshipUnlinkOptions<'glossaryTermGUID'>>(
    this.#invoker,
    ops.clearSemanticAssignment,
  );

  /** Returns one page of the glossary terms assigned to an element (`POST /glossaries/terms/by-semantic-assignment/{elementGUID}`). */
  readonly getMeanings = this.#meanings.page;

  /** Iterates over every term getMeanings returns, page by page from `startFrom`. */
  readonly getMeaningsIterator = this.#meanings.iterate;

  /** Links a governance definition to the element it governs (`POST /elements/{elementGUID}/governed-by/definition/{definitionGUID}`). */
  readonly addGovernanceDefinitionToElement = sender<StewardshipLinkOptions<'definitionGUID', RelationshipProperties>>(
    this.#invoker,
    ops.addGovernanceDefinitionToElement,
    'RelationshipProperties',
  );

  /** Removes a governed-by link (`POST /elements/{elementGUID}/governed-by/definition/{definitionGUID}/remove`). */
  readonly removeGovernanceDefinitionFromElement = sender<StewardshipUnlinkOptions<'definitionGUID'>>(
    this.#invoker,
    ops.removeGovernanceDefinitionFromElement,
  );

  /** Returns one page of the governance definitions linked to an element (`POST /elements/{elementGUID}/governed-by`). */
  readonly getGovernedByDefinitions = this.#governedBy.page;

  /** Iterates over every definition getGovernedByDefinitions returns, page by page from `startFrom`. */
  readonly getGovernedByDefinitionsIterator = this.#governedBy.iterate;
}
