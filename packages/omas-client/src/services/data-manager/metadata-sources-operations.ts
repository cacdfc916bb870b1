/**
 * Data Manager OMAS: registering file systems, file managers, event brokers, API managers, applications and data processing engines as metadata sources (DataManagerOMASResource).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import { CREATES, GUID_RESPONSE, defineService, post, type OperationRow } from '../common/operation-rows';

/** The name of an operation of {@link DATA_MANAGER_METADATA_SOURCE_SERVICE}. @public */
export type DataManagerMetadataSourceOperationName =
  | 'createFileSystem'
  | 'createFileManager'
  | 'createEventBroker'
  | 'createAPIManager'
  | 'createApplication'
  | 'createDataProcessingEngine';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<DataManagerMetadataSourceOperationName, OperationRow>> = {
  createFileSystem: post('/metadata-sources/filesystems', 'FileSystemRequestBody', GUID_RESPONSE, CREATES),
  createFileManager: post('/metadata-sources/file-managers', 'FileManagerRequestBody', GUID_RESPONSE, CREATES),
  createEventBroker: post('/metadata-sources/event-brokers', 'EventBrokerRequestBody', GUID_RESPONSE, CREATES),
  createAPIManager: post('/metadata-sources/api-managers', 'APIManagerRequestBody', GUID_RESPONSE, CREATES),
  createApplication: post('/metadata-sources/applications', 'ApplicationRequestBody', GUID_RESPONSE, CREATES),
  createDataProcessingEngine: post(
    '/metadata-sources/data-processing-engines',
    'DataProcessingEngineRequestBody',
    GUID_RESPONSE,
    CREATES,
  ),
};

/** Data Manager OMAS: registering file systems, file managers, event brokers, API managers, applications and data processing engines as metadata sources (DataManagerOMASResource): the operation table. @public */
export const DATA_MANAGER_METADATA_SOURCE_SERVICE = defineService<DataManagerMetadataSourceOperationName>(
  { kind: 'access-service', marker: 'data-manager' },
  rows,
);
