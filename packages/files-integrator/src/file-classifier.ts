import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** What is known about a kind of file: Egeria's file reference data (`FileType`). */
export interface FileReferenceData {
  /** The file type's name, such as `CSV File` (Egeria's `fileType` valid value). */
  readonly fileType?: string;
  /** The open metadata type of its asset, such as `CSVFile`. */
  readonly assetTypeName?: string;
  /** Its deployed implementation type, such as `CSV Data File`. */
  readonly deployedImplementationType?: string;
  /** Its encoding, such as `CSV`. */
  readonly encoding?: string;
}

/** What {@link FileClassifier.classifyFile} finds out about a file (Egeria's `FileClassification`). */
export interface FileClassification extends FileReferenceData {
  /** The file's name, such as `sales.csv`. */
  readonly fileName: string;
  /** Its absolute path. */
  readonly pathName: string;
  /** Its extension, such as `csv`; undefined when it has none. */
  readonly fileExtension?: string;
  /** When it was created (where the file system records it). */
  readonly creationTime?: Date;
  /** When it was last modified. */
  readonly lastModifiedTime?: Date;
  /** When it was last read. */
  readonly lastAccessedTime?: Date;
  /** True when this process may read it. */
  readonly canRead: boolean;
  /** True when this process may write it. */
  readonly canWrite: boolean;
  /** True when this process may execute it. */
  readonly canExecute: boolean;
  /** True for a hidden file (its name starts with a dot). */
  readonly isHidden: boolean;
  /** True for a symbolic link. */
  readonly isSymLink: boolean;
  /** Its size in bytes. */
  readonly fileSize: number;
}

/**
 * Finds the reference data of a file from its name or extension; returns undefined when it knows
 * nothing about it.
 */
export type FileReferenceDataLookup = (
  fileName: string,
  fileExtension: string | undefined,
) => FileReferenceData | undefined | Promise<FileReferenceData | undefined>;

/** Options of a {@link FileClassifier}. */
export interface FileClassifierOptions {
  /**
   * Where the reference data of a file comes from; default: {@link DEFAULT_FILE_REFERENCE_DATA}
   * looked up by extension.
   */
  readonly referenceData?: FileReferenceDataLookup;
}

const csv = {
  fileType: 'CSV File',
  encoding: 'CSV',
  assetTypeName: 'CSVFile',
  deployedImplementationType: 'CSV Data File',
};
const json = {
  fileType: 'JSON File',
  encoding: 'JSON',
  assetTypeName: 'JSONFile',
  deployedImplementationType: 'JSON Data File',
};
const parquet = {
  fileType: 'Parquet File',
  encoding: 'Parquet',
  assetTypeName: 'ParquetFile',
  deployedImplementationType: 'Parquet Data File',
};
const text = { fileType: 'Text File', assetTypeName: 'Document', deployedImplementationType: 'Document File' };

/**
 * The reference data of common data file extensions, from Egeria 5.2's `FileExtension` and
 * `FileType` reference data.
 */
export const DEFAULT_FILE_REFERENCE_DATA: Readonly<Record<string, FileReferenceData>> = Object.freeze({
  csv,
  avro: {
    fileType: 'Avro File',
    encoding: 'Avro',
    assetTypeName: 'AvroFile',
    deployedImplementationType: 'Avro Data File',
  },
  json,
  jsn: json,
  xml: { fileType: 'XML File', encoding: 'XML', assetTypeName: 'XMLFile', deployedImplementationType: 'XML Data File' },
  parquet,
  pqt: parquet,
  orc: {
    fileType: 'Optimized Row Columnar (ORC) File',
    encoding: 'ORC',
    assetTypeName: 'DataFile',
    deployedImplementationType: 'Data File',
  },
  md: {
    fileType: 'Markdown File',
    encoding: 'Markdown',
    assetTypeName: 'Document',
    deployedImplementationType: 'Document File',
  },
  txt: text,
  tex: text,
  pdf: {
    fileType: 'Portable Document Format (PDF) File',
    encoding: 'PDF',
    assetTypeName: 'Document',
    deployedImplementationType: 'Document File',
  },
  log: { fileType: 'Log File', assetTypeName: 'LogFile', deployedImplementationType: 'Log File' },
});

/**
 * The extension of a file name as Egeria's classifier finds it: the text after the last dot; none
 * for a name without a dot, or a hidden name with only its leading dot (`.profile`).
 * @param fileName - the file's name (or path)
 */
export function fileExtensionOf(fileName: string): string | undefined {
  const name = path.basename(fileName);
  const tokens = name.split('.');
  const minimum = name.startsWith('.') ? 3 : 2;
  return tokens.length >= minimum && tokens[tokens.length - 1] !== '' ? tokens[tokens.length - 1] : undefined;
}

async function accessible(pathName: string, mode: number): Promise<boolean> {
  try {
    await fs.access(pathName, mode);
    return true;
  } catch {
    return false;
  }
}

/**
 * Describes a file for cataloguing (Egeria 5.2's `FileClassifier`, which every integration context
 * offers): its name, extension, times, permissions and size from the file system, and its file type,
 * asset type, deployed implementation type and encoding from reference data. Egeria reads that
 * reference data from the valid metadata values of open metadata; this classifier uses a lookup
 * function, by default {@link DEFAULT_FILE_REFERENCE_DATA}.
 */
export class FileClassifier {
  readonly #lookup: FileReferenceDataLookup;

  constructor(options: FileClassifierOptions = {}) {
    this.#lookup =
      options.referenceData ??
      ((_fileName, extension) =>
        extension === undefined ? undefined : DEFAULT_FILE_REFERENCE_DATA[extension.toLowerCase()]);
  }

  /**
   * The extension of a file name (see {@link fileExtensionOf}).
   * @param fileName - the file's name
   */
  getFileExtension(fileName: string): string | undefined {
    return fileExtensionOf(fileName);
  }

  /**
   * Classifies a file.
   * @param pathName - the file's path
   * @throws the file system's error (such as `ENOENT`) when the file cannot be read
   */
  async classifyFile(pathName: string): Promise<FileClassification> {
    const absolute = path.resolve(pathName);
    const link = await fs.lstat(absolute);
    const stats = link.isSymbolicLink() ? await fs.stat(absolute) : link;
    const fileName = path.basename(absolute);
    const fileExtension = fileExtensionOf(fileName);
    const reference = (await this.#lookup(fileName, fileExtension)) ?? {};
    const time = (ms: number): Date | undefined => (ms > 0 ? new Date(ms) : undefined);
    return {
      fileName,
      pathName: absolute,
      ...(fileExtension === undefined ? {} : { fileExtension }),
      creationTime: time(stats.birthtimeMs),
      lastModifiedTime: time(stats.mtimeMs),
      lastAccessedTime: time(stats.atimeMs),
      canRead: await accessible(absolute, fs.constants.R_OK),
      canWrite: await accessible(absolute, fs.constants.W_OK),
      canExecute: await accessible(absolute, fs.constants.X_OK),
      isHidden: fileName.startsWith('.'),
      isSymLink: link.isSymbolicLink(),
      fileSize: stats.size,
      ...reference,
    };
  }
}
