/**
 * The part of Node's `process` the daemon listens on for signals and unhandled rejections; tests
 * and hosts may pass their own (an `EventEmitter` will do).
 */
export interface ProcessEvents {
  /** Adds a listener. */
  on(event: string, listener: (...args: never[]) => void): unknown;
  /** Removes a listener. */
  off(event: string, listener: (...args: never[]) => void): unknown;
}
