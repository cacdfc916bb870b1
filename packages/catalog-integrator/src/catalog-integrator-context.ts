import {
  InvalidParameterException,
  PermittedSynchronization,
  UserNotAuthorizedException,
  WriteTarget,
  describeValue,
} from '@egeria-ts/core';
import {
  DataAssetExchangeService,
  LineageExchangeService,
  OPEN_METADATA_STORE_SERVICE,
  OmasIntegrationContext,
  OpenMetadataStoreClient,
  SchemaExchangeService,
  type AssetManagerExchangeContext,
  type AssetManagerOutTopicEvent,
  type IntegrationContextDependencies,
  type MetadataCorrelationHeader,
  type TopicListener,
} from '@egeria-ts/omas-client';
import { CATALOG_INTEGRATOR_AUDIT_CODE, CATALOG_INTEGRATOR_ERROR_CODE } from './catalog-integrator-messages';
import type {
  AddExternalIdentifierOptions,
  ConfirmSynchronizationOptions,
  GetExternalIdentifiersOptions,
  RemoveExternalIdentifierOptions,
  UpdateExternalIdentifierOptions,
} from './catalog-integrator-options';
import { ConnectionExchangeService } from './connection-exchange-service';
import { ConnectorFactoryService } from './connector-factory-service';
import { ExternalReferenceExchangeService } from './external-reference-exchange-service';
import {
  CollaborationExchangeService,
  GovernanceExchangeService,
  InfrastructureExchangeService,
} from './flag-only-exchange-services';
import { GlossaryExchangeService } from './glossary-exchange-service';
import { StewardshipExchangeService } from './stewardship-exchange-service';
import { ValidValuesExchangeService } from './valid-values-exchange-service';

/** Receives the Asset Manager OMAS's out-topic events (Egeria's `AssetManagerEventListener`). */
export type AssetManagerEventListener = TopicListener<AssetManagerOutTopicEvent>;

/**
 * The names of the catalog integrator's exchange services, as the `disabledExchangeServices`
 * service option lists them (Egeria 5.2's `CatalogIntegratorContext` constants, and
 * `SchemaExchangeService`, egeria-ts's own). Each entry says what its service exchanges; the
 * collaboration, governance and infrastructure services hold only the query flags, as at 5.2.
 * Every name of Egeria's is accepted in the option, so that Egeria configurations work unchanged.
 */
export const CATALOG_EXCHANGE_SERVICE_NAMES = Object.freeze({
  /** Connectors built from connections held in open metadata (read through the connected asset service). */
  connectorFactory: 'ConnectorFactoryExchangeService',
  /** Collaboration (no exchange methods at Egeria 5.2: the query flags only). */
  collaboration: 'CollaborationExchangeService',
  /** Connections, endpoints and connector types. */
  connection: 'ConnectionExchangeService',
  /** Data assets. */
  dataAsset: 'DataAssetExchangeService',
  /** External references. */
  externalReference: 'ExternalReferenceExchangeService',
  /** Glossaries, categories and terms. */
  glossary: 'GlossaryExchangeService',
  /** Governance (no exchange methods at Egeria 5.2: the query flags only). */
  governance: 'GovernanceExchangeService',
  /** IT infrastructure (no exchange methods at Egeria 5.2: the query flags only). */
  infrastructure: 'InfrastructureExchangeService',
  /** Processes, ports and lineage relationships. */
  lineage: 'LineageExchangeService',
  /**
   * Schema types and attributes, calculated values, primary and foreign keys. Egeria 5.2 ships the
   * service class but its context never hands it out and defines no name for it: this name is
   * egeria-ts's own.
   */
  schema: 'SchemaExchangeService',
  /** Governance classifications, semantic assignments, governed-by links and the searches of classified elements. */
  stewardship: 'StewardshipExchangeService',
  /** Valid value sets and definitions, and reference values (kept through the open metadata store, as at 5.2). */
  validValues: 'ValidValuesExchangeService',
});

/** The service option that lists the exchange services a catalog connector may not use (Egeria 5.2's name). */
export const DISABLED_EXCHANGE_SERVICES_OPTION = 'disabledExchangeServices';

/** The scope type of the external identifiers a catalog connector adds (Egeria 5.2 passes `InventoryCatalog`). */
const INVENTORY_CATALOG = 'InventoryCatalog';
/** The scope type Egeria 5.2's `updateExternalIdentifier` passes (`Referenceable`, not `InventoryCatalog`). */
const REFERENCEABLE = 'Referenceable';

const KNOWN_NAMES: ReadonlySet<string> = new Set(Object.values(CATALOG_EXCHANGE_SERVICE_NAMES));

/**
 * The context of a catalog integration connector (Egeria 5.2's `CatalogIntegratorContext`): the
 * asset manager's identity (the connector's metadata source), Asset Manager out-topic listeners,
 * external identifiers (through the open metadata store framework service, as at 5.2), and the
 * exchange services, each of which the `disabledExchangeServices` service option can switch off.
 * Every write carries the connector's user id and the asset manager, is refused before it is sent
 * when the permitted synchronization is TO_THIRD_PARTY (`OMIS-CATALOG-INTEGRATOR-400-003`; external
 * identifier writes excepted, as in Egeria), is recorded instead of sent in a dry run, and is
 * counted by type in the activity report.
 */
export class CatalogIntegratorContext extends OmasIntegrationContext<AssetManagerOutTopicEvent> {
  readonly #disabled: ReadonlySet<string>;
  readonly #store: OpenMetadataStoreClient;
  readonly #dataAssets: DataAssetExchangeService;
  readonly #glossaries: GlossaryExchangeService;
  readonly #externalReferences: ExternalReferenceExchangeService;
  readonly #lineage: LineageExchangeService;
  readonly #schemas: SchemaExchangeService;
  readonly #stewardship: StewardshipExchangeService;
  readonly #validValues: ValidValuesExchangeService;
  readonly #collaboration: CollaborationExchangeService;
  readonly #governance: GovernanceExchangeService;
  readonly #infrastructure: InfrastructureExchangeService;
  readonly #connections: ConnectionExchangeService;
  readonly #connectorFactory: ConnectorFactoryService;

  /** @param dependencies - built by the Catalog Integrator service (`catalogIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies<AssetManagerOutTopicEvent>) {
    super(dependencies);
    this.#disabled = this.#readDisabledExchangeServices();
    this.auditLog.logMessage('CatalogIntegratorContext', CATALOG_INTEGRATOR_AUDIT_CODE.PERMITTED_SYNCHRONIZATION, [
      this.connectorName,
      this.permittedSynchronization,
    ]);
    this.#store = new OpenMetadataStoreClient(this.partnerInvoker(OPEN_METADATA_STORE_SERVICE));
    const exchange: AssetManagerExchangeContext = {
      connectorName: this.connectorName,
      assetManagerGUID: this.externalSource.externalSourceGUID,
      assetManagerName: this.externalSource.externalSourceName,
      partnerInvoker: (service) => this.partnerInvoker(service),
      write: (operation, fn, change) => this.write(operation, fn, change),
      read: (operation, fn) => this.read(operation, fn),
      requireOptions: (operation, options) => this.requireOptions(operation, options),
      paging: (operation, options) => this.paging(operation, options),
    };
    this.#dataAssets = new DataAssetExchangeService(exchange);
    this.#glossaries = new GlossaryExchangeService(exchange);
    this.#externalReferences = new ExternalReferenceExchangeService(exchange);
    this.#lineage = new LineageExchangeService(exchange);
    this.#schemas = new SchemaExchangeService(exchange);
    this.#stewardship = new StewardshipExchangeService(exchange);
    this.#validValues = new ValidValuesExchangeService(exchange);
    this.#collaboration = new CollaborationExchangeService(exchange);
    this.#governance = new GovernanceExchangeService(exchange);
    this.#infrastructure = new InfrastructureExchangeService(exchange);
    this.#connections = new ConnectionExchangeService(exchange);
    this.#connectorFactory = new ConnectorFactoryService({
      connectorName: this.connectorName,
      connectorRegistry: this.connectorRegistry,
      auditLog: this.auditLog,
      partnerInvoker: (service) => this.partnerInvoker(service),
      read: (operation, fn) => this.read(operation, fn),
      requireOptions: (operation, options) => this.requireOptions(operation, options),
      invalidParameter: (parameterName, operation, value) => this.invalidParameter(parameterName, operation, value),
    });
  }

  // ---------------------------------------------------------------- asset manager

  /** The GUID of the asset manager (the connector's metadata source); undefined for local-cohort provenance. */
  getAssetManagerGUID(): string | undefined {
    return this.externalSource.externalSourceGUID;
  }

  /** The qualified name of the asset manager; undefined for local-cohort provenance. */
  getAssetManagerName(): string | undefined {
    return this.externalSource.externalSourceName;
  }

  /**
   * Registers a listener for the Asset Manager OMAS's out-topic events.
   * @param listener - receives each event
   */
  override async registerListener(listener: AssetManagerEventListener): Promise<void> {
    await super.registerListener(listener);
  }

  /**
   * Egeria's catalog integrator rule on top of the one guard: with TO_THIRD_PARTY synchronization a
   * catalog connector may not change open metadata (`OMIS-CATALOG-INTEGRATOR-400-003`, a
   * UserNotAuthorized error, before anything is sent).
   * @param operation - the operation about to run
   * @param target - where the write goes (open metadata by default)
   */
  override guardWrite(operation: string, target: WriteTarget = WriteTarget.OPEN_METADATA): void {
    this.validateIsActive(operation);
    if (
      target === WriteTarget.OPEN_METADATA &&
      this.permittedSynchronization === PermittedSynchronization.TO_THIRD_PARTY
    ) {
      throw UserNotAuthorizedException.fromDefinition(
        CATALOG_INTEGRATOR_ERROR_CODE.NOT_PERMITTED_SYNCHRONIZATION,
        [this.permittedSynchronization, this.connectorName, operation, this.getAssetManagerName() ?? 'null'],
        {
          actionDescription: operation,
          exceptionProperties: { userId: this.userId, permittedSynchronization: this.permittedSynchronization },
        },
      );
    }
    super.guardWrite(operation, target);
  }

  // ---------------------------------------------------------------- exchange services

  /** The data asset exchange service. @throws UserNotAuthorizedException when the configuration disables it */
  getDataAssetExchangeService(): DataAssetExchangeService {
    return this.#enabled(CATALOG_EXCHANGE_SERVICE_NAMES.dataAsset, 'getDataAssetExchangeService', this.#dataAssets);
  }

  /** The glossary exchange service. @throws UserNotAuthorizedException when the configuration disables it */
  getGlossaryExchangeService(): GlossaryExchangeService {
    return this.#enabled(CATALOG_EXCHANGE_SERVICE_NAMES.glossary, 'getGlossaryExchangeService', this.#glossaries);
  }

  /** The external reference exchange service (Egeria's name). @throws UserNotAuthorizedException when the configuration disables it */
  getExternalReferenceService(): ExternalReferenceExchangeService {
    return this.#enabled(
      CATALOG_EXCHANGE_SERVICE_NAMES.externalReference,
      'getExternalReferenceService',
      this.#externalReferences,
    );
  }

  /** The lineage exchange service. @throws UserNotAuthorizedException when the configuration disables it */
  getLineageExchangeService(): LineageExchangeService {
    return this.#enabled(CATALOG_EXCHANGE_SERVICE_NAMES.lineage, 'getLineageExchangeService', this.#lineage);
  }

  /** The schema exchange service. @throws UserNotAuthorizedException when the configuration disables it */
  getSchemaExchangeService(): SchemaExchangeService {
    return this.#enabled(CATALOG_EXCHANGE_SERVICE_NAMES.schema, 'getSchemaExchangeService', this.#schemas);
  }

  /** The stewardship exchange service. @throws UserNotAuthorizedException when the configuration disables it */
  getStewardshipExchangeService(): StewardshipExchangeService {
    return this.#enabled(
      CATALOG_EXCHANGE_SERVICE_NAMES.stewardship,
      'getStewardshipExchangeService',
      this.#stewardship,
    );
  }

  /** The valid values exchange service. @throws UserNotAuthorizedException when the configuration disables it */
  getValidValuesExchangeService(): ValidValuesExchangeService {
    return this.#enabled(
      CATALOG_EXCHANGE_SERVICE_NAMES.validValues,
      'getValidValuesExchangeService',
      this.#validValues,
    );
  }

  /** The collaboration exchange service (query flags only, as at Egeria 5.2). @throws UserNotAuthorizedException when the configuration disables it */
  getCollaborationExchangeService(): CollaborationExchangeService {
    return this.#enabled(
      CATALOG_EXCHANGE_SERVICE_NAMES.collaboration,
      'getCollaborationExchangeService',
      this.#collaboration,
    );
  }

  /** The governance exchange service (query flags only, as at Egeria 5.2). @throws UserNotAuthorizedException when the configuration disables it */
  getGovernanceExchangeService(): GovernanceExchangeService {
    return this.#enabled(CATALOG_EXCHANGE_SERVICE_NAMES.governance, 'getGovernanceExchangeService', this.#governance);
  }

  /** The infrastructure exchange service (query flags only, as at Egeria 5.2). @throws UserNotAuthorizedException when the configuration disables it */
  getInfrastructureExchangeService(): InfrastructureExchangeService {
    return this.#enabled(
      CATALOG_EXCHANGE_SERVICE_NAMES.infrastructure,
      'getInfrastructureExchangeService',
      this.#infrastructure,
    );
  }

  /** The connection exchange service (connections, endpoints and connector types). @throws UserNotAuthorizedException when the configuration disables it */
  getConnectionExchangeService(): ConnectionExchangeService {
    return this.#enabled(CATALOG_EXCHANGE_SERVICE_NAMES.connection, 'getConnectionExchangeService', this.#connections);
  }

  /**
   * The connector factory service: connectors built from connections held in open metadata (by
   * name, by GUID, for an asset) or from a connection object.
   * @throws UserNotAuthorizedException when the configuration disables it
   */
  getConnectorFactoryService(): ConnectorFactoryService {
    return this.#enabled(
      CATALOG_EXCHANGE_SERVICE_NAMES.connectorFactory,
      'getConnectorFactoryService',
      this.#connectorFactory,
    );
  }

  /** The exchange service names that the `disabledExchangeServices` option switches off. */
  getDisabledExchangeServices(): readonly string[] {
    return [...this.#disabled];
  }

  // ---------------------------------------------------------------- external identifiers

  /**
   * The correlation header of an element for this asset manager: the one whose `externalScopeName`
   * is the asset manager's name; undefined when there is none or the connector has no metadata source.
   * @param element - an element read through an exchange service
   * @throws InvalidParameterException (`OMIS-CATALOG-INTEGRATOR-400-006`) when no element is given
   */
  getMetadataCorrelationHeader(element: {
    readonly correlationHeaders?: readonly MetadataCorrelationHeader[];
  }): MetadataCorrelationHeader | undefined {
    const operation = 'getMetadataCorrelationHeader';
    if (typeof element !== 'object' || element === null) {
      throw InvalidParameterException.fromDefinition(
        CATALOG_INTEGRATOR_ERROR_CODE.NULL_ELEMENT_PASSED,
        [this.connectorName, operation, 'retrievedElement'],
        { actionDescription: operation, exceptionProperties: { parameterName: 'retrievedElement' } },
      );
    }
    const name = this.getAssetManagerName();
    if (name === undefined || !Array.isArray(element.correlationHeaders)) return undefined;
    return element.correlationHeaders.find((h) => h?.externalScopeName === name);
  }

  /**
   * Records the third party's identifier of an open metadata element, in the asset manager's scope
   * (or another scope given). Correlation is kept whatever the permitted synchronization, as in
   * Egeria; a dry run records it without sending it; the element counts as updated.
   */
  async addExternalIdentifier(options: AddExternalIdentifierOptions): Promise<void> {
    const operation = 'addExternalIdentifier';
    const o = this.requireOptions(operation, options);
    const scopeGUID = o.externalScopeGUID ?? this.getAssetManagerGUID();
    const scopeName = o.externalScopeName ?? this.getAssetManagerName();
    this.#requireScope(operation, scopeGUID);
    this.#requireIdentifier(operation, o.externalIdentifierProperties?.externalIdentifier);
    await this.#correlate(operation, o.openMetadataElementTypeName, o.openMetadataElementGUID, (signal) =>
      this.#store.addExternalIdentifier({
        signal,
        openMetadataElementGUID: o.openMetadataElementGUID,
        openMetadataElementTypeName: o.openMetadataElementTypeName,
        forLineage: false,
        forDuplicateProcessing: false,
        metadataCorrelationProperties: {
          ...o.externalIdentifierProperties,
          externalScopeGUID: scopeGUID,
          externalScopeName: scopeName,
          externalScopeTypeName: o.externalScopeTypeName ?? INVENTORY_CATALOG,
        },
      }),
    );
  }

  /** Changes the recorded mapping of the third party's identifier of an element (asset manager's scope). */
  async updateExternalIdentifier(options: UpdateExternalIdentifierOptions): Promise<void> {
    const operation = 'updateExternalIdentifier';
    const o = this.requireOptions(operation, options);
    this.#requireScope(operation, this.getAssetManagerGUID());
    this.#requireIdentifier(operation, o.externalIdentifierProperties?.externalIdentifier);
    await this.#correlate(operation, o.openMetadataElementTypeName, o.openMetadataElementGUID, (signal) =>
      this.#store.updateExternalIdentifier({
        signal,
        openMetadataElementGUID: o.openMetadataElementGUID,
        openMetadataElementTypeName: o.openMetadataElementTypeName,
        forLineage: false,
        forDuplicateProcessing: false,
        metadataCorrelationProperties: {
          ...o.externalIdentifierProperties,
          externalScopeGUID: this.getAssetManagerGUID(),
          externalScopeName: this.getAssetManagerName(),
          externalScopeTypeName: REFERENCEABLE,
        },
      }),
    );
  }

  /** Removes the third party's identifier from an element (asset manager's scope). */
  async removeExternalIdentifier(options: RemoveExternalIdentifierOptions): Promise<void> {
    const operation = 'removeExternalIdentifier';
    const o = this.requireOptions(operation, options);
    this.#requireScope(operation, this.getAssetManagerGUID());
    this.#requireIdentifier(operation, o.externalIdentifier);
    await this.#correlate(operation, o.openMetadataElementTypeName, o.openMetadataElementGUID, (signal) =>
      this.#store.removeExternalIdentifier({
        signal,
        openMetadataElementGUID: o.openMetadataElementGUID,
        openMetadataElementTypeName: o.openMetadataElementTypeName,
        forLineage: false,
        forDuplicateProcessing: false,
        metadataCorrelationProperties: {
          externalScopeGUID: this.getAssetManagerGUID(),
          externalScopeName: this.getAssetManagerName(),
          externalIdentifier: o.externalIdentifier,
        },
      }),
    );
  }

  /**
   * Records that an element and its third party counterpart were just synchronized (the time is kept
   * on the element's external identifier, so the element counts as updated).
   */
  async confirmSynchronization(options: ConfirmSynchronizationOptions): Promise<void> {
    const operation = 'confirmSynchronization';
    const o = this.requireOptions(operation, options);
    const scopeGUID = o.externalScopeGUID ?? this.getAssetManagerGUID();
    this.#requireScope(operation, scopeGUID);
    this.#requireIdentifier(operation, o.externalIdentifier);
    await this.#correlate(operation, o.openMetadataElementTypeName, o.openMetadataElementGUID, (signal) =>
      this.#store.confirmSynchronization({
        signal,
        openMetadataElementGUID: o.openMetadataElementGUID,
        openMetadataElementTypeName: o.openMetadataElementTypeName,
        externalScopeGUID: scopeGUID,
        externalScopeName: o.externalScopeName ?? this.getAssetManagerName(),
        externalIdentifier: o.externalIdentifier,
      }),
    );
  }

  /** The correlation headers of an element in the asset manager's scope (one page). */
  async getExternalIdentifiers(options: GetExternalIdentifiersOptions): Promise<MetadataCorrelationHeader[]> {
    const operation = 'getExternalIdentifiers';
    const o = this.requireOptions(operation, options);
    const page = this.paging(operation, o);
    return this.read(operation, (signal) =>
      this.#store.getExternalIdentifiers({
        signal,
        ...page,
        openMetadataElementGUID: o.openMetadataElementGUID,
        openMetadataElementTypeName: o.openMetadataElementTypeName,
        forLineage: false,
        forDuplicateProcessing: false,
        externalScopeGUID: this.getAssetManagerGUID(),
        externalScopeName: this.getAssetManagerName(),
        effectiveTime: o.effectiveTime,
      }),
    );
  }

  // ---------------------------------------------------------------- helpers

  #enabled<S>(name: string, operation: string, service: S): S {
    this.validateIsActive(operation);
    if (!this.#disabled.has(name)) return service;
    throw UserNotAuthorizedException.fromDefinition(
      CATALOG_INTEGRATOR_ERROR_CODE.DISABLED_EXCHANGE_SERVICE,
      [name, this.integrationService.fullName],
      { actionDescription: operation, exceptionProperties: { userId: this.userId, exchangeService: name } },
    );
  }

  /**
   * A correlation write, through the one write path: refused once the context is disconnected or the
   * refresh is cancelled, but allowed whatever the permitted synchronization (as in Egeria); recorded
   * and not sent in a dry run; the element counts as updated.
   */
  async #correlate(
    operation: string,
    typeName: string,
    guid: string,
    fn: (signal: AbortSignal) => Promise<void>,
  ): Promise<void> {
    const named = typeof typeName === 'string' && typeName !== '' && typeof guid === 'string' && guid !== '';
    await this.write(operation, fn, named ? { kind: 'update', typeName, guid } : undefined, {
      target: WriteTarget.CORRELATION,
    });
  }

  #requireScope(operation: string, scopeGUID: string | undefined): void {
    if (typeof scopeGUID !== 'string' || scopeGUID === '') {
      throw this.invalidParameter('externalScopeGUID', operation, scopeGUID);
    }
  }

  #requireIdentifier(operation: string, externalIdentifier: unknown): void {
    if (typeof externalIdentifier !== 'string' || externalIdentifier === '') {
      throw this.invalidParameter('externalIdentifier', operation, externalIdentifier);
    }
  }

  /** Reads the `disabledExchangeServices` option: a list of exchange service names. */
  #readDisabledExchangeServices(): ReadonlySet<string> {
    const value: unknown = this.serviceOptions[DISABLED_EXCHANGE_SERVICES_OPTION];
    if (value === undefined || value === null) return new Set();
    const bad = (problem: string): InvalidParameterException =>
      InvalidParameterException.fromDefinition(
        CATALOG_INTEGRATOR_ERROR_CODE.BAD_CONFIG_PROPERTIES,
        [
          this.integrationService.fullName,
          describeValue(value),
          DISABLED_EXCHANGE_SERVICES_OPTION,
          'InvalidValue',
          problem,
        ],
        {
          actionDescription: 'extractDisabledExchangeServices',
          exceptionProperties: { parameterName: `serviceOptions.${DISABLED_EXCHANGE_SERVICES_OPTION}` },
        },
      );
    if (!Array.isArray(value)) throw bad('expected a list of exchange service names');
    for (const name of value) {
      if (typeof name !== 'string' || !KNOWN_NAMES.has(name)) {
        throw bad(`${describeValue(name)} is not one of ${[...KNOWN_NAMES].join(', ')}`);
      }
    }
    const names = new Set(value as string[]);
    this.auditLog.logMessage(
      'extractDisabledExchangeServices',
      CATALOG_INTEGRATOR_AUDIT_CODE.DISABLED_EXCHANGE_SERVICES,
      [this.connectorName, [...names].join(', ')],
    );
    return names;
  }
}
