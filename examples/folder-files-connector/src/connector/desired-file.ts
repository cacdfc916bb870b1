import { propertiesDiffer } from '@egeria-ts/core';
import type { FileClassification } from '@egeria-ts/files-integrator';
import { DEFAULT_FILE_TYPE_NAME } from './file-types';
import type { DataFileProperties } from './folder-catalog';

/**
 * The properties of a data file as the connector catalogs it, from its classification (as Egeria's
 * data files monitor fills them): its asset type (a subtype of `DataFile` such as `CSVFile`), path
 * name, names, file type, extension, deployed implementation type, encoding, creation and
 * modification times, and, as additional properties, its size in bytes and its permissions.
 * @param file - the file's classification
 */
export function desiredFileProperties(file: FileClassification): DataFileProperties {
  return {
    typeName: file.assetTypeName ?? DEFAULT_FILE_TYPE_NAME,
    pathName: file.pathName,
    name: file.fileName,
    fileName: file.fileName,
    ...(file.fileExtension === undefined ? {} : { fileExtension: file.fileExtension }),
    ...(file.fileType === undefined ? {} : { fileType: file.fileType }),
    ...(file.deployedImplementationType === undefined
      ? {}
      : { deployedImplementationType: file.deployedImplementationType }),
    ...(file.encoding === undefined ? {} : { encodingType: file.encoding }),
    ...(file.creationTime === undefined ? {} : { createTime: file.creationTime }),
    ...(file.lastModifiedTime === undefined ? {} : { modifiedTime: file.lastModifiedTime }),
    additionalProperties: {
      fileSize: String(file.fileSize),
      canRead: String(file.canRead),
      canWrite: String(file.canWrite),
      canExecute: String(file.canExecute),
      isHidden: String(file.isHidden),
      isSymLink: String(file.isSymLink),
    },
  };
}

/** The properties the connector manages on a data file; others are left alone when comparing. */
const MANAGED = [
  'pathName',
  'name',
  'fileName',
  'fileExtension',
  'fileType',
  'deployedImplementationType',
  'encodingType',
  'createTime',
  'modifiedTime',
  'additionalProperties',
] as const;

const TIMES = new Set<string>(['createTime', 'modifiedTime']);

/**
 * True when a catalogued data file differs from what the connector would write, looking only at
 * the properties it manages. Times are compared to the millisecond, whether the server answers
 * with ISO strings or epoch milliseconds.
 * @param desired - what the connector would write
 * @param existing - what open metadata holds
 */
export function fileDiffers(desired: DataFileProperties, existing: Readonly<Record<string, unknown>>): boolean {
  const wanted = desired as Readonly<Record<string, unknown>>;
  if ([...TIMES].some((name) => epochMillis(wanted[name]) !== epochMillis(existing[name]))) return true;
  return propertiesDiffer(
    wanted,
    existing,
    MANAGED.filter((name) => !TIMES.has(name)),
  );
}

function epochMillis(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value !== '') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}
