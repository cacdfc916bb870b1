import { ConfigurationProperties, elementShouldBeCatalogued } from '@egeria-ts/core';

/** Include and exclude lists of stream names. */
export interface StreamFilterLists {
  /** The only streams to catalogue; when set (even empty), `excludeStreams` is ignored. */
  readonly includeStreams?: readonly string[];
  /** Streams to skip. */
  readonly excludeStreams?: readonly string[];
}

/** The configuration property names the filter reads. */
export const STREAM_FILTER_PROPERTIES = Object.freeze(['includeStreams', 'excludeStreams'] as const);

/**
 * Decides which JetStream streams to catalogue, with the semantics of core's
 * `elementShouldBeCatalogued`: with an include list only the streams it names are kept (the exclude
 * list is then ignored); otherwise every stream not on the exclude list. Names match exactly
 * (JetStream stream names are case-sensitive).
 */
export class StreamFilter {
  readonly #lists: StreamFilterLists;

  /**
   * @param lists - the include and exclude lists; a missing list means "no list"
   */
  constructor(lists: StreamFilterLists = {}) {
    this.#lists = Object.freeze({ ...lists });
  }

  /**
   * Builds the filter from a connector's configuration properties (lists as JSON arrays or
   * comma-separated strings).
   * @param properties - the configuration properties
   * @throws InvalidParameterException naming the property when a list is not a list of strings
   */
  static fromConfiguration(properties: ConfigurationProperties): StreamFilter {
    const lists: Record<string, readonly string[]> = {};
    for (const name of STREAM_FILTER_PROPERTIES) {
      const value = properties.getStringList(name);
      if (value !== undefined) lists[name] = value;
    }
    return new StreamFilter(lists);
  }

  /** The lists the filter applies. */
  get lists(): StreamFilterLists {
    return this.#lists;
  }

  /**
   * True when the stream should be catalogued.
   * @param stream - the stream name
   */
  includesStream(stream: string): boolean {
    return elementShouldBeCatalogued(stream, this.#lists.excludeStreams, this.#lists.includeStreams);
  }
}
