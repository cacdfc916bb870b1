#!/usr/bin/env node
'use strict';
// The egeria-integration-daemon command: runs the compiled CLI of @egeria-ts/daemon.
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('main.js')) {
    process.stderr.write('egeria-integration-daemon: @egeria-ts/daemon is not built; run `npm run build` first\n');
    process.exit(1);
  }
  throw error;
}
cli.runFromProcess();
