import { InvalidParameterException } from '@egeria-ts/core';
import { OmasClientMessages } from '../transport/omas-client-messages';
import type { OperationDefinition, ServiceRoot } from './operation-definition';
import type { OperationRequest } from './operation-invoker';

/** Who is calling which server: what fills a service root's placeholders. */
export interface ServicePathContext {
  /** The `{serverName}` value. */
  readonly serverName: string;
  /** The `{userId}` value. */
  readonly userId: string;
  /** The partner access service's URL marker, for framework services. */
  readonly serviceURLMarker?: string;
}

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * The root path of a service's operations:
 * `/servers/{serverName}/open-metadata/access-services/{marker}/users/{userId}` or
 * `/servers/{serverName}/open-metadata/framework-services/{serviceURLMarker}/{service}/users/{userId}`,
 * with each value percent-encoded.
 */
export function serviceRootPath(root: ServiceRoot, context: ServicePathContext): string {
  const server = `/servers/${encodeURIComponent(context.serverName)}/open-metadata`;
  const user = `/users/${encodeURIComponent(context.userId)}`;
  if (root.kind === 'access-service') return `${server}/access-services/${root.marker}${user}`;
  const marker = context.serviceURLMarker;
  if (typeof marker !== 'string' || marker === '') {
    throw InvalidParameterException.fromDefinition(
      OmasClientMessages.INVALID_OPTION,
      [
        'serviceURLMarker',
        `the framework service ${root.service} is reached through a partner access service's URL marker`,
      ],
      { exceptionProperties: { parameterName: 'serviceURLMarker' } },
    );
  }
  return `${server}/framework-services/${encodeURIComponent(marker)}/${root.service}${user}`;
}

/** Each path template's placeholder names, found once (the tables hold a fixed set of templates). */
const placeholderCache = new Map<string, readonly string[]>();

/** The names of a path template's `{name}` placeholders, in order (shared: do not change it). */
export function pathPlaceholders(path: string): readonly string[] {
  let names = placeholderCache.get(path);
  if (names === undefined) {
    names = [...path.matchAll(PLACEHOLDER)].map((m) => m[1]);
    if (placeholderCache.size < 10_000) placeholderCache.set(path, names);
  }
  return names;
}

/**
 * Fills an operation's path placeholders with percent-encoded values.
 * @throws InvalidParameterException naming the first placeholder without a value
 */
export function fillOperationPath(operation: OperationDefinition, values: OperationRequest['path'] = {}): string {
  const path = operation.path.startsWith('/') ? operation.path : `/${operation.path}`;
  for (const name of pathPlaceholders(path)) {
    const value: unknown = values[name];
    if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') {
      throw InvalidParameterException.fromDefinition(OmasClientMessages.MISSING_PATH_VALUE, [name, operation.name], {
        actionDescription: operation.name,
        exceptionProperties: { parameterName: name },
      });
    }
  }
  return path.replace(PLACEHOLDER, (_whole, name: string) => encodeURIComponent(String(values[name])));
}

/**
 * Builds an operation's query string (with its leading `?`, or empty) from the request's values and
 * the definition's defaults.
 * @throws InvalidParameterException for a required parameter without a value, or a name the operation does not take
 */
export function buildOperationQuery(operation: OperationDefinition, values: OperationRequest['query'] = {}): string {
  const definitions = operation.query ?? {};
  for (const name of Object.keys(values)) {
    if (!(name in definitions) && values[name] !== undefined) {
      throw InvalidParameterException.fromDefinition(
        OmasClientMessages.UNKNOWN_QUERY_PARAMETER,
        [name, operation.name, Object.keys(definitions).join(', ') || 'none'],
        { actionDescription: operation.name, exceptionProperties: { parameterName: name } },
      );
    }
  }
  const parts: string[] = [];
  for (const [name, definition] of Object.entries(definitions)) {
    const value = values[name] ?? definition.default;
    if (value === undefined || value === '') {
      if (definition.required) {
        throw InvalidParameterException.fromDefinition(OmasClientMessages.MISSING_QUERY_VALUE, [name, operation.name], {
          actionDescription: operation.name,
          exceptionProperties: { parameterName: name },
        });
      }
      continue;
    }
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
