/**
 * Community Profile OMAS: what Egeria 5.2's organization integrator calls: actor profiles, contact
 * methods, team structure, person roles, appointments and team players (OrganizationResource),
 * security groups (SecurityGroupResource), user identities (UserIdentityResource), metadata sources
 * and the out-topic connection (CommunityProfileResource). Its out topic carries
 * `CommunityProfileOutboundEvent`s.
 */
import type { Route } from '../server/http-server';
import type { EmulatorContext, OutTopicSpec } from './context';
import type { ServiceArea } from './kind-routes';
import { stubEvents } from './out-topic-events';
import {
  createMetadataSourceRoute,
  metadataSourceByGUIDRoute,
  metadataSourceByNameRoute,
} from './metadata-source-capabilities';
import {
  actorProfileRoutes,
  outTopicConnectionRoute,
  personRoleRoutes,
  securityGroupRoutes,
  userIdentityRoutes,
} from './actors';

const MARKER = 'community-profile';

/**
 * The Community Profile OMAS out topic: element-stub events with their own class, for the types
 * Egeria 5.2's CommunityProfileOMRSTopicListener passes on (actor profiles, user identities,
 * person roles, contact details, communities, and the relationships between people and roles).
 */
export const COMMUNITY_PROFILE_OUT_TOPIC: OutTopicSpec = {
  marker: MARKER,
  eventClass: 'CommunityProfileOutboundEvent',
  buildEvent: stubEvents('CommunityProfileOutboundEvent', {
    entityTypes: ['ActorProfile', 'UserIdentity', 'PersonRole', 'ContactDetails', 'Community'],
    relationshipTypes: [
      'PersonRoleAppointment',
      'Peer',
      'ProfileIdentity',
      'TeamLeadership',
      'TeamMembership',
      'CommunityMembership',
    ],
  }),
};

/** Every Community Profile route the emulator serves. */
export function communityProfileRoutes(ctx: EmulatorContext): Route[] {
  const area: ServiceArea = {
    ctx,
    base: `/servers/{serverName}/open-metadata/access-services/${MARKER}/users/{userId}`,
    service: 'Community Profile OMAS',
  };
  return [
    ...actorProfileRoutes(area, {
      writes: true,
      byNameAction: 'getActorProfilesByName',
      findAction: 'findActorProfile',
    }),
    ...personRoleRoutes(area, { writes: true, byNameAction: 'getPersonRoleByName', findAction: 'findPersonRole' }),
    ...securityGroupRoutes(area),
    ...userIdentityRoutes(area, { bodyName: 'ReferenceableRequestBody', optionalLinkBody: true, updateLink: true }),
    // A bare MetadataSourceProperties bean (no metadata source: the capability is created locally).
    createMetadataSourceRoute(area, {
      path: '/metadata-sources',
      action: 'createMetadataSource',
      body: { name: 'MetadataSourceProperties', acceptedClasses: ['MetadataSourceProperties'] },
      propertiesClass: 'MetadataSourceProperties',
      typeName: 'SoftwareCapability',
      sourceInBody: false,
    }),
    metadataSourceByNameRoute(area),
    metadataSourceByGUIDRoute(area),
    outTopicConnectionRoute(area, MARKER),
  ];
}
