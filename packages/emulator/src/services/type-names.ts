/**
 * Open metadata type names received on a request (a path value or a bean's `typeName`), checked as
 * Egeria's `InvalidParameterHandler.validateTypeName` checks them.
 */
import { invalidParameter } from '../ffdc/ffdc';
import { getTypeDef, isTypeOf } from '../store/type-registry';
import type { CallInfo } from './elements';

/**
 * The type a request names, or `defaultType` when it names none: an unknown name is Egeria's
 * UNRECOGNIZED_TYPE_NAME, a name that is not a subtype of `superType` its BAD_SUB_TYPE_NAME (both
 * naming the `typeName` parameter).
 * @param requested - the name received (undefined, null or empty: none)
 * @param defaultType - the type used when none is named
 * @param superType - the type the name must be, or a subtype of
 */
export function requireTypeName(requested: unknown, defaultType: string, superType: string, call: CallInfo): string {
  if (requested === undefined || requested === null || requested === '') return defaultType;
  const name = String(requested);
  if (getTypeDef(name) === undefined) {
    throw invalidParameter('UNRECOGNIZED_TYPE_NAME', [name, call.action, call.service], call.action, 'typeName');
  }
  if (!isTypeOf(name, superType)) {
    throw invalidParameter('BAD_SUB_TYPE_NAME', [name, call.action, call.service, superType], call.action, 'typeName');
  }
  return name;
}

/**
 * A relationship type named in a path: empty is Egeria's NULL_NAME, an unknown name its
 * UNRECOGNIZED_TYPE_NAME, the name of an entity or classification type BAD_SUB_TYPE_NAME.
 * @param requested - the name received
 * @param parameterName - the path parameter that carried it
 */
export function requireRelationshipTypeName(
  requested: string | undefined,
  parameterName: string,
  call: CallInfo,
): string {
  if (requested === undefined || requested === '') {
    throw invalidParameter('NULL_NAME', [parameterName, call.action], call.action, parameterName);
  }
  const def = getTypeDef(requested);
  if (def === undefined) {
    throw invalidParameter('UNRECOGNIZED_TYPE_NAME', [requested, call.action, call.service], call.action, 'typeName');
  }
  if (def.category !== 'relationship') {
    throw invalidParameter(
      'BAD_SUB_TYPE_NAME',
      [requested, call.action, call.service, 'Relationship'],
      call.action,
      'typeName',
    );
  }
  return requested;
}
