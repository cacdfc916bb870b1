/**
 * The lifecycle states of a connector. Every lifecycle method checks the state it is called in and
 * throws an `IllegalStateError` naming the method and the state when the call is out of place.
 */
export enum ConnectorState {
  /** Constructed; `initialize` has not run. */
  CREATED = 'CREATED',
  /** `initialize` has run; audit log, context and name may be set; waiting for `start`. */
  INITIALIZED = 'INITIALIZED',
  /** `start` is running. */
  STARTING = 'STARTING',
  /** Started and idle: ready for `refresh` or `engage`. */
  STARTED = 'STARTED',
  /** Inside `refresh`. */
  REFRESHING = 'REFRESHING',
  /** Inside `engage`. */
  ENGAGING = 'ENGAGING',
  /** `start` failed; only `disconnect` is allowed. */
  FAILED = 'FAILED',
  /** `disconnect` is running. */
  DISCONNECTING = 'DISCONNECTING',
  /** Disconnected: no method may be called any more. */
  DISCONNECTED = 'DISCONNECTED',
}

/** The states in which a connector counts as active (Egeria's `isActive()`): between start and disconnect. */
export const ACTIVE_CONNECTOR_STATES: readonly ConnectorState[] = Object.freeze([
  ConnectorState.STARTED,
  ConnectorState.REFRESHING,
  ConnectorState.ENGAGING,
]);
