/**
 * A small router for path templates such as `/databases/{databaseGUID}/schemas`.
 *
 * Matching follows Spring MVC closely enough for Egeria's resources: a path is split on `/`
 * before any percent-decoding (so an encoded `%2F` stays inside one segment), each segment is
 * decoded once, and when several templates match, the most specific wins (fewer variables,
 * then literal segments earlier in the path).
 */

/** HTTP verbs the emulator serves. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A route's template, split into literal and variable segments. */
interface CompiledTemplate {
  readonly template: string;
  readonly segments: readonly Segment[];
  readonly variableCount: number;
}

type Segment = { readonly literal: string } | { readonly variable: string };

/** The result of matching a path. */
export interface RouteMatch<T> {
  /** The value registered with the template. */
  readonly value: T;
  /** The decoded path variables. */
  readonly params: Readonly<Record<string, string>>;
  /** The template that matched. */
  readonly template: string;
}

/** What a lookup found: a match, or the reason there is none. */
export type RouteLookup<T> =
  | { readonly kind: 'match'; readonly match: RouteMatch<T> }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly HttpMethod[] }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'bad-path' };

interface Entry<T> {
  readonly method: HttpMethod;
  readonly compiled: CompiledTemplate;
  readonly value: T;
}

/** Normalizes a template: leading slash, no trailing slash, no empty segments. */
export function normalizeTemplate(template: string): string {
  const parts = template.split('/').filter((p) => p !== '');
  return '/' + parts.join('/');
}

function compile(template: string): CompiledTemplate {
  const normalized = normalizeTemplate(template);
  const segments: Segment[] = normalized
    .split('/')
    .slice(1)
    .map((part) => {
      const m = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(part);
      if (m) return { variable: m[1] };
      if (part.includes('{') || part.includes('}')) {
        throw new Error(`Path template segment "${part}" mixes literal text and a variable: ${template}`);
      }
      return { literal: part };
    });
  return { template: normalized, segments, variableCount: segments.filter((s) => 'variable' in s).length };
}

/** Splits a raw request path (no query string) into decoded segments, or undefined when it cannot be decoded. */
export function splitPath(rawPath: string): string[] | undefined {
  const parts = rawPath.split('/');
  // A leading slash gives an empty first element. A trailing slash is kept as an empty last
  // segment, so it matches nothing: Spring 6 (Egeria 5.2's Spring Boot 3.1) no longer ignores it.
  if (parts[0] === '') parts.shift();
  const decoded: string[] = [];
  for (const part of parts) {
    try {
      decoded.push(decodeURIComponent(part));
    } catch {
      return undefined;
    }
  }
  return decoded;
}

/** Compares two templates by specificity: negative when `a` is more specific than `b`. */
function compareSpecificity(a: CompiledTemplate, b: CompiledTemplate): number {
  if (a.variableCount !== b.variableCount) return a.variableCount - b.variableCount;
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
    const aLiteral = 'literal' in a.segments[i];
    const bLiteral = 'literal' in b.segments[i];
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}

/** Routes keyed by verb and path template. */
export class Router<T> {
  private readonly bySegmentCount = new Map<number, Entry<T>[]>();

  /**
   * Registers a route. Registering the same verb and template twice is a programming error.
   * @param method - the HTTP verb
   * @param template - a path template with `{name}` variables
   * @param value - what a match returns
   */
  add(method: HttpMethod, template: string, value: T): void {
    const compiled = compile(template);
    const list = this.bySegmentCount.get(compiled.segments.length) ?? [];
    if (list.some((e) => e.method === method && e.compiled.template === compiled.template)) {
      throw new Error(`Route registered twice: ${method} ${compiled.template}`);
    }
    list.push({ method, compiled, value });
    list.sort((x, y) => compareSpecificity(x.compiled, y.compiled));
    this.bySegmentCount.set(compiled.segments.length, list);
  }

  /** Every registered route, as `VERB template`. */
  list(): { method: HttpMethod; template: string }[] {
    const out: { method: HttpMethod; template: string }[] = [];
    for (const entries of this.bySegmentCount.values()) {
      for (const e of entries) out.push({ method: e.method, template: e.compiled.template });
    }
    return out.sort((a, b) => a.template.localeCompare(b.template) || a.method.localeCompare(b.method));
  }

  /**
   * Finds the route for a request.
   * @param method - the request's verb
   * @param rawPath - the request path as received, without the query string
   */
  lookup(method: string, rawPath: string): RouteLookup<T> {
    const segments = splitPath(rawPath);
    if (segments === undefined) return { kind: 'bad-path' };
    const candidates = this.bySegmentCount.get(segments.length) ?? [];
    const allowed = new Set<HttpMethod>();
    for (const entry of candidates) {
      const params = matchSegments(entry.compiled, segments);
      if (params === undefined) continue;
      if (entry.method === method) {
        return { kind: 'match', match: { value: entry.value, params, template: entry.compiled.template } };
      }
      allowed.add(entry.method);
    }
    if (allowed.size > 0) return { kind: 'method-not-allowed', allowed: [...allowed] };
    return { kind: 'not-found' };
  }
}

function matchSegments(compiled: CompiledTemplate, segments: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = compiled.segments[i];
    if ('literal' in seg) {
      if (seg.literal !== segments[i]) return undefined;
    } else {
      // Spring does not bind an empty path variable.
      if (segments[i] === '') return undefined;
      params[seg.variable] = segments[i];
    }
  }
  return params;
}
