'use strict';
// Lets a child node process run the packages' TypeScript sources directly (no build needed):
// `.ts` files are transpiled with the installed `typescript`, and `@egeria-ts/<name>` resolves to
// packages/<name>/src/index.ts, as jest's moduleNameMapper does.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const ts = require('typescript');

const root = path.resolve(__dirname, '../../../..');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const match = /^@egeria-ts\/([a-z0-9-]+)$/.exec(request);
  if (match) {
    const file = path.join(root, 'packages', match[1], 'src', 'index.ts');
    if (fs.existsSync(file)) return file;
  }
  return resolveFilename.call(this, request, parent, ...rest);
};

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
};
require.extensions['.ts'] = function (module, filename) {
  const output = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    compilerOptions: options,
    fileName: filename,
  });
  module._compile(output.outputText, filename);
};
