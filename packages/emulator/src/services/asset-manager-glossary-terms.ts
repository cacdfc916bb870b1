/**
 * Asset Manager OMAS glossary terms (Egeria 5.2's GlossaryExchangeResource): create (also controlled,
 * with a status, and from a template), update, status, remove, find, by name, by GUID, a glossary's
 * terms, categorization, relationships between terms, a category's terms and a term's related terms.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject } from '../server/binding';
import { badRequest } from '../server/spring-errors';
import { invalidParameter, invalidPropertiesObject, nullName } from '../ffdc/ffdc';
import { inTransaction } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import { checkProvenance, createElement, isVisibleTo, listAnswer, page, sourceOf, validatePaging } from './elements';
import type { CallInfo } from './elements';
import { pagingOf, requireBody, requirePathElement, requirePathKind, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementRoutes } from './asset-manager-elements';
import {
  assetManagerOf,
  correlationOf,
  EFFECTIVE_TIME_QUERY,
  FLAGS,
  OPTIONAL_IS_HOME,
  ownerOf,
  PAGED,
  recordExternalIdentifier,
  renderAMElement,
  scopeSource,
  storedProperties,
  updateRequestBody,
} from './asset-manager-support';
import { checkExternalIdentifier, stampSynchronized } from './asset-manager-correlation';
import {
  DEEP_COPY,
  GLOSSARY_CATEGORY,
  GLOSSARY_NAME_BODY,
  GLOSSARY_NAMES,
  GLOSSARY_SEARCH_BODY,
  GLOSSARY_TERM,
  inGlossary,
  TEMPLATE_REQUEST_BODY,
  templateOverrides,
  templateProperties,
} from './asset-manager-glossary-kinds';
import { linkOnce } from './asset-manager-links';
import { glossaryLinkRoutes } from './asset-manager-glossary-links';
import type { GlossaryLinkEnds } from './asset-manager-glossary-links';
import { readRelationshipProperties, relatedElementBean, updateLink } from './asset-manager-relationship-beans';
import type { RelationshipBeanSpec } from './asset-manager-relationship-beans';
import { createFromTemplate } from './templates';
import { REFERENCEABLE_PROPERTIES_CLASSES } from './polymorphic-classes';
import { RELATIONSHIP_REQUEST_BODY } from './request-beans';
import { getTypeDef, isTypeOf } from '../store/type-registry';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { relationshipsBetween } from './relationship-links';

/** `GlossaryTermStatus`: the statuses a term may have (the instance status of the same name). */
const TERM_STATUSES = ['DRAFT', 'PREPARED', 'PROPOSED', 'APPROVED', 'REJECTED', 'ACTIVE', 'DEPRECATED', 'OTHER'];

/** `GlossaryTermRelationshipStatus`: the statuses of categorizations and term relationships. */
const RELATIONSHIP_STATUSES = ['DRAFT', 'ACTIVE', 'DEPRECATED', 'OBSOLETE', 'OTHER'];

const CATEGORIZATION: RelationshipBeanSpec = {
  className: 'GlossaryTermCategorization',
  strings: { description: 'description' },
  enums: { status: RELATIONSHIP_STATUSES },
};

const TERM_RELATIONSHIP: RelationshipBeanSpec = {
  className: 'GlossaryTermRelationship',
  strings: { expression: 'expression', description: 'description', steward: 'steward', source: 'source' },
  enums: { status: RELATIONSHIP_STATUSES },
};

/** What a categorization or term relationship's status is when its properties do not set it. */
const ACTIVE = { status: 'ACTIVE' };

const CORRELATED = updateRequestBody('UpdateRequestBody').fields;

const CONTROLLED_TERM_BODY: BeanSpec = {
  name: 'ControlledGlossaryTermRequestBody',
  fields: {
    ...CORRELATED,
    updateDescription: 'string',
    initialStatus: 'string',
    elementProperties: { name: 'GlossaryTermProperties', acceptedClasses: ['GlossaryTermProperties'] },
  },
};

const GLOSSARY_TEMPLATE_BODY: BeanSpec = {
  name: 'GlossaryTemplateRequestBody',
  fields: { ...TEMPLATE_REQUEST_BODY.fields, glossaryTermStatus: 'string' },
};

const TERM_STATUS_BODY: BeanSpec = {
  name: 'GlossaryTermStatusRequestBody',
  fields: { ...CORRELATED, glossaryTermStatus: 'string' },
};

const TERM_RELATIONSHIP_QUERY: BeanSpec = {
  name: 'GlossaryTermRelationshipRequestBody',
  fields: {
    ...EFFECTIVE_TIME_QUERY.fields,
    glossaryGUID: 'string',
    relationshipTypeName: 'string',
    limitResultsByStatus: 'stringList',
  },
};

/** An enum constant from a body, as Jackson reads it: a value it does not know is Spring's 400. */
function enumValue(bean: string, field: string, value: unknown, constants: readonly string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !constants.includes(value)) {
    throw badRequest(`Cannot deserialize ${bean}.${field} from ${JSON.stringify(value)}`);
  }
  return value;
}

/** A list of enum constants from a body (`limitResultsByStatus`); undefined or empty when none. */
function enumList(bean: string, body: JsonObject | undefined, constants: readonly string[]): readonly string[] {
  const raw = body?.['limitResultsByStatus'];
  if (!Array.isArray(raw)) return [];
  return raw.map((v) => enumValue(bean, 'limitResultsByStatus', v, constants) ?? '');
}

/** A body's term status, when the field is named `field` (the controlled create's `initialStatus`, else `glossaryTermStatus`). */
function termStatusOf(bean: BeanSpec, body: JsonObject, field = 'glossaryTermStatus'): string | undefined {
  return enumValue(bean.name, field, body[field], TERM_STATUSES);
}

/** The term statuses a glossary search or name request asks for. */
function withTermStatus(element: ElementRecord, body: JsonObject | undefined): boolean {
  const statuses = enumList('GlossaryTermStatus', body, TERM_STATUSES);
  return statuses.length === 0 || statuses.includes(element.status ?? 'ACTIVE');
}

/** Checks a relationship type named in the path: a known type that may link two glossary terms. */
function termRelationshipType(name: string | undefined, call: CallInfo): string {
  if (name === undefined || name === '') throw nullName('relationshipTypeName', call.action);
  const def = getTypeDef(name);
  if (def === undefined) {
    throw invalidParameter('UNRECOGNIZED_TYPE_NAME', [name, call.action, call.service], call.action, 'typeName');
  }
  const ends = def.ends;
  if (
    def.category !== 'relationship' ||
    ends === undefined ||
    !isTypeOf('GlossaryTerm', ends[0]) ||
    !isTypeOf('GlossaryTerm', ends[1])
  ) {
    throw invalidParameter(
      'BAD_SUB_TYPE_NAME',
      [name, call.action, call.service, 'a relationship between glossary terms'],
      call.action,
      'typeName',
    );
  }
  return name;
}

/** A term with the relationship it was found through, from the element the list started at. */
function relatedTerm(
  ctx: EmulatorContext,
  term: ElementRecord,
  link: RelationshipRecord,
  startGUID: string,
  scopeGUID?: string,
) {
  return {
    ...renderAMElement(ctx, GLOSSARY_TERM, term, scopeGUID),
    relatedElement: relatedElementBean(ctx, link, startGUID),
  };
}

/** One page of terms found through relationships, with the relationship statuses asked for. */
function relatedTermList(
  ctx: EmulatorContext,
  req: BoundRequest,
  start: ElementRecord,
  found: ReadonlyArray<{ term: ElementRecord; link: RelationshipRecord }>,
  call: CallInfo,
): JsonObject {
  const { startFrom, pageSize } = pagingOf(req);
  const size = validatePaging(ctx, startFrom, pageSize, call);
  const statuses = enumList(TERM_RELATIONSHIP_QUERY.name, req.body, RELATIONSHIP_STATUSES);
  const kept = found.filter(
    ({ link, term }) =>
      (statuses.length === 0 || statuses.includes(String(link.properties['status'] ?? ''))) &&
      isVisibleTo(ctx, call, term),
  );
  const scopeGUID = assetManagerOf(req.body).guid;
  return listAnswer(
    'elementList',
    page(kept, startFrom, size).map(({ term, link }) => relatedTerm(ctx, term, link, start.guid, scopeGUID)),
  );
}

/**
 * Creates a term in a glossary (`create` makes the element, anchored to the glossary), links it by
 * `TermAnchor` and records its external identifier; the answer carries its GUID.
 */
async function addTerm(
  ctx: EmulatorContext,
  glossary: ElementRecord,
  owner: MetadataSourceRef | undefined,
  body: JsonObject,
  call: CallInfo,
  create: (tx: Transaction) => ElementRecord,
): Promise<JsonObject> {
  const guid = await inTransaction(ctx, (tx) => {
    const term = create(tx);
    linkOnce(tx, { typeName: 'TermAnchor', end1: glossary, end2: term, properties: {}, owner }, call);
    recordExternalIdentifier(tx, term, correlationOf(body), call);
    return term.guid;
  });
  return { guid };
}

function termCreateRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  return [
    route(area, {
      method: 'POST',
      path: '/glossaries/{glossaryGUID}/terms/new-controlled',
      action: 'createControlledGlossaryTerm',
      response: 'GUIDResponse',
      body: { spec: CONTROLLED_TERM_BODY, required: true },
      query: [OPTIONAL_IS_HOME, ...FLAGS],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const raw = body['elementProperties'];
        if (typeof raw !== 'object' || raw === null) {
          throw invalidParameter(
            'NULL_OBJECT',
            ['glossaryTermProperties', call.action],
            call.action,
            'glossaryTermProperties',
          );
        }
        const status = termStatusOf(CONTROLLED_TERM_BODY, body, 'initialStatus');
        if (status === undefined) {
          throw invalidParameter('NULL_OBJECT', ['initialStatus', call.action], call.action, 'initialStatus');
        }
        const properties = storedProperties(raw);
        if (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '') {
          throw nullName('glossaryTermProperties.qualifiedName', call.action);
        }
        const requested = (raw as JsonObject)['typeName'];
        const typeName = typeof requested === 'string' && requested !== '' ? requested : 'ControlledGlossaryTerm';
        if (getTypeDef(typeName) === undefined) {
          throw invalidParameter(
            'UNRECOGNIZED_TYPE_NAME',
            [typeName, call.action, call.service],
            call.action,
            'typeName',
          );
        }
        if (!isTypeOf(typeName, 'GlossaryTerm')) {
          throw invalidParameter(
            'BAD_SUB_TYPE_NAME',
            [typeName, call.action, call.service, 'GlossaryTerm'],
            call.action,
            'typeName',
          );
        }
        const owner = ownerOf(ctx, req, scopeSource(body), call);
        const glossary = requirePathElement(ctx, 'Glossary', req, 'glossaryGUID', call);
        return addTerm(ctx, glossary, owner, body, call, (tx) =>
          createElement(
            tx,
            GLOSSARY_TERM,
            { typeName, properties, source: owner, anchorGUID: glossary.guid, status },
            call,
          ),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/glossaries/{glossaryGUID}/terms/from-template/{templateGUID}',
      action: 'createGlossaryTermFromTemplate',
      response: 'GUIDResponse',
      body: { spec: GLOSSARY_TEMPLATE_BODY, required: true },
      query: [
        OPTIONAL_IS_HOME,
        DEEP_COPY,
        { name: 'templateSubstitute', type: 'boolean', required: false, defaultValue: true },
      ],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const status = termStatusOf(GLOSSARY_TEMPLATE_BODY, body);
        const properties = templateProperties(body, call, 'qualifiedName');
        const owner = ownerOf(ctx, req, scopeSource(body), call);
        const glossary = requirePathElement(ctx, 'Glossary', req, 'glossaryGUID', call);
        const template = requirePathKind(ctx, GLOSSARY_TERM, req, 'templateGUID', call);
        return addTerm(ctx, glossary, owner, body, call, (tx) =>
          createFromTemplate(
            tx,
            {
              template,
              overrides: {
                ...templateOverrides(properties),
                publishVersionIdentifier: properties['versionIdentifier'],
              },
              source: owner,
              anchorGUID: glossary.guid,
              deepCopy: req.q['deepCopy'] === true,
              templateSubstitute: req.q['templateSubstitute'] === true,
              status,
            },
            call,
          ),
        );
      },
    }),
    route(area, {
      method: 'POST',
      path: '/glossaries/terms/{glossaryTermGUID}/status',
      action: 'updateGlossaryTermStatus',
      response: 'VoidResponse',
      body: { spec: TERM_STATUS_BODY, required: true },
      query: FLAGS,
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const status = termStatusOf(TERM_STATUS_BODY, body);
        if (status === undefined) {
          throw invalidParameter('NULL_OBJECT', ['glossaryTermStatus', call.action], call.action, 'glossaryTermStatus');
        }
        const term = requirePathKind(ctx, GLOSSARY_TERM, req, 'glossaryTermGUID', call);
        const link = checkExternalIdentifier(ctx, term, GLOSSARY_TERM.typeName, body, call);
        checkProvenance(term, scopeSource(body), call);
        await inTransaction(ctx, (tx) => {
          if ((term.status ?? 'ACTIVE') !== status) {
            const { status: _previous, ...rest } = term;
            tx.updateElement({
              ...rest,
              ...(status === 'ACTIVE' ? {} : { status }),
              updatedBy: call.userId,
              updateTime: tx.ctx.now(),
              version: term.version + 1,
            });
          }
          stampSynchronized(tx, link, call);
        });
        return {};
      },
    }),
  ];
}

function termLinkRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const relationshipPath =
    '/glossaries/terms/{glossaryTermOneGUID}/relationships/{relationshipTypeName}/terms/{glossaryTermTwoGUID}';
  const related = (req: BoundRequest, call: CallInfo): GlossaryLinkEnds => {
    const one = requirePathKind(ctx, GLOSSARY_TERM, req, 'glossaryTermOneGUID', call);
    const typeName = termRelationshipType(req.params['relationshipTypeName'], call);
    return { typeName, ends: [one, requirePathKind(ctx, GLOSSARY_TERM, req, 'glossaryTermTwoGUID', call)] };
  };
  return [
    ...glossaryLinkRoutes(area, {
      path: '/glossaries/categories/{glossaryCategoryGUID}/terms/{glossaryTermGUID}',
      setupAction: 'setupTermCategory',
      clearAction: 'clearTermCategory',
      bodyRequired: false,
      bean: CATEGORIZATION,
      defaults: ACTIVE,
      link: (req, call) => ({
        typeName: 'TermCategorization',
        ends: [
          requirePathKind(ctx, GLOSSARY_CATEGORY, req, 'glossaryCategoryGUID', call),
          requirePathKind(ctx, GLOSSARY_TERM, req, 'glossaryTermGUID', call),
        ],
      }),
    }),
    ...glossaryLinkRoutes(area, {
      path: relationshipPath,
      setupAction: 'setupTermRelationship',
      clearAction: 'clearTermRelationship',
      bodyRequired: true,
      bean: TERM_RELATIONSHIP,
      defaults: ACTIVE,
      link: related,
    }),
    route(area, {
      method: 'POST',
      path: `${relationshipPath}/update`,
      action: 'updateTermRelationship',
      response: 'VoidResponse',
      body: { spec: RELATIONSHIP_REQUEST_BODY, required: true },
      query: FLAGS,
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const raw = body['properties'];
        if (typeof raw !== 'object' || raw === null || (raw as JsonObject)['class'] !== TERM_RELATIONSHIP.className) {
          throw invalidPropertiesObject(
            'org.odpi.openmetadata.frameworks.openmetadata.properties.glossaries.GlossaryTermRelationship',
            call.action,
          );
        }
        const { typeName, ends } = related(req, call);
        const properties = { ...ACTIVE, ...readRelationshipProperties(TERM_RELATIONSHIP, raw) };
        const link = relationshipsBetween(ctx, typeName, ends[0].guid, ends[1].guid)[0];
        if (link !== undefined) {
          await inTransaction(ctx, (tx) => updateLink(tx, link, properties, true, sourceOf(body), call));
        }
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/glossaries/categories/{glossaryCategoryGUID}/terms/retrieve',
      action: 'getTermsForGlossaryCategory',
      response: 'GlossaryTermElementsResponse',
      body: { spec: TERM_RELATIONSHIP_QUERY, required: false },
      query: PAGED,
      handle: (req, call) => {
        const category = requirePathKind(ctx, GLOSSARY_CATEGORY, req, 'glossaryCategoryGUID', call);
        const found = ctx.state.store
          .relationshipsOf(category.guid, 'TermCategorization', 1)
          .map((link) => ({ link, term: ctx.state.store.getElement(link.end2GUID) }))
          .filter((f): f is { link: RelationshipRecord; term: ElementRecord } => f.term !== undefined);
        return relatedTermList(ctx, req, category, found, call);
      },
    }),
    route(area, {
      method: 'POST',
      path: '/glossaries/terms/{glossaryTermGUID}/related-terms',
      action: 'getRelatedTerms',
      response: 'GlossaryTermElementsResponse',
      body: { spec: TERM_RELATIONSHIP_QUERY, required: false },
      query: PAGED,
      handle: (req, call) => {
        const term = requirePathKind(ctx, GLOSSARY_TERM, req, 'glossaryTermGUID', call);
        const requested = req.body?.['relationshipTypeName'];
        const typeName =
          typeof requested === 'string' && requested !== '' ? termRelationshipType(requested, call) : undefined;
        const found = ctx.state.store
          .relationshipsOf(term.guid, typeName)
          .map((link) => ({
            link,
            term: ctx.state.store.getElement(link.end1GUID === term.guid ? link.end2GUID : link.end1GUID),
          }))
          .filter(
            (f): f is { link: RelationshipRecord; term: ElementRecord } =>
              f.term !== undefined && isTypeOf(f.term.typeName, 'GlossaryTerm'),
          );
        return relatedTermList(ctx, req, term, found, call);
      },
    }),
  ];
}

/** The glossary term routes of the Asset Manager. */
export function glossaryTermRoutes(area: ServiceArea): Route[] {
  return [
    ...elementRoutes(area, {
      kind: GLOSSARY_TERM,
      body: 'ReferenceableUpdateRequestBody',
      guidParam: 'glossaryTermGUID',
      elementPropertiesClasses: REFERENCEABLE_PROPERTIES_CLASSES,
      create: {
        path: '/glossaries/{glossaryGUID}/terms',
        action: 'createGlossaryTerm',
        parent: { param: 'glossaryGUID', type: 'Glossary', relationship: 'TermAnchor' },
        isHomeOptional: true,
      },
      update: {
        path: '/glossaries/terms/{glossaryTermGUID}/update',
        action: 'updateGlossaryTerm',
        mergeRequired: false,
      },
      remove: {
        path: '/glossaries/terms/{glossaryTermGUID}/remove',
        action: 'removeGlossaryTerm',
        bodyRequired: false,
        body: 'ReferenceableUpdateRequestBody',
      },
      find: { path: '/glossaries/terms/by-search-string', action: 'findGlossaryTerms', body: GLOSSARY_SEARCH_BODY },
      byName: {
        path: '/glossaries/terms/by-name',
        action: 'getGlossaryTermsByName',
        body: GLOSSARY_NAME_BODY,
        properties: GLOSSARY_NAMES,
      },
      narrow: (element, body) => inGlossary(element, body) && withTermStatus(element, body),
      byGUID: {
        path: '/glossaries/terms/{glossaryTermGUID}/retrieve',
        action: 'getGlossaryTermByGUID',
        bodyRequired: false,
      },
      forParent: {
        path: '/glossaries/{glossaryGUID}/terms/retrieve',
        action: 'getTermsForGlossary',
        bodyRequired: false,
      },
    }),
    ...termCreateRoutes(area),
    ...termLinkRoutes(area),
  ];
}
