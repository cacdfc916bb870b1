/** How serious a transport log record is. */
export type OmasLogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Receives the transport's log records. Records never carry headers, bodies or credentials.
 * @param level - how serious the record is
 * @param message - one line of text
 * @param fields - structured detail (method, path, status, duration...)
 * @public
 */
export type OmasLogger = (level: OmasLogLevel, message: string, fields?: Readonly<Record<string, unknown>>) => void;

/**
 * The logger used when none is given: debug and info records are dropped, warnings and errors go
 * to `process.emitWarning` so that they are seen.
 */
export const defaultOmasLogger: OmasLogger = (level, message) => {
  if (level === 'warn' || level === 'error') process.emitWarning(message, { code: 'EGERIA_TS_OMAS_CLIENT' });
};
