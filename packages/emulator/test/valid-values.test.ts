/**
 * Data Manager valid values, valid value sets, their members, consumers and reference value tags
 * (Egeria 5.2's DataManagerValidValuesResource and the set look-ups of its SchemaManagerResource),
 * with requests shaped as Egeria 5.2's ValidValueManagement and SchemaManagerClient send them,
 * against a real emulator over HTTP.
 */
import { TestEmulator, enc, expectFFDC, expectSpringError, guidsOf } from './support/harness';
import { SseReader } from './support/sse';
import {
  externalSourceBody,
  nameBody,
  referenceableBody,
  relationshipBody,
  searchStringBody,
} from './support/java-shapes';

type Source = { guid: string; name: string };
type Json = Record<string, unknown>;

let em: TestEmulator;
let dm: string;
let source: Source;
let other: Source;

/** A `ValidValueProperties` bean as Jackson writes it (its two primitives always present). */
function validValueProperties(qualifiedName: string, extra: Json = {}): Json {
  return { class: 'ValidValueProperties', qualifiedName, isDeprecated: false, isCaseSensitive: false, ...extra };
}

/** `ValidValueManagement.createValidValue`: a ReferenceableRequestBody. */
async function createValidValue(qualifiedName: string, extra: Json = {}, from: Source | undefined = source) {
  const answer = await em.ok(`${dm}/valid-values`, referenceableBody(from, validValueProperties(qualifiedName, extra)));
  return answer['guid'] as string;
}

async function getValidValue(guid: string): Promise<Json> {
  const answer = await em.ok(`${dm}/valid-values/${enc(guid)}`, undefined, 'GET');
  expect(answer['class']).toBe('ValidValueResponse');
  return answer['element'] as Json;
}

async function list(path: string): Promise<Json> {
  const separator = path.includes('?') ? '&' : '?';
  return em.ok(`${dm}${path}${separator}startFrom=0&pageSize=50`, undefined, 'GET');
}

beforeAll(async () => {
  em = await TestEmulator.start();
  dm = em.dm('vvUser');
  const fileManager = (qualifiedName: string) =>
    em.registerSource(`${dm}/metadata-sources/file-managers`, { class: 'FileManagerRequestBody', qualifiedName });
  source = await fileManager('Files::reference-data');
  other = await fileManager('Files::other');
});

afterAll(async () => {
  await em.close();
});

describe('valid values', () => {
  test('a create that names no type makes a ValidValuesSet, read back as Egeria 5.2 converts it', async () => {
    const guid = await createValidValue('colours', {
      displayName: 'Colours',
      description: 'the colours',
      category: 'paint',
      usage: 'orders',
      scope: 'global',
      preferredValue: 'red',
      dataType: 'string',
      additionalProperties: { a: 'b' },
    });
    const element = await getValidValue(guid);
    const header = element['elementHeader'] as Json;
    expect(header['type']).toEqual(
      expect.objectContaining({
        typeName: 'ValidValuesSet',
        superTypeNames: ['ValidValueDefinition', 'Referenceable', 'OpenMetadataRoot'],
      }),
    );
    expect((header['origin'] as Json)['homeMetadataCollectionId']).toBe(source.guid);
    expect(element['validValueProperties']).toEqual({
      class: 'ValidValueProperties',
      qualifiedName: 'colours',
      displayName: 'Colours',
      description: 'the colours',
      category: 'paint',
      usage: 'orders',
      scope: 'global',
      preferredValue: 'red',
      dataType: 'string',
      isDeprecated: false,
      isCaseSensitive: false,
      additionalProperties: { a: 'b' },
      typeName: 'ValidValuesSet',
    });
    expect(element['isDefaultValue']).toBe(false);
    expect(element['setGUID']).toBeUndefined();
  });

  test('a named subtype of ValidValueDefinition is created; other properties and types are refused', async () => {
    const guid = await createValidValue('colour::red', { typeName: 'ValidValueDefinition' });
    expect(((await getValidValue(guid))['elementHeader'] as Json)['type']).toEqual(
      expect.objectContaining({ typeName: 'ValidValueDefinition' }),
    );
    const setProperties = await em.post(
      `${dm}/valid-values`,
      referenceableBody(source, { class: 'ValidValueSetProperties', qualifiedName: 'x' }),
    );
    expectFFDC(setProperties, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-029',
      action: 'createValidValue',
    });
    const noProperties = await em.post(`${dm}/valid-values`, externalSourceBody(source));
    expect(noProperties.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-029');
    const wrongType = await em.post(
      `${dm}/valid-values`,
      referenceableBody(source, validValueProperties('y', { typeName: 'GlossaryTerm' })),
    );
    expectFFDC(wrongType, {
      responseClass: 'GUIDResponse',
      exception: 'InvalidParameterException',
      httpCode: 400,
      messageId: 'OMAG-COMMON-400-019',
      action: 'createValidValue',
      parameterName: 'typeName',
    });
    const noName = await em.post(`${dm}/valid-values`, referenceableBody(source, validValueProperties('')));
    expect(noName.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-006');
    const duplicate = await em.post(
      `${dm}/valid-values`,
      referenceableBody(source, validValueProperties('colour::red')),
    );
    expect(duplicate.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-409-001');
    const path = '/servers/mds1/open-metadata/access-services/data-manager/users/vvUser/valid-values';
    expectSpringError(
      await em.post(`${dm}/valid-values`, referenceableBody(source, { qualifiedName: 'no class' })),
      400,
      path,
    );
  });

  test('update merges or replaces, on behalf of the owner only; remove deletes', async () => {
    const guid = await createValidValue('sizes', { displayName: 'Sizes', scope: 's' });
    await em.ok(
      `${dm}/valid-values/${enc(guid)}?isMergeUpdate=true`,
      referenceableBody(source, { class: 'ValidValueProperties', description: 'all sizes' }),
    );
    expect((await getValidValue(guid))['validValueProperties']).toEqual(
      expect.objectContaining({ displayName: 'Sizes', scope: 's', description: 'all sizes' }),
    );
    await em.ok(
      `${dm}/valid-values/${enc(guid)}?isMergeUpdate=false`,
      referenceableBody(source, validValueProperties('sizes', { preferredValue: 'M' })),
    );
    expect((await getValidValue(guid))['validValueProperties']).toEqual({
      class: 'ValidValueProperties',
      qualifiedName: 'sizes',
      preferredValue: 'M',
      isDeprecated: false,
      isCaseSensitive: false,
      typeName: 'ValidValuesSet',
    });
    const stolen = await em.post(
      `${dm}/valid-values/${enc(guid)}?isMergeUpdate=true`,
      referenceableBody(other, { class: 'ValidValueProperties', description: 'mine' }),
    );
    expectFFDC(stolen, {
      responseClass: 'VoidResponse',
      exception: 'UserNotAuthorizedException',
      httpCode: 400,
      messageId: 'OMAG-REPOSITORY-HANDLER-400-007',
      action: 'updateValidValue',
    });
    const path = `/servers/mds1/open-metadata/access-services/data-manager/users/vvUser/valid-values/${guid}`;
    expectSpringError(
      await em.post(`${dm}/valid-values/${enc(guid)}`, referenceableBody(source, validValueProperties('sizes'))),
      400,
      path,
    );
    const refused = await em.post(`${dm}/valid-values/${enc(guid)}/delete`, externalSourceBody(undefined));
    expect(refused.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-008');
    await em.ok(`${dm}/valid-values/${enc(guid)}/delete`, externalSourceBody(source));
    const gone = await em.get(`${dm}/valid-values/${enc(guid)}`);
    expectFFDC(gone, {
      responseClass: 'ValidValueResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      action: 'getValidValueByGUID',
      parameterName: 'validValueGUID',
    });
  });

  test('find (regular expression), by exact name (qualified name, display name or preferred value), all, page by page', async () => {
    const one = await createValidValue('find::one', { displayName: 'One', preferredValue: '1' });
    const two = await createValidValue('find::two', { displayName: 'Two', preferredValue: '2' });
    const found = await em.ok(
      `${dm}/valid-values/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('find::.*'),
    );
    expect(found['class']).toBe('ValidValuesResponse');
    expect(guidsOf(found)).toEqual([one, two]);
    const page2 = await em.ok(
      `${dm}/valid-values/by-search-string?startFrom=1&pageSize=1`,
      searchStringBody('find::.*'),
    );
    expect(guidsOf(page2)).toEqual([two]);
    for (const name of ['find::one', 'One', '1']) {
      expect(guidsOf(await em.ok(`${dm}/valid-values/by-name?startFrom=0&pageSize=10`, nameBody(name)))).toEqual([one]);
    }
    expect(
      (await em.ok(`${dm}/valid-values/by-name?startFrom=0&pageSize=10`, nameBody('find')))['elements'],
    ).toBeUndefined();
    const all = guidsOf(await list('/valid-values'));
    expect(all).toEqual(expect.arrayContaining([one, two]));
    expect(all.indexOf(one)).toBeLessThan(all.indexOf(two));

    const sets = await em.ok(
      `${dm}/valid-value-sets/by-search-string?startFrom=0&pageSize=10`,
      searchStringBody('find::.*'),
    );
    expect(sets['class']).toBe('ValidValueSetsResponse');
    expect(guidsOf(sets)).toEqual([one, two]);
    expect((sets['elements'] as Json[])[0]['properties']).toEqual(
      expect.objectContaining({
        class: 'ValidValueSetProperties',
        qualifiedName: 'find::one',
        typeName: 'ValidValuesSet',
      }),
    );
    const setByName = await em.ok(`${dm}/valid-value-sets/by-name?startFrom=0&pageSize=10`, nameBody('Two'));
    expect(guidsOf(setByName)).toEqual([two]);

    const noName = await em.post(`${dm}/valid-values/by-name?startFrom=0&pageSize=10`, { namePropertyName: 'name' });
    expect(noName.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-006');
    const negative = await em.get(`${dm}/valid-values?startFrom=-1&pageSize=10`);
    expect(negative.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-008');
  });
});

describe('valid value links', () => {
  test('set members with their default flag, and the sets of a value', async () => {
    const set = await createValidValue('links::set');
    const red = await createValidValue('links::red', { typeName: 'ValidValueDefinition' });
    const blue = await createValidValue('links::blue', { typeName: 'ValidValueDefinition' });
    await em.ok(
      `${dm}/valid-values/${enc(set)}/valid-value-members/${enc(red)}`,
      relationshipBody(source, { class: 'ValidValueMembershipProperties', defaultValue: true }),
    );
    await em.ok(`${dm}/valid-values/${enc(set)}/valid-value-members/${enc(blue)}`, relationshipBody(source));
    const members = await list(`/valid-values/members/${enc(set)}`);
    expect(guidsOf(members)).toEqual([red, blue]);
    const [first, second] = members['elements'] as Json[];
    expect(first['setGUID']).toBe(set);
    expect(first['isDefaultValue']).toBe(true);
    expect(second['isDefaultValue']).toBe(false);
    const related = first['relatedElement'] as Json;
    expect((related['relationshipHeader'] as Json)['type']).toEqual(
      expect.objectContaining({ typeName: 'ValidValueMember' }),
    );
    expect(related['relationshipProperties']).toEqual({
      class: 'RelationshipProperties',
      extendedProperties: { isDefaultValue: true },
    });
    expect((related['relatedElement'] as Json)['guid']).toBe(red);

    const sets = await list(`/valid-values/sets/${enc(red)}`);
    expect(guidsOf(sets)).toEqual([set]);

    const notASet = await em.post(
      `${dm}/valid-values/${enc(red)}/valid-value-members/${enc(blue)}`,
      relationshipBody(source),
    );
    expectFFDC(notASet, {
      responseClass: 'VoidResponse',
      exception: 'InvalidParameterException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-001',
      action: 'setupValidValueMember',
    });
    const wrongProperties = await em.post(
      `${dm}/valid-values/${enc(set)}/valid-value-members/${enc(blue)}`,
      relationshipBody(source, { class: 'ValidValueAssignmentProperties', strictRequirement: true }),
    );
    expect(wrongProperties.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-029');

    const refused = await em.post(
      `${dm}/valid-values/${enc(set)}/valid-value-members/${enc(red)}/delete`,
      externalSourceBody(other),
    );
    expect(refused.body['exceptionErrorMessageId']).toBe('OMAG-REPOSITORY-HANDLER-400-007');
    await em.ok(`${dm}/valid-values/${enc(set)}/valid-value-members/${enc(red)}/delete`, externalSourceBody(source));
    expect(guidsOf(await list(`/valid-values/members/${enc(set)}`))).toEqual([blue]);
  });

  test('the valid values of a consumer; consumers are listed only when they are valid values (Egeria 5.2)', async () => {
    const column = (
      await em.ok(`${dm}/schema-types/primitives`, {
        class: 'PrimitiveSchemaTypeRequestBody',
        isDeprecated: false,
        qualifiedName: 'consumer::column',
        ...externalSourceBody(source),
      })
    )['guid'] as string;
    const codes = await createValidValue('consumer::codes');
    await em.ok(
      `${dm}/valid-values/${enc(column)}/valid-values/${enc(codes)}`,
      relationshipBody(source, { class: 'ValidValueAssignmentProperties', strictRequirement: true }),
    );
    const forConsumer = await em.ok(`${dm}/valid-values/by-consumer/${enc(column)}`, undefined, 'GET');
    expect(forConsumer['class']).toBe('ValidValueResponse');
    expect(((forConsumer['element'] as Json)['elementHeader'] as Json)['guid']).toBe(codes);
    const consumers = await list(`/valid-values/${enc(codes)}/consumers`);
    expect(consumers['class']).toBe('RelatedElementsResponse');
    expect(consumers['elements']).toBeUndefined();

    const mapping = await createValidValue('consumer::mapping', { typeName: 'ValidValueDefinition' });
    await em.ok(`${dm}/valid-values/${enc(mapping)}/valid-values/${enc(codes)}`, relationshipBody(source));
    const valueConsumers = (await list(`/valid-values/${enc(codes)}/consumers`))['elements'] as Json[];
    expect(valueConsumers).toHaveLength(1);
    expect((valueConsumers[0]['relatedElement'] as Json)['guid']).toBe(mapping);
    expect((valueConsumers[0]['relationshipProperties'] as Json)['extendedProperties']).toEqual({
      strictRequirement: false,
    });

    const second = await createValidValue('consumer::more');
    await em.ok(`${dm}/valid-values/${enc(column)}/valid-values/${enc(second)}`, relationshipBody(source));
    const ambiguous = await em.get(`${dm}/valid-values/by-consumer/${enc(column)}`);
    expectFFDC(ambiguous, {
      responseClass: 'ValidValueResponse',
      exception: 'PropertyServerException',
      httpCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-006',
      action: 'getValidValuesForConsumer',
    });
    await em.ok(`${dm}/valid-values/${enc(column)}/valid-values/${enc(second)}/delete`, externalSourceBody(source));
    const single = await em.ok(`${dm}/valid-values/by-consumer/${enc(column)}`, undefined, 'GET');
    expect(((single['element'] as Json)['elementHeader'] as Json)['guid']).toBe(codes);
  });

  test('reference value tags; clearReferenceValueTag removes the valid values assignment (Egeria 5.2)', async () => {
    const term = await createValidValue('tags::element', { typeName: 'ValidValueDefinition' });
    const tag = await createValidValue('tags::gold', { typeName: 'ValidValueDefinition' });
    await em.ok(
      `${dm}/valid-values/${enc(term)}/reference-value-tags/${enc(tag)}`,
      relationshipBody(source, {
        class: 'ReferenceValueAssignmentProperties',
        attributeName: 'tier',
        confidence: 80,
        steward: 'ann',
      }),
    );
    const values = (await list(`/valid-values/by-reference-value-tags/${enc(term)}`))['elements'] as Json[];
    expect(values.map((v) => (v['elementHeader'] as Json)['guid'])).toEqual([tag]);
    expect(((values[0]['relatedElement'] as Json)['relationshipProperties'] as Json)['extendedProperties']).toEqual({
      attributeName: 'tier',
      confidence: 80,
      steward: 'ann',
    });
    const assignees = (await list(`/valid-values/${enc(tag)}/by-reference-value-tag-assignees`))['elements'] as Json[];
    expect(assignees.map((a) => (a['relatedElement'] as Json)['guid'])).toEqual([term]);

    await em.ok(`${dm}/valid-values/${enc(term)}/valid-values/${enc(tag)}`, relationshipBody(source));
    await em.ok(`${dm}/valid-values/${enc(term)}/reference-value-tags/${enc(tag)}/delete`, externalSourceBody(source));
    expect(guidsOf(await list(`/valid-values/by-reference-value-tags/${enc(term)}`))).toEqual([tag]);
    expect((await em.ok(`${dm}/valid-values/by-consumer/${enc(term)}`, undefined, 'GET'))['element']).toBeUndefined();
  });
});

test('valid value changes are announced on the Data Manager out topic', async () => {
  const topic = 'egeria.omag.server.mds1.omas.datamanager.outTopic';
  const { reader } = await SseReader.open(`${em.emulator.url}/servers/mds1/emulator/out-topic/${topic}`, '0');
  try {
    const set = await createValidValue('events::set');
    const member = await createValidValue('events::member', { typeName: 'ValidValueDefinition' });
    await em.ok(`${dm}/valid-values/${enc(set)}/valid-value-members/${enc(member)}`, relationshipBody(source));
    await em.ok(`${dm}/valid-values/${enc(member)}/delete`, externalSourceBody(source));
    await reader.waitFor((r) =>
      r.events.some(
        (e) => e.data['eventType'] === 'ELEMENT_DELETED' && (e.data['principleElement'] as Json)['guid'] === member,
      ),
    );
    const link = reader.events.find(
      (e) =>
        e.data['eventType'] === 'NEW_ELEMENT_CREATED' &&
        ((e.data['principleElement'] as Json)['type'] as Json)['typeName'] === 'ValidValueMember' &&
        (e.data['endTwoElement'] as Json | undefined)?.['guid'] === member,
    );
    expect((link?.data['endOneElement'] as Json)['guid']).toBe(set);
    expect((link?.data['endTwoElement'] as Json)['guid']).toBe(member);
    // Deleting the member deletes its membership first.
    expect(
      reader.events.some(
        (e) =>
          e.data['eventType'] === 'ELEMENT_DELETED' &&
          ((e.data['principleElement'] as Json)['type'] as Json)['typeName'] === 'ValidValueMember' &&
          (e.data['endTwoElement'] as Json | undefined)?.['guid'] === member,
      ),
    ).toBe(true);
  } finally {
    reader.close();
  }
});
