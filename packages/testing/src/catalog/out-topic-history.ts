/**
 * Reads the whole retained history of one of the emulator's out topics (its server-sent event
 * stream, replayed from the start with `lastEventId=0`).
 *
 * The end of the history is known from the first heartbeat comment: the emulator writes the
 * history in one go when the stream opens (everything whose request has been answered), and a
 * heartbeat only once nothing is left to write, so every event before it in the stream is part of
 * the history. An emulator started by `startTestEmulator` beats every few milliseconds.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { PropertyServerException } from '@egeria-ts/core';
import { TESTING_ERROR_CODE } from '../testing-messages';

/** Where the out topic is, and how long to wait for its first heartbeat. @internal */
export interface OutTopicHistoryRequest {
  /** The emulator's platform root URL. */
  readonly url: string;
  /** The server name. */
  readonly serverName: string;
  /** The topic name. */
  readonly topicName: string;
  /** Longest wait for the end of the history, in milliseconds. */
  readonly timeoutMs: number;
}

function unreadable(request: OutTopicHistoryRequest, problem: string, cause?: unknown): PropertyServerException {
  return PropertyServerException.fromDefinition(
    TESTING_ERROR_CODE.OUT_TOPIC_UNREADABLE,
    [request.topicName, request.url, problem],
    { actionDescription: 'readCatalog', ...(cause === undefined ? {} : { cause }) },
  );
}

/**
 * The event beans of the topic's retained history, oldest first. @internal
 * @param request - where the topic is
 */
export function readOutTopicHistory(request: OutTopicHistoryRequest): Promise<unknown[]> {
  const root = request.url.replace(/\/+$/, '');
  const target = new URL(
    `${root}/servers/${encodeURIComponent(request.serverName)}/emulator/out-topic/${encodeURIComponent(
      request.topicName,
    )}?lastEventId=0`,
  );
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<unknown[]>((resolve, reject) => {
    const events: unknown[] = [];
    let buffer = '';
    let settled = false;
    let dataLines: string[] = [];
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      if (error === undefined) resolve(events);
      else reject(error);
    };
    const timer = setTimeout(
      () =>
        finish(
          unreadable(request, `no heartbeat within ${request.timeoutMs} ms, so the end of its history is unknown`),
        ),
      request.timeoutMs,
    );
    const onLine = (line: string): void => {
      if (line === '') {
        if (dataLines.length > 0) {
          const text = dataLines.join('\n');
          dataLines = [];
          try {
            events.push(JSON.parse(text));
          } catch (error) {
            finish(unreadable(request, 'an event is not JSON', error));
          }
        }
        return;
      }
      if (line.startsWith(':')) {
        const comment = line.slice(1).trim();
        if (comment === 'heartbeat') finish();
        else if (comment.includes('no longer retained')) {
          finish(unreadable(request, `${comment}; start the emulator with a larger eventHistoryLimit`));
        }
        return;
      }
      if (line.startsWith('data:')) dataLines.push(line.slice(5).replace(/^ /, ''));
    };
    const req = client.get(target, { agent: false, headers: { Accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        finish(unreadable(request, `HTTP ${String(res.statusCode)}`));
        return;
      }
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let newline = buffer.indexOf('\n');
        while (newline >= 0 && !settled) {
          onLine(buffer.slice(0, newline).replace(/\r$/, ''));
          buffer = buffer.slice(newline + 1);
          newline = buffer.indexOf('\n');
        }
      });
      res.on('end', () => finish(unreadable(request, 'the stream ended before its first heartbeat')));
      res.on('error', (error) => finish(unreadable(request, error.message, error)));
    });
    req.on('error', (error) => finish(unreadable(request, error.message, error)));
  });
}
