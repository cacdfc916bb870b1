// Run workspace TypeScript sources without a build: see scripts/ts-register.js.
require('../../../../scripts/ts-register.js');
