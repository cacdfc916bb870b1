import type { ResolvedConnectorPackage } from '../create-connector-options';
import { connectorFileName, DEFAULT_MAX_ELEMENTS, defaultSourceName } from './source-files';
import { DEFAULT_PLATFORM_URL, DEFAULT_SERVER_NAME } from './daemon-config';

/** The generated `README.md`. */
export function readme(p: ResolvedConnectorPackage): string {
  const { className, displayName } = p.names;
  const { service, packageName, connectorClassName } = p.integrator;
  const file = connectorFileName(p);
  return `# ${p.packageName}

The ${displayName}: an [Egeria](https://egeria-project.org) integration connector written with
[egeria-ts](https://github.com/egeria-ts/egeria-ts). It runs in the
[${service.fullName}](${service.wiki}) (\`${service.marker}\`), which works with the ${service.partnerOMAS}:
${service.description.charAt(0).toLowerCase()}${service.description.slice(1)}

## What is here

| Path | What it is |
|---|---|
| \`src/${file}.ts\` | The connector: \`${className}\`, extending \`${connectorClassName}\` from \`${packageName}\`, marked with \`@integrationConnector\`. |
| \`src/messages.ts\` | Its audit messages. |
| \`src/index.ts\` | The package's entry point; loading it registers the connector. |
| \`test/\` | Tests: the connector against the emulator with \`@egeria-ts/testing\`, and \`daemon.json\`. |
| \`daemon.json\` | An integration daemon configuration that runs the connector. |

## Commands

\`\`\`sh
npm install
npm test            # the tests, against an emulator each test file starts on a free port
npm run build       # compiles src/ to dist/
\`\`\`

To watch the connector work, start the emulator (a local Egeria metadata access point) in one
terminal and the integration daemon in another:

\`\`\`sh
npm run emulator    # egeria-emulator --port 9443 --server ${DEFAULT_SERVER_NAME}
npm run daemon      # builds, then egeria-integration-daemon --config daemon.json
\`\`\`

\`npm run daemon:once\` refreshes the connector once and exits (0 when it succeeded). Against a real
Egeria platform, set \`omagserverPlatformRootURL\` (now \`${DEFAULT_PLATFORM_URL}\`) and
\`omagserverName\` in \`daemon.json\` to your metadata access server, and the user ids to accounts it knows.

## Configuration properties

Set in the connection's \`configurationProperties\` (see \`daemon.json\`):

| Property | Type | Default | Meaning |
|---|---|---|---|
| \`sourceName\` | string | \`${defaultSourceName(p)}\` | The name of the third-party technology, used in qualified names and messages. |
| \`maxElements\` | integer | ${DEFAULT_MAX_ELEMENTS} | The most elements one refresh reads from the third-party technology. |

Declare more in the \`configurationProperties\` of the decorator: the daemon checks their types
before the connector starts.

## Writing the connector

- \`start()\` reads the configuration and is the place to connect to the third-party technology
  (\`this.connection.endpoint?.address\`, \`userId\`, \`clearPassword\`).
- \`refresh(signal)\` runs at start, every \`refreshTimeInterval\` minutes and on request: read the
  third party in \`readSource\`, and bring each element into open metadata in \`catalogElement\`
  through \`this.context\`, the ${service.name} context of \`${packageName}\` (its methods mirror
  the ${service.partnerOMAS} calls).
- \`disconnect()\` closes what \`start()\` opened.

Report failures with the typed errors of \`@egeria-ts/core\` (\`ConnectorCheckedException\`,
\`PropertyServerException\`...), and never put secrets in messages.

## Publishing

The package carries the \`egeria-integration-connector\` keyword and an \`"egeria-ts": { "connectors": [...] }\`
field: an integration daemon that finds the package in its \`node_modules\` loads those modules, and
the connector registers. \`npm publish\` builds first (\`prepack\`).
`;
}
