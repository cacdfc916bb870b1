/**
 * Asset Manager OMAS: stewardship (StewardshipExchangeResource): governance classifications of
 * elements (data field, confidence, criticality, confidentiality, retention, security tags,
 * ownership, asset origin, subject area), semantic assignments to glossary terms and governed-by
 * links to governance definitions, as 5.2's StewardshipExchangeClient sends them. The client's
 * searches of classified and related elements go to the open metadata store instead.
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  LINEAGE_FLAGS,
  OPTIONAL_BODY,
  VOID_RESPONSE,
  defineService,
  elementList,
  elements,
  paged,
  post,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link ASSET_MANAGER_STEWARDSHIP_SERVICE}. @public */
export type AssetManagerStewardshipOperationName =
  | 'setElementAsDataField'
  | 'clearElementAsDataField'
  | 'getDataFieldClassifiedElements'
  | 'setConfidenceClassification'
  | 'clearConfidenceClassification'
  | 'setCriticalityClassification'
  | 'clearCriticalityClassification'
  | 'setConfidentialityClassification'
  | 'clearConfidentialityClassification'
  | 'setRetentionClassification'
  | 'clearRetentionClassification'
  | 'addSecurityTags'
  | 'clearSecurityTags'
  | 'addOwnership'
  | 'clearOwnership'
  | 'addAssetOrigin'
  | 'clearAssetOrigin'
  | 'getAssetsByOrigin'
  | 'addElementToSubjectArea'
  | 'removeElementFromSubjectArea'
  | 'setupSemanticAssignment'
  | 'clearSemanticAssignment'
  | 'getMeanings'
  | 'addGovernanceDefinitionToElement'
  | 'removeGovernanceDefinitionFromElement'
  | 'getGovernedByDefinitions';

/**
 * `POST .../{guid}/<classification>` with a `ClassificationRequestBody` (optional, as every
 * stewardship body is at 5.2), and the flags. Sets are creates; clears are not.
 */
function classify(path: string, creates: boolean): OperationRow {
  return creates
    ? post(path, 'ClassificationRequestBody', VOID_RESPONSE, LINEAGE_FLAGS, OPTIONAL_BODY, CREATES)
    : post(path, 'ClassificationRequestBody', VOID_RESPONSE, LINEAGE_FLAGS, OPTIONAL_BODY);
}

/** The paged list rows: `startFrom` / `pageSize` default to 0 on the server. */
const PAGED = paged('startFrom', 'pageSize', false);

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<AssetManagerStewardshipOperationName, OperationRow>> = {
  setElementAsDataField: classify('/elements/{elementGUID}/data-field', false),
  clearElementAsDataField: classify('/elements/{elementGUID}/data-field/remove', false),
  getDataFieldClassifiedElements: post(
    '/elements/by-data-field',
    'FindByPropertiesRequestBody',
    elements('ElementStubsResponse'),
    PAGED,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  setConfidenceClassification: classify('/elements/{elementGUID}/confidence', false),
  clearConfidenceClassification: classify('/elements/{elementGUID}/confidence/remove', false),
  setCriticalityClassification: classify('/elements/{elementGUID}/criticality', false),
  clearCriticalityClassification: classify('/elements/{elementGUID}/criticality/remove', false),
  setConfidentialityClassification: classify('/elements/{elementGUID}/confidentiality', false),
  clearConfidentialityClassification: classify('/elements/{elementGUID}/confidentiality/remove', false),
  setRetentionClassification: classify('/elements/{elementGUID}/retention', false),
  clearRetentionClassification: classify('/elements/{elementGUID}/retention/remove', false),
  addSecurityTags: classify('/elements/{elementGUID}/security-tags', true),
  clearSecurityTags: classify('/elements/{elementGUID}/security-tags/remove', false),
  addOwnership: classify('/elements/{elementGUID}/ownership', true),
  clearOwnership: classify('/elements/{elementGUID}/ownership/remove', false),
  addAssetOrigin: classify('/assets/{assetGUID}/origin', true),
  clearAssetOrigin: classify('/assets/{assetGUID}/origin/remove', false),
  // The 5.2 Java client posts to /assets/by-origin; the server maps /asset/by-origin.
  getAssetsByOrigin: post(
    '/asset/by-origin',
    'FindByPropertiesRequestBody',
    elementList('AssetElementsResponse'),
    PAGED,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  addElementToSubjectArea: classify('/elements/{elementGUID}/subject-area-member', true),
  removeElementFromSubjectArea: classify('/elements/{elementGUID}/subject-area-member/remove', false),
  setupSemanticAssignment: post(
    '/elements/{elementGUID}/semantic-assignment/terms/{glossaryTermGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
    CREATES,
  ),
  clearSemanticAssignment: post(
    '/elements/{elementGUID}/semantic-assignment/terms/{glossaryTermGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getMeanings: post(
    '/glossaries/terms/by-semantic-assignment/{elementGUID}',
    'EffectiveTimeQueryRequestBody',
    elementList('GlossaryTermElementsResponse'),
    PAGED,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  addGovernanceDefinitionToElement: post(
    '/elements/{elementGUID}/governed-by/definition/{definitionGUID}',
    'RelationshipRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
    CREATES,
  ),
  removeGovernanceDefinitionFromElement: post(
    '/elements/{elementGUID}/governed-by/definition/{definitionGUID}/remove',
    'EffectiveTimeQueryRequestBody',
    VOID_RESPONSE,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
  getGovernedByDefinitions: post(
    '/elements/{elementGUID}/governed-by',
    'EffectiveTimeQueryRequestBody',
    elements('GovernanceDefinitionsResponse'),
    PAGED,
    LINEAGE_FLAGS,
    OPTIONAL_BODY,
  ),
};

/** Asset Manager OMAS: stewardship classifications, semantic assignments and governed-by links (StewardshipExchangeResource): the operation table. @public */
export const ASSET_MANAGER_STEWARDSHIP_SERVICE = defineService<AssetManagerStewardshipOperationName>(
  { kind: 'access-service', marker: 'asset-manager' },
  rows,
);
