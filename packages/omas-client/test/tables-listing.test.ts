/**
 * Keeps docs/operations.md, the listing of every operation the package serves, in step with the
 * operation tables. To rewrite the file after changing a table:
 * `UPDATE_OPERATIONS_DOC=1 npx jest packages/omas-client/test/tables-listing`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as omasClient from '@egeria-ts/omas-client';
import type { OperationDefinition, ServiceDefinition } from '@egeria-ts/omas-client';

const DOC = path.join(__dirname, '..', 'docs', 'operations.md');

const PREFACE = `# Operations served by @egeria-ts/omas-client

This file lists every REST operation that the package's operation tables hold, one row each, as
Egeria 5.2's Spring resource classes (commit \`19177ef7\`) serve them. It is written by
\`test/tables-listing.test.ts\` from the tables themselves, so it cannot drift from the code.

- **Query**: \`name!\` is required by the server; \`=value\` is what the client sends when the caller
  gives nothing (the server's default, or what Egeria's own Java client or integration context sends).
- **Body**: the request bean, sent as the body's \`class\`; \`(optional)\` when the server declares
  \`@RequestBody(required = false)\`.
- **Response**: the response bean and the field that holds the result; \`[]\` marks a list.
- **Paged** lists take the paging parameters in the Query column; each has an \`...Iterator\` method.
- **Creates** (never retried blindly) are marked with \`+\`.

## Where Egeria 5.2 differs from what one might expect

- Asset Manager's own list beans (\`DataAssetElementsResponse\`, \`ProcessElementsResponse\`,
  \`GlossaryElementsResponse\`...) carry their lists under \`elementList\`, while the common 5.x beans
  (\`DataFlowElementsResponse\`, \`TopicsResponse\`...) use \`elements\`; so does the open metadata
  store's \`MetadataCorrelationHeadersResponse\`.
- The rows follow the server where Egeria's 5.2 Java client sends something else:
  \`createFormFromTemplate\` is \`/forms/by-template/...\` (the client posts to \`/forms/from-template/...\`);
  \`findDataContainers\` and \`getDataContainersByName\` have no \`/types/{typeName}\` segment;
  \`getRelatedAssetsAtEnd1\` is \`/data-assets/data-assets/relationships/...\`; \`getFileSystemByGUID\` is
  \`/filesystems/filesystems/{fileSystemGUID}\`; \`getActorProfilesByLocation\` is
  \`/profiles/locations/{locationGUID}\` (the client uses \`/profiles/by-location/\`); Security Manager's
  \`deleteUserIdentity\` is \`/user-identities/{userIdentityGUID}/delete\` (the client posts to the update path).
- Left out because the 5.2 server cannot serve them: IT Infrastructure's \`getEndpointsByNetworkAddress\`
  (its parameters carry no Spring annotations) and the files client's \`getTopLevelDataFiles\` (no
  server route). Display's \`removeDataContainer\` is listed, but its resource method declares a
  \`qualifiedName\` path variable that its path lacks, so a 5.2 server may fail it.
- Flags differ by resource: data assets, processes and topics require their \`...IsHome\` flag and
  \`isMergeUpdate\`; the glossary resource makes both optional, defaulting to false.
- External identifiers live in the open metadata store framework service at 5.2; their properties
  bean writes \`synchronizationDirection\` (not \`permittedSynchronization\`) and scopes by
  \`externalScopeGUID\` / \`externalScopeName\`.
- Dates in query parameters (\`afterCompletionDate\`...) are sent as RFC 1123 text, which
  \`java.util.Date\` parses back, as Egeria's Java client's \`Date.toString()\` is.
- The connected asset service (\`CONNECTED_ASSET_SERVICE\`) answers connections as OCF \`Connection\`
  beans under \`OCFConnectionResponse.connection\`. Its 5.2 server builds the full connection (connector
  type, endpoint, embedded connections) only for \`getConnectionForAsset\` and \`getConnectionsForAsset\`:
  for \`getConnectionByGUID\` it uses a converter method that the connection converter lacks
  (\`OMAG-GENERIC-HANDLERS-500-002\`), and \`getConnectionByName\` (which matches \`qualifiedName\` only)
  swallows that same error and answers no connection. An unknown name is no connection, not an error.
`;

function queryText(operation: OperationDefinition): string {
  return Object.entries(operation.query ?? {})
    .map(([name, q]) => `\`${name}${q.required ? '!' : ''}${q.default === undefined ? '' : `=${String(q.default)}`}\``)
    .join(' ');
}

function responseText(operation: OperationDefinition): string {
  const { bean, field, list } = operation.response;
  return `\`${bean}${field ? `.${field}` : ''}${list ? '[]' : ''}\``;
}

function rootText(service: ServiceDefinition): string {
  return service.root.kind === 'access-service'
    ? `/servers/{serverName}/open-metadata/access-services/${service.root.marker}/users/{userId}`
    : `/servers/{serverName}/open-metadata/framework-services/{serviceURLMarker}/${service.root.service}/users/{userId}`;
}

function render(): string {
  const tables = Object.entries(omasClient)
    .filter(([name, value]) => name.endsWith('_SERVICE') && typeof value === 'object' && value !== null)
    .map(([name, value]) => [name, value as ServiceDefinition] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  const lines = [PREFACE];
  const total = tables.reduce((n, [, s]) => n + Object.keys(s.operations).length, 0);
  lines.push(`## Tables (${tables.length} tables, ${total} operations)`, '');
  for (const [name, service] of tables) {
    lines.push(`- [\`${name}\`](#${name.toLowerCase()}): ${Object.keys(service.operations).length} operations`);
  }
  for (const [name, service] of tables) {
    lines.push('', `## ${name}`, '', `Root: \`${rootText(service)}\``, '');
    lines.push('| Operation | Verb | Path | Query | Body | Response |', '|---|---|---|---|---|---|');
    for (const operation of Object.values(service.operations)) {
      const body = operation.requestBody
        ? `\`${operation.requestBody}\`${operation.bodyRequired ? '' : ' (optional)'}`
        : '';
      lines.push(
        `| \`${operation.name}\`${operation.creates ? ' +' : ''} | ${operation.method} | \`${operation.path}\` | ${queryText(operation)} | ${body} | ${responseText(operation)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The text as the repository's prettier check wants it (prettier runs in a child process: it is ESM). */
function formatted(text: string): string {
  const prettier = require.resolve('prettier/bin/prettier.cjs');
  return execFileSync(process.execPath, [prettier, '--stdin-filepath', DOC], { input: text, encoding: 'utf8' });
}

describe('docs/operations.md', () => {
  it('lists every operation of every table', () => {
    // Formatted as the repository's prettier check wants it.
    const expected = formatted(render());
    if (process.env['UPDATE_OPERATIONS_DOC'] === '1') {
      fs.mkdirSync(path.dirname(DOC), { recursive: true });
      fs.writeFileSync(DOC, expected);
    }
    const actual = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '';
    if (actual !== expected) {
      throw new Error(
        'docs/operations.md is out of date: run UPDATE_OPERATIONS_DOC=1 npx jest packages/omas-client/test/tables-listing',
      );
    }
    expect(actual).toMatch(/\| `createTopic` \+ +\| POST +\| `\/topics` +\|/);
  });
});
