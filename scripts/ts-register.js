'use strict';
// Lets node run the workspaces' TypeScript sources directly, with no build: `.ts` files are
// transpiled with the installed `typescript` (cached in the OS temp directory, so later runs and
// child processes start fast), and `@egeria-ts/<name>` resolves to packages/<name>/src/index.ts
// (`@egeria-ts/example-<name>` to examples/<name>/src/index.ts), as jest's moduleNameMapper does.
// Used by the benchmarks, and by the tests that run the emulator or the daemon in a child process.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..');
const cacheDir = path.join(os.tmpdir(), 'egeria-ts-transpile-cache');

function sourceEntry(name) {
  const example = /^example-(.+)$/.exec(name);
  const file = example
    ? path.join(root, 'examples', example[1], 'src', 'index.ts')
    : path.join(root, 'packages', name, 'src', 'index.ts');
  return fs.existsSync(file) ? file : undefined;
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const match = /^@egeria-ts\/([a-z0-9-]+)$/.exec(request);
  if (match) {
    const file = sourceEntry(match[1]);
    if (file !== undefined) return file;
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
