/**
 * Shared by the tables-*.test.ts files: a recording OperationInvoker and the list of the typed
 * clients with their operation tables.
 */
import {
  APIManagerClient,
  ASSET_CONSUMER_SERVICE,
  ASSET_MANAGER_CONNECTION_SERVICE,
  ASSET_MANAGER_DATA_ASSET_SERVICE,
  ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE,
  ASSET_MANAGER_GLOSSARY_SERVICE,
  ASSET_MANAGER_LINEAGE_SERVICE,
  ASSET_MANAGER_REGISTRATION_SERVICE,
  ASSET_MANAGER_SCHEMA_SERVICE,
  ASSET_MANAGER_STEWARDSHIP_SERVICE,
  AssetConsumerClient,
  COMMUNITY_PROFILE_SERVICE,
  CONNECTED_ASSET_SERVICE,
  ConnectedAssetClient,
  ConnectionExchangeClient,
  DATA_MANAGER_API_SERVICE,
  DATA_MANAGER_CONNECTION_SERVICE,
  DATA_MANAGER_DISPLAY_SERVICE,
  DATA_MANAGER_EVENT_BROKER_SERVICE,
  DATA_MANAGER_FILES_SERVICE,
  DATA_MANAGER_METADATA_SOURCE_SERVICE,
  DATA_MANAGER_SCHEMA_SERVICE,
  DATA_MANAGER_VALID_VALUES_SERVICE,
  DataAssetExchangeClient,
  DataManagerConnectionClient,
  DataManagerMetadataSourceClient,
  DataManagerSchemaClient,
  DataManagerValidValuesClient,
  DisplayApplicationClient,
  EventBrokerClient,
  ExternalAssetManagerClient,
  ExternalReferenceExchangeClient,
  FilesAndFoldersClient,
  GOVERNANCE_CONFIGURATION_SERVICE,
  GOVERNANCE_SERVER_SERVICE,
  GlossaryExchangeClient,
  GovernanceConfigurationClient,
  GovernanceServerClient,
  IT_INFRASTRUCTURE_ASSET_SERVICE,
  IT_INFRASTRUCTURE_PROFILE_SERVICE,
  IT_INFRASTRUCTURE_SERVICE,
  ITAssetManagerClient,
  ITInfrastructureClient,
  ITProfileManagerClient,
  LineageExchangeClient,
  OPEN_INTEGRATION_SERVICE,
  OPEN_GOVERNANCE_SERVICE,
  OPEN_METADATA_STORE_SERVICE,
  OpenIntegrationClient,
  OpenGovernanceClient,
  OpenMetadataStoreClient,
  OrganizationManagementClient,
  SECURITY_MANAGER_SERVICE,
  SchemaExchangeClient,
  StewardshipExchangeClient,
  SecurityManagerClient,
  type OperationDefinition,
  type OperationInvoker,
  type OperationRequest,
  type PageOptions,
  type ServiceDefinition,
} from '@egeria-ts/omas-client';

/** One call an invoker received. */
export interface RecordedCall {
  readonly kind: 'invoke' | 'iterate';
  readonly operation: OperationDefinition;
  readonly request: OperationRequest;
  readonly page?: PageOptions;
}

/** An OperationInvoker that records each call and answers from `answer` (default: by response shape). */
export class RecordingInvoker implements OperationInvoker {
  readonly calls: RecordedCall[] = [];
  answer: ((operation: OperationDefinition, request: OperationRequest) => unknown) | undefined;

  async invoke<T = unknown>(operation: OperationDefinition, request: OperationRequest = {}): Promise<T> {
    this.calls.push({ kind: 'invoke', operation, request });
    if (this.answer) return this.answer(operation, request) as T;
    if (operation.response.list) return [`${operation.name}-result`] as T;
    if (operation.response.field === undefined) return undefined as T;
    return `${operation.name}-result` as T;
  }

  iterate<T = unknown>(
    operation: OperationDefinition,
    request: OperationRequest = {},
    page: PageOptions = {},
  ): AsyncIterableIterator<T> {
    this.calls.push({ kind: 'iterate', operation, request, page });
    async function* elements(): AsyncGenerator<T> {
      yield 'first' as T;
      yield 'second' as T;
    }
    return elements();
  }

  /** The only call, failing the test when there is not exactly one. */
  only(): RecordedCall {
    if (this.calls.length !== 1) throw new Error(`expected one call, got ${this.calls.length}`);
    return this.calls[0];
  }
}

/** A typed client as the generic tests see it: methods by name. */
export type AnyClient = Record<string, (options?: object) => unknown>;

/** Every typed client with its table. */
export const CLIENTS: ReadonlyArray<{
  readonly table: string;
  readonly service: ServiceDefinition;
  readonly create: (invoker: OperationInvoker) => object;
}> = [
  {
    table: 'GOVERNANCE_CONFIGURATION_SERVICE',
    service: GOVERNANCE_CONFIGURATION_SERVICE,
    create: (i) => new GovernanceConfigurationClient(i),
  },
  { table: 'OPEN_INTEGRATION_SERVICE', service: OPEN_INTEGRATION_SERVICE, create: (i) => new OpenIntegrationClient(i) },
  {
    table: 'OPEN_METADATA_STORE_SERVICE',
    service: OPEN_METADATA_STORE_SERVICE,
    create: (i) => new OpenMetadataStoreClient(i),
  },
  {
    table: 'CONNECTED_ASSET_SERVICE',
    service: CONNECTED_ASSET_SERVICE,
    create: (i) => new ConnectedAssetClient(i),
  },
  {
    table: 'OPEN_GOVERNANCE_SERVICE',
    service: OPEN_GOVERNANCE_SERVICE,
    create: (i) => new OpenGovernanceClient(i),
  },
  {
    table: 'DATA_MANAGER_FILES_SERVICE',
    service: DATA_MANAGER_FILES_SERVICE,
    create: (i) => new FilesAndFoldersClient(i),
  },
  {
    table: 'DATA_MANAGER_METADATA_SOURCE_SERVICE',
    service: DATA_MANAGER_METADATA_SOURCE_SERVICE,
    create: (i) => new DataManagerMetadataSourceClient(i),
  },
  {
    table: 'DATA_MANAGER_EVENT_BROKER_SERVICE',
    service: DATA_MANAGER_EVENT_BROKER_SERVICE,
    create: (i) => new EventBrokerClient(i),
  },
  { table: 'DATA_MANAGER_API_SERVICE', service: DATA_MANAGER_API_SERVICE, create: (i) => new APIManagerClient(i) },
  {
    table: 'DATA_MANAGER_DISPLAY_SERVICE',
    service: DATA_MANAGER_DISPLAY_SERVICE,
    create: (i) => new DisplayApplicationClient(i),
  },
  {
    table: 'DATA_MANAGER_SCHEMA_SERVICE',
    service: DATA_MANAGER_SCHEMA_SERVICE,
    create: (i) => new DataManagerSchemaClient(i),
  },
  {
    table: 'DATA_MANAGER_CONNECTION_SERVICE',
    service: DATA_MANAGER_CONNECTION_SERVICE,
    create: (i) => new DataManagerConnectionClient(i),
  },
  {
    table: 'DATA_MANAGER_VALID_VALUES_SERVICE',
    service: DATA_MANAGER_VALID_VALUES_SERVICE,
    create: (i) => new DataManagerValidValuesClient(i),
  },
  {
    table: 'ASSET_MANAGER_SCHEMA_SERVICE',
    service: ASSET_MANAGER_SCHEMA_SERVICE,
    create: (i) => new SchemaExchangeClient(i),
  },
  {
    table: 'ASSET_MANAGER_STEWARDSHIP_SERVICE',
    service: ASSET_MANAGER_STEWARDSHIP_SERVICE,
    create: (i) => new StewardshipExchangeClient(i),
  },
  {
    table: 'ASSET_MANAGER_CONNECTION_SERVICE',
    service: ASSET_MANAGER_CONNECTION_SERVICE,
    create: (i) => new ConnectionExchangeClient(i),
  },
  {
    table: 'ASSET_MANAGER_REGISTRATION_SERVICE',
    service: ASSET_MANAGER_REGISTRATION_SERVICE,
    create: (i) => new ExternalAssetManagerClient(i),
  },
  {
    table: 'ASSET_MANAGER_DATA_ASSET_SERVICE',
    service: ASSET_MANAGER_DATA_ASSET_SERVICE,
    create: (i) => new DataAssetExchangeClient(i),
  },
  {
    table: 'ASSET_MANAGER_LINEAGE_SERVICE',
    service: ASSET_MANAGER_LINEAGE_SERVICE,
    create: (i) => new LineageExchangeClient(i),
  },
  {
    table: 'ASSET_MANAGER_GLOSSARY_SERVICE',
    service: ASSET_MANAGER_GLOSSARY_SERVICE,
    create: (i) => new GlossaryExchangeClient(i),
  },
  {
    table: 'ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE',
    service: ASSET_MANAGER_EXTERNAL_REFERENCE_SERVICE,
    create: (i) => new ExternalReferenceExchangeClient(i),
  },
  {
    table: 'COMMUNITY_PROFILE_SERVICE',
    service: COMMUNITY_PROFILE_SERVICE,
    create: (i) => new OrganizationManagementClient(i),
  },
  { table: 'SECURITY_MANAGER_SERVICE', service: SECURITY_MANAGER_SERVICE, create: (i) => new SecurityManagerClient(i) },
  { table: 'ASSET_CONSUMER_SERVICE', service: ASSET_CONSUMER_SERVICE, create: (i) => new AssetConsumerClient(i) },
  {
    table: 'GOVERNANCE_SERVER_SERVICE',
    service: GOVERNANCE_SERVER_SERVICE,
    create: (i) => new GovernanceServerClient(i),
  },
  {
    table: 'IT_INFRASTRUCTURE_SERVICE',
    service: IT_INFRASTRUCTURE_SERVICE,
    create: (i) => new ITInfrastructureClient(i),
  },
  {
    table: 'IT_INFRASTRUCTURE_ASSET_SERVICE',
    service: IT_INFRASTRUCTURE_ASSET_SERVICE,
    create: (i) => new ITAssetManagerClient(i),
  },
  {
    table: 'IT_INFRASTRUCTURE_PROFILE_SERVICE',
    service: IT_INFRASTRUCTURE_PROFILE_SERVICE,
    create: (i) => new ITProfileManagerClient(i),
  },
];
