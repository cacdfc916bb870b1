'use strict';
// Runs the egeria-integration-daemon command from the TypeScript sources (see ts-register.js) with
// the Database Integrator service wired in (the CLI itself has no default services yet): the
// start-up benchmark's fallback when the demo cannot run.
require('./ts-register');
const { runDaemonCli, CLI_EXIT_CODE } = require('@egeria-ts/daemon');
const { databaseIntegratorService } = require('@egeria-ts/database-integrator');

runDaemonCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  daemonOptions: { services: { 'database-integrator': databaseIntegratorService } },
}).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`egeria-integration-daemon: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(CLI_EXIT_CODE.FAILED);
  },
);
