import { IntegrationConnector } from '../connector/integration-connector';
import { describeValue } from '../connection/configuration-properties';
import { InvalidParameterException } from '../errors/exceptions';
import type {
  CatalogTargetType,
  ConfigurationPropertyDefinition,
  ConfigurationPropertyType,
  ConnectorClass,
  IntegrationConnectorDefinition,
  IntegrationConnectorOptions,
} from './connector-definition';
import { defineConnectorDefinition } from './connector-metadata';
import { ConnectorRegistry, defaultConnectorRegistry } from './connector-registry';
import { REGISTRY_ERROR_CODE } from './registry-messages';

/** Egeria's default refresh interval, in minutes (`IntegrationConnectorProvider`). */
export const DEFAULT_REFRESH_TIME_INTERVAL = 60;

const PROPERTY_TYPES: readonly ConfigurationPropertyType[] = ['string', 'boolean', 'number', 'integer', 'stringList'];

/**
 * Class decorator that marks an integration connector: it checks the definition, attaches it to the
 * class (reflect-metadata) and registers the class in a registry (the default one unless another is
 * given), so a connection can name the connector by its name or an alias.
 *
 * @example
 * ```ts
 * @integrationConnector({
 *   name: 'egeria-ts:postgres-database-integrator',
 *   serviceURLMarker: 'database-integrator',
 *   aliases: ['org.odpi.openmetadata.adapters.connectors.integration.postgres.PostgresDatabaseIntegrationProvider'],
 *   refreshTimeInterval: 60,
 *   configurationProperties: { includeSchemaNames: { type: 'stringList', description: 'Schemas to catalog.' } },
 * })
 * export class PostgresDatabaseConnector extends DatabaseIntegratorConnector { ... }
 * ```
 * @param options - the connector's definition
 * @param registry - where to register the class (default: {@link defaultConnectorRegistry})
 * @throws InvalidParameterException naming the field at fault, or naming both classes for a duplicate name
 */
export function integrationConnector(
  options: IntegrationConnectorOptions,
  registry: ConnectorRegistry = defaultConnectorRegistry,
): <T extends ConnectorClass<IntegrationConnector>>(target: T) => void {
  return (target) => {
    const definition = normalizeIntegrationConnectorDefinition(options, target);
    defineConnectorDefinition(target, definition);
    registry.register(target, definition);
  };
}

/**
 * Checks decorator options and fills in Egeria's defaults.
 * @param options - the decorator options
 * @param target - the decorated class
 * @internal
 */
export function normalizeIntegrationConnectorDefinition(
  options: IntegrationConnectorOptions,
  target: ConnectorClass,
): IntegrationConnectorDefinition {
  const className = target.name || '(anonymous class)';
  const fail = (field: string, problem: string): InvalidParameterException =>
    InvalidParameterException.fromDefinition(REGISTRY_ERROR_CODE.INVALID_DEFINITION, [className, field, problem], {
      exceptionProperties: { parameterName: field },
    });

  if (typeof target !== 'function' || !(target.prototype instanceof IntegrationConnector)) {
    throw fail('class', 'does not extend IntegrationConnector');
  }
  if (typeof options !== 'object' || options === null)
    throw fail('options', `must be an object, got ${describeValue(options)}`);
  const text = (field: string, value: unknown, required: boolean): string | undefined => {
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value.trim() === '')
      throw fail(field, `must be a non-empty string, got ${describeValue(value)}`);
    return value;
  };

  const name = text('name', options.name, true) as string;
  const aliases = options.aliases ?? [];
  if (!Array.isArray(aliases)) throw fail('aliases', `must be a list of names, got ${describeValue(aliases)}`);
  aliases.forEach((alias, i) => {
    text(`aliases[${i}]`, alias, true);
    if (alias === name || aliases.indexOf(alias) !== i) throw fail(`aliases[${i}]`, `repeats the name ${alias}`);
  });

  const refreshTimeInterval = options.refreshTimeInterval ?? DEFAULT_REFRESH_TIME_INTERVAL;
  if (typeof refreshTimeInterval !== 'number' || !Number.isFinite(refreshTimeInterval) || refreshTimeInterval < 0) {
    throw fail(
      'refreshTimeInterval',
      `must be a number of minutes (0 or more), got ${describeValue(refreshTimeInterval)}`,
    );
  }
  const usesBlockingCalls = options.usesBlockingCalls ?? false;
  if (typeof usesBlockingCalls !== 'boolean') {
    throw fail('usesBlockingCalls', `must be true or false, got ${describeValue(usesBlockingCalls)}`);
  }

  const configurationProperties: Record<string, ConfigurationPropertyDefinition> = {};
  const declared = options.configurationProperties ?? {};
  if (typeof declared !== 'object' || declared === null || Array.isArray(declared)) {
    throw fail('configurationProperties', 'must map property names to their definitions');
  }
  for (const [property, definition] of Object.entries(declared)) {
    const field = `configurationProperties.${property}`;
    if (typeof definition !== 'object' || definition === null) throw fail(field, 'must be an object');
    if (!PROPERTY_TYPES.includes(definition.type)) {
      throw fail(`${field}.type`, `must be one of ${PROPERTY_TYPES.join(', ')}, got ${describeValue(definition.type)}`);
    }
    text(`${field}.description`, definition.description, true);
    if (definition.defaultValue !== undefined && !matchesType(definition.defaultValue, definition.type)) {
      throw fail(
        `${field}.defaultValue`,
        `must be of type ${definition.type}, got ${describeValue(definition.defaultValue)}`,
      );
    }
    if (definition.required !== undefined && typeof definition.required !== 'boolean') {
      throw fail(`${field}.required`, `must be true or false, got ${describeValue(definition.required)}`);
    }
    configurationProperties[property] = Object.freeze({
      ...definition,
      ...(Array.isArray(definition.defaultValue) ? { defaultValue: Object.freeze([...definition.defaultValue]) } : {}),
    });
  }

  const catalogTargets: CatalogTargetType[] = [];
  const targets = options.catalogTargets ?? [];
  if (!Array.isArray(targets)) throw fail('catalogTargets', 'must be a list');
  targets.forEach((catalogTarget: CatalogTargetType, i) => {
    const field = `catalogTargets[${i}]`;
    if (typeof catalogTarget !== 'object' || catalogTarget === null) throw fail(field, 'must be an object');
    text(`${field}.name`, catalogTarget.name, true);
    text(`${field}.typeName`, catalogTarget.typeName, true);
    text(`${field}.deployedImplementationType`, catalogTarget.deployedImplementationType, false);
    catalogTargets.push(Object.freeze({ ...catalogTarget }));
  });

  const definition: IntegrationConnectorDefinition = {
    kind: 'IntegrationConnector',
    name,
    aliases: Object.freeze([...aliases]),
    displayName: text('displayName', options.displayName, false),
    description: text('description', options.description, false),
    serviceURLMarker: text('serviceURLMarker', options.serviceURLMarker, false),
    refreshTimeInterval,
    usesBlockingCalls,
    configurationProperties: Object.freeze(configurationProperties),
    catalogTargets: Object.freeze(catalogTargets),
  };
  return Object.freeze(definition);
}

function matchesType(value: unknown, type: ConfigurationPropertyType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'stringList':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}
