/** What Egeria records for each value of one of its enums. */
export interface EnumValueInfo {
  /** Egeria's ordinal for the value. */
  readonly ordinal: number;
  /** Egeria's display name. */
  readonly displayName: string;
  /** A short description. */
  readonly description: string;
}

/**
 * Parses an enum value by its Egeria name, case-insensitively, or by its ordinal.
 * Returns undefined for anything else, so callers can report the value at fault.
 */
export function parseEnumValue<E extends string>(
  info: Readonly<Record<E, EnumValueInfo>>,
  value: unknown,
): E | undefined {
  const names = Object.keys(info) as E[];
  if (typeof value === 'string') {
    const upper = value.trim().toUpperCase();
    return names.find((n) => n === upper);
  }
  if (typeof value === 'number') return names.find((n) => info[n].ordinal === value);
  return undefined;
}
