import {
  createIntegrationService,
  dataManagerEventParser,
  type MetadataSourceType,
  type OmasIntegrationService,
} from '@egeria-ts/omas-client';
import { FilesIntegratorConnector } from './files-integrator-connector';
import { FilesIntegratorContext } from './files-integrator-context';
import { FILES_INTEGRATOR_AUDIT_CODE, FILES_INTEGRATOR_ERROR_CODE } from './files-integrator-messages';

/**
 * The software capability a files integration connector's metadata source is registered as:
 * Egeria 5.2's `DeployedImplementationType.FILE_SYSTEM` (associated type `DataManager`,
 * classification `FileSystem`).
 */
export const FILE_SYSTEM_METADATA_SOURCE: MetadataSourceType = Object.freeze({
  typeName: 'DataManager',
  classificationName: 'FileSystem',
  deployedImplementationType: 'File System',
});

/**
 * The Files Integrator OMIS (code 605, marker `files-integrator`, partner Data Manager OMAS,
 * default permitted synchronization FROM_THIRD_PARTY): runs {@link FilesIntegratorConnector}s and
 * builds their {@link FilesIntegratorContext}s. The integration daemon uses it; connector code does not.
 */
export const filesIntegratorService: OmasIntegrationService<FilesIntegratorContext> = createIntegrationService({
  marker: 'files-integrator',
  connectorBaseClass: FilesIntegratorConnector,
  metadataSourceType: FILE_SYSTEM_METADATA_SOURCE,
  messages: {
    contextInitializing: FILES_INTEGRATOR_AUDIT_CODE.CONTEXT_INITIALIZING,
    connectorContextInitializing: FILES_INTEGRATOR_AUDIT_CODE.CONNECTOR_CONTEXT_INITIALIZING,
    nullContext: FILES_INTEGRATOR_ERROR_CODE.NULL_CONTEXT,
    invalidConnector: FILES_INTEGRATOR_ERROR_CODE.INVALID_CONNECTOR,
  },
  eventParser: dataManagerEventParser,
  createContext: (dependencies) => new FilesIntegratorContext(dependencies),
});
