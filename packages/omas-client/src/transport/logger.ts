/** How serious a transport log record is. */
export type OmasLogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Receives the transport's log records. Records never carry headers, bodies or credentials.
 * A plain function `(level, message, fields) => void` is a logger; one that also says which levels
 * it keeps (`isEnabled`) spares the transport building records it would drop.
 * @public
 */
export interface OmasLogger {
  /**
   * Takes one record.
   * @param level - how serious the record is
   * @param message - one line of text
   * @param fields - structured detail (method, path, status, duration...)
   */
  (level: OmasLogLevel, message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** Whether records of this level are kept; absent means every level is. */
  isEnabled?(level: OmasLogLevel): boolean;
}

/** Whether a logger keeps records of a level (true when it does not say). */
export function loggerEnabled(logger: OmasLogger, level: OmasLogLevel): boolean {
  return logger.isEnabled === undefined || logger.isEnabled(level);
}

/**
 * The logger used when none is given: debug and info records are dropped, warnings and errors go
 * to `process.emitWarning` so that they are seen.
 */
export const defaultOmasLogger: OmasLogger = Object.assign(
  (level: OmasLogLevel, message: string): void => {
    if (level === 'warn' || level === 'error') process.emitWarning(message, { code: 'EGERIA_TS_OMAS_CLIENT' });
  },
  { isEnabled: (level: OmasLogLevel): boolean => level === 'warn' || level === 'error' },
);
