import fc from 'fast-check';
import { EgeriaError, InvalidParameterException, OutTopicEventType } from '@egeria-ts/core';
import {
  OUT_TOPIC_EVENT_PARSERS,
  assetConsumerEventParser,
  assetManagerEventParser,
  communityProfileEventParser,
  createOutTopicEventParser,
  dataManagerEventParser,
  defaultInTopicName,
  defaultOutTopicName,
  governanceServerEventParser,
  itInfrastructureEventParser,
  rawEventParser,
  securityManagerEventParser,
} from '@egeria-ts/omas-client';

/** An ElementStub as Egeria 5.2's Jackson writes it, with a field of a later release. */
function stub(guid: string, typeName: string, createTime: unknown): Record<string, unknown> {
  return {
    class: 'ElementStub',
    headerVersion: 0,
    status: 'ACTIVE',
    type: { typeId: 't-1', typeName, superTypeNames: ['Asset', 'Referenceable'], typeVersion: 1 },
    origin: { sourceServer: 'mds1', originCategory: 'LOCAL_COHORT', homeMetadataCollectionId: 'mc-1' },
    versions: { createdBy: 'erinoverview', maintainedBy: ['erinoverview'], createTime, version: 3 },
    guid,
    classifications: [
      {
        class: 'ElementClassification',
        classificationName: 'Confidentiality',
        classificationProperties: { level: 2 },
        classificationOrigin: 'ASSIGNED',
      },
    ],
    uniqueName: `qn-${guid}`,
    anchor: { fromARelease: 'after 5.2' },
  };
}

function captureError(fn: () => unknown): EgeriaError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EgeriaError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('Data Manager out-topic events', () => {
  it('parses the DataManagerOutboundEvent that Egeria sends, ignoring unknown fields', () => {
    const wire = JSON.stringify({
      class: 'DataManagerOutboundEvent',
      eventVersionId: 1,
      eventType: 'ELEMENT_CLASSIFIED',
      principleElement: stub('g-1', 'DeployedDatabaseSchema', 1700000000000),
      classificationName: 'Confidentiality',
      aFieldOfTheFuture: true,
    });
    const event = dataManagerEventParser.parse(wire);
    expect(event.eventType).toBe(OutTopicEventType.ELEMENT_CLASSIFIED);
    expect(event.class).toBe('DataManagerOutboundEvent');
    expect(event.eventVersionId).toBe(1);
    expect(event.classificationName).toBe('Confidentiality');
    expect(event.principleElement?.guid).toBe('g-1');
    expect(event.principleElement?.uniqueName).toBe('qn-g-1');
    expect(event.principleElement?.type?.typeName).toBe('DeployedDatabaseSchema');
    expect(event.principleElement?.type?.superTypeNames).toEqual(['Asset', 'Referenceable']);
    expect(event.principleElement?.versions?.createTime).toEqual(new Date(1700000000000));
    expect(event.principleElement?.classifications?.[0].classificationProperties).toEqual({ level: 2 });
    expect(event).not.toHaveProperty('aFieldOfTheFuture');
    expect(event.principleElement).not.toHaveProperty('anchor');
  });

  it('reads relationship events with both ends', () => {
    const event = dataManagerEventParser.parse({
      eventType: 'NEW_ELEMENT_CREATED',
      principleElement: stub('rel-1', 'AttributeForSchema', '2024-05-01T10:00:00.000+00:00'),
      endOneElement: stub('e1', 'DatabaseTable', null),
      endTwoElement: stub('e2', 'DatabaseColumn', undefined),
    });
    expect(event.endOneElement?.guid).toBe('e1');
    expect(event.endTwoElement?.type?.typeName).toBe('DatabaseColumn');
    expect(event.principleElement?.versions?.createTime?.toISOString()).toBe('2024-05-01T10:00:00.000Z');
    expect(event.endOneElement?.versions).not.toHaveProperty('createTime');
  });

  it('reads dates written as ISO strings, epoch milliseconds or strings of digits alike', () => {
    const millis = Date.UTC(2023, 0, 2, 3, 4, 5);
    for (const written of [millis, String(millis), new Date(millis).toISOString()]) {
      const event = dataManagerEventParser.parse({ principleElement: stub('g', 'T', written) });
      expect(event.principleElement?.versions?.createTime?.getTime()).toBe(millis);
    }
  });

  it('maps unknown, missing and numeric event types', () => {
    expect(dataManagerEventParser.parse({ eventType: 'SOMETHING_NEW' }).eventType).toBe('UNKNOWN_EVENT');
    expect(dataManagerEventParser.parse({}).eventType).toBe('UNKNOWN_EVENT');
    expect(dataManagerEventParser.parse({ eventType: 4 }).eventType).toBe('ELEMENT_DELETED');
    expect(dataManagerEventParser.parse({ eventType: 99 }).eventType).toBe('UNKNOWN_EVENT');
    expect(dataManagerEventParser.parse({ eventType: 'element_updated' }).eventType).toBe('ELEMENT_UPDATED');
  });

  it('accepts UTF-8 bytes as Kafka delivers them', () => {
    const bytes = Buffer.from(JSON.stringify({ eventType: 'ELEMENT_RESTORED', classificationName: 'Ünïcode' }));
    const event = dataManagerEventParser.parse(bytes);
    expect(event.eventType).toBe('ELEMENT_RESTORED');
    expect(event.classificationName).toBe('Ünïcode');
  });
});

describe('garbage events', () => {
  it('names the field at fault, however deep', () => {
    const error = captureError(() =>
      dataManagerEventParser.parse({
        eventType: 'ELEMENT_UPDATED',
        principleElement: { ...stub('g', 'T', 1), type: { typeName: 42 } },
      }),
    );
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.parameterName).toBe('principleElement.type.typeName');
    expect(error.messageId).toBe('EGERIA-TS-OMAS-EVENTS-400-002');
    expect(error.message).toContain('DataManagerOutboundEvent');
    expect(error.message).toContain('42');
  });

  it('names list positions', () => {
    const bad = { ...stub('g', 'T', 1), classifications: [{ classificationName: 'A' }, { classificationName: ['B'] }] };
    const error = captureError(() => dataManagerEventParser.parse({ principleElement: bad }));
    expect(error.parameterName).toBe('principleElement.classifications[1].classificationName');
  });

  it('refuses bad dates, bad numbers, wrong shapes and another bean class', () => {
    const cases: Array<[unknown, string]> = [
      [{ principleElement: stub('g', 'T', 'yesterday') }, 'principleElement.versions.createTime'],
      [{ eventVersionId: 'one' }, 'eventVersionId'],
      [{ principleElement: 'g-1' }, 'principleElement'],
      [{ eventType: { name: 'ELEMENT_UPDATED' } }, 'eventType'],
      [{ class: 'CommunityProfileOutboundEvent' }, 'class'],
      [[1, 2, 3], 'event'],
      ['"just a string"', 'event'],
      ['{"eventType": "ELEMENT_UPDATED", ', 'event'],
    ];
    for (const [payload, field] of cases) {
      const error = captureError(() => dataManagerEventParser.parse(payload));
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect(error.parameterName).toBe(field);
    }
  });

  it('never fails with anything but a typed error, whatever JSON arrives', () => {
    const parsers = Object.values(OUT_TOPIC_EVENT_PARSERS);
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...parsers), (value, parser) => {
        for (const payload of [value, JSON.stringify(value)]) {
          try {
            const event = parser.parse(payload) as { eventType: string };
            expect(typeof event.eventType).toBe('string');
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidParameterException);
            expect(typeof (error as EgeriaError).parameterName).toBe('string');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('Asset Manager out-topic events', () => {
  it('parses element, previous values and relationship ends (without a class field)', () => {
    const endOne = { class: 'ElementHeader', guid: 'end-1', type: { typeName: 'GlossaryTerm' } };
    const endTwo = { class: 'ElementHeader', guid: 'end-2', type: { typeName: 'Asset' } };
    const event = assetManagerEventParser.parse(
      JSON.stringify({
        eventVersionId: 1,
        eventType: 'ELEMENT_UPDATED',
        eventTime: '2024-02-03T04:05:06.000Z',
        elementHeader: { class: 'ElementHeader', guid: 'rel-1', type: { typeName: 'SemanticAssignment' } },
        elementProperties: { description: 'new' },
        previousElementHeader: { guid: 'rel-1' },
        previousElementProperties: { description: 'old' },
        endOneElementHeader: endOne,
        endOneElementProperties: { qualifiedName: 'term-1' },
        endTwoElementHeader: endTwo,
        // Egeria's bean writes end one's map here too
        endTwoElementProperties: { qualifiedName: 'term-1' },
      }),
    );
    expect(event.eventType).toBe('ELEMENT_UPDATED');
    expect(event.eventTime).toEqual(new Date('2024-02-03T04:05:06.000Z'));
    expect(event.elementHeader?.guid).toBe('rel-1');
    expect(event.elementProperties).toEqual({ description: 'new' });
    expect(event.previousElementProperties).toEqual({ description: 'old' });
    expect(event.endOneElementHeader?.guid).toBe('end-1');
    expect(event.endTwoElementHeader?.guid).toBe('end-2');
    // both maps are reported as they came; neither is trusted to describe end two
    expect(event.endTwoElementProperties).toEqual(event.endOneElementProperties);
    expect(event).not.toHaveProperty('class');
  });

  it('accepts the older, smaller bean', () => {
    const event = assetManagerEventParser.parse({
      eventVersionId: 1,
      eventType: 'NEW_ELEMENT_CREATED',
      elementHeader: { guid: 'x' },
    });
    expect(event).toEqual({ eventVersionId: 1, eventType: 'NEW_ELEMENT_CREATED', elementHeader: { guid: 'x' } });
  });
});

describe('the other partner access services', () => {
  it('parse the shared element-change shape', () => {
    const wire = {
      eventVersionId: 1,
      eventType: 'ELEMENT_DECLASSIFIED',
      eventTime: 1717171717171,
      elementHeader: { guid: 'u-1', type: { typeName: 'UserIdentity' } },
      classificationName: 'SecurityTags',
      previousClassificationProperties: { securityLabels: ['a'] },
      endOneElementHeader: { guid: 'not-in-this-bean' },
    };
    for (const parser of [securityManagerEventParser, itInfrastructureEventParser, assetConsumerEventParser]) {
      const event = parser.parse(wire);
      expect(event.eventType).toBe('ELEMENT_DECLASSIFIED');
      expect(event.eventTime?.getTime()).toBe(1717171717171);
      expect(event.elementHeader?.type?.typeName).toBe('UserIdentity');
      expect(event.previousClassificationProperties).toEqual({ securityLabels: ['a'] });
      expect(event).not.toHaveProperty('endOneElementHeader');
    }
    expect(OUT_TOPIC_EVENT_PARSERS['security-manager']).toBe(securityManagerEventParser);
    expect(OUT_TOPIC_EVENT_PARSERS['it-infrastructure']).toBe(itInfrastructureEventParser);
    expect(OUT_TOPIC_EVENT_PARSERS['asset-consumer']).toBe(assetConsumerEventParser);
  });

  it('parse Community Profile events, karma points included', () => {
    const event = communityProfileEventParser.parse({
      class: 'CommunityProfileOutboundEvent',
      eventVersionId: 1,
      eventType: 'KARMA_POINT_PLATEAU_EVENT',
      principleElement: stub('p-1', 'Person', 5),
      userId: 'peterprofile',
      isPublic: true,
      pointsTotal: 1000,
      plateau: '2',
    });
    expect(event.eventType).toBe('KARMA_POINT_PLATEAU_EVENT');
    expect(event.userId).toBe('peterprofile');
    expect(event.isPublic).toBe(true);
    expect(event.pointsTotal).toBe(1000);
    expect(event.plateau).toBe(2);
    expect(communityProfileEventParser.parse({ eventType: 50 }).eventType).toBe('KARMA_POINT_PLATEAU_EVENT');
    // the karma point type is Community Profile's alone
    expect(dataManagerEventParser.parse({ eventType: 'KARMA_POINT_PLATEAU_EVENT' }).eventType).toBe('UNKNOWN_EVENT');
    expect(captureError(() => communityProfileEventParser.parse({ isPublic: 'yes' })).parameterName).toBe('isPublic');
  });
});

describe('Governance Server out-topic events', () => {
  it('parses the integration group and connector events the 5.2 integration daemon acts on', () => {
    const group = governanceServerEventParser.parse(
      JSON.stringify({
        class: 'IntegrationGroupConfigurationEvent',
        eventVersionId: 1,
        eventType: 'REFRESH_INTEGRATION_GROUP_EVENT',
        integrationGroupGUID: 'g-1',
        integrationGroupName: 'Egeria:IntegrationGroup:Cataloguing',
      }),
    );
    expect(group).toEqual({
      class: 'IntegrationGroupConfigurationEvent',
      eventVersionId: 1,
      eventType: 'REFRESH_INTEGRATION_GROUP_EVENT',
      integrationGroupGUID: 'g-1',
      integrationGroupName: 'Egeria:IntegrationGroup:Cataloguing',
    });
    const connector = governanceServerEventParser.parse(
      Buffer.from(
        JSON.stringify({
          class: 'IntegrationConnectorConfigurationEvent',
          eventVersionId: 1,
          eventType: 'REFRESH_INTEGRATION_CONNECTOR_EVENT',
          integrationConnectorGUID: 'c-1',
          integrationConnectorName: 'Connector::files',
          aFieldOfTheFuture: [1],
        }),
      ),
    );
    expect(connector).toEqual({
      class: 'IntegrationConnectorConfigurationEvent',
      eventVersionId: 1,
      eventType: 'REFRESH_INTEGRATION_CONNECTOR_EVENT',
      integrationConnectorGUID: 'c-1',
      integrationConnectorName: 'Connector::files',
    });
  });

  it('reads the governance engine subclasses, and maps unknown, missing and numeric types to its own vocabulary', () => {
    expect(
      governanceServerEventParser.parse({
        class: 'GovernanceServiceConfigurationEvent',
        eventType: 2,
        governanceEngineGUID: 'e-1',
        governanceEngineName: 'AssetGovernance',
        registeredGovernanceServiceGUID: 'r-1',
        requestType: 'survey',
        requestParameters: { depth: '2' },
      }),
    ).toMatchObject({ eventType: 'REFRESH_GOVERNANCE_SERVICE_EVENT', requestParameters: { depth: '2' } });
    expect(governanceServerEventParser.parse({ class: 'EngineActionEvent', eventType: 'ELEMENT_UPDATED' })).toEqual({
      class: 'EngineActionEvent',
      eventType: 'UNKNOWN_GOVERNANCE_SERVER_EVENT',
    });
    expect(governanceServerEventParser.parse({ class: 'EngineActionEvent' }).eventType).toBe(
      'UNKNOWN_GOVERNANCE_SERVER_EVENT',
    );
  });

  it('refuses another bean class and wrong field kinds, naming the field', () => {
    const other = captureError(() =>
      governanceServerEventParser.parse({ class: 'DataManagerOutboundEvent', eventType: 'ELEMENT_UPDATED' }),
    );
    expect(other).toBeInstanceOf(InvalidParameterException);
    expect(other.parameterName).toBe('class');
    expect(captureError(() => governanceServerEventParser.parse({ integrationGroupName: 42 })).parameterName).toBe(
      'integrationGroupName',
    );
  });
});

describe('parsers built from a spec, and raw events', () => {
  interface MyEvent {
    readonly eventType: string;
    readonly when?: Date;
    readonly header?: { readonly guid?: string };
  }

  it('builds a tolerant parser for another bean from one table', () => {
    const parser = createOutTopicEventParser<MyEvent>({
      eventName: 'MyEvent',
      fields: { eventType: 'eventType', when: 'date', header: 'elementHeader' },
      extraEventTypes: { MY_OWN_EVENT: 70 },
    });
    expect(parser.eventName).toBe('MyEvent');
    expect(parser.parse({ eventType: 70, when: 0, header: { guid: 'g' }, other: 1 })).toEqual({
      eventType: 'MY_OWN_EVENT',
      when: new Date(0),
      header: { guid: 'g' },
    });
    expect(captureError(() => parser.parse({ header: { guid: 7 } })).parameterName).toBe('header.guid');
  });

  it('decodes raw JSON and nothing more', () => {
    expect(rawEventParser.parse('{"a":[1,2]}')).toEqual({ a: [1, 2] });
    const object = { b: 1 };
    expect(rawEventParser.parse(object)).toBe(object);
    expect(captureError(() => rawEventParser.parse('{')).parameterName).toBe('event');
  });
});

describe('default topic names', () => {
  it('follow Egeria: root, server, marker without hyphens', () => {
    expect(defaultOutTopicName({ serverName: 'mds1', serviceURLMarker: 'data-manager' })).toBe(
      'egeria.omag.server.mds1.omas.datamanager.outTopic',
    );
    expect(defaultInTopicName({ serverName: 'mds1', serviceURLMarker: 'it-infrastructure' })).toBe(
      'egeria.omag.server.mds1.omas.itinfrastructure.inTopic',
    );
    expect(
      defaultOutTopicName({ serverName: 'cocoMDS2', serviceURLMarker: 'asset-manager', topicURLRoot: 'acme.bus' }),
    ).toBe('acme.bus.server.cocoMDS2.omas.assetmanager.outTopic');
  });

  it('refuse a missing server name with an error naming it', () => {
    const error = captureError(() => defaultOutTopicName({ serverName: ' ', serviceURLMarker: 'data-manager' }));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.parameterName).toBe('serverName');
  });
});
