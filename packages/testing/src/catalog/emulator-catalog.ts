import { InvalidParameterException } from '@egeria-ts/core';
import { SERVED_OUT_TOPICS, outTopicName } from '@egeria-ts/emulator';
import { OPEN_METADATA_STORE_SERVICE, OmasRestClient, OpenMetadataStoreClient } from '@egeria-ts/omas-client';
import { TESTING_ERROR_CODE } from '../testing-messages';
import { CatalogEventState } from './catalog-events';
import {
  CatalogView,
  type CatalogElement,
  type CatalogRelationship,
  type ElementKey,
  type ElementsOfTypeOptions,
  type RelationshipsOfOptions,
} from './catalog-model';
import { decodeElementProperties } from './element-properties';
import { readOutTopicHistory } from './out-topic-history';

/** Options of {@link CatalogQuery.readCatalog}. */
export interface ReadCatalogOptions {
  /** Read each element's properties too (default true; one request per element). */
  readonly withProperties?: boolean;
}

/** Reads what a metadata server holds: the queries a test asks after a connector has run. */
export interface CatalogQuery {
  /**
   * Reads the whole catalog as it is now.
   * @param options - whether to read the properties
   */
  readCatalog(options?: ReadCatalogOptions): Promise<CatalogView>;
  /**
   * The elements of a type (by default with its subtypes), with their properties.
   * @param typeName - the open metadata type name, such as `DeployedDatabaseSchema`
   * @param options - whether subtypes count
   */
  elementsOfType(typeName: string, options?: ElementsOfTypeOptions): Promise<CatalogElement[]>;
  /**
   * The element with a qualified name (the latest created when several share it), with its properties.
   * @param qualifiedName - the qualified name
   */
  elementByQualifiedName(qualifiedName: string): Promise<CatalogElement | undefined>;
  /**
   * The relationships of an element.
   * @param key - the element's GUID or qualified name
   * @param options - the relationship type, and the element's end
   */
  relationshipsOf(key: ElementKey, options?: RelationshipsOfOptions): Promise<CatalogRelationship[]>;
  /**
   * The elements a metadata source owns, with their properties.
   * @param metadataSourceQualifiedName - the metadata source's qualified name
   */
  elementsOwnedBy(metadataSourceQualifiedName: string): Promise<CatalogElement[]>;
}

/** Options of an {@link EmulatorCatalog}. */
export interface EmulatorCatalogOptions {
  /** The emulator's platform root URL. */
  readonly url: string;
  /** The server name it answers for. */
  readonly serverName: string;
  /** The user id of the read requests (default `egeria-ts-testing`). */
  readonly userId?: string;
  /** The access service whose out topic is read and whose framework services are called (default `data-manager`). */
  readonly serviceURLMarker?: string;
  /**
   * Longest wait for the first heartbeat of the out topic, which marks the end of its history
   * (default 10,000 ms). The emulator must beat more often than that: `startTestEmulator` makes it
   * beat every 20 ms.
   */
  readonly heartbeatTimeoutMs?: number;
  /** Property reads sent at once (default 8). */
  readonly concurrency?: number;
}

function invalid(option: string, problem: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(
    TESTING_ERROR_CODE.INVALID_OPTION,
    [option, 'EmulatorCatalog', problem],
    { exceptionProperties: { parameterName: option } },
  );
}

function requireText(value: unknown, option: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(option, 'a non-empty string is needed');
  return value;
}

/**
 * Reads the catalog of an egeria-ts emulator through its public interfaces only: the elements and
 * relationships from the history of its out topic (every change is announced there, with the
 * element's type, origin, qualified name and classifications, or the relationship's ends), and each
 * element's properties from the open metadata store's `metadata-elements/by-unique-name`.
 * Nothing is cached: each call reads the state of the moment.
 */
export class EmulatorCatalog implements CatalogQuery {
  readonly #url: string;
  readonly #serverName: string;
  readonly #topicName: string;
  readonly #heartbeatTimeoutMs: number;
  readonly #concurrency: number;
  readonly #rest: OmasRestClient;
  readonly #store: OpenMetadataStoreClient;

  /** @param options - where the emulator is */
  constructor(options: EmulatorCatalogOptions) {
    if (typeof options !== 'object' || options === null) throw invalid('options', 'an options object is needed');
    this.#url = requireText(options.url, 'url').replace(/\/+$/, '');
    this.#serverName = requireText(options.serverName, 'serverName');
    const marker = options.serviceURLMarker ?? SERVED_OUT_TOPICS[0]?.marker ?? 'data-manager';
    requireText(marker, 'serviceURLMarker');
    this.#topicName = outTopicName(this.#serverName, marker);
    this.#heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 10_000;
    if (!Number.isInteger(this.#heartbeatTimeoutMs) || this.#heartbeatTimeoutMs <= 0) {
      throw invalid('heartbeatTimeoutMs', 'a whole number of milliseconds above 0 is needed');
    }
    this.#concurrency = options.concurrency ?? 8;
    if (!Number.isInteger(this.#concurrency) || this.#concurrency < 1) {
      throw invalid('concurrency', 'a whole number above 0 is needed');
    }
    this.#rest = new OmasRestClient({
      service: OPEN_METADATA_STORE_SERVICE,
      transport: {
        platformURLRoot: this.#url,
        serverName: this.#serverName,
        userId: requireText(options.userId ?? 'egeria-ts-testing', 'userId'),
        retry: false,
      },
      serviceURLMarker: marker,
    });
    this.#store = new OpenMetadataStoreClient(this.#rest);
  }

  /** The emulator's platform root URL. */
  get url(): string {
    return this.#url;
  }

  /** The server name. */
  get serverName(): string {
    return this.#serverName;
  }

  async readCatalog(options: ReadCatalogOptions = {}): Promise<CatalogView> {
    const { elements, relationships } = await this.#readStubs();
    const complete = options.withProperties === false ? elements : await this.#withProperties(elements);
    return new CatalogView(complete, relationships);
  }

  async elementsOfType(typeName: string, options: ElementsOfTypeOptions = {}): Promise<CatalogElement[]> {
    requireText(typeName, 'typeName');
    const view = await this.readCatalog({ withProperties: false });
    return this.#withProperties(view.elementsOfType(typeName, options));
  }

  async elementByQualifiedName(qualifiedName: string): Promise<CatalogElement | undefined> {
    requireText(qualifiedName, 'qualifiedName');
    const view = await this.readCatalog({ withProperties: false });
    const found = view.elementByQualifiedName(qualifiedName);
    return found === undefined ? undefined : (await this.#withProperties([found]))[0];
  }

  async relationshipsOf(key: ElementKey, options: RelationshipsOfOptions = {}): Promise<CatalogRelationship[]> {
    if (typeof key === 'string') requireText(key, 'key');
    else if (typeof key !== 'object' || key === null) throw invalid('key', 'a GUID or qualified name is needed');
    const view = await this.readCatalog({ withProperties: false });
    return view.relationshipsOf(key, options);
  }

  async elementsOwnedBy(metadataSourceQualifiedName: string): Promise<CatalogElement[]> {
    requireText(metadataSourceQualifiedName, 'metadataSourceQualifiedName');
    const view = await this.readCatalog({ withProperties: false });
    return this.#withProperties(view.elementsOwnedBy(metadataSourceQualifiedName));
  }

  /** Releases the sockets of the property reads. */
  async close(): Promise<void> {
    await this.#rest.close();
  }

  async #readStubs(): Promise<{ elements: CatalogElement[]; relationships: CatalogRelationship[] }> {
    const events = await readOutTopicHistory({
      url: this.#url,
      serverName: this.#serverName,
      topicName: this.#topicName,
      timeoutMs: this.#heartbeatTimeoutMs,
    });
    const state = new CatalogEventState();
    for (const event of events) state.apply(event);
    return { elements: state.elements(), relationships: state.relationships() };
  }

  async #withProperties(elements: readonly CatalogElement[]): Promise<CatalogElement[]> {
    const out: CatalogElement[] = new Array<CatalogElement>(elements.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < elements.length) {
        const index = next++;
        const element = elements[index] as CatalogElement;
        out[index] = { ...element, properties: await this.#propertiesOf(element) };
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#concurrency, elements.length) }, worker));
    return out;
  }

  async #propertiesOf(element: CatalogElement): Promise<Readonly<Record<string, unknown>> | undefined> {
    if (element.qualifiedName === undefined) return undefined;
    const found = await this.#store.getMetadataElementByUniqueName({
      name: element.qualifiedName,
      namePropertyName: 'qualifiedName',
    });
    if (found === undefined || found.elementGUID !== element.guid) return undefined;
    return Object.freeze(decodeElementProperties(found.elementProperties));
  }
}
