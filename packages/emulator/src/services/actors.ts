/**
 * Actors, as the Community Profile and Security Manager OMASs of Egeria 5.2 serve them: actor
 * profiles (with contact methods, a contribution record and team structure), person roles (with
 * appointments and team leadership or membership), user identities (linked to profiles through
 * ProfileIdentity) and security groups (governance definitions with a distinguished name).
 * Each builder returns the routes of one element kind for a service area, so that both services
 * (and the IT Infrastructure OMAS's user identities) share one implementation.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, BoundRequest, JsonObject, QueryParamSpec } from '../server/binding';
import { noRequestBody, nullName } from '../ffdc/ffdc';
import { readBean, writeBean } from './bean-fields';
import { inTransaction } from './context';
import type { EmulatorContext, MetadataSourceRef, Transaction } from './context';
import { link } from './database-manager';
import {
  checkProvenance,
  compileSearchString,
  createElement,
  deleteElementTree,
  isKind,
  isVisibleTo,
  listAnswer,
  matchesAnyProperty,
  page,
  readKindProperties,
  renderElement,
  requireElement,
  requireKind,
  sourceOf,
  unknownRelationship,
  updateElement,
  validatePaging,
  verifySource,
  visiblePage,
} from './elements';
import type { CallInfo, ElementKind } from './elements';
import { elementStub, relationshipStub } from './headers';
import {
  allOfKindRoute,
  byNameRoute,
  elementsOfKind,
  findRoute,
  getByGUIDRoute,
  pagingOf,
  requireBody,
  requirePathElement,
  requirePathKind,
  route,
} from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { outTopicConnection } from './metadata-sources';
import { activateTopic } from './out-topic-events';
import { REFERENCEABLE_PROPERTIES_CLASSES, RELATIONSHIP_PROPERTIES_CLASSES } from './polymorphic-classes';
import {
  EXTERNAL_SOURCE_REQUEST_BODY,
  NULL_REQUEST_BODY,
  PAGING,
  REFERENCEABLE_REQUEST_BODY,
  RELATIONSHIP_REQUEST_BODY,
} from './request-beans';
import type { ElementRecord, RelationshipRecord } from '../store/records';

const ACTORS = 'org.odpi.openmetadata.frameworks.openmetadata.properties.actors';
const SOURCE = { externalSourceGUID: 'string', externalSourceName: 'string' } as const;
const IS_MERGE_UPDATE: QueryParamSpec = { name: 'isMergeUpdate', type: 'boolean', required: true };

// ---------------------------------------------------------------- request beans

/** `ActorProfileRequestBody`: the source, the profile's properties and an optional contribution record. */
const ACTOR_PROFILE_REQUEST_BODY: BeanSpec = {
  name: 'ActorProfileRequestBody',
  fields: {
    ...SOURCE,
    properties: { name: 'ReferenceableProperties', acceptedClasses: REFERENCEABLE_PROPERTIES_CLASSES },
    contributionRecord: { name: 'ReferenceableProperties', acceptedClasses: REFERENCEABLE_PROPERTIES_CLASSES },
  },
};

/** `ContactMethodRequestBody`, `PersonRoleRequestBody`: the source and an untyped properties bean. */
export function untypedPropertiesBody(name: string): BeanSpec {
  return { name, fields: { ...SOURCE, properties: 'object' } };
}

/** `EffectiveDatesRequestBody`. */
const EFFECTIVE_DATES_REQUEST_BODY: BeanSpec = {
  name: 'EffectiveDatesRequestBody',
  fields: { ...SOURCE, effectiveFrom: 'date', effectiveTo: 'date' },
};

/** `AppointmentRequestBody`. */
const APPOINTMENT_REQUEST_BODY: BeanSpec = {
  name: 'AppointmentRequestBody',
  fields: { ...SOURCE, effectiveTime: 'date', properties: 'object' },
};

/** `TeamPlayerRequestBody`. */
const TEAM_PLAYER_REQUEST_BODY: BeanSpec = {
  name: 'TeamPlayerRequestBody',
  fields: { ...SOURCE, position: 'string', isLeadershipRole: 'boolean' },
};

/** `ResultsRequestBody`. */
const RESULTS_REQUEST_BODY: BeanSpec = {
  name: 'ResultsRequestBody',
  fields: { effectiveTime: 'date', asOfTime: 'date', limitResultsByStatus: 'list' },
};

/** `SecurityGroupProperties` sent as the request body (polymorphic: `GovernanceDefinitionProperties`). */
const SECURITY_GROUP_BODY: BeanSpec = {
  name: 'GovernanceDefinitionProperties',
  acceptedClasses: [
    'GovernanceDefinitionProperties',
    'SecurityGroupProperties',
    'LicenseTypeProperties',
    'CertificationTypeProperties',
    'DataProcessingPurposeProperties',
  ],
};

// ---------------------------------------------------------------- element kinds

/** Actor profiles (people, teams, IT profiles). */
export const ACTOR_PROFILE: ElementKind = {
  typeName: 'ActorProfile',
  propertiesClass: 'ActorProfileProperties',
  acceptedPropertiesClasses: ['ActorProfileProperties', 'ITProfileProperties'],
  javaPropertiesClass: `${ACTORS}.ActorProfileProperties`,
  beanField: 'profileProperties',
  nameProperties: ['qualifiedName', 'knownName'],
  extras: (ctx, e) => profileExtras(ctx, e),
};

/** Person roles. */
export const PERSON_ROLE: ElementKind = {
  typeName: 'PersonRole',
  propertiesClass: 'PersonRoleProperties',
  acceptedPropertiesClasses: ['PersonRoleProperties'],
  javaPropertiesClass: `${ACTORS}.PersonRoleProperties`,
  beanField: 'properties',
  nameProperties: ['qualifiedName', 'title', 'roleId'],
};

/** User identities. */
export const USER_IDENTITY: ElementKind = {
  typeName: 'UserIdentity',
  propertiesClass: 'UserIdentityProperties',
  acceptedPropertiesClasses: ['UserIdentityProperties'],
  javaPropertiesClass: `${ACTORS}.UserIdentityProperties`,
  beanField: 'properties',
  nameProperties: ['qualifiedName', 'userId'],
};

/** Contact methods of a profile (`ContactDetails` entities). */
export const CONTACT_METHOD: ElementKind = {
  typeName: 'ContactDetails',
  propertiesClass: 'ContactMethodProperties',
  acceptedPropertiesClasses: ['ContactMethodProperties'],
  javaPropertiesClass: `${ACTORS}.ContactMethodProperties`,
  beanField: 'properties',
  nameProperties: ['name'],
};

/** Security groups (their `documentIdentifier` is their unique name). */
export const SECURITY_GROUP: ElementKind = {
  typeName: 'SecurityGroup',
  propertiesClass: 'SecurityGroupProperties',
  acceptedPropertiesClasses: ['SecurityGroupProperties'],
  javaPropertiesClass: 'org.odpi.openmetadata.frameworks.openmetadata.properties.security.SecurityGroupProperties',
  beanField: 'properties',
  nameProperties: ['documentIdentifier', 'title'],
};

const CONTRIBUTION_RECORD: ElementKind = {
  typeName: 'ContributionRecord',
  propertiesClass: 'ContributionRecord',
  acceptedPropertiesClasses: ['ContributionRecord'],
  javaPropertiesClass: `${ACTORS}.ContributionRecord`,
  beanField: 'properties',
  nameProperties: ['qualifiedName'],
};

// ---------------------------------------------------------------- helpers

/** The elements at the other end of an element's relationships of a type. */
export function relatedElements(
  ctx: EmulatorContext,
  guid: string,
  typeName: string,
  end: 1 | 2,
): { relationship: RelationshipRecord; element: ElementRecord }[] {
  const out: { relationship: RelationshipRecord; element: ElementRecord }[] = [];
  for (const relationship of ctx.state.store.relationshipsOf(guid, typeName, end)) {
    const element = ctx.state.store.getElement(end === 1 ? relationship.end2GUID : relationship.end1GUID);
    if (element !== undefined) out.push({ relationship, element });
  }
  return out;
}

/** The relationship of a type between two elements (end 1, end 2), if any. */
export function relationshipBetween(
  ctx: EmulatorContext,
  end1GUID: string,
  end2GUID: string,
  typeName: string,
): RelationshipRecord | undefined {
  return ctx.state.store.relationshipsOf(end1GUID, typeName, 1).find((r) => r.end2GUID === end2GUID);
}

/** The `ElementHeader` of a relationship. */
export function relationshipHeader(ctx: EmulatorContext, relationship: RelationshipRecord): JsonObject {
  return { ...relationshipStub(relationship, ctx.serverName), class: 'ElementHeader' };
}

/** Whether a relationship is effective at a time (epoch ms); always true without a time. */
function effectiveAt(relationship: RelationshipRecord, time: number | undefined): boolean {
  if (time === undefined) return true;
  const from = relationship.properties['effectiveFrom'];
  const to = relationship.properties['effectiveTo'];
  return (typeof from !== 'number' || from <= time) && (typeof to !== 'number' || to > time);
}

/** Reads an untyped (non-polymorphic) properties bean; a missing one is Egeria's no-request-body error. */
function readUntyped(area: ServiceArea, className: string, raw: unknown, call: CallInfo): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null) throw noRequestBody(call.userId, call.action, area.ctx.serverName);
  return readBean(className, raw as JsonObject);
}

/** A relationship's stored properties from a bean, dropping empty values. */
function relationshipProperties(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null) out[k] = v;
  return out;
}

/** Creates or replaces a relationship's properties (merge or replace), with the provenance check. */
function updateRelationshipProperties(
  tx: Transaction,
  relationship: RelationshipRecord,
  properties: Record<string, unknown>,
  isMergeUpdate: boolean,
  source: { guid?: string; name?: string },
  call: CallInfo,
): void {
  checkProvenance(relationship, source, call);
  const next = relationshipProperties(isMergeUpdate ? { ...relationship.properties, ...properties } : properties);
  tx.reviseRelationship(relationship, next, call.userId);
}

/** Adds a profile's contact methods (`contactMethods`) to the extras of its bean, when it has some. */
export function addContactMethods(ctx: EmulatorContext, profile: ElementRecord, out: JsonObject): void {
  const contacts = relatedElements(ctx, profile.guid, 'ContactThrough', 1).map(({ element }) =>
    renderElement(ctx, CONTACT_METHOD, element),
  );
  if (contacts.length > 0) out['contactMethods'] = contacts;
}

/** Adds a profile's user identities, each with its `ProfileIdentity` properties (`userIdentities`), when it has some. */
export function addUserIdentities(ctx: EmulatorContext, profile: ElementRecord, out: JsonObject): void {
  const identities = relatedElements(ctx, profile.guid, 'ProfileIdentity', 1).map(({ relationship, element }) => ({
    profileIdentity: writeBean('ProfileIdentityProperties', relationship.properties),
    userIdentity: renderElement(ctx, USER_IDENTITY, element),
  }));
  if (identities.length > 0) out['userIdentities'] = identities;
}

/**
 * The first profile (of those `accept` takes) linked to a user identity with the user id, or Egeria's
 * null-name error for an empty one.
 */
export function profileForUserId(
  ctx: EmulatorContext,
  userId: string,
  call: CallInfo,
  accept: (profile: ElementRecord) => boolean = () => true,
): ElementRecord | undefined {
  if (userId === '') throw nullName('actorProfileUserId', call.action);
  for (const identity of elementsOfKind(ctx, USER_IDENTITY)) {
    if (identity.properties['userId'] !== userId) continue;
    const profile = relatedElements(ctx, identity.guid, 'ProfileIdentity', 2).find(({ element }) => accept(element));
    if (profile !== undefined) return profile.element;
  }
  return undefined;
}

/**
 * `addContactMethod` and `deleteContactMethod` below `/profiles`: a contact method anchored to the
 * profile `profileOf` reads from the path, linked by `ContactThrough`.
 */
export function contactMethodRoutes(
  area: ServiceArea,
  options: {
    readonly profileParam: string;
    readonly profileOf: (req: BoundRequest, call: CallInfo) => ElementRecord;
    readonly answerGUID?: boolean;
  },
): Route[] {
  return [
    createWithPropertiesRoute(area, CONTACT_METHOD, {
      path: `/profiles/{${options.profileParam}}/contact-methods`,
      action: 'addContactMethod',
      body: untypedPropertiesBody('ContactMethodRequestBody'),
      typed: false,
      answerGUID: options.answerGUID,
      prepare: (req, _body, call) => ({ anchorGUID: options.profileOf(req, call).guid }),
      after: (tx, element, _body, source, call) =>
        link(tx, 'ContactThrough', element.anchorGUID ?? '', element.guid, source, call),
    }),
    deleteRoute(area, CONTACT_METHOD, {
      path: '/profiles/contact-methods/{contactMethodGUID}/delete',
      guidParam: 'contactMethodGUID',
      action: 'deleteContactMethod',
    }),
  ];
}

function profileExtras(ctx: EmulatorContext, profile: ElementRecord): JsonObject {
  const out: JsonObject = {};
  addContactMethods(ctx, profile, out);
  const record = ctx.state.store.relationshipsOf(profile.guid, 'Contribution', 1)[0];
  const recordElement = record === undefined ? undefined : ctx.state.store.getElement(record.end2GUID);
  if (recordElement !== undefined) out['contributionRecord'] = renderElement(ctx, CONTRIBUTION_RECORD, recordElement);
  addUserIdentities(ctx, profile, out);
  const roles = relatedElements(ctx, profile.guid, 'PersonRoleAppointment', 1).map(({ element }) =>
    elementStub(element, ctx.serverName),
  );
  if (roles.length > 0) out['personRoles'] = roles;
  const superTeam = relatedElements(ctx, profile.guid, 'TeamStructure', 2)[0];
  if (superTeam !== undefined) out['superTeam'] = elementStub(superTeam.element, ctx.serverName);
  const subTeams = relatedElements(ctx, profile.guid, 'TeamStructure', 1).map(({ element }) =>
    elementStub(element, ctx.serverName),
  );
  if (subTeams.length > 0) out['subTeams'] = subTeams;
  return out;
}

/** Saves the contribution record of an `ActorProfileRequestBody`, when it has one. */
function saveContribution(tx: Transaction, profile: ElementRecord, body: JsonObject, call: CallInfo): void {
  const record = body['contributionRecord'];
  if (typeof record === 'object' && record !== null) {
    saveContributionRecord(tx, profile, readBean('ContributionRecord', record as JsonObject), call);
  }
}

/** Saves (creates or updates) the contribution record of a profile, as Egeria's handler does (no metadata source). */
function saveContributionRecord(
  tx: Transaction,
  profile: ElementRecord,
  record: Record<string, unknown>,
  call: CallInfo,
): void {
  const values: Record<string, unknown> = {};
  for (const field of ['karmaPoints', 'isPublic']) if (record[field] !== undefined) values[field] = record[field];
  const existing = relatedElements(tx.ctx, profile.guid, 'Contribution', 1)[0];
  if (existing !== undefined) {
    updateElement(tx, existing.element, values, true, {}, call);
    return;
  }
  const qualifiedName = `ContributionRecord:${String(profile.properties['qualifiedName'] ?? profile.guid)}`;
  const element = createElement(
    tx,
    CONTRIBUTION_RECORD,
    { properties: { ...values, qualifiedName }, source: undefined, anchorGUID: profile.guid },
    call,
  );
  link(tx, 'Contribution', profile.guid, element.guid, undefined, call);
}

/** A GET list route over an element's related elements. */
function relatedListRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: {
    path: string;
    guidParam: string;
    guidType: string;
    action: string;
    response: string;
    related: (ctx: EmulatorContext, element: ElementRecord) => ElementRecord[];
    render?: (ctx: EmulatorContext, element: ElementRecord) => JsonObject;
  },
): Route {
  return route(area, {
    method: 'GET',
    path: options.path,
    action: options.action,
    response: options.response,
    query: PAGING,
    handle: (req, call) => {
      const { startFrom, pageSize } = pagingOf(req);
      const element = requireElement(
        area.ctx,
        req.params[options.guidParam],
        options.guidType,
        options.guidParam,
        call,
      );
      const size = validatePaging(area.ctx, startFrom, pageSize, call);
      const related = options.related(area.ctx, element).filter((e) => isKind(kind, e));
      const render = options.render ?? ((ctx, e) => renderElement(ctx, kind, e));
      return listAnswer(
        'elements',
        visiblePage(area.ctx, call, related, startFrom, size).map((e) => render(area.ctx, e)),
      );
    },
  });
}

/** A POST route that creates an element of a kind from `{ source, properties }` (typed or untyped properties). */
export function createWithPropertiesRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: {
    path: string;
    action: string;
    body: BeanSpec;
    typed: boolean;
    after?: (
      tx: Transaction,
      element: ElementRecord,
      body: JsonObject,
      source: MetadataSourceRef | undefined,
      call: CallInfo,
    ) => void;
    prepare?: (req: BoundRequest, body: JsonObject, call: CallInfo) => { anchorGUID?: string } | void;
    /** Whether the answer carries the new GUID (false where Egeria drops it); true by default. */
    answerGUID?: boolean;
  },
): Route {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'GUIDResponse',
    body: { spec: options.body, required: true },
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      if (body['properties'] === undefined || body['properties'] === null) {
        throw noRequestBody(call.userId, call.action, area.ctx.serverName);
      }
      const properties = options.typed
        ? readKindProperties(kind, body['properties'], call, true)
        : readUntyped(area, kind.propertiesClass, body['properties'], call);
      if (!options.typed && kind.nameProperties.includes('qualifiedName')) {
        if (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '') {
          throw nullName('qualifiedName', call.action);
        }
      }
      const source = verifySource(area.ctx, sourceOf(body), call);
      const prepared = options.prepare?.(req, body, call) ?? {};
      const guid = await inTransaction(area.ctx, (tx) => {
        const element = createElement(tx, kind, { properties, source, anchorGUID: prepared.anchorGUID }, call);
        options.after?.(tx, element, body, source, call);
        return element.guid;
      });
      return options.answerGUID === false ? {} : { guid };
    },
  });
}

/** A POST route that updates an element of a kind from `{ source, properties }` (`isMergeUpdate` required). */
export function updateWithPropertiesRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: {
    path: string;
    guidParam: string;
    action: string;
    body: BeanSpec;
    typed: boolean;
    after?: (tx: Transaction, element: ElementRecord, body: JsonObject, call: CallInfo) => void;
  },
): Route {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'VoidResponse',
    body: { spec: options.body, required: true },
    query: [IS_MERGE_UPDATE],
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const isMergeUpdate = req.q['isMergeUpdate'] === true;
      if (body['properties'] === undefined || body['properties'] === null) {
        throw noRequestBody(call.userId, call.action, area.ctx.serverName);
      }
      const properties = options.typed
        ? readKindProperties(kind, body['properties'], call, !isMergeUpdate)
        : readUntyped(area, kind.propertiesClass, body['properties'], call);
      const element = requireKind(area.ctx, kind, req.params[options.guidParam], options.guidParam, call);
      await inTransaction(area.ctx, (tx) => {
        const updated = updateElement(tx, element, properties, isMergeUpdate, sourceOf(body), call);
        options.after?.(tx, updated, body, call);
      });
      return {};
    },
  });
}

/** A POST `.../delete` route for an element of a kind (and what is anchored to it). */
export function deleteRoute(
  area: ServiceArea,
  kind: ElementKind,
  options: { path: string; guidParam: string; action: string; body?: BeanSpec; bodyRequired?: boolean },
): Route {
  return route(area, {
    method: 'POST',
    path: options.path,
    action: options.action,
    response: 'VoidResponse',
    body: { spec: options.body ?? EXTERNAL_SOURCE_REQUEST_BODY, required: options.bodyRequired ?? true },
    handle: async (req, call) => {
      const element = requireKind(area.ctx, kind, req.params[options.guidParam], options.guidParam, call);
      await inTransaction(area.ctx, (tx) => deleteElementTree(tx, element, sourceOf(req.body), call));
      return {};
    },
  });
}

/** Deletes a relationship after the provenance check. */
function unlink(
  tx: Transaction,
  relationship: RelationshipRecord,
  source: { guid?: string; name?: string },
  call: CallInfo,
): void {
  checkProvenance(relationship, source, call);
  tx.deleteRelationship(relationship);
}

// ---------------------------------------------------------------- actor profiles

/** Which actor profile operations a service serves. */
export interface ProfileRouteOptions {
  /** Create, update, delete, contact methods and team structure (Community Profile); reads only otherwise. */
  readonly writes: boolean;
  /** The action names of the by-name and search reads (they differ between services). */
  readonly byNameAction: string;
  readonly findAction: string;
}

/** The actor profile routes below `/profiles`. */
export function actorProfileRoutes(area: ServiceArea, options: ProfileRouteOptions): Route[] {
  const ctx = area.ctx;
  const reads: Route[] = [
    getByGUIDRoute(area, ACTOR_PROFILE, {
      path: '/profiles/{actorProfileGUID}',
      guidParam: 'actorProfileGUID',
      action: 'getActorProfileByGUID',
      response: 'ActorProfileResponse',
    }),
    route(area, {
      method: 'GET',
      path: '/profiles/user-ids/{actorProfileUserId}',
      action: 'getActorProfileByUserId',
      response: 'ActorProfileResponse',
      handle: (req, call) => {
        const profile = profileForUserId(ctx, req.params['actorProfileUserId'] ?? '', call);
        return profile === undefined ? {} : { element: renderElement(ctx, ACTOR_PROFILE, profile) };
      },
    }),
    byNameRoute(area, ACTOR_PROFILE, {
      path: '/profiles/by-name',
      action: options.byNameAction,
      response: 'ActorProfilesResponse',
    }),
    findRoute(area, ACTOR_PROFILE, {
      path: '/profiles/by-search-string',
      action: options.findAction,
      response: 'ActorProfilesResponse',
    }),
  ];
  if (!options.writes) return reads;
  return [
    ...reads,
    allOfKindRoute(area, ACTOR_PROFILE, {
      path: '/profiles',
      action: 'getActorProfiles',
      response: 'ActorProfilesResponse',
    }),
    relatedListRoute(area, ACTOR_PROFILE, {
      path: '/profiles/locations/{locationGUID}',
      guidParam: 'locationGUID',
      guidType: 'Location',
      action: 'getActorProfilesByLocation',
      response: 'ActorProfilesResponse',
      related: (c, location) => relatedElements(c, location.guid, 'ProfileLocation', 2).map((r) => r.element),
    }),
    createWithPropertiesRoute(area, ACTOR_PROFILE, {
      path: '/profiles',
      action: 'createActorProfile',
      body: ACTOR_PROFILE_REQUEST_BODY,
      typed: true,
      after: (tx, element, body, _source, call) => saveContribution(tx, element, body, call),
    }),
    updateWithPropertiesRoute(area, ACTOR_PROFILE, {
      path: '/profiles/{actorProfileGUID}',
      guidParam: 'actorProfileGUID',
      action: 'updateActorProfile',
      body: ACTOR_PROFILE_REQUEST_BODY,
      typed: true,
      after: (tx, element, body, call) => saveContribution(tx, element, body, call),
    }),
    deleteRoute(area, ACTOR_PROFILE, {
      path: '/profiles/{actorProfileGUID}/delete',
      guidParam: 'actorProfileGUID',
      action: 'deleteActorProfile',
    }),
    ...contactMethodRoutes(area, {
      profileParam: 'actorProfileGUID',
      profileOf: (req, call) => requirePathKind(ctx, ACTOR_PROFILE, req, 'actorProfileGUID', call),
    }),
    route(area, {
      method: 'POST',
      path: '/profiles/{superTeamProfileGUID}/sub-team-profiles/{subTeamProfileGUID}/link',
      action: 'linkTeamsInHierarchy',
      response: 'VoidResponse',
      body: { spec: EFFECTIVE_DATES_REQUEST_BODY, required: true },
      query: [{ name: 'delegationEscalationAuthority', type: 'boolean', required: true }],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const superTeam = requirePathElement(ctx, 'Team', req, 'superTeamProfileGUID', call);
        const subTeam = requirePathElement(ctx, 'Team', req, 'subTeamProfileGUID', call);
        const source = verifySource(ctx, sourceOf(body), call);
        await inTransaction(ctx, (tx) => {
          if (relationshipBetween(ctx, superTeam.guid, subTeam.guid, 'TeamStructure') !== undefined) return;
          link(
            tx,
            'TeamStructure',
            superTeam.guid,
            subTeam.guid,
            source,
            call,
            relationshipProperties({
              delegationEscalationAuthority: req.q['delegationEscalationAuthority'] === true,
              effectiveFrom: body['effectiveFrom'],
              effectiveTo: body['effectiveTo'],
            }),
          );
        });
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/profiles/{superTeamProfileGUID}/sub-team-profiles/{subTeamProfileGUID}/unlink',
      action: 'unlinkTeamsInHierarchy',
      response: 'VoidResponse',
      body: { spec: EXTERNAL_SOURCE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const superTeam = requirePathElement(ctx, 'Team', req, 'superTeamProfileGUID', call);
        const subTeam = requirePathElement(ctx, 'Team', req, 'subTeamProfileGUID', call);
        const relationship = relationshipBetween(ctx, superTeam.guid, subTeam.guid, 'TeamStructure');
        if (relationship !== undefined) {
          await inTransaction(ctx, (tx) => unlink(tx, relationship, sourceOf(req.body), call));
        }
        return {};
      },
    }),
  ];
}

// ---------------------------------------------------------------- person roles

/** Which person role operations a service serves. */
export interface PersonRoleRouteOptions {
  /** Create, update, delete, appointments and team players (Community Profile); reads only otherwise. */
  readonly writes: boolean;
  readonly byNameAction: string;
  readonly findAction: string;
}

/** The person role routes below `/person-roles` (and `/team-profiles`). */
export function personRoleRoutes(area: ServiceArea, options: PersonRoleRouteOptions): Route[] {
  const ctx = area.ctx;
  const reads: Route[] = [
    getByGUIDRoute(area, PERSON_ROLE, {
      path: '/person-roles/{personRoleGUID}',
      guidParam: 'personRoleGUID',
      action: 'getPersonRoleByGUID',
      response: 'PersonRoleResponse',
    }),
    byNameRoute(area, PERSON_ROLE, {
      path: '/person-roles/by-name',
      action: options.byNameAction,
      response: 'PersonRolesResponse',
    }),
    findRoute(area, PERSON_ROLE, {
      path: '/person-roles/by-search-string',
      action: options.findAction,
      response: 'PersonRolesResponse',
    }),
    route(area, {
      method: 'POST',
      path: '/person-roles/{personRoleGUID}/appointees',
      action: 'getAppointees',
      response: 'AppointeesResponse',
      body: { spec: RESULTS_REQUEST_BODY, required: true },
      query: PAGING,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const { startFrom, pageSize } = pagingOf(req);
        const role = requirePathKind(ctx, PERSON_ROLE, req, 'personRoleGUID', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const time = typeof body['effectiveTime'] === 'number' ? body['effectiveTime'] : undefined;
        const appointees = relatedElements(ctx, role.guid, 'PersonRoleAppointment', 2)
          .filter(({ relationship, element }) => effectiveAt(relationship, time) && isVisibleTo(ctx, call, element))
          .map(({ relationship, element }) => appointee(ctx, relationship, element));
        return listAnswer('elements', page(appointees, startFrom, size));
      },
    }),
  ];
  if (!options.writes) return reads;
  const roleBody = untypedPropertiesBody('PersonRoleRequestBody');
  return [
    ...reads,
    createWithPropertiesRoute(area, PERSON_ROLE, {
      path: '/person-roles',
      action: 'createPersonRole',
      body: roleBody,
      typed: false,
    }),
    updateWithPropertiesRoute(area, PERSON_ROLE, {
      path: '/person-roles/{personRoleGUID}',
      guidParam: 'personRoleGUID',
      action: 'updatePersonRole',
      body: roleBody,
      typed: false,
    }),
    deleteRoute(area, PERSON_ROLE, {
      path: '/person-roles/{personRoleGUID}/delete',
      guidParam: 'personRoleGUID',
      action: 'deletePersonRole',
    }),
    route(area, {
      method: 'POST',
      path: '/person-roles/{personRoleGUID}/profiles/{personProfileGUID}/link',
      action: 'linkPersonRoleToProfile',
      response: 'GUIDResponse',
      body: { spec: APPOINTMENT_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const role = requirePathKind(ctx, PERSON_ROLE, req, 'personRoleGUID', call);
        const profile = requirePathKind(ctx, ACTOR_PROFILE, req, 'personProfileGUID', call);
        const properties = readBean('AppointmentProperties', (body['properties'] ?? {}) as JsonObject);
        const source = verifySource(ctx, sourceOf(body), call);
        const guid = await inTransaction(
          ctx,
          (tx) =>
            link(tx, 'PersonRoleAppointment', profile.guid, role.guid, source, call, relationshipProperties(properties))
              .guid,
        );
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/person-roles/appointees/{appointmentGUID}',
      action: 'updateAppointment',
      response: 'VoidResponse',
      body: { spec: APPOINTMENT_REQUEST_BODY, required: true },
      query: [IS_MERGE_UPDATE],
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const relationship = requireRelationship(ctx, req.params['appointmentGUID'], 'PersonRoleAppointment', call);
        const properties = readBean('AppointmentProperties', (body['properties'] ?? {}) as JsonObject);
        await inTransaction(ctx, (tx) =>
          updateRelationshipProperties(
            tx,
            relationship,
            properties,
            req.q['isMergeUpdate'] === true,
            sourceOf(body),
            call,
          ),
        );
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/person-roles/appointees/{appointmentGUID}/unlink',
      action: 'unlinkPersonRoleFromProfile',
      response: 'VoidResponse',
      body: { spec: EXTERNAL_SOURCE_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const relationship = requireRelationship(ctx, req.params['appointmentGUID'], 'PersonRoleAppointment', call);
        await inTransaction(ctx, (tx) => unlink(tx, relationship, sourceOf(req.body), call));
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/team-profiles/{teamProfileGUID}/team-roles/{teamRoleGUID}/link',
      action: 'linkTeamPlayer',
      response: 'VoidResponse',
      body: { spec: TEAM_PLAYER_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const team = requirePathElement(ctx, 'Team', req, 'teamProfileGUID', call);
        const role = requirePathKind(ctx, PERSON_ROLE, req, 'teamRoleGUID', call);
        const typeName = body['isLeadershipRole'] === true ? 'TeamLeadership' : 'TeamMembership';
        const source = verifySource(ctx, sourceOf(body), call);
        await inTransaction(ctx, (tx) => {
          if (relationshipBetween(ctx, role.guid, team.guid, typeName) !== undefined) return;
          link(
            tx,
            typeName,
            role.guid,
            team.guid,
            source,
            call,
            relationshipProperties({ position: body['position'] }),
          );
        });
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/team-profiles/{teamProfileGUID}/team-roles/{teamRoleGUID}/unlink',
      action: 'unlinkTeamPlayer',
      response: 'VoidResponse',
      body: { spec: TEAM_PLAYER_REQUEST_BODY, required: true },
      handle: async (req, call) => {
        const body = requireBody(area, req, call);
        const team = requirePathElement(ctx, 'Team', req, 'teamProfileGUID', call);
        const role = requirePathKind(ctx, PERSON_ROLE, req, 'teamRoleGUID', call);
        const typeName = body['isLeadershipRole'] === true ? 'TeamLeadership' : 'TeamMembership';
        const relationship = relationshipBetween(ctx, role.guid, team.guid, typeName);
        if (relationship !== undefined)
          await inTransaction(ctx, (tx) => unlink(tx, relationship, sourceOf(body), call));
        return {};
      },
    }),
    relatedListRoute(area, PERSON_ROLE, {
      path: '/person-roles/by-team/{teamGUID}/leadership',
      guidParam: 'teamGUID',
      guidType: 'Team',
      action: 'getLeadershipRolesForTeam',
      response: 'PersonRolesResponse',
      related: (c, team) => relatedElements(c, team.guid, 'TeamLeadership', 2).map((r) => r.element),
    }),
    relatedListRoute(area, PERSON_ROLE, {
      path: '/person-roles/by-team/{teamGUID}/membership',
      guidParam: 'teamGUID',
      guidType: 'Team',
      action: 'getMembershipRolesForTeam',
      response: 'PersonRolesResponse',
      related: (c, team) => relatedElements(c, team.guid, 'TeamMembership', 2).map((r) => r.element),
    }),
  ];
}

function appointee(ctx: EmulatorContext, relationship: RelationshipRecord, profile: ElementRecord): JsonObject {
  const out: JsonObject = {
    elementHeader: relationshipHeader(ctx, relationship),
    isPublic: relationship.properties['isPublic'] === true,
    profile: renderElement(ctx, ACTOR_PROFILE, profile),
  };
  const properties = writeBean('AppointmentProperties', relationship.properties);
  if (properties['effectiveFrom'] !== undefined) out['startDate'] = properties['effectiveFrom'];
  if (properties['effectiveTo'] !== undefined) out['endDate'] = properties['effectiveTo'];
  return out;
}

/** A relationship that must exist and be of a type. */
function requireRelationship(
  ctx: EmulatorContext,
  guid: string | undefined,
  typeName: string,
  call: CallInfo,
): RelationshipRecord {
  const relationship = guid === undefined || guid === '' ? undefined : ctx.state.store.getRelationship(guid);
  if (relationship === undefined || relationship.typeName !== typeName) {
    throw unknownRelationship(ctx, typeName, guid ?? '', 'relationshipGUID', call);
  }
  return relationship;
}

// ---------------------------------------------------------------- user identities

/** How a service's user identity operations differ. */
export interface UserIdentityRouteOptions {
  /** The request bean of create and update (`ReferenceableRequestBody` or `UserIdentityRequestBody`). */
  readonly bodyName: string;
  /** Whether the link and unlink bodies may be left out (Community Profile) or are required. */
  readonly optionalLinkBody: boolean;
  /** Serves `.../link/update` (Community Profile, IT Infrastructure). */
  readonly updateLink: boolean;
}

/** The user identity routes below `/user-identities`. */
export function userIdentityRoutes(area: ServiceArea, options: UserIdentityRouteOptions): Route[] {
  const ctx = area.ctx;
  const body: BeanSpec = { ...REFERENCEABLE_REQUEST_BODY, name: options.bodyName };
  const linkBody: BeanSpec = options.optionalLinkBody
    ? {
        ...RELATIONSHIP_REQUEST_BODY,
        fields: {
          ...RELATIONSHIP_REQUEST_BODY.fields,
          properties: { name: 'RelationshipProperties', acceptedClasses: RELATIONSHIP_PROPERTIES_CLASSES },
        },
      }
    : EXTERNAL_SOURCE_REQUEST_BODY;
  const ends = (req: BoundRequest, call: CallInfo) => ({
    identity: requirePathKind(ctx, USER_IDENTITY, req, 'userIdentityGUID', call),
    profile: requirePathKind(ctx, ACTOR_PROFILE, req, 'profileGUID', call),
  });
  const routes: Route[] = [
    createWithPropertiesRoute(area, USER_IDENTITY, {
      path: '/user-identities',
      action: 'createUserIdentity',
      body,
      typed: true,
      prepare: (_req, b, call) => {
        const parentGUID = b['parentGUID'];
        if (typeof parentGUID === 'string' && parentGUID !== '') {
          requireKind(ctx, ACTOR_PROFILE, parentGUID, 'profileGUID', call);
        }
      },
      after: (tx, element, b, source, call) => {
        const parentGUID = b['parentGUID'];
        if (typeof parentGUID === 'string' && parentGUID !== '') {
          link(tx, 'ProfileIdentity', parentGUID, element.guid, source, call);
        }
      },
    }),
    updateWithPropertiesRoute(area, USER_IDENTITY, {
      path: '/user-identities/{userIdentityGUID}',
      guidParam: 'userIdentityGUID',
      action: 'updateUserIdentity',
      body,
      typed: true,
    }),
    deleteRoute(area, USER_IDENTITY, {
      path: '/user-identities/{userIdentityGUID}/delete',
      guidParam: 'userIdentityGUID',
      action: 'deleteUserIdentity',
      bodyRequired: !options.optionalLinkBody,
    }),
    route(area, {
      method: 'POST',
      path: '/user-identities/{userIdentityGUID}/profiles/{profileGUID}/link',
      action: 'addIdentityToProfile',
      response: 'VoidResponse',
      body: { spec: linkBody, required: !options.optionalLinkBody },
      handle: async (req, call) => {
        const { identity, profile } = ends(req, call);
        const source = verifySource(ctx, sourceOf(req.body), call);
        const raw = req.body?.['properties'];
        const properties =
          typeof raw === 'object' && raw !== null ? readBean('ProfileIdentityProperties', raw as JsonObject) : {};
        await inTransaction(ctx, (tx) => {
          if (relationshipBetween(ctx, profile.guid, identity.guid, 'ProfileIdentity') !== undefined) return;
          link(tx, 'ProfileIdentity', profile.guid, identity.guid, source, call, relationshipProperties(properties));
        });
        return {};
      },
    }),
    route(area, {
      method: 'POST',
      path: '/user-identities/{userIdentityGUID}/profiles/{profileGUID}/unlink',
      action: 'removeIdentityFromProfile',
      response: 'VoidResponse',
      body: { spec: EXTERNAL_SOURCE_REQUEST_BODY, required: !options.optionalLinkBody },
      handle: async (req, call) => {
        const { identity, profile } = ends(req, call);
        const relationship = relationshipBetween(ctx, profile.guid, identity.guid, 'ProfileIdentity');
        if (relationship !== undefined) {
          await inTransaction(ctx, (tx) => unlink(tx, relationship, sourceOf(req.body), call));
        }
        return {};
      },
    }),
    findRoute(area, USER_IDENTITY, {
      path: '/user-identities/by-search-string',
      action: 'findUserIdentities',
      response: 'UserIdentitiesResponse',
    }),
    byNameRoute(area, USER_IDENTITY, {
      path: '/user-identities/by-name',
      action: 'getUserIdentitiesByName',
      response: 'UserIdentitiesResponse',
    }),
    getByGUIDRoute(area, USER_IDENTITY, {
      path: '/user-identities/{userIdentityGUID}',
      guidParam: 'userIdentityGUID',
      action: 'getUserIdentityByGUID',
      response: 'UserIdentityResponse',
    }),
  ];
  if (options.updateLink) {
    routes.push(
      route(area, {
        method: 'POST',
        path: '/user-identities/{userIdentityGUID}/profiles/{profileGUID}/link/update',
        action: 'updateIdentityProfile',
        response: 'VoidResponse',
        body: { spec: linkBody, required: false },
        query: [IS_MERGE_UPDATE],
        handle: async (req, call) => {
          const { identity, profile } = ends(req, call);
          const relationship = relationshipBetween(ctx, profile.guid, identity.guid, 'ProfileIdentity');
          if (relationship === undefined) {
            throw unknownRelationship(ctx, 'ProfileIdentity', identity.guid, 'userIdentityGUID', call);
          }
          const raw = req.body?.['properties'];
          const properties =
            typeof raw === 'object' && raw !== null ? readBean('ProfileIdentityProperties', raw as JsonObject) : {};
          await inTransaction(ctx, (tx) =>
            updateRelationshipProperties(
              tx,
              relationship,
              properties,
              req.q['isMergeUpdate'] === true,
              sourceOf(req.body),
              call,
            ),
          );
          return {};
        },
      }),
    );
  }
  return routes;
}

// ---------------------------------------------------------------- security groups

/** The security group routes below `/security-groups` (no metadata source: Egeria creates them locally). */
export function securityGroupRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const readGroup = (body: JsonObject): Record<string, unknown> => {
    const properties = readBean('SecurityGroupProperties', body);
    // The document identifier is the group's unique name.
    if (typeof properties['documentIdentifier'] === 'string') {
      properties['qualifiedName'] = properties['documentIdentifier'];
    }
    return properties;
  };
  return [
    route(area, {
      method: 'POST',
      path: '/security-groups',
      action: 'createSecurityGroup',
      response: 'GUIDResponse',
      body: { spec: SECURITY_GROUP_BODY, required: true },
      handle: async (req, call) => {
        const properties = readGroup(requireBody(area, req, call));
        if (typeof properties['documentIdentifier'] !== 'string' || properties['documentIdentifier'] === '') {
          throw nullName('documentIdentifier', call.action);
        }
        const guid = await inTransaction(
          ctx,
          (tx) => createElement(tx, SECURITY_GROUP, { properties, source: undefined }, call).guid,
        );
        return { guid };
      },
    }),
    route(area, {
      method: 'POST',
      path: '/security-groups/{securityGroupGUID}/update',
      action: 'updateSecurityGroup',
      response: 'VoidResponse',
      body: { spec: SECURITY_GROUP_BODY, required: true },
      query: [IS_MERGE_UPDATE],
      handle: async (req, call) => {
        const properties = readGroup(requireBody(area, req, call));
        const group = requirePathKind(ctx, SECURITY_GROUP, req, 'securityGroupGUID', call);
        await inTransaction(ctx, (tx) =>
          updateElement(tx, group, properties, req.q['isMergeUpdate'] === true, {}, call),
        );
        return {};
      },
    }),
    deleteRoute(area, SECURITY_GROUP, {
      path: '/security-groups/{securityGroupGUID}/delete',
      guidParam: 'securityGroupGUID',
      action: 'deleteSecurityGroup',
      body: NULL_REQUEST_BODY,
      bodyRequired: false,
    }),
    route(area, {
      method: 'GET',
      path: '/security-groups/for-distinguished-name/{distinguishedName}',
      action: 'getSecurityGroupsForDistinguishedName',
      response: 'SecurityGroupsResponse',
      query: PAGING,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const name = req.params['distinguishedName'] ?? '';
        if (name === '') throw nullName('distinguishedName', call.action);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const groups = elementsOfKind(ctx, SECURITY_GROUP).filter((g) => g.properties['distinguishedName'] === name);
        return listAnswer(
          'elements',
          visiblePage(ctx, call, groups, startFrom, size).map((g) => renderElement(ctx, SECURITY_GROUP, g)),
        );
      },
    }),
    route(area, {
      method: 'GET',
      path: '/security-groups/{securityGroupGUID}/governed-by/elements',
      action: 'getElementsGovernedBySecurityGroup',
      response: 'ElementStubsResponse',
      query: PAGING,
      handle: (req, call) => {
        const { startFrom, pageSize } = pagingOf(req);
        const group = requirePathKind(ctx, SECURITY_GROUP, req, 'securityGroupGUID', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const governed = relatedElements(ctx, group.guid, 'GovernedBy', 1)
          .filter(({ element }) => isVisibleTo(ctx, call, element))
          .map(({ element }) => elementStub(element, ctx.serverName));
        return listAnswer('elements', page(governed, startFrom, size));
      },
    }),
    route(area, {
      method: 'POST',
      path: '/security-groups/by-search-string',
      action: 'findSecurityGroups',
      response: 'SecurityGroupsResponse',
      body: { spec: { name: 'SearchStringRequestBody', fields: { searchString: 'string' } }, required: true },
      query: PAGING,
      handle: (req, call) => {
        const body = requireBody(area, req, call);
        const { startFrom, pageSize } = pagingOf(req);
        const regex = compileSearchString(body['searchString'], 'searchString', call);
        const size = validatePaging(ctx, startFrom, pageSize, call);
        const groups = elementsOfKind(ctx, SECURITY_GROUP).filter((g) => matchesAnyProperty(g, regex));
        return listAnswer(
          'elements',
          visiblePage(ctx, call, groups, startFrom, size).map((g) => renderElement(ctx, SECURITY_GROUP, g)),
        );
      },
    }),
    getByGUIDRoute(area, SECURITY_GROUP, {
      path: '/security-groups/{securityGroupGUID}',
      guidParam: 'securityGroupGUID',
      action: 'getSecurityGroupByGUID',
      response: 'SecurityGroupResponse',
    }),
  ];
}

// ---------------------------------------------------------------- out topic

/**
 * `GET /topics/out-topic-connection/{callerId}`: the Connection of an access service's out topic
 * (which starts an on-demand topic).
 */
export function outTopicConnectionRoute(area: ServiceArea, marker: string): Route {
  return route(area, {
    method: 'GET',
    path: '/topics/out-topic-connection/{callerId}',
    action: 'getOutTopicConnection',
    response: 'OCFConnectionResponse',
    handle: (req) => {
      activateTopic(area.ctx, marker);
      return { connection: outTopicConnection(area.ctx, req, marker, req.params['callerId'] ?? '') };
    },
  });
}
