/**
 * The out-topic connection call every access service client shares. Internal.
 */
import type { Connection } from '@egeria-ts/core';
import type { OperationDefinition } from '../../operations/operation-definition';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { send } from './client-support';
import type { OmasCallOptions } from './options';

/** The options of an out-topic connection call. @public */
export interface OutTopicConnectionOptions extends OmasCallOptions {
  /** Who asks, such as a connector id: the access service puts it in the connection (consumer group on Kafka). */
  readonly callerId: string;
}

/**
 * Asks an access service for the connection to its out topic (`GET /topics/out-topic-connection/{callerId}`).
 * Egeria 5.2 answers with a connection response without a connection when the access service has
 * no out topic configured: that is undefined here, not an error.
 * @param operation - the service's out-topic connection row
 * @throws InvalidParameterException when `callerId` is missing or blank
 */
export function getOutTopicConnection(
  invoker: OperationInvoker,
  operation: OperationDefinition,
  options: OutTopicConnectionOptions,
): Promise<Connection | undefined> {
  const { callerId, signal, timeoutMs } = options;
  return send<Connection | undefined>(invoker, operation, { callerId, signal, timeoutMs } as OmasCallOptions);
}
