/**
 * Element statuses (Egeria 5.2's `ElementStatus`): the constants Jackson accepts, and which ones
 * an asset type allows (its TypeDef's `validInstanceStatusList` in 5.2's type archive).
 */
import { PropertyServerException } from '@egeria-ts/core';
import { egeriaError } from '../ffdc/ffdc';
import { badRequest } from '../server/spring-errors';
import { isTypeOf } from '../store/type-registry';
import type { EmulatorContext } from './context';
import type { CallInfo } from './elements';

/** Egeria 5.2's `ElementStatus` constants. */
export const ELEMENT_STATUSES: readonly string[] = [
  'UNKNOWN',
  'DRAFT',
  'PREPARED',
  'PROPOSED',
  'APPROVED',
  'REJECTED',
  'APPROVED_CONCEPT',
  'UNDER_DEVELOPMENT',
  'DEVELOPMENT_COMPLETE',
  'APPROVED_FOR_DEPLOYMENT',
  'STANDBY',
  'ACTIVE',
  'FAILED',
  'DISABLED',
  'COMPLETE',
  'DEPRECATED',
  'DELETED',
  'OTHER',
];

/** The `ElementStatus` a body field holds (undefined when absent); anything else is Jackson's 400. */
export function elementStatusOf(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !ELEMENT_STATUSES.includes(value)) {
    throw badRequest(`Cannot deserialize value of type ElementStatus from ${JSON.stringify(value)} (field ${field})`);
  }
  return value;
}

/**
 * The statuses an asset of a type may be given: Process and its subtypes may be drafts, proposed
 * or approved; other assets are only active. DELETED is never set through a status.
 */
export function validAssetStatuses(typeName: string): readonly string[] {
  return isTypeOf(typeName, 'Process') ? ['DRAFT', 'PROPOSED', 'APPROVED', 'ACTIVE'] : ['ACTIVE'];
}

/**
 * Refuses a status the asset's type does not allow, as 5.2's repository handler reports the
 * repository's StatusNotSupportedException (OMRS-REPOSITORY-400-035 inside OMAG-REPOSITORY-HANDLER-500-001).
 * @param repositoryMethod - the repository call that refused it (`addEntity`, `updateEntityStatus`)
 */
export function checkAssetStatus(
  ctx: EmulatorContext,
  typeName: string,
  status: string,
  repositoryMethod: string,
  call: CallInfo,
): void {
  if (validAssetStatuses(typeName).includes(status)) return;
  const cause = `OMRS-REPOSITORY-400-035 Status ${status} passed on parameter newStatus of ${repositoryMethod} to open metadata repository ${ctx.serverName} is not a valid status for type ${typeName}`;
  throw egeriaError(
    PropertyServerException,
    'PROPERTY_SERVER_ERROR',
    [
      cause,
      call.action,
      call.service,
      ctx.serverName,
      'org.odpi.openmetadata.repositoryservices.ffdc.exception.StatusNotSupportedException',
      repositoryMethod,
    ],
    { actionDescription: call.action },
  );
}
