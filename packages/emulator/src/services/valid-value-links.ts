/**
 * Data Manager OMAS: the links of valid values (Egeria 5.2's DataManagerValidValuesResource):
 * set membership (`ValidValueMember`), valid values of a consumer (`ValidValuesAssignment`) and
 * reference value tags (`ReferenceValueAssignment`), and the lists that follow them.
 *
 * Egeria 5.2's own behaviour is kept: `clearReferenceValueTag` removes the `ValidValuesAssignment`
 * between the two elements (its REST service calls the handler's unassignValidValueFromConsumer),
 * not the reference value tag; `getConsumersOfValidValue` and `getAssigneesOfReferenceValue` only
 * return consumers and assignees that are themselves valid value definitions (the handler asks
 * for that type at the far end); `getValidValuesForConsumer` fails when an element has several.
 */
import { PropertyServerException } from '@egeria-ts/core';
import type { Route } from '../server/http-server';
import type { BoundRequest, JsonObject } from '../server/binding';
import { egeriaError } from '../ffdc/ffdc';
import type { ElementRecord, RelationshipRecord } from '../store/records';
import { isTypeOf } from '../store/type-registry';
import { inTransaction } from './context';
import type { EmulatorContext } from './context';
import { isVisibleTo, listAnswer, page, requireElement, sourceOf, validatePaging, verifySource } from './elements';
import type { CallInfo } from './elements';
import { pagingOf, requireBody, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { EXTERNAL_SOURCE_REQUEST_BODY, PAGING, RELATIONSHIP_REQUEST_BODY } from './request-beans';
import { linkBetween, relatedElementBean, relationshipPropertiesOf, unlinkBetween } from './relationship-links';
import type { RelationshipBean } from './relationship-links';
import { renderValidValue, requireValidValue } from './valid-values';

const VALID_VALUES_PACKAGE = 'org.odpi.openmetadata.frameworks.openmetadata.properties.validvalues';

/** One kind of valid value link: its type, its properties bean and the route parameters at each end. */
interface ValidValueLink {
  readonly typeName: string;
  readonly bean: RelationshipBean;
  /** The path parameter naming end 1, the type it must be and the name Egeria's handler reports. */
  readonly end1: { readonly param: string; readonly type: string; readonly reported: string };
  /** The path parameter naming end 2 (a valid value definition) and the name Egeria's handler reports. */
  readonly end2: { readonly param: string; readonly reported: string };
}

const MEMBER: ValidValueLink = {
  typeName: 'ValidValueMember',
  bean: {
    beanClass: 'ValidValueMembershipProperties',
    javaClass: `${VALID_VALUES_PACKAGE}.ValidValueMembershipProperties`,
    stored: { defaultValue: 'isDefaultValue' },
    whenAbsent: { isDefaultValue: false },
  },
  end1: { param: 'validValueSetGUID', type: 'ValidValuesSet', reported: 'setGUID' },
  end2: { param: 'validValueMemberGUID', reported: 'validValueGUID' },
};

const ASSIGNMENT: ValidValueLink = {
  typeName: 'ValidValuesAssignment',
  bean: {
    beanClass: 'ValidValueAssignmentProperties',
    javaClass: `${VALID_VALUES_PACKAGE}.ValidValueAssignmentProperties`,
    whenAbsent: { strictRequirement: false },
  },
  end1: { param: 'elementGUID', type: 'Referenceable', reported: 'consumerGUID' },
  end2: { param: 'validValueGUID', reported: 'validValueGUID' },
};

const REFERENCE_TAG: ValidValueLink = {
  typeName: 'ReferenceValueAssignment',
  bean: {
    beanClass: 'ReferenceValueAssignmentProperties',
    javaClass: `${VALID_VALUES_PACKAGE}.ReferenceValueAssignmentProperties`,
    whenAbsent: { confidence: 100 },
  },
  end1: { param: 'elementGUID', type: 'Referenceable', reported: 'referenceableGUID' },
  end2: { param: 'validValueGUID', reported: 'validValueGUID' },
};

/** The two ends a link request names. */
function endsOf(
  ctx: EmulatorContext,
  req: BoundRequest,
  linkType: ValidValueLink,
  call: CallInfo,
): [ElementRecord, ElementRecord] {
  const end1 = requireElement(ctx, req.params[linkType.end1.param], linkType.end1.type, linkType.end1.reported, call);
  const end2 = requireValidValue(ctx, req.params[linkType.end2.param], linkType.end2.reported, call);
  return [end1, end2];
}

/** A `ValidValueElement` found through a relationship: with the relationship as `relatedElement`. */
function validValueThrough(ctx: EmulatorContext, relationship: RelationshipRecord, element: ElementRecord): JsonObject {
  const out = renderValidValue(ctx, element);
  if (relationship.typeName === MEMBER.typeName) {
    out['setGUID'] = relationship.end1GUID;
    out['isDefaultValue'] = relationship.properties['isDefaultValue'] === true;
  }
  out['relatedElement'] = relatedElementBean(ctx, relationship, element);
  return out;
}

/** The Data Manager's valid value link routes. */
export function validValueLinkRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const setup = (path: string, action: string, linkType: ValidValueLink): Route =>
    route(area, {
      method: 'POST',
      path,
      action,
      response: 'VoidResponse',
      body: { spec: RELATIONSHIP_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const properties = relationshipPropertiesOf(linkType.bean, body['properties'], call);
        const [end1, end2] = endsOf(ctx, req, linkType, call);
        const owner = verifySource(ctx, sourceOf(body), call);
        await inTransaction(ctx, (tx) => linkBetween(tx, linkType.typeName, end1, end2, owner, properties, call));
        return {};
      },
    });
  const clear = (path: string, action: string, linkType: ValidValueLink, removed: string): Route =>
    route(area, {
      method: 'POST',
      path,
      action,
      response: 'VoidResponse',
      body: { spec: EXTERNAL_SOURCE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const [end1, end2] = endsOf(ctx, req, linkType, call);
        await inTransaction(ctx, (tx) => unlinkBetween(tx, removed, end1.guid, end2.guid, sourceOf(body), call));
        return {};
      },
    });
  /** A paged list of what lies at the other end of the relationships of a type at one end of an element. */
  const list = (options: {
    path: string;
    action: string;
    response: string;
    param: string;
    startType: string;
    relationshipType: string;
    /** The end the element is at. */
    end: 1 | 2;
    /** The type the far end must be (Egeria's resulting element type). */
    farType: string;
    render: (relationship: RelationshipRecord, far: ElementRecord) => JsonObject;
  }): Route =>
    route(area, {
      method: 'GET',
      path: options.path,
      action: options.action,
      response: options.response,
      query: PAGING,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const element = requireElement(ctx, req.params[options.param], options.startType, options.param, call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const found: JsonObject[] = [];
        for (const relationship of ctx.state.store.relationshipsOf(
          element.guid,
          options.relationshipType,
          options.end,
        )) {
          const far = ctx.state.store.getElement(options.end === 1 ? relationship.end2GUID : relationship.end1GUID);
          if (far !== undefined && isTypeOf(far.typeName, options.farType) && isVisibleTo(ctx, call, far))
            found.push(options.render(relationship, far));
        }
        return listAnswer('elements', page(found, startFrom, size));
      },
    });
  const related = (relationship: RelationshipRecord, far: ElementRecord) => relatedElementBean(ctx, relationship, far);
  const throughValue = (relationship: RelationshipRecord, far: ElementRecord) =>
    validValueThrough(ctx, relationship, far);
  const memberPath = '/valid-values/{validValueSetGUID}/valid-value-members/{validValueMemberGUID}';
  const assignmentPath = '/valid-values/{elementGUID}/valid-values/{validValueGUID}';
  const tagPath = '/valid-values/{elementGUID}/reference-value-tags/{validValueGUID}';
  return [
    setup(memberPath, 'setupValidValueMember', MEMBER),
    clear(`${memberPath}/delete`, 'clearValidValueMember', MEMBER, MEMBER.typeName),
    setup(assignmentPath, 'setupValidValues', ASSIGNMENT),
    clear(`${assignmentPath}/delete`, 'clearValidValues', ASSIGNMENT, ASSIGNMENT.typeName),
    setup(tagPath, 'setupReferenceValueTag', REFERENCE_TAG),
    // Egeria 5.2 removes the valid values assignment here, not the reference value tag.
    clear(`${tagPath}/delete`, 'clearReferenceValueTag', REFERENCE_TAG, ASSIGNMENT.typeName),
    list({
      path: '/valid-values/members/{validValueSetGUID}',
      action: 'getValidValueSetMembers',
      response: 'ValidValuesResponse',
      param: 'validValueSetGUID',
      startType: 'ValidValuesSet',
      relationshipType: MEMBER.typeName,
      end: 1,
      farType: 'ValidValueDefinition',
      render: throughValue,
    }),
    list({
      path: '/valid-values/sets/{validValueGUID}',
      action: 'getSetsForValidValue',
      response: 'ValidValuesResponse',
      param: 'validValueGUID',
      startType: 'ValidValueDefinition',
      relationshipType: MEMBER.typeName,
      end: 2,
      farType: 'ValidValuesSet',
      render: throughValue,
    }),
    list({
      path: '/valid-values/{validValueGUID}/consumers',
      action: 'getConsumersOfValidValue',
      response: 'RelatedElementsResponse',
      param: 'validValueGUID',
      startType: 'Referenceable',
      relationshipType: ASSIGNMENT.typeName,
      end: 2,
      farType: 'ValidValueDefinition',
      render: related,
    }),
    list({
      path: '/valid-values/by-reference-value-tags/{elementGUID}',
      action: 'getReferenceValues',
      response: 'ValidValuesResponse',
      param: 'elementGUID',
      startType: 'Referenceable',
      relationshipType: REFERENCE_TAG.typeName,
      end: 1,
      farType: 'ValidValueDefinition',
      render: throughValue,
    }),
    list({
      path: '/valid-values/{validValueGUID}/by-reference-value-tag-assignees',
      action: 'getAssigneesOfReferenceValue',
      response: 'RelatedElementsResponse',
      param: 'validValueGUID',
      startType: 'Referenceable',
      relationshipType: REFERENCE_TAG.typeName,
      end: 2,
      farType: 'ValidValueDefinition',
      render: related,
    }),
    route(area, {
      method: 'GET',
      path: '/valid-values/by-consumer/{elementGUID}',
      action: 'getValidValuesForConsumer',
      response: 'ValidValueResponse',
      handle: (req, call) => {
        const element = requirePathElement(ctx, 'Referenceable', req, 'elementGUID', call);
        const values = ctx.state.store
          .relationshipsOf(element.guid, ASSIGNMENT.typeName, 1)
          .map((r) => ctx.state.store.getElement(r.end2GUID))
          .filter((e): e is ElementRecord => e !== undefined && isTypeOf(e.typeName, 'ValidValueDefinition'));
        if (values.length === 0) return {};
        if (values.length > 1) {
          throw egeriaError(
            PropertyServerException,
            'MULTIPLE_RELATIONSHIPS_FOUND',
            [
              'ValidValueDefinition',
              'Referenceable',
              element.guid,
              `[${values.map((v) => v.guid).join(', ')}]`,
              call.action,
              ctx.serverName,
            ],
            { actionDescription: call.action },
          );
        }
        return { element: renderValidValue(ctx, values[0]) };
      },
    }),
  ];
}
