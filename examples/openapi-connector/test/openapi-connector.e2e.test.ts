import { promises as fs } from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { apiIntegratorService } from '@egeria-ts/api-integrator';
import { ConnectorCheckedException, defaultConnectorRegistry, type IntegrationReport } from '@egeria-ts/core';
import { OPENAPI_CONNECTOR_NAME, OpenAPIConnector } from '@egeria-ts/example-openapi-connector';
import { runConnector, useTestEmulator, type ConnectorRun } from '@egeria-ts/testing';

const SAMPLE = path.join(__dirname, '..', 'samples', 'petstore.yaml');
const emulator = useTestEmulator();

/** A local http server that serves one document, which a test may change or break. */
interface DocumentServer {
  readonly url: string;
  text: string;
  contentType: string;
  status: number;
  readonly requests: string[];
  close(): Promise<void>;
}

let server: DocumentServer;
let sample: string;

beforeAll(async () => {
  sample = await fs.readFile(SAMPLE, 'utf8');
  const state = { text: sample, contentType: 'application/yaml', status: 200, requests: [] as string[] };
  const httpServer = http.createServer((req, res) => {
    state.requests.push(`${req.method} ${req.url}`);
    res.writeHead(state.status, { 'Content-Type': state.contentType });
    res.end(state.status === 200 ? state.text : 'not here');
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  server = Object.assign(state, {
    url: `http://127.0.0.1:${port}/openapi/petstore.yaml`,
    close: async () => {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  });
});

afterAll(async () => server?.close());

function writes(report: IntegrationReport): number {
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return sum(report.createCounts) + sum(report.updateCounts) + sum(report.deleteCounts);
}

function start(endpoint: string, metadataSourceQualifiedName: string, configurationProperties = {}) {
  return runConnector(OpenAPIConnector, {
    emulator,
    service: apiIntegratorService,
    endpoint,
    metadataSourceQualifiedName,
    configurationProperties,
  });
}

async function operationNames(run: ConnectorRun<OpenAPIConnector>, apiGUID: string): Promise<string[]> {
  const operations = await run.context.getOperationsForAPI({ apiGUID });
  return operations.map((o) => `${o.properties?.command} ${o.properties?.path}`).sort();
}

describe('OpenAPIConnector registration', () => {
  it('registers in the API integrator with its configuration properties', () => {
    const registered = defaultConnectorRegistry.resolve(OPENAPI_CONNECTOR_NAME);
    expect(registered?.connectorClass).toBe(OpenAPIConnector);
    expect(registered?.definition.configurationProperties['apiQualifiedName']?.type).toBe('string');
    expect(apiIntegratorService.supportsConnector(new OpenAPIConnector())).toBe(true);
  });
});

describe('OpenAPIConnector against the emulator', () => {
  it('catalogs the sample file as an API with its endpoint, operations, parameter lists and parameters', async () => {
    const run = await start(SAMPLE, 'APIManager:file');
    const api = `API:Pet Store(${SAMPLE})`;
    expect(run.connector.lastRefresh).toEqual({
      apiQualifiedName: api,
      operations: 5,
      created: 22,
      updated: 0,
      removed: 0,
      catalogued: { Endpoint: 1, DeployedAPI: 1, APIOperation: 5, APIParameterList: 7, APIParameter: 8 },
    });
    expect(run.activityReports[0]?.createCounts).toEqual({
      Endpoint: 1,
      DeployedAPI: 1,
      APIOperation: 5,
      APIParameterList: 7,
      APIParameter: 8,
    });

    const [element] = await run.context.getAPIsByName({ name: api });
    expect(element?.apiproperties).toMatchObject({
      qualifiedName: api,
      name: 'Pet Store',
      versionIdentifier: '1.0.0',
      resourceDescription: "Pets for sale, and the store's inventory.",
      additionalProperties: { openAPIDocument: SAMPLE, openAPIVersion: '3.0.3' },
    });
    expect(element?.elementHeader?.origin?.homeMetadataCollectionName).toBe('APIManager:file');
    const [endpoint] = await run.context.getEndpointsByName({ name: `${api}::ServerEndpoint` });
    expect(endpoint?.endpointProperties).toMatchObject({
      address: 'https://petstore.example.com/v1',
      protocol: 'https',
    });

    const apiGUID = element!.elementHeader!.guid;
    expect(await operationNames(run, apiGUID)).toEqual([
      'DELETE /pets/{petId}',
      'GET /pets',
      'GET /pets/{petId}',
      'GET /store/inventory',
      'POST /pets',
    ]);
    const [listPets] = await run.context.getAPIOperationsByName({ name: `${api}::GET /pets` });
    expect(listPets?.properties).toMatchObject({
      displayName: 'listPets',
      description: 'List all pets',
      path: '/pets',
      command: 'GET',
      additionalProperties: { operationId: 'listPets', tags: 'pets' },
    });
    const lists = await run.context.getParameterListsForAPIOperation({
      apiOperationGUID: listPets!.elementHeader!.guid,
    });
    expect(lists.map((l) => l.parameterListType).sort()).toEqual(['HEADER', 'REQUEST']);
    const request = lists.find((l) => l.parameterListType === 'REQUEST')!;
    const parameters = await run.context.getNestedAPIParameters({ parentElementGUID: request.elementHeader!.guid });
    expect(parameters.map((p) => p.schemaAttributeProperties?.displayName)).toEqual(['limit', 'species']);
    expect(parameters[0]?.schemaAttributeProperties).toMatchObject({
      description: 'How many pets to return at most',
      dataType: 'integer(int32)',
      defaultValue: '20',
      extendedProperties: { parameterType: 'query' },
    });
    const [body] = await run.context.getAPIParametersByName({ name: `${api}::POST /pets::REQUEST::body` });
    expect(body?.schemaAttributeProperties).toMatchObject({ dataType: 'Pet', minCardinality: 1 });
    expect(run.connector.getConnectorStatistics()).toMatchObject({
      'catalogued.DeployedAPI': 1,
      'catalogued.APIOperation': 5,
      'catalogued.APIParameter': 8,
    });

    expect(writes(await run.refresh())).toBe(0);
    expect(run.connector.lastRefresh).toMatchObject({ created: 0, updated: 0, removed: 0 });
    await run.stop();
  });

  it('reads the document over http, and applies exactly what changed in it on the next refresh', async () => {
    server.text = sample;
    const run = await start(server.url, 'APIManager:http');
    expect(run.connector.lastRefresh).toMatchObject({ created: 22, operations: 5 });
    expect(server.requests.at(-1)).toBe('GET /openapi/petstore.yaml');
    const api = `API:Pet Store(${server.url})`;

    const document = parse(sample) as {
      info: { version: string };
      servers: { url: string }[];
      paths: Record<string, Record<string, { summary?: string; parameters?: { name?: string }[] }>>;
    };
    document.info.version = '1.1.0';
    document.servers = [{ url: 'https://pets.example.org/v2' }];
    const petById = document.paths['/pets/{petId}']!;
    delete petById['delete'];
    const listPets = document.paths['/pets']!['get']!;
    listPets.summary = 'List the pets in stock';
    listPets.parameters = [
      listPets.parameters![0]!,
      { name: 'offset', in: 'query', schema: { type: 'integer' } } as { name: string },
      listPets.parameters![2]!,
    ];
    petById['put'] = {
      operationId: 'updatePet',
      summary: 'Update a pet',
      requestBody: { $ref: '#/components/requestBodies/NewPet' },
    } as never;
    server.text = stringify(document);

    const report = await run.refresh();
    expect(run.connector.lastRefresh).toMatchObject({
      operations: 5,
      // updatePet, its REQUEST list, petId and body; offset
      created: 5,
      // the API (version), the endpoint (address), listPets (summary)
      updated: 3,
      // deletePet; species
      removed: 2,
    });
    expect(report.createCounts).toEqual({ APIOperation: 1, APIParameterList: 1, APIParameter: 3 });
    expect(report.updateCounts).toEqual({ DeployedAPI: 1, Endpoint: 1, APIOperation: 1 });
    expect(report.deleteCounts).toEqual({ APIOperation: 1, APIParameter: 1 });

    const [element] = await run.context.getAPIsByName({ name: api });
    expect(element?.apiproperties?.versionIdentifier).toBe('1.1.0');
    expect(await operationNames(run, element!.elementHeader!.guid)).toEqual([
      'GET /pets',
      'GET /pets/{petId}',
      'GET /store/inventory',
      'POST /pets',
      'PUT /pets/{petId}',
    ]);
    const [endpoint] = await run.context.getEndpointsByName({ name: `${api}::ServerEndpoint` });
    expect(endpoint?.endpointProperties?.address).toBe('https://pets.example.org/v2');
    const [operation] = await run.context.getAPIOperationsByName({ name: `${api}::GET /pets` });
    expect(operation?.properties?.description).toBe('List the pets in stock');
    expect(await run.context.getAPIParametersByName({ name: `${api}::GET /pets::REQUEST::query.species` })).toEqual([]);
    expect(await run.context.getAPIOperationsByName({ name: `${api}::DELETE /pets/{petId}` })).toEqual([]);
    // Its parameter lists and parameters went with it.
    expect(await run.context.getAPIParameterListsByName({ name: `${api}::DELETE /pets/{petId}::HEADER` })).toEqual([]);
    expect(
      await run.context.getAPIParametersByName({ name: `${api}::DELETE /pets/{petId}::HEADER::header.X-Reason` }),
    ).toEqual([]);
    const [offset] = await run.context.getAPIParametersByName({ name: `${api}::GET /pets::REQUEST::query.offset` });
    expect(offset?.schemaAttributeProperties).toMatchObject({ dataType: 'integer', elementPosition: 1 });

    expect(writes(await run.refresh())).toBe(0);
    await run.stop();
  });

  it('fails a refresh with a typed error when the document cannot be read or is not OpenAPI 3, leaving the catalog as it was', async () => {
    server.text = sample;
    server.status = 200;
    const run = await start(server.url, 'APIManager:broken', { apiQualifiedName: 'API:broken-pets' });
    const before = await run.context.getOperationsForAPI({
      apiGUID: (await run.context.getAPIsByName({ name: 'API:broken-pets' }))[0]!.elementHeader!.guid,
    });
    expect(before).toHaveLength(5);

    server.status = 404;
    const missing = await run.refresh().catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ConnectorCheckedException);
    expect((missing as ConnectorCheckedException).messageId).toBe('EGERIA-TS-OPENAPI-503-001');
    expect((missing as ConnectorCheckedException).message).toContain('HTTP 404');

    server.status = 200;
    server.text = 'swagger: "2.0"\ninfo:\n  title: Old\n';
    const invalid = await run.refresh().catch((e: unknown) => e);
    expect((invalid as ConnectorCheckedException).messageId).toBe('EGERIA-TS-OPENAPI-400-001');
    expect((invalid as ConnectorCheckedException).exceptionProperties?.['parameterName']).toBe('openapi');

    const [api] = await run.context.getAPIsByName({ name: 'API:broken-pets' });
    expect(await run.context.getOperationsForAPI({ apiGUID: api!.elementHeader!.guid })).toHaveLength(5);
    server.text = sample;
    await run.stop();
  });

  it('replaces the API when the document’s title changes, and leaves another source’s API alone', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'openapi-'));
    const file = path.join(dir, 'api.yaml');
    await fs.writeFile(file, sample);
    try {
      const run = await start(file, 'APIManager:title');
      const other = await start(file, 'APIManager:other');
      expect(other.connector.lastRefresh).toMatchObject({ created: 0, updated: 0, removed: 0 });
      expect(other.auditLog.withMessageId('EGERIA-TS-OPENAPI-0003').length).toBeGreaterThan(0);
      await other.stop();

      await fs.writeFile(file, sample.replace('title: Pet Store', 'title: Pet Shop'));
      await run.refresh();
      expect(run.connector.lastRefresh).toMatchObject({ apiQualifiedName: `API:Pet Shop(${file})`, created: 22 });
      expect(run.connector.lastRefresh!.removed).toBeGreaterThanOrEqual(7); // the old API, endpoint and operations
      expect(await run.context.getAPIsByName({ name: `API:Pet Store(${file})` })).toEqual([]);
      expect(await run.context.getAPIsByName({ name: `API:Pet Shop(${file})` })).toHaveLength(1);
      await run.stop();
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
