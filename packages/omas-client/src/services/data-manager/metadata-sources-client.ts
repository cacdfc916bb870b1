/**
 * Data Manager OMAS: registering file systems, file managers, event brokers, API managers, applications and data processing engines as metadata sources (DataManagerOMASResource): the typed client.
 */
import type {
  APIManagerRequestBody,
  ApplicationRequestBody,
  DataProcessingEngineRequestBody,
  EventBrokerRequestBody,
  FileManagerRequestBody,
  FileSystemRequestBody,
} from '../common/beans/request-bodies';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { send } from '../common/client-support';
import type { OmasCallOptions } from '../common/options';
import { DATA_MANAGER_METADATA_SOURCE_SERVICE } from './metadata-sources-operations';

const ops = DATA_MANAGER_METADATA_SOURCE_SERVICE.operations;

/**
 * Data Manager OMAS: registering file systems, file managers, event brokers, API managers, applications and data processing engines as metadata sources (DataManagerOMASResource).
 * Each method sends one row of {@link DATA_MANAGER_METADATA_SOURCE_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class DataManagerMetadataSourceClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `DATA_MANAGER_METADATA_SOURCE_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Creates a file system (`POST /metadata-sources/filesystems`).
   * @returns the GUID of what was created
   */
  async createFileSystem(options: OmasCallOptions & FileSystemRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createFileSystem, options);
  }

  /**
   * Creates a file manager (`POST /metadata-sources/file-managers`).
   * @returns the GUID of what was created
   */
  async createFileManager(options: OmasCallOptions & FileManagerRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createFileManager, options);
  }

  /**
   * Creates an event broker (`POST /metadata-sources/event-brokers`).
   * @returns the GUID of what was created
   */
  async createEventBroker(options: OmasCallOptions & EventBrokerRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createEventBroker, options);
  }

  /**
   * Creates an API manager (`POST /metadata-sources/api-managers`).
   * @returns the GUID of what was created
   */
  async createAPIManager(options: OmasCallOptions & APIManagerRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createAPIManager, options);
  }

  /**
   * Creates an application (`POST /metadata-sources/applications`).
   * @returns the GUID of what was created
   */
  async createApplication(options: OmasCallOptions & ApplicationRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createApplication, options);
  }

  /**
   * Creates a data processing engine (`POST /metadata-sources/data-processing-engines`).
   * @returns the GUID of what was created
   */
  async createDataProcessingEngine(options: OmasCallOptions & DataProcessingEngineRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createDataProcessingEngine, options);
  }
}
