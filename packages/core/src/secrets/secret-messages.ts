import type { MessageDefinition } from '../audit/message-definition';

/** The messages of the secret reference resolver. Inserts never carry a secret value. */
export const SecretMessages = {
  ENV_NOT_SET: {
    messageId: 'EGERIA-TS-CORE-400-031',
    httpCode: 400,
    template: 'The secret reference {1} in field {0} names the environment variable {2}, which is not set or is empty',
    systemAction: 'The secret cannot be resolved, so the connection or configuration cannot be used.',
    userAction: 'Set the environment variable {2} in the environment of the process, or correct the reference in {0}.',
  },
  FILE_UNREADABLE: {
    messageId: 'EGERIA-TS-CORE-400-032',
    httpCode: 400,
    template: 'The secret reference {1} in field {0} names the file {2}, which cannot be used: {3}',
    systemAction: 'The secret cannot be resolved, so the connection or configuration cannot be used.',
    userAction: 'Make the file {2} readable by the process and put the secret in it, or correct the reference in {0}.',
  },
  EMPTY_REFERENCE: {
    messageId: 'EGERIA-TS-CORE-400-033',
    httpCode: 400,
    template: 'The secret reference {1} in field {0} does not name an environment variable or a file',
    systemAction: 'The secret cannot be resolved, so the connection or configuration cannot be used.',
    userAction: 'Write the reference in {0} as ${env:NAME} or ${file:PATH}.',
  },
  NOT_A_STRING: {
    messageId: 'EGERIA-TS-CORE-400-034',
    httpCode: 400,
    template: 'The secret field {0} must hold {1}, but it holds a value of type {2}',
    systemAction: 'The secret cannot be resolved, so the connection or configuration cannot be used.',
    userAction: 'Write the value of {0} as a string, or as a ${env:NAME} or ${file:PATH} reference.',
  },
} as const satisfies Record<string, MessageDefinition>;
