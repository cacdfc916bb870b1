/**
 * A local Egeria metadata access point: the OMAS REST paths and out topic of Egeria 5.2, for
 * development and tests, with no Java platform.
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';

export { startEmulator, SERVED_OUT_TOPICS } from './emulator';
export type { EmulatorOptions, RunningEmulator } from './emulator';
export { EVENT_STREAM_TOPIC_CONNECTOR } from './services/metadata-sources';
export { outTopicName, inTopicName } from './services/context';
export type { OutTopicSpec } from './services/context';
