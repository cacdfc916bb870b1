import { parse as parseYaml } from 'yaml';
import { ConnectorCheckedException } from '@egeria-ts/core';
import { OPENAPI_ERROR_CODE } from '../messages';
import type {
  OpenAPIOperationSnapshot,
  OpenAPIParameterLocation,
  OpenAPIParameterSnapshot,
  OpenAPIRequestBodySnapshot,
  OpenAPISnapshot,
} from './openapi-snapshot';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const LOCATIONS: readonly OpenAPIParameterLocation[] = ['path', 'query', 'header', 'cookie'];
const MAX_REF_DEPTH = 32;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Reads an OpenAPI 3 document (JSON or YAML text) into a snapshot: its title, version, first
 * server, and each operation with its parameters and request body. Local `$ref`s (`#/components/...`)
 * are followed; a schema that is a reference is described by the referenced schema's name.
 * @param source - the document's text
 * @param location - where it was read from (named in errors; the base of a relative server URL)
 * @throws ConnectorCheckedException (`EGERIA-TS-OPENAPI-400-001`) naming the field at fault when the
 *   text is not an OpenAPI 3 document
 */
export function parseOpenAPIDocument(source: string, location: string): OpenAPISnapshot {
  let document: unknown;
  try {
    document = parseYaml(source, { maxAliasCount: 100 });
  } catch (error) {
    throw invalid(location, '(document)', `it is neither JSON nor YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isObject(document)) throw invalid(location, '(document)', 'it is not an object');
  const reader = new DocumentReader(document, location);
  return reader.read();
}

class DocumentReader {
  constructor(
    private readonly document: Json,
    private readonly location: string,
  ) {}

  read(): OpenAPISnapshot {
    const { document, location } = this;
    const version = document['openapi'];
    if (typeof version !== 'string' || !version.startsWith('3.')) {
      const problem =
        document['swagger'] !== undefined
          ? 'it is a Swagger (OpenAPI 2) document; only OpenAPI 3 is supported'
          : `expected an OpenAPI 3 version such as "3.0.3", got ${JSON.stringify(version ?? null)}`;
      throw invalid(location, 'openapi', problem);
    }
    const info = document['info'];
    if (!isObject(info)) throw invalid(location, 'info', 'the document has no info object');
    const title = text(info['title']);
    if (title === undefined) throw invalid(location, 'info.title', 'the API has no title');
    const paths = document['paths'] ?? {};
    if (!isObject(paths)) throw invalid(location, 'paths', 'expected an object of path items');

    const operations: OpenAPIOperationSnapshot[] = [];
    for (const [pathName, rawItem] of Object.entries(paths)) {
      const at = `paths.${pathName}`;
      if (!pathName.startsWith('/')) throw invalid(location, at, 'a path must start with "/"');
      const item = this.resolve(rawItem, at);
      if (!isObject(item)) throw invalid(location, at, 'expected a path item object');
      const shared = this.parameters(item['parameters'], `${at}.parameters`);
      for (const method of METHODS) {
        const raw = item[method];
        if (raw === undefined) continue;
        if (!isObject(raw)) throw invalid(location, `${at}.${method}`, 'expected an operation object');
        operations.push(this.operation(method, pathName, raw, shared, `${at}.${method}`));
      }
    }
    const apiVersion = text(info['version']);
    const description = text(info['description']);
    const serverURL = this.serverURL();
    return {
      location,
      openapi: version,
      title,
      ...(apiVersion === undefined ? {} : { version: apiVersion }),
      ...(description === undefined ? {} : { description }),
      ...(serverURL === undefined ? {} : { serverURL }),
      operations,
    };
  }

  operation(
    method: string,
    pathName: string,
    raw: Json,
    shared: readonly OpenAPIParameterSnapshot[],
    at: string,
  ): OpenAPIOperationSnapshot {
    const own = this.parameters(raw['parameters'], `${at}.parameters`);
    const key = (p: OpenAPIParameterSnapshot) => `${p.in}:${p.name}`;
    const ownKeys = new Set(own.map(key));
    const parameters = [...shared.filter((p) => !ownKeys.has(key(p))), ...own];
    const tags = Array.isArray(raw['tags']) ? raw['tags'].filter((t): t is string => typeof t === 'string') : [];
    const operationId = text(raw['operationId']);
    const summary = text(raw['summary']);
    const description = text(raw['description']);
    const requestBody = raw['requestBody'] === undefined ? undefined : this.requestBody(raw['requestBody'], at);
    return {
      method: method.toUpperCase(),
      path: pathName,
      ...(operationId === undefined ? {} : { operationId }),
      ...(summary === undefined ? {} : { summary }),
      ...(description === undefined ? {} : { description }),
      tags,
      deprecated: raw['deprecated'] === true,
      parameters,
      ...(requestBody === undefined ? {} : { requestBody }),
    };
  }

  parameters(value: unknown, at: string): OpenAPIParameterSnapshot[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw invalid(this.location, at, 'expected a list of parameters');
    return value.map((raw, i) => {
      const where = `${at}[${i}]`;
      const parameter = this.resolve(raw, where);
      if (!isObject(parameter)) throw invalid(this.location, where, 'expected a parameter object');
      const name = text(parameter['name']);
      if (name === undefined) throw invalid(this.location, `${where}.name`, 'the parameter has no name');
      const location = parameter['in'];
      if (!LOCATIONS.includes(location as OpenAPIParameterLocation)) {
        throw invalid(
          this.location,
          `${where}.in`,
          `expected one of ${LOCATIONS.join(', ')}, got ${JSON.stringify(location ?? null)}`,
        );
      }
      const schema = this.resolve(parameter['schema'], `${where}.schema`, true);
      const description = text(parameter['description']);
      const dataType = this.dataType(parameter['schema']);
      const defaultValue = isObject(schema) && schema['default'] !== undefined ? asText(schema['default']) : undefined;
      return {
        name,
        in: location as OpenAPIParameterLocation,
        required: location === 'path' || parameter['required'] === true,
        ...(description === undefined ? {} : { description }),
        deprecated: parameter['deprecated'] === true,
        ...(dataType === undefined ? {} : { dataType }),
        ...(defaultValue === undefined ? {} : { defaultValue }),
      };
    });
  }

  requestBody(value: unknown, at: string): OpenAPIRequestBodySnapshot {
    const where = `${at}.requestBody`;
    const body = this.resolve(value, where);
    if (!isObject(body)) throw invalid(this.location, where, 'expected a request body object');
    const content = body['content'];
    if (!isObject(content)) throw invalid(this.location, `${where}.content`, 'expected an object of media types');
    const contentTypes = Object.keys(content);
    const first = contentTypes.length === 0 ? undefined : content[contentTypes[0] as string];
    const dataType = isObject(first) ? this.dataType(first['schema']) : undefined;
    const description = text(body['description']);
    return {
      required: body['required'] === true,
      ...(description === undefined ? {} : { description }),
      contentTypes,
      ...(dataType === undefined ? {} : { dataType }),
    };
  }

  /** A schema's type as text: a reference's name, `type(format)`, `array<items>`. */
  dataType(schema: unknown, depth = 0): string | undefined {
    if (!isObject(schema) || depth > MAX_REF_DEPTH) return undefined;
    const ref = schema['$ref'];
    if (typeof ref === 'string') return decodeURIComponent(ref.slice(ref.lastIndexOf('/') + 1));
    const type = text(schema['type']);
    if (type === 'array') {
      const items = this.dataType(schema['items'], depth + 1);
      return items === undefined ? 'array' : `array<${items}>`;
    }
    const format = text(schema['format']);
    if (type !== undefined) return format === undefined ? type : `${type}(${format})`;
    for (const combiner of ['oneOf', 'anyOf', 'allOf']) {
      const parts = schema[combiner];
      if (Array.isArray(parts)) {
        const names = parts.map((p) => this.dataType(p, depth + 1)).filter((n): n is string => n !== undefined);
        if (names.length > 0) return names.join(combiner === 'allOf' ? ' & ' : ' | ');
      }
    }
    return undefined;
  }

  /** Follows local `$ref`s (`#/...`); a remote one stays as it is when `lenient`, else is an error. */
  resolve(value: unknown, at: string, lenient = false): unknown {
    let current = value;
    for (let depth = 0; isObject(current) && typeof current['$ref'] === 'string'; depth++) {
      const ref = current['$ref'] as string;
      if (depth > MAX_REF_DEPTH) throw invalid(this.location, at, `the reference ${ref} is circular`);
      if (!ref.startsWith('#/')) {
        if (lenient) return current;
        throw invalid(this.location, at, `the reference ${ref} is not in this document`);
      }
      const target = ref
        .slice(2)
        .split('/')
        .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), this.document);
      if (target === undefined) throw invalid(this.location, at, `the reference ${ref} points at nothing`);
      current = target;
    }
    return current;
  }

  serverURL(): string | undefined {
    const servers = this.document['servers'];
    if (!Array.isArray(servers) || servers.length === 0) return undefined;
    const server = servers[0];
    if (!isObject(server)) throw invalid(this.location, 'servers[0]', 'expected a server object');
    let url = text(server['url']);
    if (url === undefined) throw invalid(this.location, 'servers[0].url', 'the server has no URL');
    const variables = isObject(server['variables']) ? server['variables'] : {};
    url = url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
      const variable = variables[name];
      const fallback = isObject(variable) ? variable['default'] : undefined;
      return fallback === undefined ? whole : asText(fallback);
    });
    if (/^https?:\/\//i.test(this.location)) {
      try {
        return new URL(url, this.location).href.replace(/\/$/, '');
      } catch {
        return url;
      }
    }
    return url;
  }
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function invalid(location: string, field: string, problem: string): ConnectorCheckedException {
  return ConnectorCheckedException.fromDefinition(OPENAPI_ERROR_CODE.INVALID_DOCUMENT, [location, field, problem], {
    exceptionProperties: { parameterName: field },
  });
}
