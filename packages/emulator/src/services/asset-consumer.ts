/**
 * Asset Consumer OMAS: the out-topic connection (Egeria 5.2's AssetConsumerResource), which is all
 * the search integrator (Egeria 5.0, the last release with it) calls. Its out topic carries
 * `AssetConsumerOutTopicEvent`s for the changes Egeria's AssetConsumerOMRSTopicListener passes on:
 * assets, root schema types, and the relationships that touch them, from the moment a client asks
 * for the out-topic connection (see `onDemand`).
 */
import type { Route } from '../server/http-server';
import type { EmulatorContext, OutTopicSpec } from './context';
import type { ServiceArea } from './kind-routes';
import { outTopicConnectionRoute } from './actors';
import { elementChangeEvents, onDemand } from './out-topic-events';

const MARKER = 'asset-consumer';

/** The Asset Consumer OMAS out topic. */
export const ASSET_CONSUMER_OUT_TOPIC: OutTopicSpec = {
  marker: MARKER,
  eventClass: 'AssetConsumerOutTopicEvent',
  buildEvent: onDemand(
    MARKER,
    elementChangeEvents({ entityTypes: ['Asset', 'RootSchemaType'], relationshipTypes: 'ends' }),
  ),
};

/** The Asset Consumer routes the emulator serves. */
export function assetConsumerRoutes(ctx: EmulatorContext): Route[] {
  const area: ServiceArea = {
    ctx,
    base: `/servers/{serverName}/open-metadata/access-services/${MARKER}/users/{userId}`,
    service: 'Asset Consumer OMAS',
  };
  return [outTopicConnectionRoute(area, MARKER)];
}
