import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConnectorCheckedException } from '@egeria-ts/core';
import { FOLDER_FILES_ERROR_CODE } from '../messages';

/**
 * Reads the folder to catalogue from an endpoint address: an absolute or relative path (resolved
 * against `baseDir`), or a `file://` URL.
 * @param address - the connection's `endpoint.address`
 * @param baseDir - what a relative path is resolved against (default: the working directory)
 * @returns the absolute path, without a trailing separator
 * @throws ConnectorCheckedException (`EGERIA-TS-FOLDER-FILES-400-001`) when there is no usable address
 */
export function parseRootFolder(address: unknown, baseDir: string = process.cwd()): string {
  const field = 'endpoint.address';
  if (typeof address !== 'string' || address.trim() === '') {
    throw bad(field, 'it is empty; give the path of the folder to catalogue');
  }
  const text = address.trim();
  let pathName: string;
  if (/^file:/i.test(text)) {
    try {
      pathName = fileURLToPath(text);
    } catch (error) {
      throw bad(field, `${text} is not a file URL (${(error as Error).message})`);
    }
  } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(text)) {
    throw bad(field, `${text} is not on the local file system`);
  } else {
    pathName = text;
  }
  const resolved = path.resolve(baseDir, pathName);
  return resolved.length > 1 ? resolved.replace(/[\\/]+$/, '') : resolved;
}

/**
 * Checks that the folder exists and is a directory.
 * @param folder - an absolute path
 * @throws ConnectorCheckedException (`EGERIA-TS-FOLDER-FILES-400-001`) when it is not a readable directory
 */
export async function requireDirectory(folder: string): Promise<void> {
  let stats;
  try {
    stats = await fs.stat(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw bad('endpoint.address', `${folder} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}`);
  }
  if (!stats.isDirectory()) throw bad('endpoint.address', `${folder} is not a directory`);
}

function bad(field: string, problem: string): ConnectorCheckedException {
  return ConnectorCheckedException.fromDefinition(FOLDER_FILES_ERROR_CODE.BAD_ROOT_FOLDER, [field, problem], {
    exceptionProperties: { parameterName: field },
  });
}
