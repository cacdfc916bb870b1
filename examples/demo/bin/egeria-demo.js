#!/usr/bin/env node
'use strict';
// The egeria-demo command (npm start): runs the compiled demo of @egeria-ts/example-demo.
let demo;
try {
  demo = require('../dist/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('main.js')) {
    process.stderr.write('egeria-demo: the demo is not built; run `npm run build` first\n');
    process.exit(1);
  }
  throw error;
}
demo.runDemoFromProcess();
