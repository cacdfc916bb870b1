'use strict';
// Runs the egeria-integration-daemon command in a process of its own: what the package's bin runs
// (runFromProcess), from the TypeScript sources (see ts-register.js), so no build is needed.
// Arguments are the command's own.
require('./ts-register');
require('@egeria-ts/daemon').runFromProcess();
