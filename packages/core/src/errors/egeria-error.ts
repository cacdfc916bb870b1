import type { MessageDefinition } from '../audit/message-definition';
import { formatMessage } from '../audit/message-definition';

const ERROR_KINDS = Symbol.for('@egeria-ts/core:errorKinds');

/** Options that describe an {@link EgeriaError} beyond its message. */
export interface EgeriaErrorOptions {
  /** Egeria message id, such as `OMAG-COMMON-400-004` or `OMIS-DATABASE-INTEGRATOR-400-001`. */
  readonly messageId?: string;
  /** The HTTP status that Egeria relates to the error (`relatedHTTPCode`). */
  readonly relatedHTTPCode?: number;
  /** The inserts of the message (`exceptionErrorMessageParameters`). */
  readonly parameters?: readonly string[];
  /** What the system did (`exceptionSystemAction`). */
  readonly systemAction?: string;
  /** What the caller should do (`exceptionUserAction`). */
  readonly userAction?: string;
  /** The operation that failed (`actionDescription`). */
  readonly actionDescription?: string;
  /** The class name of the underlying exception (`exceptionCausedBy`). */
  readonly exceptionCausedBy?: string;
  /** Extra detail (`exceptionProperties`), for example `parameterName`. */
  readonly exceptionProperties?: Readonly<Record<string, unknown>>;
  /** The error that caused this one. */
  readonly cause?: unknown;
}

/**
 * Base class of every error egeria-ts throws. It carries Egeria's FFDC fields so that an error
 * received from an Egeria server keeps everything the server said.
 *
 * `instanceof` works across duplicate installs of this package: each error carries the names of
 * its classes under a global symbol and the check falls back to them.
 */
export class EgeriaError extends Error {
  /** Egeria's message id, when known. */
  readonly messageId?: string;
  /** The HTTP status Egeria relates to this error. */
  readonly relatedHTTPCode: number;
  /** The inserts of the message. */
  readonly parameters: readonly string[];
  /** What the system did. */
  readonly systemAction?: string;
  /** What the caller should do. */
  readonly userAction?: string;
  /** The operation that failed. */
  readonly actionDescription?: string;
  /** The class name of the underlying exception, as reported by a server. */
  readonly exceptionCausedBy?: string;
  /** Extra detail reported with the error. */
  readonly exceptionProperties: Readonly<Record<string, unknown>>;

  /** The default `relatedHTTPCode` of this class of error. */
  static readonly defaultHTTPCode: number = 500;

  constructor(message: string, options: EgeriaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const ctor = new.target as typeof EgeriaError;
    this.name = ctor.name;
    this.messageId = options.messageId;
    this.relatedHTTPCode = options.relatedHTTPCode ?? ctor.defaultHTTPCode;
    this.parameters = options.parameters ?? [];
    this.systemAction = options.systemAction;
    this.userAction = options.userAction;
    this.actionDescription = options.actionDescription;
    this.exceptionCausedBy = options.exceptionCausedBy;
    this.exceptionProperties = options.exceptionProperties ?? {};
    const kinds: string[] = [];
    for (let p: object | null = ctor; p && p !== Function.prototype; p = Object.getPrototypeOf(p)) {
      kinds.push((p as { name: string }).name);
    }
    Object.defineProperty(this, ERROR_KINDS, { value: kinds, enumerable: false });
  }

  /**
   * Builds an error of this class from a message definition and its inserts.
   * @param definition - the message definition (id, template, actions, HTTP code)
   * @param inserts - values for the `{0}`, `{1}`... placeholders
   * @param options - anything else to record, such as the cause or `exceptionProperties`
   */
  static fromDefinition<T extends EgeriaError>(
    this: new (message: string, options?: EgeriaErrorOptions) => T,
    definition: MessageDefinition,
    inserts: readonly unknown[] = [],
    options: EgeriaErrorOptions = {},
  ): T {
    const parameters = inserts.map((i) => String(i));
    return new this(formatMessage(definition, parameters), {
      messageId: definition.messageId,
      relatedHTTPCode: definition.httpCode,
      systemAction: definition.systemAction,
      userAction: definition.userAction,
      parameters,
      ...options,
    });
  }

  /** The name of the parameter at fault, when the error names one (`exceptionProperties.parameterName`). */
  get parameterName(): string | undefined {
    const name = this.exceptionProperties['parameterName'];
    return typeof name === 'string' ? name : undefined;
  }

  /** True for any egeria-ts error, even one thrown by another copy of this package. */
  static isEgeriaError(value: unknown): value is EgeriaError {
    return hasKind(value, 'EgeriaError');
  }

  /**
   * Makes `instanceof` true for an error of this class or a subclass, including one thrown by
   * another copy of this package (recognised by the class names the error carries).
   * @param value - the value tested
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return hasKind(value, (this as { name: string }).name);
  }

  /** A plain object with the error's FFDC fields, for logs and REST answers. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      messageId: this.messageId,
      relatedHTTPCode: this.relatedHTTPCode,
      parameters: this.parameters,
      systemAction: this.systemAction,
      userAction: this.userAction,
      actionDescription: this.actionDescription,
      exceptionCausedBy: this.exceptionCausedBy,
      exceptionProperties: this.exceptionProperties,
    };
  }
}

function hasKind(value: unknown, kind: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const kinds = (value as Record<symbol, unknown>)[ERROR_KINDS];
  return Array.isArray(kinds) && kinds.includes(kind);
}
