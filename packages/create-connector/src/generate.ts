import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { InvalidParameterException } from '@egeria-ts/core';
import { CREATE_CONNECTOR_ERROR_CODE } from './create-connector-messages';
import {
  resolveConnectorPackage,
  type CreateConnectorOptions,
  type ResolvedConnectorPackage,
} from './create-connector-options';
import { daemonConfig } from './templates/daemon-config';
import { gitignore, jestConfig, packageJson, tsconfigBuildJson, tsconfigJson } from './templates/project-files';
import { readme } from './templates/readme';
import { connectorFileName, connectorSource, indexSource, messagesSource } from './templates/source-files';
import { connectorTest, daemonConfigTest } from './templates/test-files';

/** A generated package before it is written: its resolved options and its files. */
export interface RenderedConnectorPackage {
  /** The options, checked and completed. */
  readonly resolved: ResolvedConnectorPackage;
  /** Each file's path relative to the package directory (with `/`), and its content. */
  readonly files: ReadonlyMap<string, string>;
}

/** A generated package, written. */
export interface CreatedConnectorPackage extends RenderedConnectorPackage {
  /** The directory the package was written to. */
  readonly dir: string;
}

/**
 * Works out every file of a connector package, without writing anything.
 * @param options - what to generate
 * @throws InvalidParameterException naming the option at fault
 */
export function renderConnectorPackage(options: CreateConnectorOptions): RenderedConnectorPackage {
  const p = resolveConnectorPackage(options);
  const file = connectorFileName(p);
  const files = new Map<string, string>([
    ['package.json', packageJson(p)],
    ['tsconfig.json', tsconfigJson()],
    ['tsconfig.build.json', tsconfigBuildJson()],
    ['jest.config.js', jestConfig()],
    ['.gitignore', gitignore()],
    ['README.md', readme(p)],
    ['daemon.json', daemonConfig(p)],
    ['src/index.ts', indexSource(p)],
    [`src/${file}.ts`, connectorSource(p)],
    ['src/messages.ts', messagesSource(p)],
    [`test/${file}.test.ts`, connectorTest(p)],
    ['test/daemon-config.test.ts', daemonConfigTest(p)],
  ]);
  return { resolved: p, files };
}

async function checkDirectory(dir: string): Promise<void> {
  let problem: string | undefined;
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) problem = 'it is a file';
    else if ((await fs.readdir(dir)).length > 0) problem = 'it is not empty';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problem = (error as Error).message;
  }
  if (problem !== undefined) {
    throw InvalidParameterException.fromDefinition(CREATE_CONNECTOR_ERROR_CODE.DIRECTORY_NOT_USABLE, [dir, problem], {
      exceptionProperties: { parameterName: 'dir', parameterValue: dir },
    });
  }
}

/**
 * Writes a ready connector package: the decorated connector class with two sample configuration
 * properties, its audit messages, tests that run it against the emulator with the test kit, a
 * README, a daemon configuration that runs it, and the package, TypeScript and jest configuration.
 * @param options - what to generate
 * @throws InvalidParameterException naming the option at fault, or the directory when it is not empty
 */
export async function createConnectorPackage(options: CreateConnectorOptions): Promise<CreatedConnectorPackage> {
  const rendered = renderConnectorPackage(options);
  const dir = rendered.resolved.dir;
  await checkDirectory(dir);
  for (const [relative, content] of rendered.files) {
    const target = path.join(dir, ...relative.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content, { flag: 'wx' });
  }
  return { ...rendered, dir };
}
