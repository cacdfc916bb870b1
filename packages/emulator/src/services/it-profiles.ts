/**
 * IT Infrastructure OMAS: IT profiles, their contact methods and user identities (Egeria 5.2's
 * ITProfileResource), over the actor mechanism of actors.ts. An IT profile describes the identity
 * an IT asset runs under: creating one finds or creates the user identity whose qualified name is
 * the `itUserId` (a new one is named `UserIdentity:<itUserId>`), links it (ProfileIdentity) and,
 * when `itInfrastructureGUID` is given, links the asset (ITInfrastructureProfile).
 *
 * Where 5.2 differs from what its client expects, the emulator answers as 5.2 does:
 * `addContactMethod` answers a GUIDResponse without the GUID (the resource drops it). 5.2's
 * converter also puts a linked user identity's header in the profile's `elementHeader`; the
 * emulator keeps the profile's own header there.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, JsonObject } from '../server/binding';
import { nullName } from '../ffdc/ffdc';
import { BEAN_FIELD_TABLE } from './bean-field-table';
import type { EmulatorContext } from './context';
import { link } from './database-manager';
import { checkUniqueName, createElement, isKind, renderElement, requireElement } from './elements';
import type { CallInfo, ElementKind } from './elements';
import { byNameRoute, findRoute, getByGUIDRoute, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementStub } from './headers';
import {
  addContactMethods,
  addUserIdentities,
  contactMethodRoutes,
  createWithPropertiesRoute,
  deleteRoute,
  profileForUserId,
  relatedElements,
  updateWithPropertiesRoute,
  USER_IDENTITY,
  userIdentityRoutes,
} from './actors';
import { PROPS, SOURCE } from './it-infrastructure-assets';
import type { ElementRecord } from '../store/records';

/** The extras of an `ITProfileElement`: contact methods, user identities and linked infrastructure. */
function itProfileExtras(ctx: EmulatorContext, profile: ElementRecord): JsonObject {
  const out: JsonObject = {};
  addContactMethods(ctx, profile, out);
  addUserIdentities(ctx, profile, out);
  const infrastructure = relatedElements(ctx, profile.guid, 'ITInfrastructureProfile', 2).map(({ element }) =>
    elementStub(element, ctx.serverName),
  );
  if (infrastructure.length > 0) out['linkedInfrastructure'] = infrastructure;
  return out;
}

/** IT profiles (`ITProfile`, an ActorProfile). */
export const IT_PROFILE: ElementKind = {
  typeName: 'ITProfile',
  propertiesClass: 'ITProfileProperties',
  acceptedPropertiesClasses: ['ITProfileProperties'],
  javaPropertiesClass: `${PROPS}.actors.ITProfileProperties`,
  beanField: 'profileProperties',
  nameProperties: ['qualifiedName', 'knownName'],
  extras: itProfileExtras,
};

/** Any actor profile, rendered as an `ITProfileElement` (5.2's get by GUID reads every ActorProfile). */
const ANY_PROFILE_AS_IT_PROFILE: ElementKind = { ...IT_PROFILE, typeName: 'ActorProfile' };

/** `ITProfileRequestBody`: the source, the asset and user id to link, and the profile's properties. */
const IT_PROFILE_REQUEST_BODY: BeanSpec = {
  name: 'ITProfileRequestBody',
  fields: {
    ...SOURCE,
    itInfrastructureGUID: 'string',
    itUserId: 'string',
    properties: { name: 'ITProfileProperties', acceptedClasses: ['ITProfileProperties'] },
  },
};

/** Adds `ITProfileProperties` (5.2: ActorProfileProperties with no fields of its own) to the bean table. */
function registerBeanFields(): void {
  const table = BEAN_FIELD_TABLE as Record<string, string>;
  table['ITProfileProperties'] ??= BEAN_FIELD_TABLE['ActorProfileProperties'];
}

/** The user identity whose qualified name is the IT user id, if any. */
function identityFor(ctx: EmulatorContext, itUserId: string): ElementRecord | undefined {
  return ctx.state.store.elementsWithQualifiedName(itUserId).find((e) => e.typeName === 'UserIdentity');
}

/** The IT profile routes below `/profiles`. */
function itProfileRoutes(area: ServiceArea): Route[] {
  const ctx = area.ctx;
  const requireUserId = (body: JsonObject, call: CallInfo): string => {
    const itUserId = body['itUserId'];
    if (typeof itUserId !== 'string' || itUserId === '') throw nullName('requestBody.getItUserId', call.action);
    return itUserId;
  };
  return [
    createWithPropertiesRoute(area, IT_PROFILE, {
      path: '/profiles',
      action: 'createITProfile',
      body: IT_PROFILE_REQUEST_BODY,
      typed: true,
      prepare: (_req, body, call) => {
        const itUserId = requireUserId(body, call);
        // The identity 5.2 would create must not clash (checked first, so that nothing is left half made).
        if (identityFor(ctx, itUserId) === undefined) {
          checkUniqueName(ctx, `UserIdentity:${itUserId}`, 'UserIdentity', undefined, call);
        }
        const assetGUID = body['itInfrastructureGUID'];
        if (typeof assetGUID === 'string' && assetGUID !== '') {
          requireElement(ctx, assetGUID, 'Asset', 'requestBody.getItInfrastructureGGUID', call);
        }
      },
      after: (tx, profile, body, source, call) => {
        const itUserId = requireUserId(body, call);
        const identity =
          identityFor(ctx, itUserId) ??
          createElement(
            tx,
            USER_IDENTITY,
            { properties: { qualifiedName: `UserIdentity:${itUserId}`, userId: itUserId }, source },
            call,
          );
        link(tx, 'ProfileIdentity', profile.guid, identity.guid, source, call);
        const assetGUID = body['itInfrastructureGUID'];
        if (typeof assetGUID === 'string' && assetGUID !== '') {
          link(tx, 'ITInfrastructureProfile', assetGUID, profile.guid, source, call);
        }
      },
    }),
    updateWithPropertiesRoute(area, IT_PROFILE, {
      path: '/profiles/{itProfileGUID}',
      guidParam: 'itProfileGUID',
      action: 'updateITProfile',
      body: IT_PROFILE_REQUEST_BODY,
      typed: true,
    }),
    deleteRoute(area, IT_PROFILE, {
      path: '/profiles/{itProfileGUID}/delete',
      guidParam: 'itProfileGUID',
      action: 'deleteITProfile',
    }),
    ...contactMethodRoutes(area, {
      profileParam: 'itProfileGUID',
      profileOf: (req, call) => requirePathElement(ctx, 'ActorProfile', req, 'itProfileGUID', call),
      answerGUID: false,
    }),
    getByGUIDRoute(area, ANY_PROFILE_AS_IT_PROFILE, {
      path: '/profiles/{itProfileGUID}',
      guidParam: 'itProfileGUID',
      action: 'getITProfileByGUID',
      response: 'ITProfileResponse',
    }),
    route(area, {
      method: 'GET',
      path: '/profiles/user-ids/{itProfileUserId}',
      // 5.2's resource reports this operation under the name of the get by GUID.
      action: 'getITProfileByGUID',
      response: 'ITProfileResponse',
      handle: (req, call) => {
        const userId = req.params['itProfileUserId'] ?? '';
        const profile = profileForUserId(ctx, userId, call, (element) => isKind(IT_PROFILE, element));
        return profile === undefined ? {} : { element: renderElement(ctx, IT_PROFILE, profile) };
      },
    }),
    byNameRoute(area, IT_PROFILE, {
      path: '/profiles/by-name',
      action: 'getITProfileByName',
      response: 'ITProfilesResponse',
    }),
    findRoute(area, IT_PROFILE, {
      path: '/profiles/by-search-string',
      action: 'findITProfile',
      response: 'ITProfilesResponse',
    }),
  ];
}

/** Every route of ITProfileResource: IT profiles, contact methods and user identities. */
export function itProfileResourceRoutes(area: ServiceArea): Route[] {
  registerBeanFields();
  return [
    ...itProfileRoutes(area),
    ...userIdentityRoutes(area, { bodyName: 'UserIdentityRequestBody', optionalLinkBody: false, updateLink: false }),
  ];
}
