'use strict';
// Runs the egeria-integration-daemon command from the TypeScript sources (see ts-register.js) with
// the Database Integrator service wired in (the CLI itself has no default services yet), loading
// only the modules the configuration names (no scan of installed packages, whose built dist/ a
// source checkout may lack): the start-up benchmark's daemon sample.
require('./ts-register');
const { runDaemonCli, CLI_EXIT_CODE } = require('@egeria-ts/daemon');
const { databaseIntegratorService } = require('@egeria-ts/database-integrator');

runDaemonCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  daemonOptions: { services: { 'database-integrator': databaseIntegratorService }, discoverPackages: false },
}).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`egeria-integration-daemon: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(CLI_EXIT_CODE.FAILED);
  },
);
