'use strict';
// Runs the egeria-emulator command from the TypeScript sources in this process (see ts-register.js):
// the benchmarks start the emulator in a process of its own with this script.
require('./ts-register');
require('../packages/emulator/src/cli.ts').run();
