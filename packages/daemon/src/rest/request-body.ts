/**
 * Reading a request body within a size limit, and parsing it as JSON.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError, badRequest } from './http-errors';

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `The request body is larger than the limit of ${limit} bytes`, { Connection: 'close' });
}

/**
 * Reads the whole body of a request as UTF-8 text. A body over `limit` bytes is refused with a
 * 413: at once when its `Content-Length` says so, else as soon as the bytes read pass the limit.
 * @param req - the request
 * @param limit - the largest body accepted, in bytes
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error: Error | undefined): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish(undefined);
    const onError = (error: Error): void => finish(badRequest(`The request body could not be read: ${error.message}`));
    const onAborted = (): void => finish(badRequest('The request was aborted before its body was complete'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/** Drops `__proto__` keys so that a parsed body can never reach an object's prototype. */
function reviver(key: string, value: unknown): unknown {
  return key === '__proto__' ? undefined : value;
}

/**
 * Parses a body as JSON. An empty body (or one of white space only) gives `undefined`, as a
 * missing body; text that is not JSON is refused with a 400 that says where it breaks.
 * @param text - the body
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text, reviver) as unknown;
  } catch (e) {
    // The engine's own message may quote the body, which could hold a secret: say only where.
    const position = e instanceof Error ? /position (\d+)/.exec(e.message)?.[1] : undefined;
    const where = position === undefined ? '' : ` at character ${position}`;
    throw badRequest(`JSON parse error: the request body is not valid JSON${where}`);
  }
}
