/**
 * The open governance framework service (Egeria 5.2's OpenGovernanceResource): governance action
 * processes, their steps and flow, and engine actions, with bodies as 5.2's OpenGovernanceClientBase
 * sends them (properties beans with their `class` and the primitives Jackson always writes), over HTTP.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError } from './support/harness';

type Json = Record<string, unknown>;

let em: TestEmulator;
let gov: string;

function root(userId = 'governanceUser'): string {
  return `${em.emulator.url}/servers/${enc(em.emulator.serverName)}/open-metadata/framework-services/asset-manager/open-governance-service/users/${enc(userId)}`;
}

/** `createGovernanceActionProcessStep`'s body: a GovernanceActionProcessStepProperties. */
function stepBody(qualifiedName: string, extra: Json = {}): Json {
  return {
    class: 'GovernanceActionProcessStepProperties',
    qualifiedName,
    domainIdentifier: 0,
    waitTime: 0,
    ignoreMultipleTriggers: false,
    ...extra,
  };
}

async function createProcess(qualifiedName: string, displayName: string): Promise<string> {
  const answer = await em.ok(`${gov}/governance-action-processes`, {
    processStatus: 'ACTIVE',
    properties: { class: 'GovernanceActionProcessProperties', qualifiedName, displayName, domainIdentifier: 0 },
  });
  return answer['guid'] as string;
}

beforeAll(async () => {
  em = await TestEmulator.start();
  gov = root();
});

afterAll(async () => {
  await em.close();
});

test('a process, its first step and the steps after it: created, found and read', async () => {
  const process = await createProcess('gap::validate-and-publish', 'Validate and publish');
  const validate = (
    await em.ok(`${gov}/governance-action-process-steps`, stepBody('gap::validate', { requestType: 'validate' }))
  )['guid'] as string;
  const publish = (await em.ok(`${gov}/governance-action-process-steps`, stepBody('gap::publish')))['guid'] as string;
  await em.ok(`${gov}/governance-action-processes/${enc(process)}/first-process-step/${enc(validate)}`);
  const link = await em.ok(
    `${gov}/governance-action-process-steps/${enc(validate)}/next-process-steps/${enc(publish)}`,
    { guard: 'valid', mandatoryGuard: true },
  );
  expect(link['class']).toBe('GUIDResponse');

  const found = await em.ok(`${gov}/governance-action-processes/by-search-string?startFrom=0&pageSize=10`, {
    searchString: 'gap::validate.*',
    searchStringParameterName: 'searchString',
  });
  expect(found['class']).toBe('GovernanceActionProcessElementsResponse');
  const [element] = found['elements'] as Json[];
  expect((element['elementHeader'] as Json)['guid']).toBe(process);
  expect(element['processProperties']).toEqual({
    class: 'GovernanceActionProcessProperties',
    qualifiedName: 'gap::validate-and-publish',
    displayName: 'Validate and publish',
    domainIdentifier: 0,
  });
  const byName = await em.ok(`${gov}/governance-action-processes/by-name?startFrom=0&pageSize=10`, {
    name: 'Validate and publish',
    nameParameterName: 'name',
  });
  expect((byName['elements'] as Json[]).length).toBe(1);
  const byGUID = await em.ok(`${gov}/governance-action-processes/${enc(process)}`, undefined, 'GET');
  expect(byGUID['class']).toBe('GovernanceActionProcessElementResponse');

  const first = await em.ok(`${gov}/governance-action-processes/${enc(process)}/first-process-step`, undefined, 'GET');
  const firstElement = first['element'] as Json;
  expect(((firstElement['element'] as Json)['elementHeader'] as Json)['guid']).toBe(validate);
  expect((firstElement['element'] as Json)['processStepProperties']).toEqual(
    expect.objectContaining({ class: 'GovernanceActionProcessStepExecution', requestType: 'validate' }),
  );
  expect(typeof firstElement['linkGUID']).toBe('string');
  const next = await em.ok(
    `${gov}/governance-action-process-steps/${enc(validate)}/next-process-steps?startFrom=0&pageSize=10`,
    undefined,
    'GET',
  );
  expect(next['elements']).toEqual([
    expect.objectContaining({ nextProcessStepLinkGUID: link['guid'], guard: 'valid', mandatoryGuard: true }),
  ]);
  const steps = await em.ok(`${gov}/governance-action-process-steps/by-name?startFrom=0&pageSize=10`, {
    name: 'gap::publish',
  });
  expect(((steps['elements'] as Json[])[0]['elementHeader'] as Json)['guid']).toBe(publish);
  const step = await em.ok(`${gov}/governance-action-process-steps/${enc(publish)}`, undefined, 'GET');
  expect((step['element'] as Json)['processStepProperties']).toEqual(
    expect.objectContaining({ class: 'GovernanceActionProcessStepProperties', waitTime: 0 }),
  );
  const none = await em.ok(
    `${gov}/governance-action-processes/${enc(await createProcess('gap::empty', 'Empty'))}/first-process-step`,
    undefined,
    'GET',
  );
  expect(none['element']).toBeUndefined();
});

test('engine actions: initiated, read, listed, active ones listed', async () => {
  const guid = (
    await em.ok(`${gov}/governance-engines/${enc('AssetGovernance')}/engine-actions/initiate`, {
      domainIdentifier: 0,
      displayName: 'Check orders',
      requestType: 'survey',
      requestParameters: { depth: '2' },
    })
  )['guid'] as string;
  const answer = await em.ok(`${gov}/engine-actions/${enc(guid)}`, undefined, 'GET');
  expect(answer['class']).toBe('EngineActionElementResponse');
  expect(answer['element']).toEqual(
    expect.objectContaining({
      class: 'EngineActionElement',
      governanceEngineName: 'AssetGovernance',
      requestType: 'survey',
      requestParameters: { depth: '2' },
      requesterUserId: 'governanceUser',
      actionStatus: 'REQUESTED',
      requestedTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    }),
  );
  const all = await em.ok(`${gov}/engine-actions?startFrom=0&pageSize=10`, undefined, 'GET');
  expect((all['elements'] as Json[]).map((e) => (e['elementHeader'] as Json)['guid'])).toEqual([guid]);
  const active = await em.ok(`${gov}/engine-actions/active?startFrom=0&pageSize=10`, undefined, 'GET');
  expect((active['elements'] as Json[]).length).toBe(1);
});

test("Egeria's checks: a qualified name, a known GUID, the properties bean's class, required paging", async () => {
  expectFFDC(await em.post(`${gov}/governance-action-process-steps`, stepBody('', { qualifiedName: undefined })), {
    responseClass: 'GUIDResponse',
    exception: 'InvalidParameterException',
    httpCode: 400,
    messageId: 'OMAG-COMMON-400-006',
    action: 'createGovernanceActionProcessStep',
    parameterName: 'qualifiedName',
  });
  const unknown = await em.get(`${gov}/governance-action-processes/${enc('no-such-process')}`);
  expect(unknown.body['relatedHTTPCode']).toBe(404);
  expect(unknown.body['exceptionProperties']).toEqual(expect.objectContaining({ parameterName: 'processGUID' }));
  expectSpringError(
    await em.post(`${gov}/governance-action-process-steps`, { qualifiedName: 'no-class' }),
    400,
    '/servers/mds1/open-metadata/framework-services/asset-manager/open-governance-service/users/governanceUser/governance-action-process-steps',
  );
  expectSpringError(
    await em.get(`${gov}/engine-actions`),
    400,
    '/servers/mds1/open-metadata/framework-services/asset-manager/open-governance-service/users/governanceUser/engine-actions',
  );
});
