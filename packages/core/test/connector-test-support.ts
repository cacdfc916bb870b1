// Test doubles shared by the connector, context and registry tests: a recording audit log and an
// in-memory catalog target store and report publisher.
import {
  formatMessage,
  IntegrationContext,
  type AddCatalogTargetRequest,
  type AuditLog,
  type CatalogTarget,
  type CatalogTargetRelationshipRequest,
  type CatalogTargetStore,
  type IntegrationContextOptions,
  type IntegrationReportPublisher,
  type ListCatalogTargetsRequest,
  type MessageDefinition,
  type PublishIntegrationReportRequest,
  type UpdateCatalogTargetRequest,
} from '@egeria-ts/core';

/** One record written to a {@link RecordingAuditLog}. */
export interface RecordedMessage {
  component: string;
  action: string;
  messageId: string;
  text: string;
  error?: unknown;
  details?: Readonly<Record<string, unknown>>;
}

/** An AuditLog that keeps every record in memory, shared with its children. */
export class RecordingAuditLog implements AuditLog {
  constructor(
    readonly component = 'test',
    readonly records: RecordedMessage[] = [],
  ) {}

  logMessage(
    action: string,
    definition: MessageDefinition,
    inserts: readonly unknown[] = [],
    details?: Readonly<Record<string, unknown>>,
  ): void {
    this.records.push({
      component: this.component,
      action,
      messageId: definition.messageId,
      text: formatMessage(definition, inserts),
      details,
    });
  }

  logException(action: string, definition: MessageDefinition, error: unknown, inserts: readonly unknown[] = []): void {
    this.records.push({
      component: this.component,
      action,
      messageId: definition.messageId,
      text: formatMessage(definition, inserts),
      error,
    });
  }

  createChild(component: string): RecordingAuditLog {
    return new RecordingAuditLog(`${this.component}/${component}`, this.records);
  }

  ids(): string[] {
    return this.records.map((r) => r.messageId);
  }
}

/** A catalog target store that keeps relationships in memory and records every call. */
export class InMemoryCatalogTargetStore implements CatalogTargetStore {
  readonly calls: { method: string; request: object }[] = [];
  readonly targets = new Map<string, CatalogTarget & { integrationConnectorGUID: string }>();
  private next = 1;

  async addCatalogTarget(request: AddCatalogTargetRequest): Promise<string> {
    this.calls.push({ method: 'addCatalogTarget', request });
    const relationshipGUID = `rel-${this.next++}`;
    this.targets.set(relationshipGUID, {
      ...request.properties,
      relationshipGUID,
      integrationConnectorGUID: request.integrationConnectorGUID,
      catalogTargetElement: { guid: request.metadataElementGUID },
    });
    return relationshipGUID;
  }

  async updateCatalogTarget(request: UpdateCatalogTargetRequest): Promise<void> {
    this.calls.push({ method: 'updateCatalogTarget', request });
    const current = this.targets.get(request.relationshipGUID);
    if (current === undefined) throw new Error(`no relationship ${request.relationshipGUID}`);
    this.targets.set(request.relationshipGUID, { ...current, ...request.properties });
  }

  async getCatalogTarget(request: CatalogTargetRelationshipRequest): Promise<CatalogTarget | undefined> {
    this.calls.push({ method: 'getCatalogTarget', request });
    return this.targets.get(request.relationshipGUID);
  }

  async getCatalogTargets(request: ListCatalogTargetsRequest): Promise<CatalogTarget[]> {
    this.calls.push({ method: 'getCatalogTargets', request });
    return [...this.targets.values()]
      .filter((t) => t.integrationConnectorGUID === request.integrationConnectorGUID)
      .slice(request.startFrom, request.startFrom + request.pageSize);
  }

  async removeCatalogTarget(request: CatalogTargetRelationshipRequest): Promise<void> {
    this.calls.push({ method: 'removeCatalogTarget', request });
    this.targets.delete(request.relationshipGUID);
  }
}

/** A report publisher that keeps what it is given. */
export class RecordingReportPublisher implements IntegrationReportPublisher {
  readonly published: PublishIntegrationReportRequest[] = [];
  failWith?: Error;

  async publishIntegrationReport(request: PublishIntegrationReportRequest): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.published.push(request);
  }
}

/** Options for a test context, with every required field filled in. */
export function contextOptions(overrides: Partial<IntegrationContextOptions> = {}): IntegrationContextOptions {
  return {
    userId: 'integration-daemon-npa',
    connectorId: 'connector-id-1',
    connectorName: 'TestConnector',
    integrationConnectorGUID: 'connector-guid-1',
    auditLog: new RecordingAuditLog(),
    ...overrides,
  };
}

/** A context whose protected write helper is callable from tests, as an integration service context uses it. */
export class TestContext extends IntegrationContext {
  /** Sent requests, to prove that nothing is sent when the guard refuses. */
  readonly sent: string[] = [];

  async createElement(typeName: string, name: string): Promise<string> {
    return this.write(
      'createElement',
      async () => {
        this.sent.push(`create ${name}`);
        return `guid-${name}`;
      },
      { kind: 'create', typeName, guid: (guid) => guid },
    );
  }

  async updateElement(typeName: string, guid: string): Promise<void> {
    return this.write(
      'updateElement',
      async () => {
        this.sent.push(`update ${guid}`);
      },
      { kind: 'update', typeName, guid },
    );
  }

  async deleteElement(typeName: string, guid: string): Promise<void> {
    return this.write(
      'deleteElement',
      async () => {
        this.sent.push(`delete ${guid}`);
      },
      { kind: 'delete', typeName, guid },
    );
  }

  /** A write whose request waits for the signal, to show that it receives it. */
  async slowWrite(): Promise<string> {
    return this.write('slowWrite', (signal) => {
      this.sent.push('slowWrite');
      return new Promise<string>((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason as Error);
        signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      });
    });
  }
}
