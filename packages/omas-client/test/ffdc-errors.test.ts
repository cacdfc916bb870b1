/**
 * Each typed error, produced by a real error answer from a server that behaves as Egeria does:
 * FFDC envelopes (HTTP 200) for every exception class, in the 4.x and 5.x packages, and the
 * answers that are not Egeria responses at all.
 */
import {
  ConnectionCheckedException,
  ConnectorCheckedException,
  EgeriaError,
  InvalidParameterException,
  PropertyServerException,
  UserNotAuthorizedException,
} from '@egeria-ts/core';
import { DATA_MANAGER_DATABASE_SERVICE, DatabaseManagerClient, OmasRestClient } from '@egeria-ts/omas-client';
import { EgeriaTestServer, replies } from './support/egeria-test-server';

const PATH = '/servers/cocoMDS1/open-metadata/access-services/data-manager/users/erinoverview/databases/db-1';

describe('FFDC envelope and error answers', () => {
  let server: EgeriaTestServer;
  let rest: OmasRestClient;
  let client: DatabaseManagerClient;

  beforeAll(async () => {
    server = await EgeriaTestServer.start();
    rest = new OmasRestClient({
      service: DATA_MANAGER_DATABASE_SERVICE,
      transport: { platformURLRoot: server.url, serverName: 'cocoMDS1', userId: 'erinoverview', retry: false },
    });
    client = new DatabaseManagerClient(rest);
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await rest.close();
    await server.close();
  });

  const get = () => client.getDatabaseByGUID({ guid: 'db-1' });
  const failure = async (): Promise<EgeriaError> => {
    const error = await get().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EgeriaError);
    return error as EgeriaError;
  };

  const classes: Array<[string, typeof EgeriaError, number]> = [
    ['org.odpi.openmetadata.frameworks.openmetadata.ffdc.InvalidParameterException', InvalidParameterException, 400],
    ['org.odpi.openmetadata.frameworks.connectors.ffdc.InvalidParameterException', InvalidParameterException, 400],
    ['org.odpi.openmetadata.frameworks.openmetadata.ffdc.UserNotAuthorizedException', UserNotAuthorizedException, 401],
    ['org.odpi.openmetadata.frameworks.connectors.ffdc.UserNotAuthorizedException', UserNotAuthorizedException, 403],
    ['org.odpi.openmetadata.frameworks.openmetadata.ffdc.PropertyServerException', PropertyServerException, 500],
    ['org.odpi.openmetadata.frameworks.connectors.ffdc.ConnectorCheckedException', ConnectorCheckedException, 500],
    ['org.odpi.openmetadata.frameworks.connectors.ffdc.ConnectionCheckedException', ConnectionCheckedException, 400],
  ];

  it.each(classes)('%s becomes %p with every field kept', async (className, ErrorClass, code) => {
    server.enqueue(
      replies.ffdc(className, {
        class: 'DatabaseResponse',
        relatedHTTPCode: code,
        actionDescription: 'getDatabaseByGUID',
        exceptionErrorMessage: 'OMAG-COMMON-400-001 The guid parameter passed to getDatabaseByGUID is not valid',
        exceptionErrorMessageId: 'OMAG-COMMON-400-001',
        exceptionErrorMessageParameters: ['guid', 'getDatabaseByGUID'],
        exceptionSystemAction: 'The system is unable to process the request.',
        exceptionUserAction: 'Correct the guid.',
        exceptionCausedBy: 'java.lang.IllegalArgumentException',
        exceptionProperties: { parameterName: 'guid', extra: 7 },
      }),
    );
    const error = await failure();
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.relatedHTTPCode).toBe(code);
    expect(error.message).toBe('OMAG-COMMON-400-001 The guid parameter passed to getDatabaseByGUID is not valid');
    expect(error.messageId).toBe('OMAG-COMMON-400-001');
    expect(error.parameters).toEqual(['guid', 'getDatabaseByGUID']);
    expect(error.systemAction).toBe('The system is unable to process the request.');
    expect(error.userAction).toBe('Correct the guid.');
    expect(error.actionDescription).toBe('getDatabaseByGUID');
    expect(error.exceptionCausedBy).toBe('java.lang.IllegalArgumentException');
    expect(error.exceptionProperties).toEqual({ parameterName: 'guid', extra: 7 });
    expect(error.parameterName).toBe('guid');
  });

  it('maps an unknown exception class to PropertyServerException naming the class', async () => {
    server.enqueue(
      replies.ffdc('java.lang.NullPointerException', { relatedHTTPCode: 500, exceptionErrorMessage: undefined }),
    );
    const error = await failure();
    expect(error).toBeInstanceOf(PropertyServerException);
    expect(error.exceptionCausedBy).toBe('java.lang.NullPointerException');
    expect(error.message).toContain('java.lang.NullPointerException');
    expect(error.actionDescription).toBe('getDatabaseByGUID');
  });

  it("uses the class's own HTTP code when the envelope says 200 beside an exception", async () => {
    server.enqueue(replies.ffdc('UserNotAuthorizedException', { relatedHTTPCode: 200, exceptionErrorMessage: 'no' }));
    const error = await failure();
    expect(error).toBeInstanceOf(UserNotAuthorizedException);
    expect(error.relatedHTTPCode).toBe(401);
  });

  it('treats a relatedHTTPCode other than 200 without a class name as a failure', async () => {
    server.enqueue({ kind: 'json', body: { class: 'DatabaseResponse', relatedHTTPCode: 503 } });
    const error = await failure();
    expect(error).toBeInstanceOf(PropertyServerException);
    expect(error.relatedHTTPCode).toBe(503);
  });

  it('turns a 500 HTML error page into PropertyServerException with the status and a short snippet', async () => {
    server.enqueue(replies.html(500, 'Internal Server Error'));
    const error = await failure();
    expect(error).toBeInstanceOf(PropertyServerException);
    expect(error.relatedHTTPCode).toBe(500);
    expect(error.exceptionProperties['httpStatus']).toBe(500);
    expect(error.message).toContain('HTTP status 500');
    expect(error.message).toContain('Internal Server Error');
    expect(error.message).toContain(`GET request to ${PATH}`);
    const snippet = error.parameters[3];
    expect(snippet.length).toBeLessThanOrEqual(201);
    expect(snippet.endsWith('…')).toBe(true);
  });

  it("turns Spring's own 400 JSON into PropertyServerException with the status", async () => {
    server.enqueue(replies.springError(400, 'Bad Request', PATH));
    const error = await failure();
    expect(error).toBeInstanceOf(PropertyServerException);
    expect(error.relatedHTTPCode).toBe(400);
    expect(error.message).toContain('HTTP status 400');
    expect(error.message).toContain('Bad Request');
  });

  it('turns a 404 with an empty body into PropertyServerException', async () => {
    server.enqueue({ kind: 'raw', status: 404, body: '' });
    const error = await failure();
    expect(error).toBeInstanceOf(PropertyServerException);
    expect(error.relatedHTTPCode).toBe(404);
    expect(error.message).toContain('(empty)');
  });

  it('turns a 200 with an empty body into PropertyServerException', async () => {
    server.enqueue({ kind: 'raw', status: 200, body: '', contentType: 'application/json' });
    const error = await failure();
    expect(error).toBeInstanceOf(PropertyServerException);
    expect(error.messageId).toBe('EGERIA-TS-OMAS-CLIENT-500-002');
  });

  it('turns truncated JSON into PropertyServerException with a snippet', async () => {
    server.enqueue({
      kind: 'raw',
      status: 200,
      body: '{"class":"DatabaseResponse","relatedHTTPCode":200,"elem',
      contentType: 'application/json',
    });
    const error = await failure();
    expect(error).toBeInstanceOf(PropertyServerException);
    expect(error.messageId).toBe('EGERIA-TS-OMAS-CLIENT-500-003');
    expect(error.message).toContain('"relatedHTTPCode":200,"elem');
  });

  it('turns a body cut off mid-transfer into PropertyServerException', async () => {
    server.enqueue({
      kind: 'cut',
      body: JSON.stringify({ class: 'DatabaseResponse', relatedHTTPCode: 200, element: { a: 'x'.repeat(500) } }),
    });
    const error = await failure();
    expect(error).toBeInstanceOf(PropertyServerException);
  });

  it('turns a JSON body that is not an object into PropertyServerException', async () => {
    server.enqueue({ kind: 'json', body: ['not', 'an', 'envelope'] });
    const error = await failure();
    expect(error).toBeInstanceOf(PropertyServerException);
  });

  it('turns a list field that is not a list into PropertyServerException', async () => {
    server.enqueue({
      kind: 'json',
      body: { class: 'DatabasesResponse', relatedHTTPCode: 200, elements: { not: 'a list' } },
    });
    const error = await client.findDatabases({ searchString: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PropertyServerException);
    expect((error as Error).message).toContain('elements');
  });
});
