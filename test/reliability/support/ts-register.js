'use strict';
// Lets a child node process run the workspaces' TypeScript sources directly (no build): `.ts` files
// are transpiled with the installed `typescript` (cached in the OS temp directory, so later children
// start fast), and `@egeria-ts/<name>` resolves to packages/<name>/src/index.ts, as jest's
// moduleNameMapper does. The same approach as the emulator's own child-process tests
// (packages/emulator/test/support/ts-register.js).
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..', '..', '..');
const cacheDir = path.join(os.tmpdir(), 'egeria-ts-transpile-cache');

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const match = /^@egeria-ts\/([a-z0-9-]+)$/.exec(request);
  if (match) {
    const file = path.join(root, 'packages', match[1], 'src', 'index.ts');
    if (fs.existsSync(file)) return file;
  }
  return resolveFilename.call(this, request, parent, ...rest);
};

let ts;
function transpile(source, filename) {
  ts = ts || require('typescript');
  return ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
    },
    fileName: filename,
  }).outputText;
}

require.extensions['.ts'] = function (module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha256').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = transpile(source, filename);
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const temp = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(temp, output);
      fs.renameSync(temp, cached);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }
  module._compile(output, filename);
};

// Decorator metadata (tsyringe) needs the Reflect API before any connector module loads.
require('reflect-metadata');
