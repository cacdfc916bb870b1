/**
 * Security Manager OMAS: what Egeria 5.2's security integrator calls (SecurityManagerOMASResource):
 * security groups, user identities and their links to profiles, reads of actor profiles, person
 * roles and appointees, and the out-topic connection. Its out topic carries
 * `SecurityManagerOutTopicEvent`s (element headers and property values, no `class`).
 *
 * As in Egeria 5.2, every change to a Referenceable (and to a relationship between them) is
 * published, but only from the moment a client asks for the out-topic connection, so that the topic
 * costs nothing while no one listens. Security managers are catalogued as software capabilities
 * (or the subtype the request names) owned by the metadata source the request names.
 */
import type { Route } from '../server/http-server';
import type { EmulatorContext, OutTopicSpec } from './context';
import type { ServiceArea } from './kind-routes';
import {
  actorProfileRoutes,
  outTopicConnectionRoute,
  personRoleRoutes,
  securityGroupRoutes,
  userIdentityRoutes,
} from './actors';
import { elementChangeEvents, onDemand } from './out-topic-events';
import { createMetadataSourceRoute, metadataSourceByNameRoute } from './metadata-source-capabilities';
import { flatTypedBean } from './request-beans';

const MARKER = 'security-manager';

/** The Security Manager OMAS out topic. */
export const SECURITY_MANAGER_OUT_TOPIC: OutTopicSpec = {
  marker: MARKER,
  eventClass: 'SecurityManagerOutTopicEvent',
  buildEvent: onDemand(MARKER, elementChangeEvents({ entityTypes: ['Referenceable'], relationshipTypes: 'ends' })),
};

/** Every Security Manager route the emulator serves. */
export function securityManagerRoutes(ctx: EmulatorContext): Route[] {
  const area: ServiceArea = {
    ctx,
    base: `/servers/{serverName}/open-metadata/access-services/${MARKER}/users/{userId}`,
    service: 'Security Manager OMAS',
  };
  return [
    createMetadataSourceRoute(area, {
      path: '/metadata-sources/security-managers',
      action: 'createSecurityManagerInCatalog',
      body: flatTypedBean('SecurityManagerRequestBody'),
      propertiesClass: 'SecurityManagerProperties',
      typeName: 'SoftwareCapability',
      typeFromBody: true,
      sourceInBody: true,
    }),
    metadataSourceByNameRoute(area),
    ...securityGroupRoutes(area),
    ...userIdentityRoutes(area, { bodyName: 'UserIdentityRequestBody', optionalLinkBody: false, updateLink: false }),
    ...actorProfileRoutes(area, {
      writes: false,
      byNameAction: 'getActorProfileByName',
      findAction: 'findActorProfile',
    }),
    ...personRoleRoutes(area, { writes: false, byNameAction: 'getPersonRoleByName', findAction: 'findPersonRole' }),
    outTopicConnectionRoute(area, MARKER),
  ];
}
