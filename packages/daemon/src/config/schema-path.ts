import * as path from 'node:path';

/**
 * Absolute path of the JSON Schema of the configuration document
 * (`schema/daemon-config.schema.json` in this package), for editors and tools.
 */
export const DAEMON_CONFIG_SCHEMA_PATH: string = path.resolve(
  __dirname,
  '..',
  '..',
  'schema',
  'daemon-config.schema.json',
);
