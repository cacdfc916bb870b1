/**
 * An incremental parser of a server-sent events stream (the `text/event-stream` format): feed it
 * decoded text in chunks of any size, and it calls back once per complete event.
 *
 * One deliberate difference from the browser algorithm: an `id` field is taken only when its event
 * is complete (at the blank line), so a connection cut in the middle of an event never advances the
 * id that the next connection resumes from.
 */
export interface SseHandlers {
  /** A complete event: its id (if it had one), its `event` field (default `message`) and its data. */
  onEvent(id: string | undefined, data: string, type: string): void;
  /** An event with an id but no data: only the id moves on. */
  onIdOnly(id: string): void;
  /** A `retry` field: the reconnection delay the server asks for, in milliseconds. */
  onRetry(delayMs: number): void;
}

/** Lines longer than this (in UTF-16 units) end the stream as malformed. */
const MAX_BUFFER = 32 * 1024 * 1024;

export class SseParser {
  private buffer = '';
  private skipLeadingLF = false;
  private data: string | undefined;
  private type = '';
  private id: string | undefined;

  constructor(private readonly handlers: SseHandlers) {}

  /** Parses a chunk of the stream. Throws when a single line grows beyond 32 MiB. */
  push(chunk: string): void {
    let text = this.buffer === '' ? chunk : this.buffer + chunk;
    if (this.skipLeadingLF) {
      this.skipLeadingLF = false;
      if (text.charCodeAt(0) === 10) text = text.slice(1);
    }
    let start = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.line(text, start, i);
      if (c === 13) {
        if (i + 1 < length) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else {
          this.skipLeadingLF = true;
        }
      }
      start = i + 1;
    }
    this.buffer = start < length ? text.slice(start) : '';
    if (this.buffer.length > MAX_BUFFER) throw new Error('a line of the event stream is longer than 32 MiB');
  }

  private line(text: string, start: number, end: number): void {
    if (start === end) {
      this.dispatch();
      return;
    }
    if (text.charCodeAt(start) === 58) return; // ':' comment
    const colon = text.indexOf(':', start);
    let field: string;
    let value: string;
    if (colon < 0 || colon >= end) {
      field = text.slice(start, end);
      value = '';
    } else {
      field = text.slice(start, colon);
      const valueStart = text.charCodeAt(colon + 1) === 32 ? colon + 2 : colon + 1;
      value = valueStart < end ? text.slice(valueStart, end) : '';
    }
    switch (field) {
      case 'data':
        this.data = this.data === undefined ? value : `${this.data}\n${value}`;
        break;
      case 'id':
        if (!value.includes('\0')) this.id = value;
        break;
      case 'event':
        this.type = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.handlers.onRetry(Number(value));
        break;
      default:
        break; // unknown fields are ignored
    }
  }

  private dispatch(): void {
    const { data, id, type } = this;
    this.data = undefined;
    this.id = undefined;
    this.type = '';
    if (data === undefined) {
      if (id !== undefined) this.handlers.onIdOnly(id);
      return;
    }
    this.handlers.onEvent(id, data, type === '' ? 'message' : type);
  }
}
