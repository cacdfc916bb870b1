'use strict';
// Runs an emulator in a process of its own, from the TypeScript sources (see ts-register.js), for
// the tests that kill it: node emulator-child.js SERVER_NAME PORT DATA_FILE
// Prints `listening on URL` once it serves; SIGTERM and SIGINT close it.
require('./ts-register');
const { startEmulator } = require('@egeria-ts/emulator');

const [serverName, port, dataFile] = process.argv.slice(2);
startEmulator({ serverName, port: Number(port), dataFile, heartbeatMs: 20, eventHistoryLimit: 1000000 }).then(
  (emulator) => {
    const stop = () => emulator.close().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    process.stdout.write(`listening on ${emulator.url}\n`);
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
