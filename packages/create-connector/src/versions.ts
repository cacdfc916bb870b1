import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The versions of the third-party development tools a generated package uses: the ones egeria-ts
 * itself is built and tested with.
 */
export const THIRD_PARTY_VERSIONS: Readonly<Record<string, string>> = Object.freeze({
  '@types/jest': '^29.5.14',
  '@types/node': '^20.19.43',
  jest: '^29.7.0',
  'reflect-metadata': '^0.2.2',
  'ts-jest': '^29.4.15',
  typescript: '~5.9.3',
});

let ownVersion: string | undefined;

/** The version of this package, which is also the version of every `@egeria-ts` package (one fixed release group). */
export function egeriaTsVersion(): string {
  if (ownVersion === undefined) {
    // From src/ (tests) and dist/ (installed) alike, the manifest is one level up.
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    ownVersion = manifest.version;
  }
  return ownVersion;
}
