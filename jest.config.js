// One jest run over every workspace. Packages are resolved to their TypeScript sources,
// so tests never need a build; `npm run typecheck` checks the same files with tsc.
const fs = require('fs');
const path = require('path');

const moduleNameMapper = {};
for (const top of ['packages', 'examples']) {
  const dir = path.join(__dirname, top);
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir)) {
    const manifest = path.join(dir, name, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    moduleNameMapper[`^${pkg.name.replace('/', '\\/')}$`] = path.join(dir, name, 'src', 'index.ts');
  }
}

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/examples', '<rootDir>/test', '<rootDir>/bench'].filter((r) =>
    fs.existsSync(r.replace('<rootDir>', __dirname)),
  ),
  testMatch: ['**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleNameMapper,
  setupFiles: ['<rootDir>/jest.setup.js'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
  },
  testTimeout: 30000,
};
