import * as path from 'node:path';
import { EgeriaError, InvalidParameterException } from '@egeria-ts/core';
import { CREATE_CONNECTOR_USAGE, parseCreateConnectorArgs, type CreateConnectorArgs } from './create-connector-args';
import { CREATE_CONNECTOR_ERROR_CODE } from './create-connector-messages';
import type { CreateConnectorOptions } from './create-connector-options';
import { createConnectorPackage, type CreatedConnectorPackage } from './generate';
import { promptForOptions } from './prompts';

/** The streams and settings `runCreateConnector` works with (the process's, from the command). */
export interface CreateConnectorIO {
  /** Where progress and the next steps go. */
  readonly stdout: NodeJS.WritableStream;
  /** Where errors go. */
  readonly stderr: NodeJS.WritableStream;
  /** Where answers come from, when `interactive`. */
  readonly stdin?: NodeJS.ReadableStream;
  /** Ask for what the flags do not give (default: false). The command sets it when stdin is a terminal. */
  readonly interactive?: boolean;
  /** True when `stdin` is a terminal, for line editing (default false). */
  readonly terminal?: boolean;
  /** The directory `--dir` is relative to (default: the process's working directory). */
  readonly cwd?: string;
}

/** The exit codes of `create-connector`. */
export const CREATE_CONNECTOR_EXIT_CODE = Object.freeze({
  /** The package was written (or the help printed). */
  OK: 0,
  /** Something unexpected failed. */
  FAILED: 1,
  /** An argument, an answer or the directory is not usable; nothing was written. */
  INVALID: 2,
});

function missing(what: string, flag: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(CREATE_CONNECTOR_ERROR_CODE.MISSING_OPTION, [what, flag], {
    exceptionProperties: { parameterName: flag.replace(/^--/, '') },
  });
}

function fromFlags(args: CreateConnectorArgs): CreateConnectorOptions {
  if (args.name === undefined) throw missing('connector name', '--name');
  if (args.service === undefined) throw missing('integration service', '--service');
  return {
    name: args.name,
    service: args.service,
    ...(args.packageName === undefined ? {} : { packageName: args.packageName }),
    ...(args.dir === undefined ? {} : { dir: args.dir }),
    ...(args.workspaceDeps === undefined ? {} : { workspaceDeps: args.workspaceDeps }),
  };
}

function nextSteps(created: CreatedConnectorPackage, cwd: string): string {
  const { resolved, files } = created;
  const relative = path.relative(cwd, created.dir);
  const where = relative === '' ? '.' : relative.startsWith('..') ? created.dir : relative;
  const deps =
    resolved.workspaceRoot === undefined
      ? `the registry's @egeria-ts packages ${resolved.egeriaTsVersion}`
      : `the packages of the egeria-ts checkout ${resolved.workspaceRoot}`;
  return `Created ${resolved.packageName} in ${created.dir}: ${resolved.names.className}, a ${resolved.integrator.service.fullName} connector, depending on ${deps}.
${[...files.keys()].map((f) => `  ${f}`).join('\n')}

Next:
  cd ${where}
  npm install
  npm test
  npm run emulator   # in one terminal
  npm run daemon     # in another: the daemon runs the connector (daemon.json)
`;
}

/**
 * The `create-connector` command as a function: reads the flags, asks for what is missing when
 * `interactive`, writes the package, and prints what it wrote and what to do next. Problems are
 * printed with their message id and give exit code 2; nothing is written then.
 * @param argv - the arguments after the command
 * @param io - the streams and settings
 * @returns the exit code
 */
export async function runCreateConnector(argv: readonly string[], io: CreateConnectorIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  try {
    const args = parseCreateConnectorArgs(argv);
    if (args.help) {
      io.stdout.write(CREATE_CONNECTOR_USAGE);
      return CREATE_CONNECTOR_EXIT_CODE.OK;
    }
    const options =
      io.interactive === true && io.stdin !== undefined
        ? await promptForOptions(args, { input: io.stdin, output: io.stdout, terminal: io.terminal === true })
        : fromFlags(args);
    const created = await createConnectorPackage({ ...options, cwd });
    io.stdout.write(nextSteps(created, cwd));
    return CREATE_CONNECTOR_EXIT_CODE.OK;
  } catch (error) {
    if (error instanceof EgeriaError) {
      io.stderr.write(`create-connector: ${error.messageId ?? ''} ${error.message}\n`);
      if (error.messageId === CREATE_CONNECTOR_ERROR_CODE.INVALID_ARGUMENT.messageId) {
        io.stderr.write(`\n${CREATE_CONNECTOR_USAGE}`);
      }
      return CREATE_CONNECTOR_EXIT_CODE.INVALID;
    }
    io.stderr.write(`create-connector: ${error instanceof Error ? error.message : String(error)}\n`);
    return CREATE_CONNECTOR_EXIT_CODE.FAILED;
  }
}

/** Runs the command on the process's arguments and streams, asking questions when stdin is a terminal. @internal */
export function run(): void {
  const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true;
  void runCreateConnector(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    interactive: terminal,
    terminal,
  }).then((code) => {
    process.exitCode = code;
  });
}
