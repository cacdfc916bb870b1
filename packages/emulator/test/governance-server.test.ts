/**
 * Governance Server OMAS: the out-topic connection, as Egeria's GovernanceServerEventClient asks
 * for it, and the integration group and integration connector events that changes made through the
 * governance configuration service publish (Egeria 5.2's GovernanceServerOMRSTopicListener rules),
 * against a real emulator over HTTP.
 */
import { EVENT_STREAM_TOPIC_CONNECTOR, outTopicName } from '@egeria-ts/emulator';
import { TestEmulator, enc } from './support/harness';
import { SseReader } from './support/sse';
import { databaseProperties, referenceableBody } from './support/java-shapes';

type Json = Record<string, unknown>;

let em: TestEmulator;
let gs: string;
let gc: string;

beforeAll(async () => {
  em = await TestEmulator.start({ heartbeatMs: 100 });
  gs = `${em.emulator.url}/servers/mds1/open-metadata/access-services/governance-server/users/${enc('daemon-npa')}`;
  gc = em.fw('governance-configuration-service');
});

afterAll(async () => {
  await em.close();
});

function connectorProperties(qualifiedName: string, className: string): Json {
  return {
    class: 'IntegrationConnectorProperties',
    qualifiedName,
    name: qualifiedName,
    usesBlockingCalls: false,
    connection: {
      class: 'Connection',
      qualifiedName: `${qualifiedName}:Connection`,
      connectorType: { class: 'ConnectorType', connectorProviderClassName: className },
    },
  };
}

test('the out-topic connection points at the Governance Server topic of the event stream', async () => {
  const answer = await em.ok(`${gs}/topics/out-topic-connection/${enc('daemon1Group::A')}`, undefined, 'GET');
  expect(answer['class']).toBe('OCFConnectionResponse');
  const connection = answer['connection'] as Record<string, Json>;
  expect(connection['connectorType']['connectorProviderClassName']).toBe(EVENT_STREAM_TOPIC_CONNECTOR);
  expect(connection['configurationProperties']).toEqual({
    callerId: 'daemon1Group::A',
    topicName: 'egeria.omag.server.mds1.omas.governanceserver.outTopic',
  });
  expect(connection['endpoint']['address']).toBe(
    `${em.emulator.url}/servers/mds1/emulator/out-topic/${outTopicName('mds1', 'governance-server')}`,
  );
});

test('changes to groups, connectors, registrations and catalog targets are announced as 5.2 does; other changes are not', async () => {
  const answer = await em.ok(`${gs}/topics/out-topic-connection/daemon1`, undefined, 'GET');
  const address = (answer['connection'] as Record<string, Json>)['endpoint']['address'] as string;
  const { reader } = await SseReader.open(address);
  try {
    const group = (
      await em.ok(`${gc}/integration-groups/new`, { class: 'IntegrationGroupProperties', qualifiedName: 'Group::A' })
    )['guid'] as string;
    const connector = (await em.ok(`${gc}/integration-connectors/new`, connectorProperties('Connector::x', 'c1')))[
      'guid'
    ] as string;
    await em.ok(`${gc}/integration-groups/${group}/integration-connectors/${connector}`, { connectorName: 'x' });
    await em.ok(`${gc}/integration-groups/${group}/integration-connectors/${connector}`, {
      connectorName: 'x',
      refreshTimeInterval: 5,
    });
    await em.ok(
      `${gc}/integration-connectors/${connector}/update?isMergeUpdate=true`,
      connectorProperties('Connector::x', 'c2'),
    );
    const target = (await em.ok(`${em.dm()}/databases`, referenceableBody(undefined, databaseProperties('gs::db'))))[
      'guid'
    ] as string;
    await em.ok(`${gc}/integration-connectors/${connector}/catalog-targets/${target}`, { catalogTargetName: 'db' });
    await em.ok(`${gc}/integration-groups/${group}/update?isMergeUpdate=true`, {
      class: 'IntegrationGroupProperties',
      description: 'changed',
    });
    await em.ok(`${gc}/integration-groups/${group}/integration-connectors/${connector}/delete`);
    await em.ok(`${gc}/integration-connectors/${connector}/delete`, { qualifiedName: 'Connector::x' });
    // A last change: once its event is in, every earlier one is.
    const last = (
      await em.ok(`${gc}/integration-groups/new`, { class: 'IntegrationGroupProperties', qualifiedName: 'Group::B' })
    )['guid'] as string;

    const connectorEvent = {
      class: 'IntegrationConnectorConfigurationEvent',
      eventVersionId: 1,
      eventType: 'REFRESH_INTEGRATION_CONNECTOR_EVENT',
      integrationConnectorGUID: connector,
      integrationConnectorName: 'Connector::x',
    };
    const groupEvent = {
      class: 'IntegrationGroupConfigurationEvent',
      eventVersionId: 1,
      eventType: 'REFRESH_INTEGRATION_GROUP_EVENT',
      integrationGroupGUID: group,
      integrationGroupName: 'Group::A',
    };
    const expected = [
      groupEvent, // group created
      // connector created: no event (Egeria's listener ignores new IntegrationConnector entities)
      connectorEvent, // registered
      connectorEvent, // registration updated
      connectorEvent, // connector (its connection) updated
      // database created: not a governance server event
      connectorEvent, // catalog target added
      groupEvent, // group updated
      connectorEvent, // unregistered
      connectorEvent, // its catalog target removed with it
      connectorEvent, // connector deleted
      { ...groupEvent, integrationGroupGUID: last, integrationGroupName: 'Group::B' },
    ];
    await reader.waitFor((r) => r.events.some((e) => e.data['integrationGroupGUID'] === last));
    expect(reader.events.map((e) => e.data)).toEqual(expected);
  } finally {
    reader.close();
  }
});
