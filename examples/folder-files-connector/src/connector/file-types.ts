import { DEFAULT_FILE_REFERENCE_DATA, type FileReferenceData } from '@egeria-ts/files-integrator';

/** The open metadata type of a file the reference data knows nothing about. */
export const DEFAULT_FILE_TYPE_NAME = 'DataFile';

/**
 * The file classification by extension the connector uses: the files integrator's reference data
 * (Egeria 5.2's `FileExtension` and `FileType` for csv, avro, json, xml, parquet, orc, md, txt, pdf,
 * log...) plus a few more of Egeria's entries that folders of data often hold (yaml, sql, gz).
 * Extensions are lower case; a file whose extension is not here is a plain `DataFile`.
 */
export const FOLDER_FILE_TYPES: Readonly<Record<string, FileReferenceData>> = Object.freeze({
  ...DEFAULT_FILE_REFERENCE_DATA,
  yaml: { fileType: 'YAML File', encoding: 'YAML', assetTypeName: 'YAMLFile', deployedImplementationType: 'YAML File' },
  yml: { fileType: 'YAML File', encoding: 'YAML', assetTypeName: 'YAMLFile', deployedImplementationType: 'YAML File' },
  sql: { fileType: 'SQL Program File', assetTypeName: 'ScriptFile', deployedImplementationType: 'Script File' },
  gz: { fileType: 'Compressed Archive File', assetTypeName: 'ArchiveFile', deployedImplementationType: 'Archive File' },
});

/**
 * The reference data of a file extension; undefined when the table does not know it.
 * @param extension - the extension, such as `csv` (any case); undefined for a file without one
 */
export function fileTypeOf(extension: string | undefined): FileReferenceData | undefined {
  return extension === undefined ? undefined : FOLDER_FILE_TYPES[extension.toLowerCase()];
}
