import { EgeriaError } from './egeria-error';

/** A parameter passed to an operation is missing or wrong (Egeria's `InvalidParameterException`). */
export class InvalidParameterException extends EgeriaError {
  static override readonly defaultHTTPCode: number = 400;
}

/** The caller may not do what it asked (Egeria's `UserNotAuthorizedException`). */
export class UserNotAuthorizedException extends EgeriaError {
  static override readonly defaultHTTPCode: number = 401;
}

/** The metadata server could not do the work, or could not be reached (Egeria's `PropertyServerException`). */
export class PropertyServerException extends EgeriaError {
  static override readonly defaultHTTPCode: number = 500;
}

/** A connector failed (Egeria's `ConnectorCheckedException`). */
export class ConnectorCheckedException extends EgeriaError {
  static override readonly defaultHTTPCode: number = 500;
}

/** A connection is not usable to build a connector (Egeria's `ConnectionCheckedException`). */
export class ConnectionCheckedException extends EgeriaError {
  static override readonly defaultHTTPCode: number = 400;
}

/** A method was called in a lifecycle state that does not allow it (egeria-ts's own). */
export class IllegalStateError extends EgeriaError {
  static override readonly defaultHTTPCode: number = 409;
}

/**
 * The error classes that correspond one to one with an Egeria `exceptionClassName`, keyed by the
 * simple class name, so that answers from the 4.x and 5.x lines map alike.
 */
export const EXCEPTION_CLASSES: Readonly<Record<string, typeof EgeriaError>> = Object.freeze({
  InvalidParameterException,
  UserNotAuthorizedException,
  PropertyServerException,
  ConnectorCheckedException,
  ConnectionCheckedException,
});
