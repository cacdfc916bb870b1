import {
  OmasIntegrationContext,
  type AssetConsumerOutTopicEvent,
  type IntegrationContextDependencies,
  type TopicListener,
} from '@egeria-ts/omas-client';

/** Receives the Asset Consumer OMAS's out-topic events. */
export type AssetConsumerEventListener = TopicListener<AssetConsumerOutTopicEvent>;

/**
 * The context of a search integration connector (Egeria 5.0's `SearchIntegratorContext`, which
 * holds only the Asset Consumer event client): the base context plus typed listeners for the Asset
 * Consumer OMAS's out-topic events. The connector base registers its own listener at start.
 */
export class SearchIntegratorContext extends OmasIntegrationContext<AssetConsumerOutTopicEvent> {
  /** @param dependencies - built by the Search Integrator service (`searchIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies<AssetConsumerOutTopicEvent>) {
    super(dependencies);
  }

  /**
   * Registers a listener for the Asset Consumer OMAS's out-topic events.
   * @param listener - receives each event
   */
  override async registerListener(listener: AssetConsumerEventListener): Promise<void> {
    await super.registerListener(listener);
  }
}
