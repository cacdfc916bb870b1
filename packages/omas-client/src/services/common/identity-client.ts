/**
 * Typed methods for the security groups and user identities that several services serve with the
 * same rows (Community Profile and Security Manager OMAS for security groups; those two and the IT
 * Infrastructure OMAS for user identities). A client keeps what these return in private fields and
 * publishes each function under Egeria's method name. Internal.
 */
import type { OperationDefinition } from '../../operations/operation-definition';
import type { OperationInvoker } from '../../operations/operation-invoker';
import type { ElementStub, SecurityGroupElement, UserIdentityElement } from './beans/elements';
import type { ExternalSourceRequestBody, NameRequestBody, SearchStringRequestBody } from './beans/request-bodies';
import type { SecurityGroupProperties } from './beans/security-properties';
import { iteratePages, send, sendPage, type BodyShape } from './client-support';
import type { SecurityGroupRowName, UserIdentityRowName } from './identity-operations';
import type { OmasCallOptions, OmasPagingOptions } from './options';

/** One page, and all pages, of a list row. */
function listMethods<Element, Options extends OmasPagingOptions>(
  invoker: () => OperationInvoker,
  operation: OperationDefinition,
) {
  return {
    page: async (options: Options): Promise<Element[]> => sendPage<Element>(invoker(), operation, options),
    iterate: (options: Options): AsyncIterableIterator<Element> => iteratePages<Element>(invoker(), operation, options),
  };
}

/**
 * The security group methods, sending the rows of `operations`.
 * @param invoker - returns the client's invoker when a method is called
 * @param operations - the client's table
 */
export function securityGroupMethods(
  invoker: () => OperationInvoker,
  operations: Readonly<Record<SecurityGroupRowName, OperationDefinition>>,
) {
  const byName = listMethods<SecurityGroupElement, OmasPagingOptions & { readonly distinguishedName: string }>(
    invoker,
    operations.getSecurityGroupsForDistinguishedName,
  );
  const governed = listMethods<ElementStub, OmasPagingOptions & { readonly securityGroupGUID: string }>(
    invoker,
    operations.getElementsGovernedBySecurityGroup,
  );
  const found = listMethods<SecurityGroupElement, OmasPagingOptions & SearchStringRequestBody>(
    invoker,
    operations.findSecurityGroups,
  );
  return {
    create: async (options: OmasCallOptions & SecurityGroupProperties = {}): Promise<string> =>
      send<string>(invoker(), operations.createSecurityGroup, options),
    update: async (
      options: OmasCallOptions & {
        readonly securityGroupGUID: string;
        readonly isMergeUpdate: boolean;
      } & SecurityGroupProperties,
    ): Promise<void> => {
      await send(invoker(), operations.updateSecurityGroup, options);
    },
    delete: async (options: OmasCallOptions & { readonly securityGroupGUID: string }): Promise<void> => {
      await send(invoker(), operations.deleteSecurityGroup, options);
    },
    forDistinguishedName: byName.page,
    forDistinguishedNameIterator: byName.iterate,
    governedElements: governed.page,
    governedElementsIterator: governed.iterate,
    find: async (options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<SecurityGroupElement[]> =>
      found.page(options),
    findIterator: (
      options: OmasPagingOptions & SearchStringRequestBody = {},
    ): AsyncIterableIterator<SecurityGroupElement> => found.iterate(options),
    byGUID: async (
      options: OmasCallOptions & { readonly securityGroupGUID: string },
    ): Promise<SecurityGroupElement | undefined> =>
      send<SecurityGroupElement | undefined>(invoker(), operations.getSecurityGroupByGUID, options),
  };
}

/**
 * The user identity methods, sending the rows of `operations`.
 * @typeParam Identity - the request bean of the create and update rows
 * @typeParam Link - the request bean of the row that links an identity to a profile
 * @param invoker - returns the client's invoker when a method is called
 * @param operations - the client's table
 * @param linkShape - how the link row's body is shaped, when it carries nested properties
 */
export function userIdentityMethods<Identity extends object, Link extends object>(
  invoker: () => OperationInvoker,
  operations: Readonly<Record<UserIdentityRowName, OperationDefinition>>,
  linkShape?: BodyShape,
) {
  const identityShape = { nested: { properties: 'UserIdentityProperties' } };
  const found = listMethods<UserIdentityElement, OmasPagingOptions & SearchStringRequestBody>(
    invoker,
    operations.findUserIdentities,
  );
  const named = listMethods<UserIdentityElement, OmasPagingOptions & NameRequestBody>(
    invoker,
    operations.getUserIdentitiesByName,
  );
  return {
    create: async (options: OmasCallOptions & Identity = {} as Identity): Promise<string> =>
      send<string>(invoker(), operations.createUserIdentity, options, identityShape),
    update: async (
      options: OmasCallOptions & { readonly userIdentityGUID: string; readonly isMergeUpdate: boolean } & Identity,
    ): Promise<void> => {
      await send(invoker(), operations.updateUserIdentity, options, identityShape);
    },
    delete: async (
      options: OmasCallOptions & { readonly userIdentityGUID: string } & ExternalSourceRequestBody,
    ): Promise<void> => {
      await send(invoker(), operations.deleteUserIdentity, options);
    },
    addToProfile: async (
      options: OmasCallOptions & { readonly userIdentityGUID: string; readonly profileGUID: string } & Link,
    ): Promise<void> => {
      await send(invoker(), operations.addIdentityToProfile, options, linkShape);
    },
    removeFromProfile: async (
      options: OmasCallOptions & {
        readonly userIdentityGUID: string;
        readonly profileGUID: string;
      } & ExternalSourceRequestBody,
    ): Promise<void> => {
      await send(invoker(), operations.removeIdentityFromProfile, options);
    },
    find: async (options: OmasPagingOptions & SearchStringRequestBody = {}): Promise<UserIdentityElement[]> =>
      found.page(options),
    findIterator: (
      options: OmasPagingOptions & SearchStringRequestBody = {},
    ): AsyncIterableIterator<UserIdentityElement> => found.iterate(options),
    byName: async (options: OmasPagingOptions & NameRequestBody = {}): Promise<UserIdentityElement[]> =>
      named.page(options),
    byNameIterator: (options: OmasPagingOptions & NameRequestBody = {}): AsyncIterableIterator<UserIdentityElement> =>
      named.iterate(options),
    byGUID: async (
      options: OmasCallOptions & { readonly userIdentityGUID: string },
    ): Promise<UserIdentityElement | undefined> =>
      send<UserIdentityElement | undefined>(invoker(), operations.getUserIdentityByGUID, options),
  };
}
