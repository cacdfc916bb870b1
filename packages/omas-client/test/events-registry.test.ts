import { ConnectionCheckedException, EgeriaError } from '@egeria-ts/core';
import type { Connection } from '@egeria-ts/core';
import type { TopicConnector, TopicConnectorFactory, TopicConnectorOptions } from '@egeria-ts/omas-client';
import {
  EGERIA_IN_MEMORY_TOPIC_PROVIDER,
  EVENT_STREAM_TOPIC_CONNECTOR_PROVIDER,
  EventStreamTopicConnector,
  IN_MEMORY_TOPIC_CONNECTOR_PROVIDER,
  InMemoryEventBus,
  InMemoryTopicConnector,
  OMAS_OUT_TOPIC_CLIENT_PROVIDERS,
  TopicConnectorRegistry,
  createTopicConnector,
  createTopicConnectorRegistry,
  defaultTopicConnectorRegistry,
} from '@egeria-ts/omas-client';

const KAFKA_PROVIDER = 'org.odpi.openmetadata.adapters.eventbus.topic.kafka.KafkaOpenMetadataTopicProvider';
const DATA_MANAGER_CLIENT_PROVIDER =
  'org.odpi.openmetadata.accessservices.datamanager.connectors.outtopic.DataManagerOutTopicClientProvider';

/** What Egeria 5.2's OMASServiceInstance builds for `GET .../topics/out-topic-connection/{callerId}`. */
function egeriaOutTopicConnection(embeddedProvider: string, args?: Record<string, unknown>): Connection {
  return {
    class: 'VirtualConnection',
    headerVersion: 0,
    qualifiedName: 'OutTopicConnector.Data Manager OMAS',
    displayName: 'OutTopicConnector.Data Manager OMAS',
    description: 'Client-side topic connection.',
    connectorType: {
      class: 'ConnectorType',
      connectorProviderClassName: DATA_MANAGER_CLIENT_PROVIDER,
    },
    embeddedConnections: [
      {
        class: 'EmbeddedConnection',
        displayName: 'Topic Event Bus',
        arguments: args,
        embeddedConnection: {
          class: 'Connection',
          qualifiedName: 'Egeria:OpenMetadataTopicConnector:Kafka',
          connectorType: { class: 'ConnectorType', connectorProviderClassName: embeddedProvider },
          endpoint: { class: 'Endpoint', address: 'egeria.omag.server.mds1.omas.datamanager.outTopic' },
          configurationProperties: {
            producer: { 'bootstrap.servers': 'localhost:9092' },
            consumer: { 'bootstrap.servers': 'localhost:9092' },
            'local.server.id': 'caller-1',
            eventDirection: 'inOnly',
          },
        },
      },
    ],
  };
}

/** A factory that records what it was asked to build and builds an in-memory connector. */
class RecordingFactory implements TopicConnectorFactory {
  readonly connections: Connection[] = [];
  constructor(private readonly bus = new InMemoryEventBus()) {}
  create<E>(connection: Connection, options: TopicConnectorOptions<E>): TopicConnector<E> {
    this.connections.push(connection);
    return new InMemoryTopicConnector<E>({ ...options, topic: this.bus.topic(String(connection.endpoint?.address)) });
  }
}

function capture(fn: () => unknown): EgeriaError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EgeriaError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('topic connector registry', () => {
  it('has the in-memory and event stream connectors by default, with the Java in-memory alias', () => {
    expect(defaultTopicConnectorRegistry.has(IN_MEMORY_TOPIC_CONNECTOR_PROVIDER)).toBe(true);
    expect(defaultTopicConnectorRegistry.has(EGERIA_IN_MEMORY_TOPIC_PROVIDER)).toBe(true);
    expect(defaultTopicConnectorRegistry.has(EVENT_STREAM_TOPIC_CONNECTOR_PROVIDER)).toBe(true);
    expect(EVENT_STREAM_TOPIC_CONNECTOR_PROVIDER).toBe('@egeria-ts/emulator:EventStreamTopicConnector');
    const connector = createTopicConnector({
      connectorType: { connectorProviderClassName: EVENT_STREAM_TOPIC_CONNECTOR_PROVIDER },
      endpoint: {
        address: 'http://127.0.0.1:1/servers/mds1/emulator/out-topic/egeria.omag.server.mds1.omas.datamanager.outTopic',
      },
    });
    expect(connector).toBeInstanceOf(EventStreamTopicConnector);
    expect(connector.topicName).toBe('egeria.omag.server.mds1.omas.datamanager.outTopic');
  });

  it("unwraps Egeria's out-topic client connection to the event bus connection it embeds", () => {
    const registry = createTopicConnectorRegistry();
    const kafka = new RecordingFactory();
    registry.register(KAFKA_PROVIDER, kafka);
    const connector = registry.create(egeriaOutTopicConnection(KAFKA_PROVIDER, { extra: 'from arguments' }));
    expect(connector.topicName).toBe('egeria.omag.server.mds1.omas.datamanager.outTopic');
    expect(kafka.connections).toHaveLength(1);
    expect(kafka.connections[0].configurationProperties).toMatchObject({
      'local.server.id': 'caller-1',
      eventDirection: 'inOnly',
      extra: 'from arguments',
    });
    expect(OMAS_OUT_TOPIC_CLIENT_PROVIDERS[DATA_MANAGER_CLIENT_PROVIDER]).toBe('data-manager');
    expect(Object.values(OMAS_OUT_TOPIC_CLIENT_PROVIDERS)).toEqual(
      expect.arrayContaining([
        'asset-manager',
        'community-profile',
        'security-manager',
        'it-infrastructure',
        'asset-consumer',
      ]),
    );
  });

  it("builds a working in-memory connector from Egeria's in-memory event bus connection, honouring inOnly", async () => {
    const bus = new InMemoryEventBus();
    const registry = createTopicConnectorRegistry({ inMemoryBus: bus });
    const connector = registry.create(egeriaOutTopicConnection(EGERIA_IN_MEMORY_TOPIC_PROVIDER));
    const seen: unknown[] = [];
    connector.registerListener((e) => void seen.push(e));
    await connector.connect();
    bus.topic('egeria.omag.server.mds1.omas.datamanager.outTopic').publish({ eventType: 'ELEMENT_DELETED' });
    await bus.topic('egeria.omag.server.mds1.omas.datamanager.outTopic').flush();
    expect(seen).toEqual([{ eventType: 'ELEMENT_DELETED' }]);
    await expect(connector.send({})).rejects.toMatchObject({ parameterName: 'eventDirection' });
    await connector.disconnect();
  });

  it('refuses unusable connections with a ConnectionCheckedException naming the field', () => {
    const registry = createTopicConnectorRegistry();
    const cases: Array<[unknown, string]> = [
      [null, 'connection'],
      [{ endpoint: { address: 't' } }, 'connection.connectorType'],
      [{ connectorType: { connectorProviderClassName: ' ' } }, 'connection.connectorType.connectorProviderClassName'],
      [
        { connectorType: { connectorProviderClassName: 'com.example.Unknown' } },
        'connection.connectorType.connectorProviderClassName',
      ],
      [
        { connectorType: { connectorProviderClassName: IN_MEMORY_TOPIC_CONNECTOR_PROVIDER } },
        'connection.endpoint.address',
      ],
      [
        {
          connectorType: { connectorProviderClassName: IN_MEMORY_TOPIC_CONNECTOR_PROVIDER },
          endpoint: { address: 't' },
          configurationProperties: { eventDirection: 'sideways' },
        },
        'connection.configurationProperties.eventDirection',
      ],
      [
        { class: 'VirtualConnection', connectorType: { connectorProviderClassName: DATA_MANAGER_CLIENT_PROVIDER } },
        'connection.embeddedConnections',
      ],
      [
        egeriaOutTopicConnection('com.example.NotRegistered'),
        'connection.embeddedConnections[0].embeddedConnection.connectorType.connectorProviderClassName',
      ],
    ];
    for (const [connection, field] of cases) {
      const error = capture(() => registry.create(connection as Connection));
      expect(error).toBeInstanceOf(ConnectionCheckedException);
      expect(error.parameterName).toBe(field);
    }
    const unknown = capture(() =>
      registry.create({ connectorType: { connectorProviderClassName: 'com.example.Unknown' } }),
    );
    expect(unknown.message).toContain('com.example.Unknown');
    expect(unknown.message).toContain(IN_MEMORY_TOPIC_CONNECTOR_PROVIDER);
  });

  it('refuses a second factory for a name unless asked to replace, and delegates unknown names to a fallback', () => {
    const fallbackFactory = new RecordingFactory();
    const registry = new TopicConnectorRegistry({
      fallback: (name) => (name === 'core:SomeTopic' ? fallbackFactory : undefined),
    });
    const first = new RecordingFactory();
    registry.register('my:Topic', first, { aliases: ['com.example.MyTopicProvider'] });
    expect(registry.names()).toEqual(['my:Topic', 'com.example.MyTopicProvider']);
    const duplicate = capture(() =>
      registry.register('other:Topic', new RecordingFactory(), { aliases: ['my:Topic'] }),
    );
    expect(duplicate).toBeInstanceOf(ConnectionCheckedException);
    expect(duplicate.parameterName).toBe('connectorProviderClassName');
    const second = new RecordingFactory();
    registry.register('my:Topic', second, { replace: true });
    registry.create({ connectorType: { connectorProviderClassName: 'my:Topic' }, endpoint: { address: 'a' } });
    registry.create({
      connectorType: { connectorProviderClassName: 'com.example.MyTopicProvider' },
      endpoint: { address: 'b' },
    });
    registry.create({ connectorType: { connectorProviderClassName: 'core:SomeTopic' }, endpoint: { address: 'c' } });
    expect(second.connections.map((c) => c.endpoint?.address)).toEqual(['a']);
    expect(first.connections.map((c) => c.endpoint?.address)).toEqual(['b']);
    expect(fallbackFactory.connections.map((c) => c.endpoint?.address)).toEqual(['c']);
    expect(registry.has('core:SomeTopic')).toBe(true);
    expect(registry.unregister('my:Topic')).toBe(true);
    expect(registry.has('my:Topic')).toBe(false);
  });

  it('unwraps envelopes declared by the caller', () => {
    const registry = new TopicConnectorRegistry();
    const inner = new RecordingFactory();
    registry.register('inner', inner);
    registry.registerEnvelope('com.example.MyOutTopicClientProvider');
    const connector = registry.create({
      class: 'VirtualConnection',
      connectorType: { connectorProviderClassName: 'com.example.MyOutTopicClientProvider' },
      embeddedConnections: [
        { embeddedConnection: { connectorType: { connectorProviderClassName: 'inner' }, endpoint: { address: 'x' } } },
      ],
    } as Connection);
    expect(connector.topicName).toBe('x');
    expect(inner.connections).toHaveLength(1);
  });
});
