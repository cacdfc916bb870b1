#!/usr/bin/env node
'use strict';
// `npm run bench`: runs the benchmarks from their TypeScript sources (bench/src) through the cached
// transpile hook of ts-register.js, so no build is needed; the emulator and the measured daemons
// run in child processes the same way.
require('./ts-register');
require('./src/main.ts')
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`bench: ${error && error.stack ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
