/**
 * Every `VERSION` constant in the sources equals its package's version, so that a release made with
 * `npm run version-packages` (changesets, then scripts/sync-versions.js) reports the right version.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { versionFiles } = require('../../scripts/sync-versions.js') as {
  versionFiles(): Array<{ file: string; version: string }>;
};

const CONSTANT = /^(?:export )?const VERSION = '([^']*)';$/m;

describe('VERSION constants', () => {
  const files = versionFiles();

  it('finds the constants of the packages, the examples and the daemon CLI', () => {
    const names = files.map((f) => path.relative(path.resolve(__dirname, '../..'), f.file));
    expect(names).toEqual(
      expect.arrayContaining([
        path.join('packages', 'database-integrator', 'src', 'index.ts'),
        path.join('packages', 'omas-client', 'src', 'index.ts'),
        path.join('packages', 'daemon', 'src', 'cli', 'main.ts'),
        path.join('examples', 'demo', 'src', 'index.ts'),
      ]),
    );
  });

  it.each(files.map((f) => [path.relative(path.resolve(__dirname, '../..'), f.file), f] as const))(
    '%s carries its package.json version',
    (_name, { file, version }) => {
      expect(CONSTANT.exec(fs.readFileSync(file, 'utf8'))?.[1]).toBe(version);
    },
  );
});
