import type { MessageDefinition } from './message-definition';

/**
 * Where a component writes its audit messages. The daemon gives each connector a child log named
 * after it. Every object that reaches a destination has passed the redaction step first.
 */
export interface AuditLog {
  /** The component this log writes for, such as `IntegrationDaemon:my-daemon` or a connector name. */
  readonly component: string;
  /**
   * Writes a message.
   * @param action - the operation that was running (for example `refresh`)
   * @param definition - the message definition
   * @param inserts - values for the template's placeholders
   * @param details - structured context for the record (redacted before it is written)
   */
  logMessage(
    action: string,
    definition: MessageDefinition,
    inserts?: readonly unknown[],
    details?: Readonly<Record<string, unknown>>,
  ): void;
  /** Writes a message about an error; the error's message and FFDC fields go with it, redacted. */
  logException(action: string, definition: MessageDefinition, error: unknown, inserts?: readonly unknown[]): void;
  /** A log for a sub-component, such as one connector; its records name both components. */
  createChild(component: string): AuditLog;
}
