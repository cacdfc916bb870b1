'use strict';
// Runs the egeria-emulator command from the TypeScript sources (see ts-register.js).
require('./ts-register');
require('../../src/cli.ts').run();
