'use strict';
// Runs the egeria-integration-daemon command (runDaemonCli, as the package's bin does) in a process
// of its own, from the TypeScript sources (see ts-register.js), with the Database Integrator service:
// the package's defaultIntegrationServices() does not wire the integrators in yet, so the bin alone
// would report every database connector CONFIG_FAILED. Arguments are the command's own.
require('./ts-register');
const { runDaemonCli } = require('@egeria-ts/daemon');
const { databaseIntegratorService } = require('@egeria-ts/database-integrator');

runDaemonCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  daemonOptions: { services: { 'database-integrator': databaseIntegratorService }, discoverPackages: false },
}).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`egeria-integration-daemon: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
