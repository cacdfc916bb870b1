import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { ConnectorCheckedException } from '@egeria-ts/core';
import {
  desiredAPI,
  parseDocumentLocation,
  parseOpenAPIDocument,
  readOpenAPIDocument,
} from '@egeria-ts/example-openapi-connector';

const SAMPLE = path.join(__dirname, '..', 'samples', 'petstore.yaml');

function failure(source: string, location = 'test.yaml'): ConnectorCheckedException {
  try {
    parseOpenAPIDocument(source, location);
  } catch (error) {
    expect(error).toBeInstanceOf(ConnectorCheckedException);
    return error as ConnectorCheckedException;
  }
  throw new Error('the document was accepted');
}

describe('parseOpenAPIDocument', () => {
  it('reads the sample: info, first server with its variables, operations, merged and referenced parameters, bodies', async () => {
    const snapshot = await readOpenAPIDocument(parseDocumentLocation(SAMPLE));
    expect(snapshot).toMatchObject({
      location: SAMPLE,
      openapi: '3.0.3',
      title: 'Pet Store',
      version: '1.0.0',
      serverURL: 'https://petstore.example.com/v1',
    });
    expect(snapshot.operations.map((o) => `${o.method} ${o.path} ${o.operationId}`)).toEqual([
      'GET /pets listPets',
      'POST /pets createPet',
      'GET /pets/{petId} showPetById',
      'DELETE /pets/{petId} deletePet',
      'GET /store/inventory getInventory',
    ]);
    const [list, create, , remove] = snapshot.operations;
    expect(list?.parameters).toEqual([
      {
        name: 'limit',
        in: 'query',
        required: false,
        description: 'How many pets to return at most',
        deprecated: false,
        dataType: 'integer(int32)',
        defaultValue: '20',
      },
      { name: 'species', in: 'query', required: false, deprecated: false, dataType: 'array<string>' },
      {
        name: 'X-Request-ID',
        in: 'header',
        required: false,
        description: "Identifies the request in the store's logs",
        deprecated: false,
        dataType: 'string(uuid)',
      },
    ]);
    expect(create?.requestBody).toEqual({
      required: true,
      description: 'The pet to add',
      contentTypes: ['application/json', 'application/xml'],
      dataType: 'Pet',
    });
    expect(remove?.parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual([
      'path:petId:true',
      'header:X-Reason:false',
    ]);
  });

  it('reads JSON as well as YAML, and resolves a relative server URL against the document URL', () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'Tiny', version: '2' },
      servers: [{ url: '/api' }],
      paths: { '/ping': { get: { operationId: 'ping', deprecated: true } } },
    };
    const snapshot = parseOpenAPIDocument(JSON.stringify(document), 'http://127.0.0.1:8080/docs/openapi.json');
    expect(snapshot.serverURL).toBe('http://127.0.0.1:8080/api');
    expect(snapshot.operations).toEqual([
      { method: 'GET', path: '/ping', operationId: 'ping', tags: [], deprecated: true, parameters: [] },
    ]);
    expect(parseOpenAPIDocument(stringify(document), 'tiny.yaml').serverURL).toBe('/api');
  });

  it('names the field at fault when the document is not OpenAPI 3', () => {
    const base = { openapi: '3.0.0', info: { title: 'T' }, paths: {} };
    const cases: [unknown, string, RegExp][] = [
      ['{ not json: [', '(document)', /neither JSON nor YAML/],
      [['a list'], '(document)', /not an object/],
      [{ swagger: '2.0', info: { title: 'T' } }, 'openapi', /Swagger/],
      [{ ...base, info: {} }, 'info.title', /no title/],
      [{ ...base, paths: { pets: {} } }, 'paths.pets', /start with/],
      [
        { ...base, paths: { '/p': { get: { parameters: [{ name: 'x', in: 'body' }] } } } },
        'paths./p.get.parameters[0].in',
        /one of path, query, header, cookie/,
      ],
      [
        { ...base, paths: { '/p': { get: { parameters: [{ $ref: '#/components/parameters/Nope' }] } } } },
        'paths./p.get.parameters[0]',
        /points at nothing/,
      ],
    ];
    for (const [document, field, problem] of cases) {
      const error = failure(typeof document === 'string' ? document : JSON.stringify(document));
      expect(error.messageId).toBe('EGERIA-TS-OPENAPI-400-001');
      expect(error.exceptionProperties?.['parameterName']).toBe(field);
      expect(error.message).toMatch(problem);
      expect(error.message).toContain('test.yaml');
    }
  });
});

describe('parseDocumentLocation', () => {
  it('reads paths, file URLs and http(s) URLs, and refuses other schemes', async () => {
    expect(parseDocumentLocation('samples/a.yaml', '/srv')).toEqual({
      kind: 'file',
      path: path.resolve('/srv/samples/a.yaml'),
    });
    expect(parseDocumentLocation(pathToFileURL(SAMPLE).href)).toEqual({ kind: 'file', path: SAMPLE });
    expect(parseDocumentLocation('https://api.example.com/openapi.json')).toEqual({
      kind: 'url',
      url: 'https://api.example.com/openapi.json',
    });
    for (const bad of ['', undefined, 'ftp://example.com/a.yaml']) {
      expect(() => parseDocumentLocation(bad)).toThrow(
        expect.objectContaining({ messageId: 'EGERIA-TS-OPENAPI-400-002' }),
      );
    }
    await expect(readOpenAPIDocument({ kind: 'file', path: `${SAMPLE}.missing` })).rejects.toMatchObject({
      messageId: 'EGERIA-TS-OPENAPI-503-001',
      message: expect.stringContaining('does not exist'),
    });
    expect((await fs.stat(SAMPLE)).isFile()).toBe(true);
  });
});

describe('desiredAPI', () => {
  it('puts header parameters in the HEADER list and path, query and body parameters in the REQUEST list', async () => {
    const desired = desiredAPI(await readOpenAPIDocument(parseDocumentLocation(SAMPLE)), 'API:PetStore');
    expect(desired.endpoint.properties).toMatchObject({
      qualifiedName: 'API:PetStore::ServerEndpoint',
      address: 'https://petstore.example.com/v1',
      protocol: 'https',
    });
    const create = desired.operations[1];
    expect(create?.qualifiedName).toBe('API:PetStore::POST /pets');
    expect(create?.parameterLists.map((l) => [l.parameterListType, l.parameters.map((p) => p.qualifiedName)])).toEqual([
      ['HEADER', ['API:PetStore::POST /pets::HEADER::header.X-Request-ID']],
      ['REQUEST', ['API:PetStore::POST /pets::REQUEST::body']],
    ]);
    expect(create?.parameterLists[1]?.properties.required).toBe(true);
    expect(desired.operations[4]?.parameterLists).toEqual([]);
  });
});
