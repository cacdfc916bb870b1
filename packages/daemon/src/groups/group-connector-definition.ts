/**
 * A connector of an integration group as read from open metadata: the `IntegrationConnector`
 * element (its Connection and `usesBlockingCalls`) and its `RegisteredIntegrationConnector`
 * relationship with the group (name, user, metadata source, dates, refresh interval, permitted
 * synchronization, reports), and how two readings of one connector differ.
 */
import type { Connection, PermittedSynchronization } from '@egeria-ts/core';
import type { EgeriaDateInput, RegisteredIntegrationConnectorElement } from '@egeria-ts/omas-client';
import type { RuntimeConnectorConfig } from '../runtime/runtime-connector-config';

/** One registered connector of a group, complete enough to run. @internal */
export interface GroupConnectorDefinition {
  /** The connector's id in the daemon: the registration's `connectorId`, else the connector's GUID. */
  readonly connectorId: string;
  /** GUID of the `IntegrationConnector` element. */
  readonly connectorGUID: string;
  /** The registration's `connectorName` (else the connector's name, qualified name or GUID). */
  readonly connectorName: string;
  /** The registration's `connectorUserId`, when set. */
  readonly connectorUserId?: string;
  /** The registration's `metadataSourceQualifiedName`, when set. */
  readonly metadataSourceQualifiedName?: string;
  /** The registration's `startDate`, when set. */
  readonly startDate?: Date;
  /** The registration's `stopDate`, when set. */
  readonly stopDate?: Date;
  /** The registration's `refreshTimeInterval` in minutes, when set. */
  readonly refreshTimeInterval?: number;
  /** The registration's `permittedSynchronization`, when set. */
  readonly permittedSynchronization?: PermittedSynchronization;
  /** The registration's `generateIntegrationReports` (Egeria's default: true). */
  readonly generateIntegrationReports: boolean;
  /** The connector's Connection. */
  readonly connection: Connection;
  /** The connector's `usesBlockingCalls` (default false). */
  readonly usesBlockingCalls: boolean;
  /** `connection.connectorType.connectorProviderClassName`. */
  readonly connectorProviderClassName: string;
}

/** A reading of one registration: a definition, or what it still lacks. @internal */
export type GroupConnectorReading =
  | { readonly ok: true; readonly definition: GroupConnectorDefinition }
  | { readonly ok: false; readonly connectorGUID?: string; readonly missing: string };

const PERMITTED_SYNCHRONIZATIONS: readonly string[] = ['BOTH_DIRECTIONS', 'TO_THIRD_PARTY', 'FROM_THIRD_PARTY'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A date as Egeria writes it (ISO string or epoch milliseconds); 'invalid' when it cannot be read. */
function readDate(value: unknown): Date | undefined | 'invalid' {
  if (value === undefined || value === null) return undefined;
  const input = value as EgeriaDateInput;
  const date = input instanceof Date ? input : new Date(typeof input === 'number' ? input : Date.parse(String(input)));
  return Number.isNaN(date.getTime()) ? 'invalid' : date;
}

function readInterval(value: unknown): number | undefined | 'invalid' {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : 'invalid';
}

/**
 * Reads one registered connector. As Egeria 5.2 does, an element that is not complete yet (no
 * header, registration properties, connector properties, Connection, connector type or provider
 * class name) is skipped: it may still be under construction. Unlike 5.2, a missing `connectorId`
 * (the emulator sends none) is replaced by the connector's GUID, and dates or an interval that
 * cannot be read make the element incomplete rather than failing the whole group.
 * @internal
 */
export function readGroupConnector(element: RegisteredIntegrationConnectorElement): GroupConnectorReading {
  const connectorGUID = nonEmpty(element.elementHeader?.guid);
  if (connectorGUID === undefined) return { ok: false, missing: 'element header GUID' };
  const registration = element.registrationProperties;
  if (!isRecord(registration)) return { ok: false, connectorGUID, missing: 'registration properties' };
  const properties = element.properties;
  if (!isRecord(properties)) return { ok: false, connectorGUID, missing: 'IntegrationConnector properties' };
  const connection = properties.connection;
  if (!isRecord(connection)) return { ok: false, connectorGUID, missing: 'Connection' };
  const connectorType: unknown = connection.connectorType;
  if (!isRecord(connectorType)) return { ok: false, connectorGUID, missing: 'connector type' };
  const connectorProviderClassName = nonEmpty(connectorType['connectorProviderClassName']);
  if (connectorProviderClassName === undefined) {
    return { ok: false, connectorGUID, missing: 'connectorProviderClassName' };
  }
  const startDate = readDate(registration.startDate);
  if (startDate === 'invalid') return { ok: false, connectorGUID, missing: 'readable startDate' };
  const stopDate = readDate(registration.stopDate);
  if (stopDate === 'invalid') return { ok: false, connectorGUID, missing: 'readable stopDate' };
  const refreshTimeInterval = readInterval(registration.refreshTimeInterval);
  if (refreshTimeInterval === 'invalid') {
    return { ok: false, connectorGUID, missing: 'refreshTimeInterval of whole minutes >= 0' };
  }
  const sync = registration.permittedSynchronization;
  if (sync !== undefined && sync !== null && !PERMITTED_SYNCHRONIZATIONS.includes(String(sync))) {
    return { ok: false, connectorGUID, missing: 'known permittedSynchronization' };
  }
  const connectorName =
    nonEmpty(registration.connectorName) ??
    nonEmpty(properties.name) ??
    nonEmpty(properties.qualifiedName) ??
    connectorGUID;
  const connectorUserId = nonEmpty(registration.connectorUserId);
  const metadataSourceQualifiedName = nonEmpty(registration.metadataSourceQualifiedName);
  const definition: GroupConnectorDefinition = {
    connectorId: nonEmpty(element.connectorId) ?? connectorGUID,
    connectorGUID,
    connectorName,
    ...(connectorUserId === undefined ? {} : { connectorUserId }),
    ...(metadataSourceQualifiedName === undefined ? {} : { metadataSourceQualifiedName }),
    ...(startDate === undefined ? {} : { startDate }),
    ...(stopDate === undefined ? {} : { stopDate }),
    ...(refreshTimeInterval === undefined ? {} : { refreshTimeInterval }),
    ...(sync === undefined || sync === null ? {} : { permittedSynchronization: sync as PermittedSynchronization }),
    generateIntegrationReports: registration.generateIntegrationReports !== false,
    connection: connection as Connection,
    usesBlockingCalls: properties.usesBlockingCalls === true,
    connectorProviderClassName,
  };
  return { ok: true, definition };
}

/** The runtime configuration of a group connector, with the defaults of its daemon and service. @internal */
export function groupConnectorConfig(
  definition: GroupConnectorDefinition,
  defaults: { readonly localServerUserId: string; readonly permittedSynchronization: PermittedSynchronization },
): RuntimeConnectorConfig {
  return {
    connectorId: definition.connectorId,
    connectorGUID: definition.connectorGUID,
    connectorName: definition.connectorName,
    connectorUserId: definition.connectorUserId ?? defaults.localServerUserId,
    connection: definition.connection,
    ...(definition.metadataSourceQualifiedName === undefined
      ? {}
      : { metadataSourceQualifiedName: definition.metadataSourceQualifiedName }),
    ...(definition.refreshTimeInterval === undefined ? {} : { refreshTimeInterval: definition.refreshTimeInterval }),
    ...(definition.startDate === undefined ? {} : { startDate: definition.startDate }),
    ...(definition.stopDate === undefined ? {} : { stopDate: definition.stopDate }),
    usesBlockingCalls: definition.usesBlockingCalls,
    permittedSynchronization: definition.permittedSynchronization ?? defaults.permittedSynchronization,
    generateIntegrationReports: definition.generateIntegrationReports,
  };
}

/** How a connector's new definition differs from the one it runs with. @internal */
export interface GroupConnectorChanges {
  /** Changed fields that need a new connector instance (the connector is restarted). */
  readonly restart: readonly string[];
  /** Changed fields applied to the running connector (its schedule). */
  readonly inPlace: readonly string[];
}

/**
 * The fields that need a restart: the Connection and `usesBlockingCalls` (as in Egeria 5.2), and
 * the registration properties the connector's context is built with (5.2 keeps the old context
 * until the connector is next restarted; here the change takes effect at once).
 */
const RESTART_FIELDS = [
  'connection',
  'usesBlockingCalls',
  'connectorName',
  'connectorUserId',
  'metadataSourceQualifiedName',
  'permittedSynchronization',
  'generateIntegrationReports',
] as const satisfies readonly (keyof GroupConnectorDefinition)[];

/** The fields applied in place: the connector's schedule. */
const IN_PLACE_FIELDS = [
  'refreshTimeInterval',
  'startDate',
  'stopDate',
] as const satisfies readonly (keyof GroupConnectorDefinition)[];

/** Compares two readings of one connector. @internal */
export function compareGroupConnectors(
  before: GroupConnectorDefinition,
  after: GroupConnectorDefinition,
): GroupConnectorChanges {
  const differs = (field: keyof GroupConnectorDefinition): boolean =>
    canonicalJson(before[field]) !== canonicalJson(after[field]);
  return {
    restart: RESTART_FIELDS.filter(differs),
    inPlace: IN_PLACE_FIELDS.filter(differs),
  };
}

/** JSON with sorted keys and no undefined members, so that equal values compare equal. */
function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (v instanceof Date) return v.toISOString();
      if (isRecord(v)) {
        const sorted: Record<string, unknown> = {};
        for (const key of Object.keys(v).sort()) if (v[key] !== undefined) sorted[key] = v[key];
        return sorted;
      }
      return v;
    }) ?? 'undefined'
  );
}
