import { ConnectorRegistry, type RegisteredConnector } from '@egeria-ts/core';

/**
 * A daemon's own connector registry: the classes registered on it, then those of a parent registry
 * (the process's default registry, which the decorators fill). A name registered here hides the
 * same name in the parent, so two daemons in one process can register different classes under
 * one name without seeing each other's.
 * @internal
 */
export class DaemonConnectorRegistry extends ConnectorRegistry {
  constructor(private readonly parent: ConnectorRegistry) {
    super();
  }

  override resolve(name: string): RegisteredConnector | undefined {
    return super.resolve(name) ?? this.parent.resolve(name);
  }

  override get(name: string): RegisteredConnector {
    const entry = this.resolve(name);
    if (entry === undefined) throw this.unknownConnectorError(name, '(none)');
    return entry;
  }

  override has(name: string): boolean {
    return super.has(name) || this.parent.has(name);
  }

  override list(): RegisteredConnector[] {
    const own = super.list();
    const names = new Set(own.map((e) => e.definition.name));
    const inherited = this.parent.list().filter((e) => !names.has(e.definition.name) && !super.has(e.definition.name));
    return [...own, ...inherited].sort((a, b) => a.definition.name.localeCompare(b.definition.name));
  }

  override knownNames(): string[] {
    return [...new Set([...super.knownNames(), ...this.parent.knownNames()])].sort();
  }
}
