import { ConnectionCheckedException, InvalidParameterException } from '../errors/exceptions';
import type { ConnectorClass, ConnectorDefinition, RegisteredConnector } from './connector-definition';
import { getOwnConnectorDefinition } from './connector-metadata';
import { REGISTRY_ERROR_CODE } from './registry-messages';

/**
 * The connector classes a process knows, by name and alias. Connections name the class to build in
 * `connectorType.connectorProviderClassName`: a registered name, or an alias such as the Java
 * connector provider class name the connector replaces, so Egeria configuration documents work as
 * they are. The decorators fill {@link defaultConnectorRegistry}; the daemon and tests may keep their
 * own registries.
 */
export class ConnectorRegistry {
  readonly #byName = new Map<string, RegisteredConnector>();
  readonly #entries = new Map<string, RegisteredConnector>();

  /**
   * Registers a connector class under its definition's name and aliases. Registering the same class
   * with the same definition again does nothing.
   * @param connectorClass - the class
   * @param definition - its definition
   * @throws InvalidParameterException naming both classes when a name or alias is taken by another class
   */
  register(connectorClass: ConnectorClass, definition: ConnectorDefinition): RegisteredConnector {
    const className = connectorClass.name || '(anonymous class)';
    const current = this.#byName.get(definition.name);
    if (current?.connectorClass === connectorClass && current.definition === definition) return current;
    for (const [kind, key] of [
      ['name', definition.name] as const,
      ...definition.aliases.map((alias) => ['alias', alias] as const),
    ]) {
      const holder = this.#byName.get(key);
      if (holder !== undefined) {
        throw InvalidParameterException.fromDefinition(
          REGISTRY_ERROR_CODE.DUPLICATE_NAME,
          [className, kind, key, holder.connectorClass.name || '(anonymous class)'],
          { exceptionProperties: { parameterName: kind === 'name' ? 'name' : 'aliases', parameterValue: key } },
        );
      }
    }
    const entry: RegisteredConnector = Object.freeze({ connectorClass, definition });
    this.#entries.set(definition.name, entry);
    this.#byName.set(definition.name, entry);
    for (const alias of definition.aliases) this.#byName.set(alias, entry);
    return entry;
  }

  /**
   * Registers a class that a connector decorator has marked, with the definition the decorator
   * attached (for registries other than the default one).
   * @param connectorClass - the decorated class
   */
  registerClass(connectorClass: ConnectorClass): RegisteredConnector {
    const definition = getOwnConnectorDefinition(connectorClass);
    if (definition === undefined) {
      throw InvalidParameterException.fromDefinition(
        REGISTRY_ERROR_CODE.INVALID_DEFINITION,
        [
          connectorClass.name || '(anonymous class)',
          'decorator',
          'is missing: mark the class with a connector decorator',
        ],
        { exceptionProperties: { parameterName: 'connectorClass' } },
      );
    }
    return this.register(connectorClass, definition);
  }

  /**
   * Removes a connector (by name or alias) with all its names; true when there was one.
   * @param name - a name or alias of the connector
   */
  unregister(name: string): boolean {
    const entry = this.#byName.get(name);
    if (entry === undefined) return false;
    this.#entries.delete(entry.definition.name);
    for (const [key, value] of [...this.#byName]) if (value === entry) this.#byName.delete(key);
    return true;
  }

  /**
   * The connector registered under a name or alias, if any.
   * @param name - a name or alias
   */
  resolve(name: string): RegisteredConnector | undefined {
    return this.#byName.get(name);
  }

  /**
   * The connector registered under a name or alias.
   * @param name - a name or alias
   * @throws ConnectionCheckedException listing the known names when there is none
   */
  get(name: string): RegisteredConnector {
    const entry = this.#byName.get(name);
    if (entry === undefined) throw this.unknownConnectorError(name, '(none)');
    return entry;
  }

  /**
   * True when a connector is registered under the name or alias.
   * @param name - a name or alias
   */
  has(name: string): boolean {
    return this.#byName.has(name);
  }

  /** Every registered connector, sorted by name. */
  list(): RegisteredConnector[] {
    return [...this.#entries.values()].sort((a, b) => a.definition.name.localeCompare(b.definition.name));
  }

  /** Every registered name and alias, sorted. */
  knownNames(): string[] {
    return [...this.#byName.keys()].sort();
  }

  /**
   * The error for a name that is not registered, listing the registered names and aliases.
   * @param name - the name asked for
   * @param connectionName - the connection that asked for it
   */
  unknownConnectorError(name: string, connectionName: string): ConnectionCheckedException {
    const known = this.knownNames();
    return ConnectionCheckedException.fromDefinition(
      REGISTRY_ERROR_CODE.UNKNOWN_CONNECTOR,
      [name, connectionName, known.length === 0 ? '(none)' : known.join(', ')],
      {
        exceptionProperties: {
          parameterName: 'connectorType.connectorProviderClassName',
          parameterValue: name,
          knownNames: known,
        },
      },
    );
  }
}

/** The registry the connector decorators fill when a decorated class is loaded. */
export const defaultConnectorRegistry: ConnectorRegistry = new ConnectorRegistry();
