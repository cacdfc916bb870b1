/**
 * Asset Manager OMAS glossaries and glossary categories (Egeria 5.2's GlossaryExchangeResource):
 * create (also from a template), update, remove, find, by name, by GUID, the glossary of a category or
 * term, a glossary's categories, and the category hierarchy. Terms are in asset-manager-glossary-terms.ts.
 */
import type { Route } from '../server/http-server';
import type { BoundRequest, JsonObject } from '../server/binding';
import { egeriaError } from '../ffdc/ffdc';
import { PropertyServerException } from '@egeria-ts/core';
import { inTransaction, originFor } from './context';
import type { EmulatorContext } from './context';
import { listAnswer, requireElement, validatePaging, visiblePage } from './elements';
import type { CallInfo } from './elements';
import { pagingOf, requireBody, requirePathKind, route } from './kind-routes';
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
} from './asset-manager-support';
import {
  DEEP_COPY,
  GLOSSARY,
  GLOSSARY_CATEGORY,
  GLOSSARY_NAME_BODY,
  GLOSSARY_NAMES,
  GLOSSARY_SEARCH_BODY,
  inGlossary,
  TEMPLATE_REQUEST_BODY,
  templateOverrides,
  templateProperties,
} from './asset-manager-glossary-kinds';
import { elementsAtEnd } from './asset-manager-links';
import { glossaryLinkRoutes } from './asset-manager-glossary-links';
import { createFromTemplate } from './templates';
import { REFERENCEABLE_PROPERTIES_CLASSES } from './polymorphic-classes';
import type { ElementRecord } from '../store/records';
import { glossaryTermRoutes } from './asset-manager-glossary-terms';

/** Reads a glossary element and the one at the other end of its anchor relationship (end one), if any. */
function anchorOf(
  area: ServiceArea,
  options: { param: string; type: string; relationship: string },
  req: BoundRequest,
  call: CallInfo,
): ElementRecord | undefined {
  const { ctx } = area;
  const element = requireElement(ctx, req.params[options.param], options.type, options.param, call);
  const link = ctx.state.store.relationshipsOf(element.guid, options.relationship, 2)[0];
  return link === undefined ? undefined : ctx.state.store.getElement(link.end1GUID);
}

function glossaryRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  const forAnchor = (path: string, action: string, type: string, param: string, relationship: string): Route =>
    route(area, {
      method: 'POST',
      path,
      action,
      response: 'GlossaryElementResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: false },
      query: FLAGS,
      handle: (req, call) => {
        const glossary = anchorOf(area, { param, type, relationship }, req, call);
        if (glossary === undefined) return {};
        return { element: renderAMElement(ctx, GLOSSARY, glossary, assetManagerOf(req.body).guid) };
      },
    });
  return [
    ...elementRoutes(area, {
      kind: GLOSSARY,
      body: 'ReferenceableRequestBody',
      guidParam: 'glossaryGUID',
      elementPropertiesClasses: REFERENCEABLE_PROPERTIES_CLASSES,
      create: { path: '/glossaries', action: 'createGlossary', isHomeOptional: true },
      update: { path: '/glossaries/{glossaryGUID}/update', action: 'updateGlossary', mergeRequired: false },
      remove: {
        path: '/glossaries/{glossaryGUID}/remove',
        action: 'removeGlossary',
        bodyRequired: false,
        body: 'ReferenceableUpdateRequestBody',
      },
      find: { path: '/glossaries/by-search-string', action: 'findGlossaries' },
      byName: { path: '/glossaries/by-name', action: 'getGlossariesByName', properties: GLOSSARY_NAMES },
      forAssetManager: {
        path: '/glossaries/by-asset-manager',
        action: 'getGlossariesForAssetManager',
        byExternalIdScope: true,
      },
      byGUID: { path: '/glossaries/{glossaryGUID}/retrieve', action: 'getGlossaryByGUID', bodyRequired: false },
    }),
    route(area, {
      method: 'POST',
      path: '/glossaries/from-template/{templateGUID}',
      action: 'createGlossaryFromTemplate',
      response: 'GUIDResponse',
      body: { spec: TEMPLATE_REQUEST_BODY, required: true },
      query: [OPTIONAL_IS_HOME, DEEP_COPY],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const template = requirePathKind(ctx, GLOSSARY, req, 'templateGUID', call);
        const properties = templateProperties(body, call, 'qualifiedName');
        const owner = ownerOf(ctx, req, scopeSource(body), call);
        const guid = await inTransaction(ctx, (tx) => {
          const element = createFromTemplate(
            tx,
            {
              template,
              overrides: templateOverrides(properties),
              source: owner,
              deepCopy: req.q['deepCopy'] === true,
            },
            call,
          );
          recordExternalIdentifier(tx, element, correlationOf(body), call);
          return element.guid;
        });
        return { guid };
      },
    }),
    forAnchor(
      '/glossaries/for-category/{glossaryCategoryGUID}/retrieve',
      'getGlossaryForCategory',
      'GlossaryCategory',
      'glossaryCategoryGUID',
      'CategoryAnchor',
    ),
    forAnchor(
      '/glossaries/for-term/{glossaryTermGUID}/retrieve',
      'getGlossaryForTerm',
      'GlossaryTerm',
      'glossaryTermGUID',
      'TermAnchor',
    ),
  ];
}

/** One page of categories: `elementList` with the correlation headers of the asset manager named. */
function categoryList(ctx: EmulatorContext, req: BoundRequest, elements: ElementRecord[], call: CallInfo): JsonObject {
  const { startFrom, pageSize } = pagingOf(req);
  const size = validatePaging(ctx, startFrom, pageSize, call);
  const scopeGUID = assetManagerOf(req.body).guid;
  return listAnswer(
    'elementList',
    visiblePage(ctx, call, elements, startFrom, size).map((e) => renderAMElement(ctx, GLOSSARY_CATEGORY, e, scopeGUID)),
  );
}

function categoryRoutes(area: ServiceArea): Route[] {
  const { ctx } = area;
  return [
    ...elementRoutes(area, {
      kind: GLOSSARY_CATEGORY,
      body: 'ReferenceableUpdateRequestBody',
      guidParam: 'glossaryCategoryGUID',
      elementPropertiesClasses: REFERENCEABLE_PROPERTIES_CLASSES,
      create: {
        path: '/glossaries/{glossaryGUID}/categories',
        action: 'createGlossaryCategory',
        parent: { param: 'glossaryGUID', type: 'Glossary', relationship: 'CategoryAnchor' },
        isHomeOptional: true,
        query: [{ name: 'isRootCategory', type: 'boolean', required: false, defaultValue: false }],
        after: (tx, element, req, call) => {
          if (req.q['isRootCategory'] !== true) return;
          tx.classify(element, {
            name: 'RootCategory',
            properties: {},
            origin: originFor(tx.ctx, undefined),
            createdBy: call.userId,
            createTime: tx.ctx.now(),
            version: 1,
          });
        },
      },
      update: {
        path: '/glossaries/categories/{glossaryCategoryGUID}/update',
        action: 'updateGlossaryCategory',
        mergeRequired: false,
      },
      remove: {
        path: '/glossaries/categories/{glossaryCategoryGUID}/remove',
        action: 'removeGlossaryCategory',
        bodyRequired: false,
        body: 'ReferenceableUpdateRequestBody',
      },
      find: {
        path: '/glossaries/categories/by-search-string',
        action: 'findGlossaryCategories',
        body: GLOSSARY_SEARCH_BODY,
      },
      byName: {
        path: '/glossaries/categories/by-name',
        action: 'getGlossaryCategoriesByName',
        body: GLOSSARY_NAME_BODY,
        properties: GLOSSARY_NAMES,
      },
      narrow: inGlossary,
      byGUID: {
        path: '/glossaries/categories/{glossaryCategoryGUID}/retrieve',
        action: 'getGlossaryCategoryByGUID',
        bodyRequired: false,
      },
      forParent: {
        path: '/glossaries/{glossaryGUID}/categories/retrieve',
        action: 'getCategoriesForGlossary',
        bodyRequired: false,
      },
    }),
    ...glossaryLinkRoutes(area, {
      path: '/glossaries/categories/{glossaryParentCategoryGUID}/subcategories/{glossaryChildCategoryGUID}',
      setupAction: 'setupCategoryParent',
      clearAction: 'clearCategoryParent',
      bodyRequired: false,
      bean: { className: 'RelationshipProperties', strings: {} },
      link: (req, call) => ({
        typeName: 'CategoryHierarchyLink',
        ends: [
          requirePathKind(ctx, GLOSSARY_CATEGORY, req, 'glossaryParentCategoryGUID', call),
          requirePathKind(ctx, GLOSSARY_CATEGORY, req, 'glossaryChildCategoryGUID', call),
        ],
      }),
    }),
    route(area, {
      method: 'POST',
      path: '/glossaries/categories/{glossaryCategoryGUID}/parent/retrieve',
      action: 'getGlossaryCategoryParent',
      response: 'GlossaryCategoryElementResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: false },
      query: FLAGS,
      handle: (req, call) => {
        const category = requirePathKind(ctx, GLOSSARY_CATEGORY, req, 'glossaryCategoryGUID', call);
        const parents = elementsAtEnd(ctx, category.guid, 'CategoryHierarchyLink', 1);
        if (parents.length === 0) return {};
        if (parents.length > 1) {
          throw egeriaError(
            PropertyServerException,
            'MULTIPLE_BEANS_FOUND',
            [
              'GlossaryCategory',
              call.action,
              parents.map((p) => p.guid).join(', '),
              category.guid,
              call.service,
              ctx.serverName,
            ],
            { actionDescription: call.action },
          );
        }
        // 5.2 attaches the correlation headers of the category asked about; these are the parent's own.
        return { element: renderAMElement(ctx, GLOSSARY_CATEGORY, parents[0], assetManagerOf(req.body).guid) };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/glossaries/categories/{glossaryCategoryGUID}/subcategories/retrieve',
      action: 'getGlossarySubCategories',
      response: 'GlossaryCategoryElementsResponse',
      body: { spec: EFFECTIVE_TIME_QUERY, required: false },
      query: PAGED,
      handle: (req, call) => {
        const category = requirePathKind(ctx, GLOSSARY_CATEGORY, req, 'glossaryCategoryGUID', call);
        return categoryList(ctx, req, elementsAtEnd(ctx, category.guid, 'CategoryHierarchyLink', 2), call);
      },
    }),
  ];
}

/** Every glossary, category and term route of the Asset Manager. */
export function assetManagerGlossaryRoutes(area: ServiceArea): Route[] {
  return [...glossaryRoutes(area), ...categoryRoutes(area), ...glossaryTermRoutes(area)];
}
