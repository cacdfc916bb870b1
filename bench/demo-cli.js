'use strict';
// Runs the egeria-demo command from the TypeScript sources (see ts-register.js), as its bin runs
// the built one: the start-up benchmark measures this process.
require('./ts-register');
require('@egeria-ts/example-demo').runDemoFromProcess();
