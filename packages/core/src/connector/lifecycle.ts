import { IllegalStateError } from '../errors/exceptions';
import { CONNECTOR_ERROR_CODE } from './connector-messages';
import { ConnectorState } from './connector-state';

/**
 * The lifecycle record of each connector, kept outside the instance so that connector authors
 * cannot change it by accident and their field names never clash with ours.
 * @internal
 */
interface LifecycleRecord {
  state: ConnectorState;
  /** Set when the base `start()` ran inside `runStart()`. */
  baseStartCalled: boolean;
  /** Set when the base `disconnect()` ran inside `runDisconnect()`. */
  baseDisconnectCalled: boolean;
}

const records = new WeakMap<object, LifecycleRecord>();

/** @internal */
export function lifecycleOf(connector: object): LifecycleRecord {
  let record = records.get(connector);
  if (record === undefined) {
    record = { state: ConnectorState.CREATED, baseStartCalled: false, baseDisconnectCalled: false };
    records.set(connector, record);
  }
  return record;
}

/**
 * Throws an `IllegalStateError` naming the method, the connector and its state when the state is
 * not one of `allowed`.
 * @internal
 */
export function assertState(
  connector: object,
  method: string,
  connectorName: string,
  allowed: readonly ConnectorState[],
): void {
  const state = lifecycleOf(connector).state;
  if (allowed.includes(state)) return;
  throw IllegalStateError.fromDefinition(
    CONNECTOR_ERROR_CODE.ILLEGAL_STATE,
    [method, connectorName, state, allowed.join(' or ')],
    { actionDescription: method, exceptionProperties: { method, state, connectorName } },
  );
}

/** The states from which a connector may be disconnected. @internal */
export const DISCONNECTABLE_STATES: readonly ConnectorState[] = Object.freeze([
  ConnectorState.CREATED,
  ConnectorState.INITIALIZED,
  ConnectorState.STARTING,
  ConnectorState.STARTED,
  ConnectorState.REFRESHING,
  ConnectorState.ENGAGING,
  ConnectorState.FAILED,
]);
