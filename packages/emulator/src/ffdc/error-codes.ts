/**
 * The Egeria error messages the emulator reports, keyed by Egeria's message ids.
 *
 * Ids, HTTP codes and the order of the inserts are Egeria 5.2's (OMAGCommonErrorCode,
 * RepositoryHandlerErrorCode, GenericHandlersErrorCode, OMRSErrorCode); the wording is our own.
 */
import type { MessageDefinition } from '@egeria-ts/core';

function def(messageId: string, httpCode: number, template: string, systemAction: string, userAction: string) {
  return { messageId, httpCode, template, systemAction, userAction } satisfies MessageDefinition;
}

/** Message definitions by Egeria's enum constant names. */
export const ERROR_CODES = {
  /** A GUID parameter is null or empty. Inserts: parameter name, operation. */
  NULL_GUID: def(
    'OMAG-COMMON-400-005',
    400,
    'No unique identifier (guid) was supplied on the {0} parameter of operation {1}',
    'The request is rejected.',
    'Pass the unique identifier of an existing element and retry.',
  ),
  /** A name parameter is null or empty. Inserts: parameter name, operation. */
  NULL_NAME: def(
    'OMAG-COMMON-400-006',
    400,
    'No name was supplied on the {0} parameter of operation {1}',
    'The request is rejected.',
    'Supply a non-empty name and retry.',
  ),
  /** A negative start offset. Inserts: value, parameter name, operation. */
  NEGATIVE_START_FROM: def(
    'OMAG-COMMON-400-008',
    400,
    'Start offset {0} on parameter {1} of operation {2} is below zero',
    'The request is rejected.',
    'Use a start offset of zero or more.',
  ),
  /** A negative page size. Inserts: value, parameter name, operation. */
  NEGATIVE_PAGE_SIZE: def(
    'OMAG-COMMON-400-009',
    400,
    'Page size {0} on parameter {1} of operation {2} is below zero',
    'The request is rejected.',
    'Use a page size of zero (server maximum) or more.',
  ),
  /** A page size over the server's maximum. Inserts: value, parameter name, operation, maximum. */
  MAX_PAGE_SIZE: def(
    'OMAG-COMMON-400-010',
    400,
    'Page size {0} on parameter {1} of operation {2} exceeds the server maximum of {3}',
    'The request is rejected.',
    'Ask for at most the server maximum and page through the results.',
  ),
  /** A required object is null. Inserts: parameter name, operation. */
  NULL_OBJECT: def(
    'OMAG-COMMON-400-015',
    400,
    'No object was supplied on the {0} parameter of operation {1}',
    'The request is rejected.',
    'Supply the missing object and retry.',
  ),
  /** An unexpected failure. Inserts: exception class, operation, message. */
  UNEXPECTED_EXCEPTION: def(
    'OMAG-COMMON-400-016',
    400,
    'Operation {1} failed with an unexpected {0}: {2}',
    'The request failed and nothing was changed.',
    'Check the server log for the cause, fix it and retry.',
  ),
  /** No request body. Inserts: user, operation, server. */
  NO_REQUEST_BODY: def(
    'OMAG-COMMON-400-017',
    400,
    'User {0} called operation {1} on server {2} without a request body',
    'The request is rejected.',
    'Send the request body the operation expects.',
  ),
  /** A null search string. Inserts: parameter name, operation. */
  NULL_SEARCH_STRING: def(
    'OMAG-COMMON-400-022',
    400,
    'No search string was supplied on the {0} parameter of operation {1}',
    'The request is rejected.',
    'Supply a search string (a regular expression) and retry.',
  ),
  /** A search string that is not a valid regular expression. Inserts: parameter, operation, exception class, message. */
  INVALID_SEARCH_STRING: def(
    'OMAG-COMMON-400-028',
    400,
    'The search string on parameter {0} of operation {1} is not a usable regular expression ({2}: {3})',
    'The request is rejected.',
    'Correct the regular expression and retry.',
  ),
  /** Wrong class of properties object. Inserts: operation, expected class. */
  INVALID_PROPERTIES_OBJECT: def(
    'OMAG-COMMON-400-029',
    400,
    'Operation {0} needs a properties object of class {1} and received none or one of another class',
    'The request is rejected.',
    'Send a properties object of the expected class.',
  ),
  /** A unique name already in use. Inserts: operation, service, type, parameter name, value. */
  UNIQUE_NAME_ALREADY_IN_USE: def(
    'OMAG-COMMON-409-001',
    409,
    'Operation {0} of {1} cannot create or update a {2}: the value {4} of unique property {3} belongs to another element',
    'The request is rejected and nothing is changed.',
    'Choose another unique name, or update the existing element instead.',
  ),
  /** A GUID of the wrong type. Inserts: local method, guid, actual type, expected type, operation. */
  INSTANCE_WRONG_TYPE_FOR_GUID: def(
    'OMAG-REPOSITORY-HANDLER-404-001',
    404,
    'Method {0} (called by {4}) found element {1} of type {2} where a {3} was expected',
    'The request is rejected.',
    'Pass the unique identifier of an element of the expected type.',
  ),
  /** A type name that is not a subtype of the type expected. Inserts: type, operation, service, supertype. */
  BAD_SUB_TYPE_NAME: def(
    'OMAG-COMMON-400-019',
    400,
    'Type {0} passed to operation {1} of {2} is not a subtype of {3}',
    'The request is rejected.',
    'Pass the name of a subtype of the expected type.',
  ),
  /** A type name the server does not know. Inserts: type name, operation, service. */
  UNRECOGNIZED_TYPE_NAME: def(
    'OMAG-COMMON-400-018',
    400,
    'Type {0} passed to operation {1} of {2} is not a known open metadata type',
    'The request is rejected.',
    'Pass the name of an open metadata type the server supports.',
  ),
  /** Several relationships where one was expected. Inserts: relationship type, entity type, guid, relationship guids, operation, server. */
  MULTIPLE_RELATIONSHIPS_FOUND: def(
    'OMAG-REPOSITORY-HANDLER-404-006',
    404,
    'There are several {0} relationships at {1} {2} ({3}) where operation {4} on server {5} expects at most one',
    'The request is rejected because the answer is ambiguous.',
    'Remove the extra relationships, then retry.',
  ),
  /** Several elements with a unique name. Inserts: type, name, guids, operation, name parameter, server. */
  MULTIPLE_ENTITIES_FOUND: def(
    'OMAG-GENERIC-HANDLERS-404-002',
    404,
    'Operation {3} on server {5} found several {0} elements named {1} by its {4} parameter: {2}',
    'The request is rejected because the answer is ambiguous.',
    'Give each element a unique name, then retry.',
  ),
  /** Several elements where one was expected. Inserts: type, operation, elements, starting guid, service, server. */
  MULTIPLE_BEANS_FOUND: def(
    'OMAG-GENERIC-HANDLERS-404-003',
    404,
    'Operation {1} of {4} on server {5} expects at most one {0} from {3} but found several: {2}',
    'The request is rejected because the answer is ambiguous.',
    'Remove the extra elements or relationships, then retry.',
  ),
  /** An unknown entity. Inserts: type, guid, operation, service, server, repository message. */
  UNKNOWN_ENTITY: def(
    'OMAG-REPOSITORY-HANDLER-404-007',
    404,
    'Operation {2} of {3} on server {4} found no {0} entity with unique identifier {1}; the repository said: {5}',
    'The request is rejected because the unique identifier is not known.',
    'Check the unique identifier: the element may never have existed or may have been deleted.',
  ),
  /**
   * An entity the caller may not see (a Memento without `forLineage`). Inserts: type, guid, local
   * method, operation, user, effective time, effective from, effective to, classification names,
   * forLineage, forDuplicateProcessing.
   */
  UNAVAILABLE_ENTITY: def(
    'OMAG-REPOSITORY-HANDLER-400-010',
    400,
    'The {0} entity {1} read by {2} for operation {3} is not visible to user {4}: effective time {5}, effective from {6} to {7}, classifications {8}, forLineage={9}, forDuplicateProcessing={10}',
    'The element is left out of the answer: its effectivity dates do not cover the time asked for, or it is a memento (archived).',
    'Read an archived element with forLineage=true, or check the effectivity dates of the element.',
  ),
  /** An unknown relationship. Inserts: type, guid, operation, service, server, repository message. */
  UNKNOWN_RELATIONSHIP: def(
    'OMAG-REPOSITORY-HANDLER-404-012',
    404,
    'Operation {2} of {3} on server {4} found no {0} relationship with unique identifier {1}; the repository said: {5}',
    'The request is rejected because the unique identifier is not known.',
    'Check the unique identifier: the relationship may have been deleted.',
  ),
  /** A change from a metadata source that does not own the element. Inserts: operation, source guid, source name, type, guid, provenance, owner guid, owner name. */
  WRONG_EXTERNAL_SOURCE: def(
    'OMAG-REPOSITORY-HANDLER-400-007',
    400,
    'Operation {0}, acting for metadata source {1} ({2}), may not change {3} {4}: it has provenance {5} and belongs to metadata collection {6} ({7})',
    'The request is rejected and nothing is changed.',
    'Only the metadata source that created an element may change it; send the change as that source.',
  ),
  /** A change without a metadata source to an element owned by one. Inserts: operation, type, guid, provenance, owner guid, owner name, user. */
  LOCAL_CANNOT_CHANGE_EXTERNAL: def(
    'OMAG-REPOSITORY-HANDLER-400-008',
    400,
    'Operation {0} may not change {1} {2}: it has provenance {3} and belongs to metadata collection {4} ({5}); user {6} sent no metadata source',
    'The request is rejected and nothing is changed.',
    'Send the change as the metadata source that owns the element.',
  ),
  /** A metadata source that is not a known software capability. Inserts: service, operation, guid, name, cause. */
  INTEGRATOR_NOT_RETURNED: def(
    'OMAG-GENERIC-HANDLERS-400-001',
    400,
    'Service {0} cannot run operation {1}: owner {2} ({3}) is not a known software capability. Cause: {4}',
    'The request is rejected and nothing is created.',
    'Register the metadata source first and pass its unique identifier and qualified name.',
  ),
  /** A metadata source whose name does not match its GUID. Inserts: service, operation, given name, stored name, guid. */
  BAD_INTEGRATOR_NAME: def(
    'OMAG-GENERIC-HANDLERS-400-002',
    400,
    'Service {0} cannot run operation {1}: owner name {2} does not match {3}, the qualified name of software capability {4}',
    'The request is rejected and nothing is created.',
    'Pass the qualified name that belongs to the metadata source GUID.',
  ),
  /** The repository refused a request. Inserts: its message, operation, service, server, its exception class, its method. */
  PROPERTY_SERVER_ERROR: def(
    'OMAG-REPOSITORY-HANDLER-500-001',
    500,
    'The metadata server returned the unexpected error {4} to {5} during operation {1} of service {2} on server {3}: {0}',
    'The request fails.',
    'Correct the request from the message, or check the server.',
  ),
  /** The repository's report of a status the type does not allow. Inserts: status, parameter, method, repository, type. */
  BAD_INSTANCE_STATUS: def(
    'OMRS-REPOSITORY-400-035',
    400,
    'Status {0} passed on parameter {1} of {2} to open metadata repository {3} is not a valid status for type {4}',
    'The request is rejected.',
    'Pass a status that the type allows.',
  ),
  /** An external identifier not recorded in its scope. Inserts: service, identifier, scope name, scope guid, type, guid. */
  UNKNOWN_EXTERNAL_IDENTITY: def(
    'OMAG-GENERIC-HANDLERS-400-003',
    400,
    'Service {0} found no external identifier {1} in scope {2} ({3}) for {4} element {5}',
    'The request is rejected: the synchronization of the element cannot be confirmed.',
    'Record the external identifier for the element first, or send the identifier it was recorded with.',
  ),
  /** An external identifier not linked to the element. Inserts: service, identifier, scope name, scope guid, type, guid. */
  UNKNOWN_RESOURCE_LINK: def(
    'OMAG-GENERIC-HANDLERS-400-004',
    400,
    'Service {0} found external identifier {1} in scope {2} ({3}) but it is not linked to {4} element {5}',
    'The request is rejected: the synchronization of the element cannot be confirmed.',
    'Send the external identifier that belongs to this element.',
  ),
  /** A request for a server this platform does not run. Inserts: server, user. */
  SERVER_NOT_AVAILABLE: def(
    'OMAG-MULTI-TENANT-404-001',
    404,
    'Server {0} is not running on this platform, so the request from user {1} cannot be served',
    'The request is rejected.',
    'Check the server name in the URL, and that the server has been started.',
  ),
  /** The repository's own report of an unknown entity. Inserts: guid, method, repository. */
  ENTITY_NOT_KNOWN: def(
    'OMRS-REPOSITORY-404-002',
    404,
    'No entity with guid {0} is stored in open metadata repository {2} (call {1})',
    'The entity cannot be returned.',
    'Check the guid; the entity may have been deleted.',
  ),
  /** The repository's own report of an unknown relationship. Inserts: guid, method, repository. */
  RELATIONSHIP_NOT_KNOWN: def(
    'OMRS-REPOSITORY-404-003',
    404,
    'No relationship with guid {0} is stored in open metadata repository {2} (call {1})',
    'The relationship cannot be returned.',
    'Check the guid; the relationship may have been deleted.',
  ),
} as const;

/** The name of one of {@link ERROR_CODES}. */
export type ErrorCodeName = keyof typeof ERROR_CODES;
