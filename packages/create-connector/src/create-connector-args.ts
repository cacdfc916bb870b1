import { InvalidParameterException } from '@egeria-ts/core';
import { CREATE_CONNECTOR_ERROR_CODE } from './create-connector-messages';

/** What the command line of `create-connector` asks for. */
export interface CreateConnectorArgs {
  /** `--name` (or the one positional argument): the connector name. */
  readonly name?: string;
  /** `--service`: the integration service's URL marker. */
  readonly service?: string;
  /** `--dir`: where to write the package. */
  readonly dir?: string;
  /** `--package-name`: the npm package name. */
  readonly packageName?: string;
  /** `--workspace-deps[=ROOT]` (true, or the checkout's root) or `--no-workspace-deps` (false). */
  readonly workspaceDeps?: boolean | string;
  /** `--yes`: ask nothing; take the defaults for what is not given. */
  readonly yes: boolean;
  /** `--help`. */
  readonly help: boolean;
}

/** The help text of `create-connector`. */
export const CREATE_CONNECTOR_USAGE = `Usage: npm create @egeria-ts/connector -- [NAME] [options]
       create-connector [NAME] [options]

Writes a ready egeria-ts integration connector package. Asks for what is missing when run in a
terminal.

  --name NAME            the connector name, such as "Acme Catalog" (class AcmeCatalogConnector)
  --service MARKER       the integration service, such as files-integrator
  --package-name NAME    the npm package name (default: from the name, such as acme-catalog-connector)
  --dir DIR              where to write it (default: ./PACKAGE-NAME); must be empty or absent
  --workspace-deps[=ROOT]  depend on an egeria-ts checkout's packages with file: specs
                         (default when DIR is inside a checkout)
  --no-workspace-deps    depend on the registry's @egeria-ts packages
  -y, --yes              ask nothing; take the defaults
  -h, --help             this text
`;

function invalid(argument: string, problem: string): InvalidParameterException {
  return InvalidParameterException.fromDefinition(CREATE_CONNECTOR_ERROR_CODE.INVALID_ARGUMENT, [argument, problem], {
    exceptionProperties: { parameterName: argument },
  });
}

const VALUE_FLAGS: Readonly<Record<string, 'name' | 'service' | 'dir' | 'packageName'>> = {
  '--name': 'name',
  '--service': 'service',
  '--dir': 'dir',
  '--package-name': 'packageName',
};

/**
 * Reads the command line of `create-connector` (`--flag value` and `--flag=value` alike).
 * @param argv - the arguments after the command
 * @throws InvalidParameterException (`EGERIA-TS-CREATE-CONNECTOR-400-006`) naming an unknown
 *   argument, a flag without its value, a flag given twice or a second positional argument
 */
export function parseCreateConnectorArgs(argv: readonly string[]): CreateConnectorArgs {
  const values: { name?: string; service?: string; dir?: string; packageName?: string } = {};
  let workspaceDeps: boolean | string | undefined;
  let yes = false;
  let help = false;
  let positional: string | undefined;
  const args = [...argv];
  while (args.length > 0) {
    const arg = args.shift() as string;
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = equals > 0 ? arg.slice(0, equals) : arg;
    const inline = equals > 0 ? arg.slice(equals + 1) : undefined;
    const key = VALUE_FLAGS[flag];
    if (key !== undefined) {
      const value = inline ?? args.shift();
      if (value === undefined || value.trim() === '' || (inline === undefined && value.startsWith('--'))) {
        throw invalid(flag, 'it needs a value');
      }
      if (values[key] !== undefined) throw invalid(flag, 'it is given twice');
      values[key] = value;
      continue;
    }
    switch (flag) {
      case '--workspace-deps':
        if (inline === '') throw invalid(flag, 'give the checkout root after =, or no = at all');
        workspaceDeps = inline ?? true;
        break;
      case '--no-workspace-deps':
        if (inline !== undefined) throw invalid(flag, 'it takes no value');
        workspaceDeps = false;
        break;
      case '--yes':
      case '-y':
        yes = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        if (arg.startsWith('-')) throw invalid(arg, 'it is not an argument of create-connector');
        if (positional !== undefined) throw invalid(arg, `only one name may be given, and ${positional} was`);
        positional = arg;
    }
  }
  if (positional !== undefined && values.name !== undefined) {
    throw invalid(positional, 'the name is already given with --name');
  }
  const name = values.name ?? positional;
  return {
    ...(name === undefined ? {} : { name }),
    ...(values.service === undefined ? {} : { service: values.service }),
    ...(values.dir === undefined ? {} : { dir: values.dir }),
    ...(values.packageName === undefined ? {} : { packageName: values.packageName }),
    ...(workspaceDeps === undefined ? {} : { workspaceDeps }),
    yes,
    help,
  };
}
