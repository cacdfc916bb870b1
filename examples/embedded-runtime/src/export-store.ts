import { InvalidParameterException, describeValue, type TypedToken } from '@egeria-ts/core';
import { EXPORT_SERVICE_ERROR_CODE } from './messages';

/** The file formats an export can have. */
export const EXPORT_FORMATS = Object.freeze(['csv', 'json', 'parquet', 'avro'] as const);

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a caller asks the export service to produce. */
export interface ExportRequest {
  /** The export's name: letters, digits, `_` and `-`; the file is `<name>.<format>`. */
  readonly name: string;
  /** The file format. */
  readonly format: ExportFormat;
  /** How many rows it holds. */
  readonly rows: number;
  /** What it holds. */
  readonly description?: string;
}

/** Where an export is catalogued in open metadata. */
export interface CataloguedExport {
  /** The GUID of its `DataFile` element. */
  readonly guid: string;
  /** The connector that catalogued it. */
  readonly connectorName: string;
  /** When. */
  readonly time: Date;
}

/** An export the service holds. */
export interface ExportEntry {
  /** `<name>.<format>`. */
  readonly fileName: string;
  /** Where the file is: `<rootPath>/<fileName>`. */
  readonly pathName: string;
  /** The file format. */
  readonly format: ExportFormat;
  /** How many rows it holds. */
  readonly rows: number;
  /** What it holds. */
  readonly description?: string;
  /** When it was produced. */
  readonly createdTime: Date;
  /** Where it is catalogued; undefined until a connector catalogued it. */
  readonly catalogued?: CataloguedExport;
}

/** The dependency injection token the export store is registered under in the host's container. */
export const EXPORT_STORE_TOKEN: TypedToken<ExportStore> = Symbol.for(
  '@egeria-ts/example-embedded-runtime:ExportStore',
);

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

function invalid(field: string, problem: string, value: unknown): InvalidParameterException {
  return InvalidParameterException.fromDefinition(
    EXPORT_SERVICE_ERROR_CODE.INVALID_EXPORT,
    [field, problem, describeValue(value)],
    { actionDescription: 'addExport', exceptionProperties: { parameterName: field } },
  );
}

/**
 * The export service's own service: the data exports it has produced, in memory. The host gives it
 * to its connector through dependency injection; the connector lists the exports in each refresh
 * and tells the store where it catalogued each one.
 */
export class ExportStore {
  /** The folder the exports are written to. */
  readonly rootPath: string;
  readonly #entries = new Map<string, ExportEntry>();
  #now: () => Date;

  /**
   * @param rootPath - the folder the exports are written to (an absolute path)
   * @param now - the clock (for tests)
   */
  constructor(rootPath: string, now: () => Date = () => new Date()) {
    if (typeof rootPath !== 'string' || !rootPath.startsWith('/')) {
      throw invalid('rootPath', 'must be an absolute path', rootPath);
    }
    this.rootPath = rootPath.replace(/\/+$/, '') || '/';
    this.#now = now;
  }

  /**
   * Adds an export (an export with the same file name is replaced).
   * @param request - what to add
   * @throws InvalidParameterException (`EGERIA-TS-EXPORT-SERVICE-400-001`) naming the field at fault
   */
  add(request: ExportRequest): ExportEntry {
    if (typeof request !== 'object' || request === null) throw invalid('request', 'must be an object', request);
    const { name, format, rows, description } = request;
    if (typeof name !== 'string' || !NAME.test(name)) {
      throw invalid('name', 'must be 1 to 100 letters, digits, _ or - (starting with a letter or digit)', name);
    }
    if (!(EXPORT_FORMATS as readonly unknown[]).includes(format)) {
      throw invalid('format', `must be one of ${EXPORT_FORMATS.join(', ')}`, format);
    }
    if (!Number.isSafeInteger(rows) || rows < 0) throw invalid('rows', 'must be a whole number from 0', rows);
    if (description !== undefined && typeof description !== 'string') {
      throw invalid('description', 'must be a string', description);
    }
    const fileName = `${name}.${format}`;
    const entry: ExportEntry = Object.freeze({
      fileName,
      pathName: `${this.rootPath === '/' ? '' : this.rootPath}/${fileName}`,
      format,
      rows,
      ...(description === undefined ? {} : { description }),
      createdTime: this.#now(),
    });
    this.#entries.set(fileName, entry);
    return entry;
  }

  /**
   * Removes an export.
   * @returns false when there was none with that file name
   */
  remove(fileName: string): boolean {
    return this.#entries.delete(fileName);
  }

  /** The export with that file name, if any. */
  get(fileName: string): ExportEntry | undefined {
    return this.#entries.get(fileName);
  }

  /** Every export, by file name. */
  list(): ExportEntry[] {
    return [...this.#entries.values()].sort((a, b) => a.fileName.localeCompare(b.fileName));
  }

  /**
   * Records where an export is catalogued (the connector calls it).
   * @param fileName - the export's file name
   * @param guid - its `DataFile` GUID
   * @param connectorName - the cataloguing connector
   */
  markCatalogued(fileName: string, guid: string, connectorName: string): void {
    const entry = this.#entries.get(fileName);
    if (entry === undefined || entry.catalogued?.guid === guid) return;
    this.#entries.set(fileName, Object.freeze({ ...entry, catalogued: { guid, connectorName, time: this.#now() } }));
  }
}
