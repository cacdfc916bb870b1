import { defineMessages } from '@egeria-ts/core';

/**
 * The errors of the connector generator (`EGERIA-TS-CREATE-CONNECTOR-...`). Each names the option
 * or value at fault and what to do about it.
 */
export const CREATE_CONNECTOR_ERROR_CODE = defineMessages({
  /** {0} value, {1} the known markers. */
  UNKNOWN_SERVICE: {
    messageId: 'EGERIA-TS-CREATE-CONNECTOR-400-001',
    httpCode: 400,
    template: 'The integration service "{0}" is not known: use one of {1}',
    systemAction: 'Nothing is written.',
    userAction: 'Give the URL marker of one of the twelve integration services, such as files-integrator.',
  },
  /** {0} value, {1} problem. */
  INVALID_NAME: {
    messageId: 'EGERIA-TS-CREATE-CONNECTOR-400-002',
    httpCode: 400,
    template: 'The connector name "{0}" is not valid: {1}',
    systemAction: 'Nothing is written.',
    userAction: 'Give a name of letters, digits, spaces and dashes that starts with a letter, such as "Acme Catalog".',
  },
  /** {0} value, {1} problem. */
  INVALID_PACKAGE_NAME: {
    messageId: 'EGERIA-TS-CREATE-CONNECTOR-400-003',
    httpCode: 400,
    template: 'The package name "{0}" is not valid: {1}',
    systemAction: 'Nothing is written.',
    userAction: 'Give an npm package name in lower case, such as acme-catalog-connector or @my-org/acme-connector.',
  },
  /** {0} what, {1} flag. */
  MISSING_OPTION: {
    messageId: 'EGERIA-TS-CREATE-CONNECTOR-400-004',
    httpCode: 400,
    template: 'The {0} is needed: give it as {1}, or run the command in a terminal to be asked for it',
    systemAction: 'Nothing is written.',
    userAction: 'Add the flag named in the message.',
  },
  /** {0} directory, {1} problem. */
  DIRECTORY_NOT_USABLE: {
    messageId: 'EGERIA-TS-CREATE-CONNECTOR-400-005',
    httpCode: 400,
    template: 'The directory {0} cannot hold the new package: {1}',
    systemAction: 'Nothing is written.',
    userAction: 'Choose a directory that does not exist yet or is empty (--dir).',
  },
  /** {0} argument, {1} problem. */
  INVALID_ARGUMENT: {
    messageId: 'EGERIA-TS-CREATE-CONNECTOR-400-006',
    httpCode: 400,
    template: 'The argument {0} is not valid: {1}',
    systemAction: 'Nothing is written.',
    userAction: 'Run create-connector --help for the arguments it takes.',
  },
  /** {0} question. */
  NO_ANSWER: {
    messageId: 'EGERIA-TS-CREATE-CONNECTOR-400-007',
    httpCode: 400,
    template: 'The input ended before the question "{0}" was answered',
    systemAction: 'Nothing is written.',
    userAction: 'Answer each question, or give the answers as flags.',
  },
  /** {0} directory. */
  NOT_A_WORKSPACE: {
    messageId: 'EGERIA-TS-CREATE-CONNECTOR-400-008',
    httpCode: 400,
    template:
      'The directory {0} is not an egeria-ts checkout: it has no packages/core/package.json named @egeria-ts/core',
    systemAction: 'Nothing is written.',
    userAction:
      'Give --workspace-deps the root of an egeria-ts clone, or leave the flag out to depend on the registry.',
  },
});
