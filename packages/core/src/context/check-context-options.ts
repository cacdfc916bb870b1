import type { AuditLog } from '../audit/audit-log';
import { describeValue } from '../connection/configuration-properties';
import { DeleteMethod, DELETE_METHOD_INFO } from '../enums/delete-method';
import { parseEnumValue } from '../enums/enum-info';
import { PermittedSynchronization, PERMITTED_SYNCHRONIZATION_INFO } from '../enums/permitted-synchronization';
import { InvalidParameterException } from '../errors/exceptions';
import { defaultConnectorRegistry, type ConnectorRegistry } from '../registry/connector-registry';
import type { CatalogTargetStore } from './catalog-target-store';
import type { WriteRecorder } from './dry-run';
import { CONTEXT_ERROR_CODE } from './context-messages';
import type { IntegrationContextOptions } from './integration-context-options';
import type { IntegrationReportPublisher } from './integration-report';

const DEFAULT_MAX_PAGE_SIZE = 1000;

const STORE_METHODS = [
  'addCatalogTarget',
  'updateCatalogTarget',
  'getCatalogTarget',
  'getCatalogTargets',
  'removeCatalogTarget',
];

/**
 * Integration context options, checked, with the defaults filled in.
 * @internal
 */
export interface CheckedContextOptions {
  readonly userId: string;
  readonly connectorId: string;
  readonly connectorName: string;
  readonly integrationConnectorGUID?: string;
  readonly metadataSourceQualifiedName?: string;
  readonly metadataSourceGUID?: string;
  readonly permittedSynchronization: PermittedSynchronization;
  readonly deleteMethod: DeleteMethod;
  readonly generateIntegrationReport: boolean;
  readonly serverName?: string;
  readonly maxPageSize: number;
  readonly auditLog: AuditLog;
  readonly catalogTargetStore?: CatalogTargetStore;
  readonly integrationReportPublisher?: IntegrationReportPublisher;
  readonly writeRecorder?: WriteRecorder;
  readonly connectorRegistry: ConnectorRegistry;
}

/**
 * Checks the options of an integration context and fills in the defaults.
 * @throws InvalidParameterException naming the option at fault
 * @internal
 */
export function checkContextOptions(options: IntegrationContextOptions): CheckedContextOptions {
  if (typeof options !== 'object' || options === null) throw invalidOption('options', '(unknown)', options);
  const fields = options as unknown as Record<string, unknown>;
  const name = typeof fields['connectorName'] === 'string' ? (fields['connectorName'] as string) : '(unknown)';
  const fail = (field: string, value: unknown): InvalidParameterException => invalidOption(field, name, value);
  const required = (field: string): string => {
    const value = fields[field];
    if (typeof value !== 'string' || value.trim() === '') throw fail(field, value);
    return value;
  };
  const optional = (field: string): string | undefined => {
    const value = fields[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || value.trim() === '') throw fail(field, value);
    return value;
  };

  const sync = options.permittedSynchronization ?? PermittedSynchronization.BOTH_DIRECTIONS;
  const permittedSynchronization = parseEnumValue(PERMITTED_SYNCHRONIZATION_INFO, sync);
  if (permittedSynchronization === undefined) throw fail('permittedSynchronization', sync);
  const deleteValue = options.deleteMethod ?? DeleteMethod.ARCHIVE;
  const deleteMethod = parseEnumValue(DELETE_METHOD_INFO, deleteValue);
  if (deleteMethod === undefined) throw fail('deleteMethod', deleteValue);
  const generateIntegrationReport = options.generateIntegrationReport ?? false;
  if (typeof generateIntegrationReport !== 'boolean')
    throw fail('generateIntegrationReport', generateIntegrationReport);
  const maxPageSize = options.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE;
  if (!Number.isInteger(maxPageSize) || maxPageSize < 1) throw fail('maxPageSize', maxPageSize);
  if (!hasMethods(options.auditLog, ['logMessage', 'logException'])) throw fail('auditLog', options.auditLog);
  const store = options.catalogTargetStore;
  if (store !== undefined && !hasMethods(store, STORE_METHODS)) throw fail('catalogTargetStore', store);
  const publisher = options.integrationReportPublisher;
  if (publisher !== undefined && !hasMethods(publisher, ['publishIntegrationReport'])) {
    throw fail('integrationReportPublisher', publisher);
  }
  const writeRecorder = options.writeRecorder;
  if (writeRecorder !== undefined && !hasMethods(writeRecorder, ['record'])) throw fail('writeRecorder', writeRecorder);
  const connectorRegistry = options.connectorRegistry ?? defaultConnectorRegistry;
  if (!hasMethods(connectorRegistry, ['resolve', 'knownNames', 'unknownConnectorError'])) {
    throw fail('connectorRegistry', connectorRegistry);
  }

  return {
    connectorName: required('connectorName'),
    userId: required('userId'),
    connectorId: required('connectorId'),
    integrationConnectorGUID: optional('integrationConnectorGUID'),
    metadataSourceQualifiedName: optional('metadataSourceQualifiedName'),
    metadataSourceGUID: optional('metadataSourceGUID'),
    serverName: optional('serverName'),
    permittedSynchronization: permittedSynchronization as PermittedSynchronization,
    deleteMethod: deleteMethod as DeleteMethod,
    generateIntegrationReport,
    maxPageSize,
    auditLog: options.auditLog,
    catalogTargetStore: store,
    integrationReportPublisher: publisher,
    writeRecorder,
    connectorRegistry,
  };
}

function invalidOption(field: string, connectorName: string, value: unknown): InvalidParameterException {
  return InvalidParameterException.fromDefinition(
    CONTEXT_ERROR_CODE.INVALID_OPTION,
    [
      field,
      connectorName,
      typeof value === 'object' && value !== null ? 'an object without the required methods' : describeValue(value),
    ],
    { exceptionProperties: { parameterName: field } },
  );
}

function hasMethods(value: unknown, methods: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return methods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function');
}
