import type { AuditLogDestination } from './audit-log-destination';
import type { AuditLogRecord } from './audit-log-record';

/** Something that text can be written to, such as `process.stderr` or a file stream. */
export interface AuditLogTextStream {
  /** Writes a chunk of text. */
  write(chunk: string): unknown;
}

/** Options of {@link JsonLinesAuditLogDestination}. */
export interface JsonLinesAuditLogDestinationOptions {
  /** Where the lines go; default `process.stderr`. */
  readonly stream?: AuditLogTextStream;
}

/** Writes each record as one line of JSON; the default destination, to standard error. */
export class JsonLinesAuditLogDestination implements AuditLogDestination {
  private readonly stream?: AuditLogTextStream;

  constructor(options: JsonLinesAuditLogDestinationOptions = {}) {
    this.stream = options.stream;
  }

  /** Writes the record as a line of JSON. */
  write(record: AuditLogRecord): void {
    (this.stream ?? process.stderr).write(`${JSON.stringify(record)}\n`);
  }
}
