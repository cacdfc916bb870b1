#!/usr/bin/env node
'use strict';
// The egeria-emulator command. Build the package first (npm run build) so that dist/ exists.
require('../dist/cli.js').run();
