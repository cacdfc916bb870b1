import { ConfigurationProperties } from '../connection/configuration-properties';
import type { ConfigurationPropertyMap } from '../connection/connection';
import { InvalidParameterException } from '../errors/exceptions';
import type { ConfigurationPropertyType, ConnectorDefinition } from './connector-definition';
import { REGISTRY_ERROR_CODE } from './registry-messages';

/**
 * Reads one property as its declared type; throws the accessor's `InvalidParameterException`
 * (naming the property and the value) when it is of another type.
 * @internal
 */
export function readTypedProperty(
  properties: ConfigurationProperties,
  name: string,
  type: ConfigurationPropertyType,
): unknown {
  switch (type) {
    case 'string':
      return properties.getString(name);
    case 'boolean':
      return properties.getBoolean(name);
    case 'number':
      return properties.getNumber(name);
    case 'integer':
      return properties.getInteger(name);
    case 'stringList':
      return properties.getStringList(name);
  }
}

/**
 * Checks a connection's configuration properties against the properties a connector declares:
 * each declared property that is set must read as its declared type, and each required one must be
 * set. Properties the connector does not declare are left alone.
 * @param definition - the connector's definition
 * @param values - the connection's `configurationProperties`
 * @param source - how error messages name the properties (for example the connector name)
 * @throws InvalidParameterException naming the property at fault
 */
export function validateConfigurationProperties(
  definition: ConnectorDefinition,
  values: ConfigurationPropertyMap | undefined | null,
  source: string,
): void {
  const properties = new ConfigurationProperties(values, source);
  for (const [name, declared] of Object.entries(definition.configurationProperties)) {
    if (!properties.has(name)) {
      if (declared.required) {
        throw InvalidParameterException.fromDefinition(
          REGISTRY_ERROR_CODE.REQUIRED_PROPERTY_MISSING,
          [name, definition.name, declared.type],
          { exceptionProperties: { parameterName: name } },
        );
      }
      continue;
    }
    readTypedProperty(properties, name, declared.type);
  }
}

/**
 * The configuration properties with the declared defaults filled in for those that are not set.
 * @param definition - the connector's definition, if it has one
 * @param values - the connection's `configurationProperties`
 */
export function withConfigurationDefaults(
  definition: ConnectorDefinition | undefined,
  values: ConfigurationPropertyMap | undefined | null,
): ConfigurationPropertyMap {
  const result: ConfigurationPropertyMap = { ...(values ?? {}) };
  if (definition === undefined) return result;
  for (const [name, declared] of Object.entries(definition.configurationProperties)) {
    if ((result[name] === undefined || result[name] === null) && declared.defaultValue !== undefined) {
      const value = declared.defaultValue;
      result[name] = Array.isArray(value) ? [...(value as readonly string[])] : value;
    }
  }
  return result;
}
