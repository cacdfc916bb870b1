import { container, inject, injectable } from 'tsyringe';
import {
  AUDIT_LOG_TOKEN,
  CONFIGURATION_PROPERTIES_TOKEN,
  CONNECTION_TOKEN,
  CONNECTOR_NAME_TOKEN,
  ConfigurationProperties,
  ConnectionCheckedException,
  ConnectorBase,
  ConnectorBroker,
  ConnectorCheckedException,
  ConnectorRegistry,
  ConnectorState,
  DEFAULT_REFRESH_TIME_INTERVAL,
  defaultConnectorRegistry,
  getConnectorDefinition,
  getOwnConnectorDefinition,
  INTEGRATION_CONTEXT_TOKEN,
  IntegrationConnector,
  integrationConnector,
  InvalidParameterException,
  isIntegrationConnectorDefinition,
  resolveToken,
  validateConfigurationProperties,
  withConfigurationDefaults,
  type AuditLog,
  type Connection,
  type IntegrationConnectorDefinition,
  type IntegrationConnectorOptions,
} from '@egeria-ts/core';
import { RecordingAuditLog } from './connector-test-support';

const JAVA_PROVIDER = 'org.odpi.openmetadata.adapters.connectors.integration.jdbc.JDBCIntegrationConnectorProvider';

abstract class NoopConnector extends IntegrationConnector {
  async refresh(): Promise<void> {}
}

const registry = new ConnectorRegistry();

@integrationConnector(
  {
    name: 'egeria-ts:test-database',
    displayName: 'Test database connector',
    serviceURLMarker: 'database-integrator',
    aliases: [JAVA_PROVIDER],
    refreshTimeInterval: 15,
    configurationProperties: {
      includeSchemaNames: { type: 'stringList', description: 'Schemas to catalog.' },
      batchSize: { type: 'integer', description: 'Rows per batch.', defaultValue: 100 },
      ratio: { type: 'number', description: 'A ratio.' },
      dryRun: { type: 'boolean', description: 'Write nothing.', defaultValue: false },
      label: { type: 'string', description: 'A label.' },
    },
    catalogTargets: [{ name: 'database', typeName: 'SoftwareServer', deployedImplementationType: 'PostgreSQL Server' }],
  },
  registry,
)
class TestDatabaseConnector extends NoopConnector {}

@integrationConnector(
  {
    name: 'egeria-ts:required-props',
    configurationProperties: {
      endpointPath: { type: 'string', description: 'Path.', required: true },
    },
  },
  registry,
)
class RequiredPropsConnector extends NoopConnector {}

function connectionFor(name: string, configurationProperties?: Record<string, unknown>): Connection {
  return {
    class: 'Connection',
    qualifiedName: `connection-for-${name}`,
    connectorType: { class: 'ConnectorType', connectorProviderClassName: name },
    configurationProperties,
  };
}

async function rejected(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('integrationConnector decorator', () => {
  it('keeps the definition with the class, with Egeria defaults filled in', () => {
    const definition = getConnectorDefinition(TestDatabaseConnector) as IntegrationConnectorDefinition;
    expect(isIntegrationConnectorDefinition(definition)).toBe(true);
    expect(definition).toMatchObject({
      kind: 'IntegrationConnector',
      name: 'egeria-ts:test-database',
      serviceURLMarker: 'database-integrator',
      aliases: [JAVA_PROVIDER],
      refreshTimeInterval: 15,
      usesBlockingCalls: false,
    });
    expect(definition.catalogTargets).toEqual([
      { name: 'database', typeName: 'SoftwareServer', deployedImplementationType: 'PostgreSQL Server' },
    ]);
    expect(Object.isFrozen(definition)).toBe(true);
    const defaults = getConnectorDefinition(RequiredPropsConnector) as IntegrationConnectorDefinition;
    expect(defaults.refreshTimeInterval).toBe(DEFAULT_REFRESH_TIME_INTERVAL);
    expect(DEFAULT_REFRESH_TIME_INTERVAL).toBe(60);
  });

  it('lets subclasses inherit the definition but registers only decorated classes', () => {
    class Sub extends TestDatabaseConnector {}
    expect(getConnectorDefinition(Sub)?.name).toBe('egeria-ts:test-database');
    expect(getOwnConnectorDefinition(Sub)).toBeUndefined();
    const error = thrown(() => new ConnectorRegistry().registerClass(Sub)) as InvalidParameterException;
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toContain('Sub');
  });

  it('registers in the default registry when none is given', () => {
    @integrationConnector({ name: 'egeria-ts:default-registry-test' })
    class DefaultRegistered extends NoopConnector {}
    expect(defaultConnectorRegistry.resolve('egeria-ts:default-registry-test')?.connectorClass).toBe(DefaultRegistered);
    expect(defaultConnectorRegistry.unregister('egeria-ts:default-registry-test')).toBe(true);
    expect(defaultConnectorRegistry.has('egeria-ts:default-registry-test')).toBe(false);
  });

  const bad: [string, Partial<IntegrationConnectorOptions> | Record<string, unknown>][] = [
    ['name', { name: '' }],
    ['aliases[0]', { aliases: [''] }],
    ['aliases[1]', { aliases: ['a', 'a'] }],
    ['refreshTimeInterval', { refreshTimeInterval: -5 }],
    ['usesBlockingCalls', { usesBlockingCalls: 'yes' }],
    ['configurationProperties.x.type', { configurationProperties: { x: { type: 'date', description: 'd' } } }],
    ['configurationProperties.x.description', { configurationProperties: { x: { type: 'string' } } }],
    [
      'configurationProperties.x.defaultValue',
      { configurationProperties: { x: { type: 'integer', description: 'd', defaultValue: 1.5 } } },
    ],
    [
      'configurationProperties.x.defaultValue',
      { configurationProperties: { x: { type: 'stringList', description: 'd', defaultValue: 'a,b' } } },
    ],
    ['catalogTargets[0].typeName', { catalogTargets: [{ name: 'db' }] }],
  ];
  it.each(bad)('refuses a bad %s, naming it and the class', (field, override) => {
    const options = { name: 'egeria-ts:bad', ...override } as IntegrationConnectorOptions;
    const error = thrown(() => {
      @integrationConnector(options, new ConnectorRegistry())
      class BadDefinition extends NoopConnector {}
      return BadDefinition;
    }) as InvalidParameterException;
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.messageId).toBe('EGERIA-TS-REGISTRY-400-007');
    expect(error.parameterName).toBe(field);
    expect(error.message).toContain('BadDefinition');
  });

  it('refuses a class that is not an integration connector', () => {
    class NotOne extends ConnectorBase {}
    const decorate = integrationConnector({ name: 'egeria-ts:not-one' }, new ConnectorRegistry()) as (
      target: unknown,
    ) => void;
    const error = thrown(() => decorate(NotOne)) as InvalidParameterException;
    expect(error.message).toContain('does not extend IntegrationConnector');
  });
});

describe('ConnectorRegistry', () => {
  it('resolves names and aliases and lists what it knows', () => {
    expect(registry.resolve('egeria-ts:test-database')?.connectorClass).toBe(TestDatabaseConnector);
    expect(registry.resolve(JAVA_PROVIDER)?.connectorClass).toBe(TestDatabaseConnector);
    expect(registry.resolve('nothing')).toBeUndefined();
    expect(registry.knownNames()).toEqual(['egeria-ts:required-props', 'egeria-ts:test-database', JAVA_PROVIDER]);
    expect(registry.list().map((r) => r.definition.name)).toEqual([
      'egeria-ts:required-props',
      'egeria-ts:test-database',
    ]);
  });

  it('refuses a duplicate name or alias from another class, naming both classes', () => {
    const other = new ConnectorRegistry();
    other.registerClass(TestDatabaseConnector);
    other.registerClass(TestDatabaseConnector); // the same class again: nothing happens
    const sameName = thrown(() => {
      @integrationConnector({ name: 'egeria-ts:test-database' }, other)
      class Impostor extends NoopConnector {}
      return Impostor;
    }) as InvalidParameterException;
    expect(sameName).toBeInstanceOf(InvalidParameterException);
    expect(sameName.messageId).toBe('EGERIA-TS-REGISTRY-409-006');
    expect(sameName.message).toContain('Impostor');
    expect(sameName.message).toContain('TestDatabaseConnector');

    const sameAlias = thrown(() => {
      @integrationConnector({ name: 'egeria-ts:another', aliases: [JAVA_PROVIDER] }, other)
      class AliasThief extends NoopConnector {}
      return AliasThief;
    }) as InvalidParameterException;
    expect(sameAlias.message).toContain('alias');
    expect(sameAlias.message).toContain(JAVA_PROVIDER);
    expect(sameAlias.message).toContain('AliasThief');
    expect(sameAlias.message).toContain('TestDatabaseConnector');
    expect(other.has('egeria-ts:another')).toBe(false);
  });

  it('throws a ConnectionCheckedException listing the known names for an unknown name', () => {
    const error = thrown(() => registry.get('egeria-ts:missing')) as ConnectionCheckedException;
    expect(error).toBeInstanceOf(ConnectionCheckedException);
    expect(error.message).toContain('egeria-ts:missing');
    expect(error.message).toContain(JAVA_PROVIDER);
  });
});

describe('ConnectorBroker', () => {
  const broker = new ConnectorBroker({ registry, generateInstanceId: () => 'fixed-id' });

  it('builds and initializes a connector by name or Java alias', async () => {
    const byName = await broker.getConnector(connectionFor('egeria-ts:test-database', { batchSize: '7' }));
    expect(byName).toBeInstanceOf(TestDatabaseConnector);
    expect(byName.connectorState).toBe(ConnectorState.INITIALIZED);
    expect(byName.connectorInstanceId).toBe('fixed-id');
    expect(byName.configurationProperties.getInteger('batchSize')).toBe(7);
    expect(byName.configurationProperties.getBoolean('dryRun')).toBe(false);

    const byAlias = await broker.getIntegrationConnector(connectionFor(JAVA_PROVIDER), { connectorInstanceId: 'x1' });
    expect(byAlias).toBeInstanceOf(TestDatabaseConnector);
    expect(byAlias.connectorInstanceId).toBe('x1');
    expect(byAlias.configurationProperties.getInteger('batchSize')).toBe(100);
  });

  it('generates a fresh UUID per connector by default', async () => {
    const plain = new ConnectorBroker({ registry });
    const a = await plain.getConnector(connectionFor(JAVA_PROVIDER));
    const b = await plain.getConnector(connectionFor(JAVA_PROVIDER));
    expect(a.connectorInstanceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.connectorInstanceId).not.toBe(b.connectorInstanceId);
  });

  it('throws a ConnectionCheckedException listing the known names for an unknown connector', async () => {
    const error = (await rejected(
      broker.getConnector(connectionFor('com.example.Unknown')),
    )) as ConnectionCheckedException;
    expect(error).toBeInstanceOf(ConnectionCheckedException);
    expect(error.messageId).toBe('EGERIA-TS-REGISTRY-404-003');
    expect(error.message).toContain('com.example.Unknown');
    expect(error.message).toContain('connection-for-com.example.Unknown');
    expect(error.message).toContain('egeria-ts:test-database');
    expect(error.message).toContain(JAVA_PROVIDER);
    expect(error.exceptionProperties['knownNames']).toEqual(registry.knownNames());
  });

  it('refuses a missing connection or connector provider name', async () => {
    const none = (await rejected(
      broker.getConnector(undefined as unknown as Connection),
    )) as ConnectionCheckedException;
    expect(none).toBeInstanceOf(ConnectionCheckedException);
    expect(none.messageId).toBe('EGERIA-TS-REGISTRY-400-001');
    const noType = (await rejected(broker.getConnector({ qualifiedName: 'bare' }))) as ConnectionCheckedException;
    expect(noType.messageId).toBe('EGERIA-TS-REGISTRY-400-002');
    expect(noType.parameterName).toBe('connectorType.connectorProviderClassName');
  });

  it.each([
    ['batchSize', { batchSize: 'ten' }],
    ['batchSize', { batchSize: 2.5 }],
    ['ratio', { ratio: 'high' }],
    ['dryRun', { dryRun: 'perhaps' }],
    ['includeSchemaNames', { includeSchemaNames: { a: 1 } }],
    ['label', { label: { nested: true } }],
  ])('refuses a bad %s value, naming the property', async (property, properties) => {
    const error = (await rejected(
      broker.getConnector(connectionFor('egeria-ts:test-database', properties)),
    )) as InvalidParameterException;
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.parameterName).toBe(property);
    expect(error.message).toContain(`egeria-ts:test-database.configurationProperties.${property}`);
  });

  it('accepts the string forms Egeria configuration documents use', () => {
    const found = broker.validateConnection(
      connectionFor(JAVA_PROVIDER, {
        batchSize: '50',
        ratio: '0.5',
        dryRun: 'TRUE',
        includeSchemaNames: 'public, sales',
        undeclared: { anything: 'goes' },
      }),
    );
    expect(found.connectorClass).toBe(TestDatabaseConnector);
  });

  it('refuses a connection without a required property', async () => {
    const error = (await rejected(
      broker.getConnector(connectionFor('egeria-ts:required-props')),
    )) as InvalidParameterException;
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.messageId).toBe('EGERIA-TS-REGISTRY-400-009');
    expect(error.parameterName).toBe('endpointPath');
    const ok = await broker.getConnector(connectionFor('egeria-ts:required-props', { endpointPath: '/data' }));
    expect(ok).toBeInstanceOf(RequiredPropsConnector);
  });

  it('wraps a failing constructor or initialize in a ConnectorCheckedException', async () => {
    const local = new ConnectorRegistry();
    @integrationConnector({ name: 'egeria-ts:explodes' }, local)
    class Explodes extends NoopConnector {
      constructor() {
        super();
        throw new TypeError('boom in constructor');
      }
    }
    @integrationConnector({ name: 'egeria-ts:bad-init' }, local)
    class BadInit extends NoopConnector {
      override async initialize(id: string, connection: Connection): Promise<void> {
        await super.initialize(id, connection);
        throw new Error('cannot parse endpoint');
      }
    }
    @integrationConnector({ name: 'egeria-ts:lazy-init' }, local)
    class LazyInit extends NoopConnector {
      override async initialize(): Promise<void> {}
    }
    const b = new ConnectorBroker({ registry: local });
    const ctor = (await rejected(b.getConnector(connectionFor('egeria-ts:explodes')))) as ConnectorCheckedException;
    expect(ctor).toBeInstanceOf(ConnectorCheckedException);
    expect(ctor.messageId).toBe('EGERIA-TS-REGISTRY-500-005');
    expect(ctor.message).toContain('boom in constructor');
    expect(ctor.cause).toBeInstanceOf(TypeError);
    expect(ctor.exceptionCausedBy).toBe('TypeError');
    const init = (await rejected(b.getConnector(connectionFor('egeria-ts:bad-init')))) as ConnectorCheckedException;
    expect(init.message).toContain('cannot parse endpoint');
    const lazy = (await rejected(b.getConnector(connectionFor('egeria-ts:lazy-init')))) as ConnectorCheckedException;
    expect(lazy.messageId).toBe('EGERIA-TS-CONNECTOR-500-006');
    expect([Explodes, BadInit, LazyInit]).toHaveLength(3);
  });

  it('refuses a factory result that is not a connector, and a non-integration connector when one is required', async () => {
    const local = new ConnectorRegistry();
    class PlainConnector extends ConnectorBase {}
    local.register(PlainConnector, {
      kind: 'TopicConnector',
      name: 'egeria-ts:plain',
      aliases: [],
      configurationProperties: {},
    });
    const notConnector = new ConnectorBroker({ registry: local, factory: () => ({}) as ConnectorBase });
    const error = (await rejected(
      notConnector.getConnector(connectionFor('egeria-ts:plain')),
    )) as ConnectionCheckedException;
    expect(error.messageId).toBe('EGERIA-TS-REGISTRY-400-004');
    const plain = new ConnectorBroker({ registry: local });
    expect(await plain.getConnector(connectionFor('egeria-ts:plain'))).toBeInstanceOf(PlainConnector);
    const notIntegration = (await rejected(
      plain.getIntegrationConnector(connectionFor('egeria-ts:plain')),
    )) as ConnectionCheckedException;
    expect(notIntegration.messageId).toBe('EGERIA-TS-REGISTRY-400-008');
  });

  it('prepares the connection first and gives integration connectors a child audit log', async () => {
    const log = new RecordingAuditLog('daemon');
    const seen: Connection[] = [];
    const b = new ConnectorBroker({
      registry,
      auditLog: log,
      prepareConnection: async (connection) => {
        seen.push(connection);
        return { ...connection, clearPassword: 'resolved-secret' };
      },
    });
    const connector = await b.getIntegrationConnector({
      ...connectionFor(JAVA_PROVIDER),
      clearPassword: '${env:DB_PASSWORD}',
    });
    expect(seen).toHaveLength(1);
    expect(connector.connection.clearPassword).toBe('resolved-secret');
    // The child log is in place: starting needs only the context and the name now.
    await expect(connector.runStart()).rejects.toThrow(/integration context, connector name/);
  });

  it('resolves secret references in the connection by default, never printing the secret', async () => {
    process.env['EGERIA_TS_BROKER_TEST_SECRET'] = 's3cret-value';
    try {
      const connector = await broker.getConnector({
        ...connectionFor(JAVA_PROVIDER),
        clearPassword: '${env:EGERIA_TS_BROKER_TEST_SECRET}',
      });
      expect(connector.connection.clearPassword).toBe('s3cret-value');
    } finally {
      delete process.env['EGERIA_TS_BROKER_TEST_SECRET'];
    }
    const missing = (await rejected(
      broker.getConnector({ ...connectionFor(JAVA_PROVIDER), clearPassword: '${env:EGERIA_TS_BROKER_TEST_SECRET}' }),
    )) as ConnectionCheckedException;
    expect(missing).toBeInstanceOf(ConnectionCheckedException);
    expect(missing.message).toContain('EGERIA_TS_BROKER_TEST_SECRET');
  });

  it('creates instances through a tsyringe child container with the DI tokens', async () => {
    const local = new ConnectorRegistry();
    @injectable()
    @integrationConnector({ name: 'egeria-ts:injected' }, local)
    class InjectedConnector extends NoopConnector {
      constructor(
        @inject(CONNECTOR_NAME_TOKEN) readonly injectedName: string,
        @inject(AUDIT_LOG_TOKEN) readonly injectedLog: AuditLog,
      ) {
        super();
      }
    }
    const child = container.createChildContainer();
    const log = new RecordingAuditLog('injected');
    child.register(CONNECTOR_NAME_TOKEN, { useValue: 'InjectedOne' });
    child.register(AUDIT_LOG_TOKEN, { useValue: log });
    const b = new ConnectorBroker({
      registry: local,
      factory: ({ connectorClass }) => child.resolve(connectorClass as new () => ConnectorBase),
    });
    const connector = (await b.getConnector(connectionFor('egeria-ts:injected'))) as InjectedConnector;
    expect(connector).toBeInstanceOf(InjectedConnector);
    expect(connector.injectedName).toBe('InjectedOne');
    expect(connector.injectedLog).toBe(log);
    expect(connector.connectorState).toBe(ConnectorState.INITIALIZED);
    child.dispose();
  });
});

describe('DI tokens', () => {
  it('are named, global symbols', () => {
    const tokens = [
      INTEGRATION_CONTEXT_TOKEN,
      AUDIT_LOG_TOKEN,
      CONNECTION_TOKEN,
      CONFIGURATION_PROPERTIES_TOKEN,
      CONNECTOR_NAME_TOKEN,
    ];
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) {
      expect(typeof token).toBe('symbol');
      expect(Symbol.keyFor(token)).toMatch(/^@egeria-ts\/core:/);
    }
    expect(AUDIT_LOG_TOKEN).toBe(Symbol.for('@egeria-ts/core:AuditLog'));
    const child = container.createChildContainer();
    child.register(CONFIGURATION_PROPERTIES_TOKEN, { useValue: new ConfigurationProperties({ a: '1' }) });
    expect(resolveToken(child, CONFIGURATION_PROPERTIES_TOKEN).getInteger('a')).toBe(1);
    child.dispose();
  });
});

describe('configuration property helpers', () => {
  const definition = getConnectorDefinition(TestDatabaseConnector)!;

  it('fill in declared defaults without overriding set values', () => {
    expect(withConfigurationDefaults(definition, { batchSize: 5 })).toEqual({ batchSize: 5, dryRun: false });
    expect(withConfigurationDefaults(undefined, null)).toEqual({});
  });

  it('validate the declared types', () => {
    expect(() => validateConfigurationProperties(definition, { ratio: '1e3' }, 'src')).not.toThrow();
    expect(() => validateConfigurationProperties(definition, { ratio: [] }, 'src')).toThrow(/src\.ratio/);
  });
});
