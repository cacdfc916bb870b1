import { promises as fs } from 'node:fs';
import axios from 'axios';
import { ConnectorCheckedException } from '@egeria-ts/core';
import { OPENAPI_ERROR_CODE } from '../messages';
import { describeLocation, type OpenAPIDocumentLocation } from './document-location';

/** Options of {@link loadDocumentText}. */
export interface LoadDocumentOptions {
  /** Cancels the read. */
  readonly signal?: AbortSignal;
  /** Milliseconds to wait for an http(s) answer (default 30,000). */
  readonly timeoutMs?: number;
  /** The largest document accepted, in bytes (default 10 MiB). */
  readonly maxBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Reads the text of an OpenAPI document from a file or an http(s) URL (through axios; any 2xx
 * answer is read as text, whatever its content type).
 * @param location - where the document is
 * @param options - signal, timeout, size limit
 * @throws ConnectorCheckedException (`EGERIA-TS-OPENAPI-503-001`) when it cannot be read
 */
export async function loadDocumentText(
  location: OpenAPIDocumentLocation,
  options: LoadDocumentOptions = {},
): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (location.kind === 'file') {
      const stats = await fs.stat(location.path);
      if (!stats.isFile()) throw new Error('it is not a file');
      if (stats.size > maxBytes) throw new Error(`it is larger than ${maxBytes} bytes`);
      return await fs.readFile(location.path, { encoding: 'utf8', signal: options.signal });
    }
    const response = await axios.get<string>(location.url, {
      responseType: 'text',
      transformResponse: (data: unknown) => data,
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxContentLength: maxBytes,
      headers: { Accept: 'application/json, application/yaml, application/x-yaml, text/yaml, text/plain, */*' },
      validateStatus: (status) => status >= 200 && status < 300,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    return typeof response.data === 'string' ? response.data : String(response.data);
  } catch (error) {
    options.signal?.throwIfAborted();
    throw ConnectorCheckedException.fromDefinition(
      OPENAPI_ERROR_CODE.UNREADABLE,
      [describeLocation(location), reason(error)],
      { cause: error },
    );
  }
}

function reason(error: unknown): string {
  if (axios.isAxiosError(error)) {
    if (error.response !== undefined) return `the server answered HTTP ${error.response.status}`;
    return error.code === undefined ? error.message : `${error.code}: ${error.message}`;
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'the file does not exist';
  return error instanceof Error ? error.message : String(error);
}
