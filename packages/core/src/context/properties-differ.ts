/** Options of {@link propertiesDiffer}. */
export interface PropertiesDifferOptions {
  /**
   * Further values that count as "not set", compared with `===`: for example `[0]` when the
   * server reports 0 for a whole number nobody set, or `[0, false]` when it also reports `false`
   * for an unset boolean (Egeria's bean defaults). Default: none.
   */
  readonly alsoAbsent?: readonly (string | number | boolean)[];
}

/**
 * True when the managed properties of an element differ between what a connector would write
 * (`desired`) and what open metadata holds (`current`): what a connector checks before an update,
 * so that an unchanged element is not written again.
 *
 * Only the properties named in `names` are compared (default: every property either object has),
 * so that properties set by people or other tools are left out. Each value is normalized first:
 * `undefined`, `null`, `''`, an empty array, an empty object and each value of
 * `options.alsoAbsent` count as "not set" (absent); inside an object (such as
 * `additionalProperties`) entries whose value is "not set" are dropped, recursively. Objects are
 * compared whatever the order of their keys, arrays element by element in order, and other values
 * by their JSON form. A property that is a `Date` on either side is compared by its time, with the
 * other side read as a date: epoch milliseconds or date text, as Egeria answers dates.
 * @param desired - the properties the connector would write (null or undefined: none)
 * @param current - the properties open metadata holds (null or undefined: none)
 * @param names - the properties to compare (default: every property of either)
 * @param options - further values that count as "not set"
 * @returns true when at least one compared property differs
 */
export function propertiesDiffer(
  desired: object | null | undefined,
  current: object | null | undefined,
  names?: readonly string[],
  options: PropertiesDifferOptions = {},
): boolean {
  const want = (desired ?? {}) as Readonly<Record<string, unknown>>;
  const have = (current ?? {}) as Readonly<Record<string, unknown>>;
  const absent = options.alsoAbsent ?? [];
  const compared = names ?? [...new Set([...Object.keys(want), ...Object.keys(have)])];
  return compared.some((name) => {
    const a = normalize(want[name], absent);
    const b = normalize(have[name], absent);
    if (a instanceof Date || b instanceof Date) return !sameTime(a, b);
    return stableJson(a) !== stableJson(b);
  });
}

/** Whether two values (one of them a `Date`) name the same time; a value that is no date never does. */
function sameTime(a: unknown, b: unknown): boolean {
  const time = (value: unknown): number =>
    value instanceof Date
      ? value.getTime()
      : typeof value === 'number'
        ? value
        : typeof value === 'string'
          ? Date.parse(value)
          : Number.NaN;
  const [x, y] = [time(a), time(b)];
  return !Number.isNaN(x) && x === y;
}

function normalize(value: unknown, absent: readonly unknown[]): unknown {
  if (value === null || value === undefined || value === '' || absent.includes(value)) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, normalize(v, absent)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

function stableJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
