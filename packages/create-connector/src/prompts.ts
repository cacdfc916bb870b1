import * as readline from 'node:readline';
import { EgeriaError, INTEGRATION_SERVICES, IllegalStateError } from '@egeria-ts/core';
import type { CreateConnectorArgs } from './create-connector-args';
import { CREATE_CONNECTOR_ERROR_CODE } from './create-connector-messages';
import type { CreateConnectorOptions } from './create-connector-options';
import { checkPackageName, connectorNamesOf } from './connector-names';
import { integratorPackageOf } from './integrators';

/** Where the questions go and the answers come from. */
export interface PromptStreams {
  /** Where the answers are read from, such as `process.stdin`. */
  readonly input: NodeJS.ReadableStream;
  /** Where the questions are written, such as `process.stdout`. */
  readonly output: NodeJS.WritableStream;
  /** True when the input is a terminal (line editing). */
  readonly terminal: boolean;
}

/** Asks one question at a time and reads one line per answer (answers typed ahead are kept). */
class Questioner {
  readonly #rl: readline.Interface;
  readonly #lines: AsyncIterator<string>;
  readonly #output: NodeJS.WritableStream;

  constructor(streams: PromptStreams) {
    this.#rl = readline.createInterface({ input: streams.input, output: streams.output, terminal: streams.terminal });
    this.#lines = this.#rl[Symbol.asyncIterator]();
    this.#output = streams.output;
  }

  async ask(question: string): Promise<string> {
    this.#output.write(question);
    const next = await this.#lines.next();
    if (next.done === true) {
      throw IllegalStateError.fromDefinition(CREATE_CONNECTOR_ERROR_CODE.NO_ANSWER, [question.trim()]);
    }
    return next.value.trim();
  }

  /** Asks until `accept` takes the answer, printing why an answer was refused. */
  async askUntil<T>(question: string, accept: (answer: string) => T): Promise<T> {
    for (;;) {
      const answer = await this.ask(question);
      try {
        return accept(answer);
      } catch (error) {
        if (!(error instanceof EgeriaError)) throw error;
        this.#output.write(`  ${error.message}\n`);
      }
    }
  }

  close(): void {
    this.#rl.close();
  }
}

function serviceMenu(): string {
  const lines = INTEGRATION_SERVICES.map(
    (s, i) => `  ${String(i + 1).padStart(2)}) ${s.marker.padEnd(26)} ${s.description}`,
  );
  return `Integration services:\n${lines.join('\n')}\n`;
}

function serviceFromAnswer(answer: string): string {
  const number = Number(answer);
  if (/^\d+$/.test(answer) && number >= 1 && number <= INTEGRATION_SERVICES.length) {
    return INTEGRATION_SERVICES[number - 1]?.marker ?? answer;
  }
  return integratorPackageOf(answer).service.marker;
}

/**
 * Asks for what the command line did not give: the connector name and the integration service,
 * then (unless `--yes`) the package name and the directory, offering their defaults.
 * @param args - the command line
 * @param streams - where to ask
 * @throws IllegalStateError (`EGERIA-TS-CREATE-CONNECTOR-400-007`) when the input ends before an answer
 */
export async function promptForOptions(
  args: CreateConnectorArgs,
  streams: PromptStreams,
): Promise<CreateConnectorOptions> {
  const q = new Questioner(streams);
  try {
    const name =
      args.name ?? (await q.askUntil('Connector name (such as Acme Catalog): ', (a) => connectorNamesOf(a).name));
    let service = args.service;
    if (service === undefined) {
      streams.output.write(serviceMenu());
      service = await q.askUntil('Integration service (number or name): ', serviceFromAnswer);
    }
    let packageName = args.packageName;
    if (packageName === undefined && !args.yes) {
      const suggested = connectorNamesOf(name).kebabName;
      packageName = await q.askUntil(`Package name (${suggested}): `, (a) =>
        checkPackageName(a === '' ? suggested : a),
      );
    }
    let dir = args.dir;
    if (dir === undefined && !args.yes) {
      const suggested = `./${(packageName ?? connectorNamesOf(name).kebabName).replace(/^@[^/]+\//, '')}`;
      const answer = await q.ask(`Directory (${suggested}): `);
      dir = answer === '' ? suggested : answer;
    }
    return {
      name,
      service,
      ...(packageName === undefined ? {} : { packageName }),
      ...(dir === undefined ? {} : { dir }),
      ...(args.workspaceDeps === undefined ? {} : { workspaceDeps: args.workspaceDeps }),
    };
  } finally {
    q.close();
  }
}
