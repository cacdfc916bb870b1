#!/usr/bin/env node
'use strict';
// Writes each workspace package's version (from its package.json) into the `VERSION` constants of
// its sources: `export const VERSION = '...'` in src/index.ts, and the daemon CLI's `--version`.
// `npm run version-packages` runs it after `changeset version`; `--check` only reports a mismatch
// (exit 1), which test/packaging/versions.test.ts also checks.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const CONSTANT = /^((?:export )?const VERSION = ')([^']*)(';)$/m;

/** Every source file that holds a VERSION constant, with the package.json whose version it carries. */
function versionFiles() {
  const found = [];
  for (const group of ['packages', 'examples']) {
    for (const name of fs.readdirSync(path.join(root, group)).sort()) {
      const dir = path.join(root, group, name);
      const manifest = path.join(dir, 'package.json');
      if (!fs.existsSync(manifest)) continue;
      const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
      for (const file of ['src/index.ts', 'src/cli/main.ts']) {
        const source = path.join(dir, file);
        if (fs.existsSync(source) && CONSTANT.test(fs.readFileSync(source, 'utf8'))) {
          found.push({ file: source, version });
        }
      }
    }
  }
  return found;
}

function main(argv) {
  const check = argv.includes('--check');
  let wrong = 0;
  for (const { file, version } of versionFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    const current = CONSTANT.exec(text)[2];
    if (current === version) continue;
    const where = path.relative(root, file);
    if (check) {
      process.stderr.write(`${where}: VERSION is ${current}, its package.json says ${version}\n`);
      wrong++;
    } else {
      fs.writeFileSync(file, text.replace(CONSTANT, `$1${version}$3`));
      process.stdout.write(`${where}: ${current} -> ${version}\n`);
    }
  }
  return wrong === 0 ? 0 : 1;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
module.exports = { versionFiles };
