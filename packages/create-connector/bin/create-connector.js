#!/usr/bin/env node
'use strict';
// The create-connector command (`npm create @egeria-ts/connector`): runs the compiled CLI of
// @egeria-ts/create-connector. Build the package first (npm run build) when running from a clone.
require('../dist/cli.js').run();
