/**
 * The endpoint methods of the Data Manager contexts whose Egeria 5.2 context has them, written
 * once as a mixin over the context class.
 */
import type { EndpointElement } from '../../services/common/beans/elements';
import type { ContextGUIDOptions, ContextNameOptions, ContextSearchOptions } from '../context-options';
import { elementCreated, elementDeleted, elementUpdated, typeNameOr } from '../element-changes';
import type { OmasIntegrationContext, OmasIntegrationContextClass } from '../omas-integration-context';
import {
  connectionFamilyClient,
  type ConnectionFamilyService,
  type ConnectionMethodsClient,
} from './connection-family';
import type {
  CreateEndpointFromTemplateOptions,
  CreateEndpointOptions,
  EndpointGUIDOption,
  UpdateEndpointOptions,
} from './connection-options';

/** The type name the methods count their changes under (a `typeName` in the properties is counted instead). */
const ENDPOINT = 'Endpoint';

/**
 * Endpoints (network addresses), as Egeria 5.2's database, files, topic and API integrator
 * contexts offer them; {@link withEndpointMethods} adds them to a context class. Each write goes
 * through the context's guarded, counted write path: creates carry the metadata source when it is
 * home (the context's `...IsHome` setting), updates and removals carry it always. Reads are
 * refused once the context is disconnected.
 * @public
 */
export interface EndpointMethods {
  /** Creates an endpoint (a network address). @returns its GUID */
  createEndpoint(options: CreateEndpointOptions): Promise<string>;
  /** Creates an endpoint for a network address by copying a template. @returns its GUID */
  createEndpointFromTemplate(options: CreateEndpointFromTemplateOptions): Promise<string>;
  /** Updates an endpoint: merges the properties given, or (the default) replaces them all. */
  updateEndpoint(options: UpdateEndpointOptions): Promise<void>;
  /** Removes an endpoint. */
  removeEndpoint(options: EndpointGUIDOption): Promise<void>;
  /** Endpoints whose properties match a search string (one page). */
  findEndpoints(options: ContextSearchOptions): Promise<EndpointElement[]>;
  /** Endpoints with a qualified name, display name or network address (one page). */
  getEndpointsByName(options: ContextNameOptions): Promise<EndpointElement[]>;
  /** An endpoint by GUID. */
  getEndpointByGUID(options: ContextGUIDOptions): Promise<EndpointElement | undefined>;
}

/**
 * Extends a context class with the {@link EndpointMethods}: a service context that has them
 * declares `class MyContext extends withEndpointMethods(BaseContext, DATA_MANAGER_CONNECTION_SERVICE)`.
 * @param Base - the context class to extend, such as `DataManagerIntegrationContext`
 * @param service - the partner's table that serves the connection family, such as `DATA_MANAGER_CONNECTION_SERVICE`
 * @returns a subclass of `Base`, built from the same dependencies, whose instances also have the {@link EndpointMethods}
 * @typeParam E - the partner access service's out-topic event
 * @typeParam C - the type of `Base`'s instances
 * @public
 */
export function withEndpointMethods<E, C extends OmasIntegrationContext<E>>(
  Base: OmasIntegrationContextClass<E, C>,
  service: ConnectionFamilyService,
): OmasIntegrationContextClass<E, C & EndpointMethods> {
  // TypeScript extends a class only through a constructor of a known instance type: `Base` widened.
  const base: OmasIntegrationContextClass<E> = Base;

  abstract class WithEndpointMethods extends base implements EndpointMethods {
    #client?: ConnectionMethodsClient;

    async createEndpoint(options: CreateEndpointOptions): Promise<string> {
      const o = this.requireOptions('createEndpoint', options);
      return this.write(
        'createEndpoint',
        (signal) => this.#endpoints.createEndpoint({ ...this.creationExternalSource, signal, ...o.endpointProperties }),
        elementCreated(typeNameOr(o.endpointProperties, ENDPOINT)),
      );
    }

    async createEndpointFromTemplate(options: CreateEndpointFromTemplateOptions): Promise<string> {
      const o = this.requireOptions('createEndpointFromTemplate', options);
      return this.write(
        'createEndpointFromTemplate',
        (signal) =>
          this.#endpoints.createEndpointFromTemplate({
            ...this.creationExternalSource,
            signal,
            ...o.templateProperties,
            templateGUID: o.templateGUID,
            networkAddress: o.networkAddress,
          }),
        elementCreated(ENDPOINT),
      );
    }

    async updateEndpoint(options: UpdateEndpointOptions): Promise<void> {
      const o = this.requireOptions('updateEndpoint', options);
      await this.write(
        'updateEndpoint',
        (signal) =>
          this.#endpoints.updateEndpoint({
            ...this.externalSource,
            signal,
            ...o.endpointProperties,
            endpointGUID: o.endpointGUID,
            isMergeUpdate: o.isMergeUpdate ?? false,
          }),
        elementUpdated(typeNameOr(o.endpointProperties, ENDPOINT), o.endpointGUID),
      );
    }

    async removeEndpoint(options: EndpointGUIDOption): Promise<void> {
      const o = this.requireOptions('removeEndpoint', options);
      await this.write(
        'removeEndpoint',
        (signal) => this.#endpoints.removeEndpoint({ ...this.externalSource, signal, endpointGUID: o.endpointGUID }),
        elementDeleted(ENDPOINT, o.endpointGUID),
      );
    }

    async findEndpoints(options: ContextSearchOptions): Promise<EndpointElement[]> {
      return this.readPage('findEndpoints', options, (page) =>
        this.#endpoints.findEndpoints({ ...page, searchString: options.searchString }),
      );
    }

    async getEndpointsByName(options: ContextNameOptions): Promise<EndpointElement[]> {
      return this.readPage('getEndpointsByName', options, (page) =>
        this.#endpoints.getEndpointsByName({ ...page, name: options.name }),
      );
    }

    async getEndpointByGUID(options: ContextGUIDOptions): Promise<EndpointElement | undefined> {
      const o = this.requireOptions('getEndpointByGUID', options);
      return this.read('getEndpointByGUID', (signal) => this.#endpoints.getEndpointByGUID({ signal, guid: o.guid }));
    }

    get #endpoints(): ConnectionMethodsClient {
      this.#client ??= connectionFamilyClient(this.partnerInvoker(service), service);
      return this.#client;
    }
  }

  // The class extends `Base` itself, so its instances are `C`s (TypeScript cannot follow `C` through the widening).
  return WithEndpointMethods as unknown as OmasIntegrationContextClass<E, C & EndpointMethods>;
}
