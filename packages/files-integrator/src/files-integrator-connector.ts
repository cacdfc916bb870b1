import { IntegrationConnector, type MessageDefinition } from '@egeria-ts/core';
import type { FilesIntegratorContext } from './files-integrator-context';
import { FILES_INTEGRATOR_ERROR_CODE } from './files-integrator-messages';

/**
 * The base class of integration connectors that run in the Files Integrator OMIS: they catalog the
 * files and folders of a file system through a {@link FilesIntegratorContext}, and may listen to
 * the file system. Implement `refresh` (and optionally `start`, `disconnect`, `engage`).
 * @example
 * ```ts
 * class MyFilesConnector extends FilesIntegratorConnector {
 *   async refresh(): Promise<void> {
 *     await this.context.addDataFileToCatalog({ dataFileProperties: { pathName: '/data/sales.csv' } });
 *   }
 * }
 * ```
 */
export abstract class FilesIntegratorConnector extends IntegrationConnector<FilesIntegratorContext> {
  /** Reading `context` before it is set throws an error with id `OMIS-FILES-INTEGRATOR-500-001`. */
  protected override noContextMessage(): MessageDefinition {
    return FILES_INTEGRATOR_ERROR_CODE.NULL_CONTEXT;
  }
}
