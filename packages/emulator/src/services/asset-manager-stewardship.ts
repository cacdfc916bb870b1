/**
 * Asset Manager OMAS stewardship (Egeria 5.2's StewardshipExchangeResource): the governance
 * classifications of elements, semantic assignments to glossary terms, governed-by links to
 * governance definitions, and the searches the resource serves. The classifications are stored
 * with the repository property names Egeria's handlers give them (`levelIdentifier`,
 * `statusIdentifier`, `basisIdentifier`, `organization`...), so that the open metadata store's
 * searches find them as they find Egeria's.
 *
 * Two 5.2 server behaviours are kept: `/elements/by-data-field` searches Confidence classifications
 * and takes `LevelIdentifierProperties` (a `DataFieldQueryProperties` is refused), and the invalid
 * data field properties error names `GovernanceClassificationProperties`.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, JsonObject, QueryParamSpec } from '../server/binding';
import { invalidPropertiesObject, noRequestBody } from '../ffdc/ffdc';
import { inTransaction, newGUID, originFor } from './context';
import {
  checkProvenance,
  listAnswer,
  requireElement,
  sourceOf,
  validatePaging,
  verifySource,
  visiblePage,
} from './elements';
import type { CallInfo } from './elements';
import { elementsOfKind, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementStub, elementHeader } from './headers';
import {
  EFFECTIVE_TIME_QUERY,
  FLAGS,
  amKind,
  assetManagerOf,
  renderAMElement,
  storedProperties,
  updateRequestBody,
} from './asset-manager-support';
import { classificationRoutes, pick } from './asset-manager-classifications';
import { CLASSIFICATION_PROPERTIES_CLASSES, RELATIONSHIP_PROPERTIES_CLASSES } from './polymorphic-classes';
import type { ElementRecord } from '../store/records';
import { isTypeOf } from '../store/type-registry';

const FRAMEWORK = 'org.odpi.openmetadata.frameworks.openmetadata.properties';

/** `ClassificationRequestBody` of the Asset Manager. */
const CLASSIFICATION_BODY: BeanSpec = {
  name: 'ClassificationRequestBody',
  fields: {
    ...updateRequestBody('ClassificationRequestBody').fields,
    properties: { name: 'ClassificationProperties', acceptedClasses: CLASSIFICATION_PROPERTIES_CLASSES },
  },
};

/** The query beans of the stewardship searches. */
const FIND_PROPERTIES_CLASSES = [
  'FindProperties',
  'LevelIdentifierProperties',
  'DataFieldQueryProperties',
  'FindNameProperties',
  'FindAssetOriginProperties',
  'FindPropertyNamesProperties',
];

/** `FindByPropertiesRequestBody` of the Asset Manager. */
const FIND_BY_PROPERTIES_BODY: BeanSpec = {
  name: 'FindByPropertiesRequestBody',
  fields: {
    ...EFFECTIVE_TIME_QUERY.fields,
    properties: { name: 'FindProperties', acceptedClasses: FIND_PROPERTIES_CLASSES },
  },
};

/** `commonservices.ffdc.rest.RelationshipRequestBody` with any relationship properties. */
const RELATIONSHIP_BODY: BeanSpec = {
  name: 'RelationshipRequestBody',
  fields: {
    externalSourceGUID: 'string',
    externalSourceName: 'string',
    effectiveTime: 'date',
    properties: { name: 'RelationshipProperties', acceptedClasses: RELATIONSHIP_PROPERTIES_CLASSES },
  },
};

/** Optional `startFrom` / `pageSize` (default 0) and the flags. */
const OPTIONAL_PAGING: readonly QueryParamSpec[] = [
  { name: 'startFrom', type: 'int', required: false, defaultValue: 0 },
  { name: 'pageSize', type: 'int', required: false, defaultValue: 0 },
  ...FLAGS,
];

/** Assets as the Asset Manager's `AssetElement` shows them. */
const ASSET = amKind('Asset', ['AssetProperties'], 'assetProperties', `${FRAMEWORK}.assets`);

/** Glossary terms as the Asset Manager's `GlossaryTermElement` shows them. */
const GLOSSARY_TERM = amKind('GlossaryTerm', ['GlossaryTermProperties'], 'glossaryTermProperties');

/** What Egeria's governance action classification handler stores from a `GovernanceClassificationBase`. */
const GOVERNANCE_BASE = {
  status: 'statusIdentifier',
  confidence: 'confidence',
  steward: 'steward',
  stewardTypeName: 'stewardTypeName',
  stewardPropertyName: 'stewardPropertyName',
  source: 'source',
  notes: 'notes',
};

/** The properties bean of a body when it is of the class expected (or absent, when `absent` allows). */
function propertiesOf(
  body: JsonObject | undefined,
  expected: { readonly classes: readonly string[]; readonly javaClass: string; readonly absent?: boolean },
  call: CallInfo,
  serverName: string,
): JsonObject | undefined {
  if (body === undefined) {
    if (expected.absent === true) return undefined;
    throw noRequestBody(call.userId, call.action, serverName);
  }
  const raw = body['properties'];
  if ((raw === undefined || raw === null) && expected.absent === true) return undefined;
  const cls = typeof raw === 'object' && raw !== null ? (raw as JsonObject)['class'] : undefined;
  if (typeof cls !== 'string' || !expected.classes.includes(cls)) {
    throw invalidPropertiesObject(expected.javaClass, call.action);
  }
  return raw as JsonObject;
}

/** One stewardship classification: its path segment, type, Egeria's method names and what it stores. */
interface StewardshipClassification {
  readonly segment: string;
  readonly guidParam: 'elementGUID' | 'assetGUID';
  readonly elementType: string;
  readonly classification: string;
  readonly setAction: string;
  readonly clearAction: string;
  readonly classes: readonly string[];
  readonly javaClass: string;
  readonly fields: Readonly<Record<string, string>>;
  /** True when the server classifies on behalf of the correlation scope (otherwise with no metadata source). */
  readonly scoped: boolean;
  /** True when absent properties (or body) set the classification without properties. */
  readonly absentAllowed?: boolean;
}

const GOVERNANCE_CLASSES = ['GovernanceClassificationProperties'];
const GOVERNANCE_JAVA = `${FRAMEWORK}.governance.GovernanceClassificationProperties`;

const CLASSIFICATIONS: readonly StewardshipClassification[] = [
  {
    segment: '/elements/{elementGUID}/data-field',
    guidParam: 'elementGUID',
    elementType: 'Referenceable',
    classification: 'DataFieldValues',
    setAction: 'setDataFieldClassification',
    clearAction: 'clearDataFieldClassification',
    classes: ['DataFieldValuesProperties'],
    javaClass: GOVERNANCE_JAVA,
    fields: {
      defaultValue: 'defaultValue',
      sampleValues: 'sampleValues',
      dataPattern: 'dataPattern',
      namePattern: 'namePattern',
    },
    scoped: false,
    absentAllowed: true,
  },
  ...(['Confidence', 'Criticality', 'Confidentiality'] as const).map((name) => ({
    segment: `/elements/{elementGUID}/${name.toLowerCase()}`,
    guidParam: 'elementGUID' as const,
    elementType: 'Referenceable',
    classification: name,
    setAction: `set${name}Classification`,
    clearAction: `clear${name}Classification`,
    classes: GOVERNANCE_CLASSES,
    javaClass: GOVERNANCE_JAVA,
    fields: { ...GOVERNANCE_BASE, levelIdentifier: 'levelIdentifier' },
    scoped: true,
  })),
  {
    segment: '/elements/{elementGUID}/retention',
    guidParam: 'elementGUID',
    elementType: 'Referenceable',
    classification: 'Retention',
    setAction: 'setRetentionClassification',
    clearAction: 'clearRetentionClassification',
    classes: ['RetentionClassificationProperties'],
    javaClass: `${FRAMEWORK}.governance.RetentionClassificationProperties`,
    fields: {
      ...GOVERNANCE_BASE,
      retentionBasis: 'basisIdentifier',
      associatedGUID: 'associatedGUID',
      archiveAfter: 'archiveAfter',
      deleteAfter: 'deleteAfter',
    },
    scoped: true,
  },
  {
    segment: '/elements/{elementGUID}/security-tags',
    guidParam: 'elementGUID',
    elementType: 'Referenceable',
    classification: 'SecurityTags',
    setAction: 'addSecurityTags',
    clearAction: 'removeSecurityTags',
    classes: ['SecurityTagsProperties'],
    javaClass: `${FRAMEWORK}.security.SecurityTagsProperties`,
    fields: {
      securityLabels: 'securityLabels',
      securityProperties: 'securityProperties',
      accessGroups: 'accessGroups',
    },
    scoped: false,
  },
  {
    segment: '/elements/{elementGUID}/ownership',
    guidParam: 'elementGUID',
    elementType: 'Referenceable',
    classification: 'Ownership',
    setAction: 'addOwnership',
    clearAction: 'clearOwnership',
    classes: ['OwnerProperties'],
    javaClass: `${FRAMEWORK}.governance.OwnerProperties`,
    fields: { owner: 'owner', ownerTypeName: 'ownerTypeName', ownerPropertyName: 'ownerPropertyName' },
    scoped: false,
  },
  {
    segment: '/assets/{assetGUID}/origin',
    guidParam: 'assetGUID',
    elementType: 'Asset',
    classification: 'AssetOrigin',
    setAction: 'addAssetOrigin',
    clearAction: 'clearAssetOrigin',
    classes: ['AssetOriginProperties'],
    javaClass: `${FRAMEWORK}.assets.AssetOriginProperties`,
    fields: {
      organizationGUID: 'organization',
      businessCapabilityGUID: 'businessCapability',
      otherOriginValues: 'otherOriginValues',
    },
    scoped: false,
  },
  {
    segment: '/elements/{elementGUID}/subject-area-member',
    guidParam: 'elementGUID',
    elementType: 'Referenceable',
    classification: 'SubjectArea',
    setAction: 'addElementToSubjectArea',
    clearAction: 'removeElementFromSubjectArea',
    classes: ['SubjectAreaClassificationProperties'],
    javaClass: `${FRAMEWORK}.governance.SubjectAreaClassificationProperties`,
    fields: { subjectAreaName: 'subjectAreaName' },
    scoped: true,
  },
];

/** The set and clear routes of the stewardship classifications. */
function stewardshipClassificationRoutes(area: ServiceArea): Route[] {
  return CLASSIFICATIONS.flatMap((c) =>
    classificationRoutes(area, {
      path: c.segment,
      guidParam: c.guidParam,
      elementType: c.elementType,
      classification: c.classification,
      setAction: c.setAction,
      clearAction: c.clearAction,
      setBody: { spec: CLASSIFICATION_BODY, required: false },
      clearBody: { spec: CLASSIFICATION_BODY, required: false },
      isHome: false,
      properties: (body, call) => {
        const raw = propertiesOf(
          body,
          { classes: c.classes, javaClass: c.javaClass, absent: c.absentAllowed },
          call,
          area.ctx.serverName,
        );
        return pick(raw, c.fields);
      },
      source: c.scoped ? undefined : () => ({}),
    }),
  );
}

/** True when an element's classification has every property value given (undefined values ignored). */
function classifiedWith(element: ElementRecord, name: string, values: Readonly<Record<string, unknown>>): boolean {
  const classification = element.classifications[name];
  if (classification === undefined) return false;
  return Object.entries(values).every(
    ([k, v]) => v === undefined || JSON.stringify(classification.properties[k]) === JSON.stringify(v),
  );
}

/** The searches, semantic assignments and governed-by links. */
function stewardshipLinkRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const paging = (req: { q: Readonly<Record<string, unknown>> }, call: CallInfo) => {
    const startFrom = req.q['startFrom'] as number;
    return { startFrom, size: validatePaging(ctx, startFrom, req.q['pageSize'] as number, call) };
  };
  const link = (options: {
    path: string;
    otherParam: string;
    otherType: string;
    relationship: string;
    /** True when the other end (term, definition) is at end one. */
    otherAtEnd1: boolean;
    setAction: string;
    clearAction: string;
    properties?: { classes: readonly string[]; javaClass: string };
  }): Route[] => {
    const ends = (params: Readonly<Record<string, string>>, call: CallInfo) => {
      const element = requireElement(ctx, params['elementGUID'], 'Referenceable', 'elementGUID', call);
      const other = requireElement(ctx, params[options.otherParam], options.otherType, options.otherParam, call);
      return options.otherAtEnd1 ? { end1: other, end2: element } : { end1: element, end2: other };
    };
    return [
      route(area, {
        method: 'POST',
        path: options.path,
        action: options.setAction,
        response: 'VoidResponse',
        body: { spec: RELATIONSHIP_BODY, required: false },
        query: FLAGS,
        handle: async (req, call) => {
          const properties =
            options.properties === undefined
              ? storedProperties(req.body?.['properties'])
              : storedProperties(propertiesOf(req.body, options.properties, call, ctx.serverName));
          const { end1, end2 } = ends(req.params, call);
          const owner = verifySource(ctx, sourceOf(req.body), call);
          const existing = ctx.state.store
            .relationshipsOf(end1.guid, options.relationship, 1)
            .find((r) => r.end2GUID === end2.guid);
          await inTransaction(ctx, (tx) => {
            if (existing !== undefined) {
              tx.reviseRelationship(existing, properties, call.userId);
              return;
            }
            tx.createRelationship({
              guid: newGUID(),
              typeName: options.relationship,
              end1GUID: end1.guid,
              end2GUID: end2.guid,
              properties,
              origin: originFor(ctx, owner),
              createdBy: call.userId,
              createTime: ctx.now(),
              version: 1,
            });
          });
          return {};
        },
      }),
      route(area, {
        method: 'POST',
        path: `${options.path}/remove`,
        action: options.clearAction,
        response: 'VoidResponse',
        body: { spec: EFFECTIVE_TIME_QUERY, required: false },
        query: FLAGS,
        handle: async (req, call) => {
          const { end1, end2 } = ends(req.params, call);
          const found = ctx.state.store
            .relationshipsOf(end1.guid, options.relationship, 1)
            .filter((r) => r.end2GUID === end2.guid);
          for (const relationship of found) checkProvenance(relationship, assetManagerOf(req.body), call);
          await inTransaction(ctx, (tx) => {
            for (const relationship of found) tx.deleteRelationship(relationship);
          });
          return {};
        },
      }),
    ];
  };
  return [
    ...link({
      path: '/elements/{elementGUID}/semantic-assignment/terms/{glossaryTermGUID}',
      otherParam: 'glossaryTermGUID',
      otherType: 'GlossaryTerm',
      relationship: 'SemanticAssignment',
      otherAtEnd1: false,
      setAction: 'setupSemanticAssignment',
      clearAction: 'clearSemanticAssignment',
      properties: {
        classes: ['SemanticAssignmentProperties'],
        javaClass: `${FRAMEWORK}.governance.SemanticAssignmentProperties`,
      },
    }),
    ...link({
      path: '/elements/{elementGUID}/governed-by/definition/{definitionGUID}',
      otherParam: 'definitionGUID',
      otherType: 'GovernanceDefinition',
      relationship: 'GovernedBy',
      otherAtEnd1: true,
      setAction: 'addGovernanceDefinitionToElement',
      clearAction: 'removeGovernanceDefinitionFromElement',
    }),
    route(area, {
      method: 'POST',
      path: '/glossaries/terms/by-semantic-assignment/{elementGUID}',
      action: 'getMeanings',
      response: 'GlossaryTermElementsResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: false },
      query: OPTIONAL_PAGING,
      handle: (req, call) => {
        const element = requirePathElement(ctx, 'Referenceable', req, 'elementGUID', call);
        const { startFrom, size } = paging(req, call);
        const terms = ctx.state.store
          .relationshipsOf(element.guid, 'SemanticAssignment', 1)
          .map((r) => ctx.state.store.getElement(r.end2GUID))
          .filter((e): e is ElementRecord => e !== undefined);
        return listAnswer(
          'elementList',
          visiblePage(ctx, call, terms, startFrom, size).map((t) => renderAMElement(ctx, GLOSSARY_TERM, t)),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/elements/{elementGUID}/governed-by',
      action: 'getGovernedByDefinitions',
      response: 'GovernanceDefinitionsResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: false },
      query: OPTIONAL_PAGING,
      handle: (req, call) => {
        const element = requirePathElement(ctx, 'Referenceable', req, 'elementGUID', call);
        const { startFrom, size } = paging(req, call);
        const definitions = ctx.state.store
          .relationshipsOf(element.guid, 'GovernedBy', 2)
          .map((r) => ctx.state.store.getElement(r.end1GUID))
          .filter((e): e is ElementRecord => e !== undefined);
        return listAnswer(
          'elements',
          visiblePage(ctx, call, definitions, startFrom, size).map((d) => ({
            elementHeader: elementHeader(d, ctx.serverName),
            properties: { class: 'GovernanceDefinitionProperties', ...d.properties, typeName: d.typeName },
          })),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/elements/by-data-field',
      action: 'getDataFieldClassifiedElements',
      response: 'ElementStubsResponse',
      body: { spec: FIND_BY_PROPERTIES_BODY, required: false },
      query: OPTIONAL_PAGING,
      handle: (req, call) => {
        // 5.2's server answers this path from the Confidence classification, with LevelIdentifierProperties.
        const raw = propertiesOf(
          req.body,
          {
            classes: ['LevelIdentifierProperties'],
            javaClass: `${FRAMEWORK}.governance.LevelIdentifierProperties`,
            absent: true,
          },
          call,
          ctx.serverName,
        );
        const level = raw?.['returnSpecificLevel'] === true ? (raw['levelIdentifier'] ?? 0) : undefined;
        const { startFrom, size } = paging(req, call);
        const found = [...ctx.state.store.allElements()].filter((e) =>
          classifiedWith(e, 'Confidence', { levelIdentifier: level }),
        );
        return listAnswer(
          'elements',
          visiblePage(ctx, call, found, startFrom, size).map((e) => elementStub(e, ctx.serverName)),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/asset/by-origin',
      action: 'getAssetsByOrigin',
      response: 'AssetElementsResponse',
      body: { spec: FIND_BY_PROPERTIES_BODY, required: false },
      query: OPTIONAL_PAGING,
      handle: (req, call) => {
        const raw = propertiesOf(
          req.body,
          {
            classes: ['FindAssetOriginProperties'],
            javaClass: `${FRAMEWORK}.governance.FindAssetOriginProperties`,
            absent: true,
          },
          call,
          ctx.serverName,
        );
        const wanted = pick(raw, {
          organizationGUID: 'organization',
          businessCapabilityGUID: 'businessCapability',
          otherOriginValues: 'otherOriginValues',
        });
        const { startFrom, size } = paging(req, call);
        const found = elementsOfKind(ctx, ASSET).filter(
          (e) => isTypeOf(e.typeName, 'Asset') && classifiedWith(e, 'AssetOrigin', wanted),
        );
        return listAnswer(
          'elementList',
          visiblePage(ctx, call, found, startFrom, size).map((e) => renderAMElement(ctx, ASSET, e)),
        );
      },
    }),
  ];
}

/** Every stewardship route of the Asset Manager. */
export function stewardshipRoutes(area: ServiceArea): Route[] {
  return [...stewardshipClassificationRoutes(area), ...stewardshipLinkRoutes(area)];
}
