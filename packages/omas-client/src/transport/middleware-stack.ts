import { InvalidParameterException } from '@egeria-ts/core';
import { OmasClientMessages } from './omas-client-messages';
import type { TransportHandler, TransportMiddleware } from './transport-types';

/** Where to put a middleware in the chain: before or after a named one (default: last). @public */
export interface MiddlewarePosition {
  /** Put it just before (outside) the middleware with this name. */
  readonly before?: string;
  /** Put it just after (inside) the middleware with this name. */
  readonly after?: string;
}

/**
 * The ordered, named middleware of a transport. The first runs outermost; the last runs just
 * before the request goes on the wire. Names are unique.
 * @public
 */
export class MiddlewareStack {
  private entries: TransportMiddleware[] = [];
  /** The last chain built, for the entries and terminal it was built from (rebuilt after a change). */
  private composed?: {
    readonly entries: readonly TransportMiddleware[];
    readonly terminal: TransportHandler;
    readonly handler: TransportHandler;
  };

  /** The names of the middleware, outermost first. */
  names(): string[] {
    return this.entries.map((m) => m.name);
  }

  /** True when a middleware with this name is in the chain. */
  has(name: string): boolean {
    return this.entries.some((m) => m.name === name);
  }

  /**
   * Adds a middleware.
   * @param middleware - the middleware; its name must not be in the chain yet
   * @param position - where to put it (default: last, next to the wire)
   * @throws InvalidParameterException when the name is taken or the position names an unknown middleware
   */
  add(middleware: TransportMiddleware, position: MiddlewarePosition = {}): this {
    this.checkMiddleware(middleware);
    if (this.has(middleware.name)) {
      throw InvalidParameterException.fromDefinition(OmasClientMessages.DUPLICATE_MIDDLEWARE, [middleware.name], {
        exceptionProperties: { parameterName: 'name', middlewareName: middleware.name },
      });
    }
    let index = this.entries.length;
    if (position.before !== undefined) index = this.indexOf(position.before);
    else if (position.after !== undefined) index = this.indexOf(position.after) + 1;
    this.entries = [...this.entries.slice(0, index), middleware, ...this.entries.slice(index)];
    return this;
  }

  /**
   * Removes the middleware with this name.
   * @returns true when one was removed
   */
  remove(name: string): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((m) => m.name !== name);
    return this.entries.length !== before;
  }

  /**
   * Puts another middleware in the place of the one with this name.
   * @param name - the middleware to replace
   * @param middleware - its replacement; its name must be `name` or a name not in the chain
   * @throws InvalidParameterException when no middleware has this name, or the new name is taken
   */
  replace(name: string, middleware: TransportMiddleware): this {
    this.checkMiddleware(middleware);
    const index = this.indexOf(name);
    if (middleware.name !== name && this.has(middleware.name)) {
      throw InvalidParameterException.fromDefinition(OmasClientMessages.DUPLICATE_MIDDLEWARE, [middleware.name], {
        exceptionProperties: { parameterName: 'name', middlewareName: middleware.name },
      });
    }
    const next = [...this.entries];
    next[index] = middleware;
    this.entries = next;
    return this;
  }

  /**
   * Builds the handler that runs the chain, then `terminal`. The chain is taken as it is now;
   * later changes apply to later requests.
   */
  compose(terminal: TransportHandler): TransportHandler {
    const chain = this.entries;
    const last = this.composed;
    if (last !== undefined && last.entries === chain && last.terminal === terminal) return last.handler;
    const handler = chain.reduceRight<TransportHandler>(
      (next, middleware) => (request) => middleware.handle(request, next),
      terminal,
    );
    this.composed = { entries: chain, terminal, handler };
    return handler;
  }

  private indexOf(name: string): number {
    const index = this.entries.findIndex((m) => m.name === name);
    if (index < 0) {
      throw InvalidParameterException.fromDefinition(
        OmasClientMessages.UNKNOWN_MIDDLEWARE,
        [name, this.names().join(', ') || 'none'],
        { exceptionProperties: { parameterName: 'name', middlewareName: name } },
      );
    }
    return index;
  }

  private checkMiddleware(middleware: TransportMiddleware): void {
    if (
      typeof middleware !== 'object' ||
      middleware === null ||
      typeof middleware.name !== 'string' ||
      middleware.name.trim() === '' ||
      typeof middleware.handle !== 'function'
    ) {
      throw InvalidParameterException.fromDefinition(
        OmasClientMessages.INVALID_OPTION,
        ['middleware', 'a middleware needs a non-empty name and a handle(request, next) function'],
        { exceptionProperties: { parameterName: 'middleware' } },
      );
    }
  }
}
