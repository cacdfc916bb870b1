/** Counts the HTTP client requests this process starts (Node's `http.client.request.start` channel). */
import * as diagnostics from 'node:diagnostics_channel';

let count = 0;
let subscribed = false;
const onRequest = (): void => {
  count++;
};

/** Starts counting (once per process); returns a function that reads the count so far. */
export function httpRequestCounter(): () => number {
  if (!subscribed) {
    diagnostics.subscribe('http.client.request.start', onRequest);
    subscribed = true;
  }
  return () => count;
}
