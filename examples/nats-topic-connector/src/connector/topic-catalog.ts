import type { TopicIntegratorContext } from '@egeria-ts/topic-integrator';
import type { NatsTopicProperties } from './desired-topic';

type TopicElement = NonNullable<Awaited<ReturnType<TopicIntegratorContext['getTopicByGUID']>>>;

/** A topic found in open metadata. */
export interface CataloguedTopic {
  /** Its GUID. */
  readonly guid: string;
  /** Its qualified name. */
  readonly qualifiedName: string;
  /** Its properties, as the server returned them. */
  readonly properties: Readonly<Record<string, unknown>>;
  /** True when the connector's metadata source owns it (it may change or remove it). */
  readonly owned: boolean;
}

/**
 * The connector's view of open metadata, over its Topic Integrator context: the topics under a
 * qualified name prefix (page by page), and the writes. A topic is owned when the connector's
 * event broker (its metadata source) is its home, or, for a connector without a metadata source,
 * when no external source owns it.
 */
export class TopicCatalog {
  constructor(private readonly context: TopicIntegratorContext) {}

  /**
   * The topics whose qualified name starts with the prefix: those of the connector's event broker,
   * or, without a metadata source, those a search finds.
   * @param qualifiedNamePrefix - the prefix
   */
  async listTopics(qualifiedNamePrefix: string): Promise<CataloguedTopic[]> {
    const found =
      this.context.getEventBrokerGUID() === undefined
        ? await this.context.readAllPages((page) =>
            this.context.findTopics({ ...page, searchString: startsWith(qualifiedNamePrefix) }),
          )
        : await this.context.readAllPages((page) => this.context.getMyTopics(page));
    return found.map((e) => this.#topic(e)).filter((t) => t.qualifiedName.startsWith(qualifiedNamePrefix));
  }

  /**
   * The topic with exactly this qualified name, whoever owns it.
   * @param qualifiedName - the qualified name
   */
  async findTopic(qualifiedName: string): Promise<CataloguedTopic | undefined> {
    const found = await this.context.getTopicsByName({ name: qualifiedName });
    return found.map((e) => this.#topic(e)).find((t) => t.qualifiedName === qualifiedName);
  }

  /** Creates a topic (linked to the event broker) and returns its GUID. */
  async create(properties: NatsTopicProperties): Promise<string> {
    return this.context.createTopic({ topicProperties: properties });
  }

  /** Replaces a topic's properties. */
  async update(guid: string, properties: NatsTopicProperties): Promise<void> {
    await this.context.updateTopic({ topicGUID: guid, topicProperties: properties, isMergeUpdate: false });
  }

  /** Removes a topic. */
  async remove(topic: CataloguedTopic): Promise<void> {
    await this.context.removeTopic({ topicGUID: topic.guid, qualifiedName: topic.qualifiedName });
  }

  #topic(element: TopicElement): CataloguedTopic {
    const properties = (element.properties ?? {}) as Readonly<Record<string, unknown>>;
    const qualifiedName = typeof properties['qualifiedName'] === 'string' ? properties['qualifiedName'] : '';
    return {
      guid: element.elementHeader?.guid ?? '',
      qualifiedName,
      properties,
      owned: this.context.isOwnedByMetadataSource(element.elementHeader),
    };
  }
}

/** A Java regular expression that matches values starting with the text. */
function startsWith(text: string): string {
  return `\\Q${text.split('\\E').join('\\E\\\\E\\Q')}\\E.*`;
}
