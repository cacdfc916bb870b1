import type { ResolvedConnectorPackage } from '../create-connector-options';

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function pick(versions: Readonly<Record<string, string>>, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of [...names].sort()) {
    const version = versions[name];
    if (version !== undefined) out[name] = version;
  }
  return out;
}

/** The generated `package.json`: the connector's dependencies, its tools, scripts, and the daemon's discovery field. */
export function packageJson(p: ResolvedConnectorPackage): string {
  return json({
    name: p.packageName,
    version: '0.1.0',
    description: `${p.names.displayName}: an Egeria integration connector for the ${p.integrator.service.fullName}.`,
    license: 'Apache-2.0',
    keywords: ['egeria', 'open-metadata', 'egeria-integration-connector', p.integrator.service.marker],
    main: 'dist/index.js',
    types: 'dist/index.d.ts',
    files: ['dist', '!dist/**/*.map', '!dist/**/*.tsbuildinfo', 'README.md', 'daemon.json'],
    engines: { node: '>=20' },
    'egeria-ts': { connectors: ['./dist/index.js'] },
    scripts: {
      build: 'tsc -p tsconfig.build.json',
      test: 'jest',
      emulator: 'egeria-emulator --port 9443 --server mds1',
      daemon: 'npm run build && egeria-integration-daemon --config daemon.json',
      'daemon:once': 'npm run build && egeria-integration-daemon --config daemon.json --once',
      prepack: 'npm run build',
    },
    dependencies: pick(p.versions, ['@egeria-ts/core', p.integrator.packageName]),
    devDependencies: pick(p.versions, [
      '@egeria-ts/daemon',
      '@egeria-ts/emulator',
      '@egeria-ts/testing',
      '@types/jest',
      '@types/node',
      'jest',
      'reflect-metadata',
      'ts-jest',
      'typescript',
    ]),
  });
}

/** The generated `tsconfig.json`, for the editor and the tests (sources and tests). */
export function tsconfigJson(): string {
  return json({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022'],
      module: 'commonjs',
      moduleResolution: 'node10',
      types: ['node', 'jest'],
      strict: true,
      noImplicitOverride: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      esModuleInterop: true,
      forceConsistentCasingInFileNames: true,
      skipLibCheck: true,
      declaration: true,
      sourceMap: true,
      outDir: 'dist',
    },
    include: ['src', 'test'],
  });
}

/** The generated `tsconfig.build.json`: compiles `src/` to `dist/`. */
export function tsconfigBuildJson(): string {
  return json({
    extends: './tsconfig.json',
    compilerOptions: { rootDir: 'src', types: ['node'] },
    include: ['src'],
  });
}

/** The generated `jest.config.js`. */
export function jestConfig(): string {
  return `// Tests run on the TypeScript sources through ts-jest; no build is needed.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
};
`;
}

/** The generated `.gitignore`. */
export function gitignore(): string {
  return 'node_modules/\ndist/\ncoverage/\n*.tsbuildinfo\n';
}
