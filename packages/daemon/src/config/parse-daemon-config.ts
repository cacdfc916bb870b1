import { randomUUID } from 'node:crypto';
import type { Connection } from '@egeria-ts/core';
import { PERMITTED_SYNCHRONIZATION_INFO, PermittedSynchronization } from '@egeria-ts/core';
import type {
  DaemonConfig,
  IntegrationConnectorConfig,
  IntegrationGroupConfig,
  IntegrationServiceConfig,
} from './daemon-config';
import { DaemonConfigError } from './daemon-config-error';
import { readEgeriaTs } from './parse-egeria-ts';
import { INTEGRATION_SERVICE_URL_MARKERS, getIntegrationService } from '@egeria-ts/core';
import { childPath } from './json-path';
import type { JsonObject } from './readers';
import {
  Problems,
  copyJson,
  isAbsent,
  isObject,
  own,
  readArray,
  readBoolean,
  readEnum,
  readName,
  readObject,
  readSecret,
  readText,
  readUrl,
  readWholeNumber,
} from './readers';
import { COMPONENT_DEVELOPMENT_STATUS_INFO, SERVICE_OPERATIONAL_STATUS_INFO } from '@egeria-ts/core';

/** Egeria's default `localServerUserId`. */
const DEFAULT_LOCAL_SERVER_USER_ID = 'OMAGServer';
/** Egeria's default `maxPageSize`. */
const DEFAULT_MAX_PAGE_SIZE = 1000;

/**
 * Checks an integration daemon configuration document and returns it typed, with Egeria's defaults
 * filled in. Accepts the daemon section alone, a whole `OMAGServerConfig` document, or Egeria's
 * `OMAGServerConfigResponse` wrapper (`{ "omagserverConfig": {...} }`). Numbers and booleans
 * written as strings are accepted, as Egeria's parser accepts them.
 *
 * @param document - the parsed JSON document
 * @returns the checked configuration
 * @throws {@link DaemonConfigError} listing every problem of the document at once
 */
export function parseDaemonConfig(document: unknown): DaemonConfig {
  const p = new Problems();
  const config = readDocument(p, document);
  if (p.list.length > 0 || config === undefined) throw new DaemonConfigError(p.list);
  return config;
}

function readDocument(p: Problems, document: unknown): DaemonConfig | undefined {
  if (!isObject(document)) {
    p.add('$', 'an integration daemon configuration document (a JSON object)', document);
    return undefined;
  }
  if (own(document, 'omagserverConfig') === undefined) {
    return readServerConfig(p, '$', document, { value: own(document, 'egeriaTs'), path: 'egeriaTs' });
  }
  // Egeria's OMAGServerConfigResponse: the document is under omagserverConfig.
  const inner = readObject(p, 'omagserverConfig', own(document, 'omagserverConfig'), 'an OMAGServerConfig object', {
    required: true,
  });
  const outerSettings = own(document, 'egeriaTs');
  const innerSettings = inner ? own(inner, 'egeriaTs') : undefined;
  let settings = { value: outerSettings, path: 'egeriaTs' };
  if (!isAbsent(innerSettings)) {
    if (!isAbsent(outerSettings)) {
      p.add('egeriaTs', 'one egeriaTs section, either here or in omagserverConfig, not both', outerSettings);
    }
    settings = { value: innerSettings, path: 'omagserverConfig.egeriaTs' };
  }
  if (!inner) {
    readEgeriaTs(p, settings.path, settings.value);
    return undefined;
  }
  return readServerConfig(p, 'omagserverConfig', inner, settings);
}

interface Defaults {
  userId: string;
}

interface Seen {
  at: Map<string, string>;
}

function noteUnique(
  p: Problems,
  seen: Seen,
  path: string,
  value: string | undefined,
  field: string,
  what: string,
): void {
  if (value === undefined) return;
  const first = seen.at.get(value);
  if (first === undefined) seen.at.set(value, path);
  else
    p.add(
      path,
      `${/^[aeiou]/i.test(field) ? 'an' : 'a'} ${field} not used by another ${what} (already used at ${first})`,
      value,
    );
}

function readServerConfig(
  p: Problems,
  path: string,
  doc: JsonObject,
  settings: { value: unknown; path: string },
): DaemonConfig {
  const at = (key: string): string => childPath(path, key);
  const localServerName = readName(p, at('localServerName'), own(doc, 'localServerName'), { required: true });
  const localServerUserId =
    readName(p, at('localServerUserId'), own(doc, 'localServerUserId')) ?? DEFAULT_LOCAL_SERVER_USER_ID;
  const localServerPassword = readSecret(p, at('localServerPassword'), own(doc, 'localServerPassword'));
  const maxPageSize = readWholeNumber(p, at('maxPageSize'), own(doc, 'maxPageSize')) ?? DEFAULT_MAX_PAGE_SIZE;
  const defaults: Defaults = { userId: localServerUserId };

  const servicesValue = own(doc, 'integrationServicesConfig');
  const groupsValue = own(doc, 'dynamicIntegrationGroupsConfig');
  const services = readArray(
    p,
    at('integrationServicesConfig'),
    servicesValue,
    'an array of IntegrationServiceConfig objects',
  );
  const groups = readArray(
    p,
    at('dynamicIntegrationGroupsConfig'),
    groupsValue,
    'an array of IntegrationGroupConfig objects',
  );
  const emptyOrAbsent = (v: unknown): boolean => isAbsent(v) || (Array.isArray(v) && v.length === 0);
  if (emptyOrAbsent(servicesValue) && emptyOrAbsent(groupsValue)) {
    // Egeria's INTEGRATION-DAEMON-SERVICES-400-001 (NO_CONFIG_DOC): a daemon with nothing to do.
    p.add(
      at('integrationServicesConfig'),
      'at least one integration service, or one integration group in dynamicIntegrationGroupsConfig',
      servicesValue,
    );
  }

  const markers: Seen = { at: new Map() };
  const connectorNames: Seen = { at: new Map() };
  const connectorIds: Seen = { at: new Map() };
  const integrationServicesConfig: IntegrationServiceConfig[] = [];
  services?.forEach((value, i) => {
    const servicePath = childPath(at('integrationServicesConfig'), i);
    const service = readService(p, servicePath, value, defaults, { markers, connectorNames, connectorIds });
    if (service) integrationServicesConfig.push(service);
  });

  const groupNames: Seen = { at: new Map() };
  const dynamicIntegrationGroupsConfig: IntegrationGroupConfig[] = [];
  groups?.forEach((value, i) => {
    const groupPath = childPath(at('dynamicIntegrationGroupsConfig'), i);
    const group = readGroup(p, groupPath, value);
    if (group) {
      noteUnique(
        p,
        groupNames,
        childPath(groupPath, 'integrationGroupQualifiedName'),
        group.integrationGroupQualifiedName,
        'integrationGroupQualifiedName',
        'integration group',
      );
      dynamicIntegrationGroupsConfig.push(group);
    }
  });

  const egeriaTs = readEgeriaTs(p, settings.path, settings.value);

  const config: DaemonConfig = {
    localServerName: localServerName ?? '',
    localServerUserId,
    maxPageSize,
    integrationServicesConfig,
    dynamicIntegrationGroupsConfig,
    egeriaTs,
  };
  if (localServerPassword !== undefined) config.localServerPassword = localServerPassword;
  return config;
}

function readServerClient(
  p: Problems,
  path: string,
  obj: JsonObject,
): { omagserverPlatformRootURL: string; omagserverName: string } {
  return {
    omagserverPlatformRootURL:
      readUrl(p, childPath(path, 'omagserverPlatformRootURL'), own(obj, 'omagserverPlatformRootURL'), {
        required: true,
      }) ?? '',
    omagserverName:
      readName(p, childPath(path, 'omagserverName'), own(obj, 'omagserverName'), { required: true }) ?? '',
  };
}

function readService(
  p: Problems,
  path: string,
  value: unknown,
  defaults: Defaults,
  seen: { markers: Seen; connectorNames: Seen; connectorIds: Seen },
): IntegrationServiceConfig | undefined {
  const obj = readObject(p, path, value, 'an IntegrationServiceConfig object', { required: true });
  if (!obj) return undefined;
  const at = (key: string): string => childPath(path, key);

  const markerValue = own(obj, 'integrationServiceURLMarker');
  const description = typeof markerValue === 'string' ? getIntegrationService(markerValue) : undefined;
  if (!description) {
    p.add(at('integrationServiceURLMarker'), `one of ${INTEGRATION_SERVICE_URL_MARKERS.join(', ')}`, markerValue);
  } else {
    const markerPath = at('integrationServiceURLMarker');
    noteUnique(p, seen.markers, markerPath, description.marker, 'integrationServiceURLMarker', 'integration service');
  }
  const client = readServerClient(p, path, obj);
  const integrationServiceId = readWholeNumber(p, at('integrationServiceId'), own(obj, 'integrationServiceId'));
  const developmentStatus = readEnum(
    p,
    at('integrationServiceDevelopmentStatus'),
    own(obj, 'integrationServiceDevelopmentStatus'),
    COMPONENT_DEVELOPMENT_STATUS_INFO,
  );
  const text = (key: string): string | undefined => readText(p, at(key), own(obj, key));
  const contextManagerClass = text('integrationServiceContextManagerClass');
  const name = text('integrationServiceName');
  const fullName = text('integrationServiceFullName');
  const serviceDescription = text('integrationServiceDescription');
  const wiki = text('integrationServiceWiki');
  const partnerOMAS = text('integrationServicePartnerOMAS');
  const defaultSync = readEnum(
    p,
    at('defaultPermittedSynchronization'),
    own(obj, 'defaultPermittedSynchronization'),
    PERMITTED_SYNCHRONIZATION_INFO,
  );
  const operationalStatus = readEnum(
    p,
    at('integrationServiceOperationalStatus'),
    own(obj, 'integrationServiceOperationalStatus'),
    SERVICE_OPERATIONAL_STATUS_INFO,
  );
  const optionsValue = readObject(
    p,
    at('integrationServiceOptions'),
    own(obj, 'integrationServiceOptions'),
    'an object of service options',
  );
  const options = optionsValue ? copyJson(p, at('integrationServiceOptions'), optionsValue) : undefined;

  const defaultPermittedSynchronization =
    defaultSync ?? description?.defaultPermittedSynchronization ?? PermittedSynchronization.BOTH_DIRECTIONS;

  const integrationConnectorConfigs: IntegrationConnectorConfig[] = [];
  const connectors = readArray(
    p,
    at('integrationConnectorConfigs'),
    own(obj, 'integrationConnectorConfigs'),
    'an array of IntegrationConnectorConfig objects',
  );
  connectors?.forEach((c, i) => {
    const connectorPath = childPath(at('integrationConnectorConfigs'), i);
    const connector = readConnector(p, connectorPath, c, {
      userId: defaults.userId,
      permittedSynchronization: defaultPermittedSynchronization,
    });
    if (connector) {
      noteUnique(
        p,
        seen.connectorNames,
        childPath(connectorPath, 'connectorName'),
        connector.connectorName,
        'connectorName',
        'connector',
      );
      if (connector.explicitId) {
        noteUnique(
          p,
          seen.connectorIds,
          childPath(connectorPath, 'connectorId'),
          connector.config.connectorId,
          'connectorId',
          'connector',
        );
      }
      integrationConnectorConfigs.push(connector.config);
    }
  });

  if (!description) return undefined;
  const registered = description;
  const service: IntegrationServiceConfig = {
    ...client,
    integrationServiceId: integrationServiceId ?? registered.code,
    integrationServiceDevelopmentStatus: developmentStatus ?? registered.developmentStatus,
    integrationServiceName: name ?? registered.name,
    integrationServiceFullName: fullName ?? registered.fullName,
    integrationServiceURLMarker: registered.marker,
    integrationServiceDescription: serviceDescription ?? registered.description,
    integrationServiceWiki: wiki ?? registered.wiki,
    integrationServicePartnerOMAS: partnerOMAS ?? registered.partnerOMAS,
    defaultPermittedSynchronization,
    integrationServiceOperationalStatus: operationalStatus ?? 'ENABLED',
    integrationServiceOptions: options ?? {},
    integrationConnectorConfigs,
  };
  if (contextManagerClass !== undefined) service.integrationServiceContextManagerClass = contextManagerClass;
  return service;
}

function readConnector(
  p: Problems,
  path: string,
  value: unknown,
  defaults: { userId: string; permittedSynchronization: PermittedSynchronization },
): { config: IntegrationConnectorConfig; connectorName: string | undefined; explicitId: boolean } | undefined {
  const obj = readObject(p, path, value, 'an IntegrationConnectorConfig object', { required: true });
  if (!obj) return undefined;
  const at = (key: string): string => childPath(path, key);

  const connectorId = readName(p, at('connectorId'), own(obj, 'connectorId'));
  const connectorName = readName(p, at('connectorName'), own(obj, 'connectorName'), { required: true });
  const connectorUserId = readName(p, at('connectorUserId'), own(obj, 'connectorUserId'));
  const connection = readConnection(p, at('connection'), own(obj, 'connection'));
  const metadataSourceQualifiedName = readName(
    p,
    at('metadataSourceQualifiedName'),
    own(obj, 'metadataSourceQualifiedName'),
  );
  const refreshTimeInterval = readWholeNumber(
    p,
    at('refreshTimeInterval'),
    own(obj, 'refreshTimeInterval'),
    'a whole number of minutes, 0 or more',
  );
  const usesBlockingCalls = readBoolean(p, at('usesBlockingCalls'), own(obj, 'usesBlockingCalls'));
  const permittedSynchronization = readEnum(
    p,
    at('permittedSynchronization'),
    own(obj, 'permittedSynchronization'),
    PERMITTED_SYNCHRONIZATION_INFO,
  );
  const generateIntegrationReports = readBoolean(
    p,
    at('generateIntegrationReports'),
    own(obj, 'generateIntegrationReports'),
  );

  const config: IntegrationConnectorConfig = {
    connectorId: connectorId ?? randomUUID(),
    connectorName: connectorName ?? '',
    connectorUserId: connectorUserId ?? defaults.userId,
    connection: connection ?? {},
    usesBlockingCalls: usesBlockingCalls ?? false,
    permittedSynchronization: permittedSynchronization ?? defaults.permittedSynchronization,
    generateIntegrationReports: generateIntegrationReports ?? false,
  };
  if (metadataSourceQualifiedName !== undefined) config.metadataSourceQualifiedName = metadataSourceQualifiedName;
  if (refreshTimeInterval !== undefined) config.refreshTimeInterval = refreshTimeInterval;
  return { config, connectorName, explicitId: connectorId !== undefined };
}

function readConnection(p: Problems, path: string, value: unknown): Connection | undefined {
  const connection = readObject(p, path, value, 'a Connection object with connectorType.connectorProviderClassName', {
    required: true,
  });
  if (!connection) return undefined;
  const typePath = childPath(path, 'connectorType');
  const connectorType = readObject(
    p,
    typePath,
    own(connection, 'connectorType'),
    'a ConnectorType object with connectorProviderClassName',
    { required: true },
  );
  if (!connectorType) return undefined;
  const className = readName(
    p,
    childPath(typePath, 'connectorProviderClassName'),
    own(connectorType, 'connectorProviderClassName'),
    { required: true, what: 'the connector provider class name (a non-empty string)' },
  );
  if (className === undefined) return undefined;
  return copyJson(p, path, connection as Connection);
}

function readGroup(p: Problems, path: string, value: unknown): IntegrationGroupConfig | undefined {
  const obj = readObject(p, path, value, 'an IntegrationGroupConfig object', { required: true });
  if (!obj) return undefined;
  const integrationGroupQualifiedName = readName(
    p,
    childPath(path, 'integrationGroupQualifiedName'),
    own(obj, 'integrationGroupQualifiedName'),
    { required: true },
  );
  const client = readServerClient(p, path, obj);
  if (integrationGroupQualifiedName === undefined) return undefined;
  return { ...client, integrationGroupQualifiedName };
}
