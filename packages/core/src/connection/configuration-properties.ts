import { InvalidParameterException } from '../errors/exceptions';
import type { ConfigurationPropertyMap } from './connection';

/**
 * Typed, read-only access to a connector's configuration properties. Values written as strings
 * (`"60"`, `"false"`, `"a,b"`), as Egeria's samples do, are accepted; anything that cannot be read
 * as the asked type throws an {@link InvalidParameterException} naming the property and the value.
 */
export class ConfigurationProperties {
  private readonly values: Readonly<ConfigurationPropertyMap>;

  constructor(
    values: ConfigurationPropertyMap | undefined | null,
    /** Where the properties come from, used in error messages (for example the connector name). */
    private readonly source = 'configurationProperties',
  ) {
    this.values = Object.freeze({ ...(values ?? {}) });
  }

  /** True when the property is present and not null. */
  has(name: string): boolean {
    return this.values[name] !== undefined && this.values[name] !== null;
  }

  /** The property names that are set. */
  names(): string[] {
    return Object.keys(this.values).filter((n) => this.has(n));
  }

  /** A copy of the raw values. */
  toJSON(): ConfigurationPropertyMap {
    return { ...this.values };
  }

  /** A string property; numbers and booleans are turned into strings. */
  getString(name: string): string | undefined;
  getString(name: string, defaultValue: string): string;
  getString(name: string, defaultValue?: string): string | undefined {
    if (!this.has(name)) return defaultValue;
    const v = this.values[name];
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    throw this.badValue(name, v, 'a string');
  }

  /** A boolean property: `true`/`false` or the strings `"true"`/`"false"` (any case). */
  getBoolean(name: string): boolean | undefined;
  getBoolean(name: string, defaultValue: boolean): boolean;
  getBoolean(name: string, defaultValue?: boolean): boolean | undefined {
    if (!this.has(name)) return defaultValue;
    const v = this.values[name];
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string') {
      const s = v.trim().toLowerCase();
      if (s === 'true') return true;
      if (s === 'false') return false;
    }
    throw this.badValue(name, v, 'a boolean');
  }

  /** A finite number property: a number or a numeric string. */
  getNumber(name: string): number | undefined;
  getNumber(name: string, defaultValue: number): number;
  getNumber(name: string, defaultValue?: number): number | undefined {
    if (!this.has(name)) return defaultValue;
    const v = this.values[name];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (Number.isFinite(n)) return n;
    throw this.badValue(name, v, 'a number');
  }

  /** An integer property: a whole number or a string holding one. */
  getInteger(name: string): number | undefined;
  getInteger(name: string, defaultValue: number): number;
  getInteger(name: string, defaultValue?: number): number | undefined {
    const n = defaultValue === undefined ? this.getNumber(name) : this.getNumber(name, defaultValue);
    if (n === undefined || Number.isInteger(n)) return n;
    throw this.badValue(name, this.values[name], 'a whole number');
  }

  /** A list of strings: an array of strings, or a comma-separated string (items trimmed, empty ones dropped). */
  getStringList(name: string): string[] | undefined;
  getStringList(name: string, defaultValue: string[]): string[];
  getStringList(name: string, defaultValue?: string[]): string[] | undefined {
    if (!this.has(name)) return defaultValue;
    const v = this.values[name];
    if (typeof v === 'string') {
      return v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    }
    if (Array.isArray(v) && v.every((i) => typeof i === 'string' || typeof i === 'number')) return v.map(String);
    throw this.badValue(name, v, 'a list of strings');
  }

  /** Like {@link ConfigurationProperties.getString}, but a missing property is an error. */
  requireString(name: string): string {
    const v = this.getString(name);
    if (v === undefined) throw this.missing(name, 'a string');
    return v;
  }

  /** Like {@link ConfigurationProperties.getNumber}, but a missing property is an error. */
  requireNumber(name: string): number {
    const v = this.getNumber(name);
    if (v === undefined) throw this.missing(name, 'a number');
    return v;
  }

  private badValue(name: string, value: unknown, expected: string): InvalidParameterException {
    return new InvalidParameterException(`${this.source}.${name}: expected ${expected}, got ${describeValue(value)}`, {
      messageId: 'EGERIA-TS-CORE-400-001',
      parameters: [name, describeValue(value), expected],
      exceptionProperties: { parameterName: name, parameterValue: describeValue(value) },
      userAction: `Correct the configuration property ${name} so that it is ${expected}.`,
    });
  }

  private missing(name: string, expected: string): InvalidParameterException {
    return new InvalidParameterException(`${this.source}.${name}: expected ${expected}, got nothing`, {
      messageId: 'EGERIA-TS-CORE-400-002',
      parameters: [name, expected],
      exceptionProperties: { parameterName: name },
      userAction: `Set the configuration property ${name}.`,
    });
  }
}

/** A short, printable rendering of a value for an error message (at most 80 characters). */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
