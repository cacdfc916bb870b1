/**
 * Finds where a JSON text first breaks the grammar, with line and column (internal). Used only
 * after `JSON.parse` has failed, because its messages do not always give a position.
 */

/** The first syntax error of a JSON text. */
export interface JsonSyntaxError {
  /** What the grammar allows at that point. */
  readonly expected: string;
  /** What is there instead. */
  readonly got: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

const MAX_DEPTH = 1000;

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

/** Returns the first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let pos = 0;
  const fail = (expected: string, at = pos): never => {
    throw new Stop(at, expected);
  };
  const ws = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++;
  };
  const digits = (): void => {
    if (!/[0-9]/.test(text[pos] ?? '')) fail('a digit');
    while (/[0-9]/.test(text[pos] ?? '')) pos++;
  };
  const string = (): void => {
    pos++; // opening quote
    for (;;) {
      if (pos >= text.length) fail('a closing double quote');
      const c = text[pos];
      if (c === '"') {
        pos++;
        return;
      }
      if (c < ' ') fail('a character allowed in a string (control characters must be escaped)');
      if (c === '\\') {
        const e = text[pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6)))
            fail('four hexadecimal digits after \\u', pos + 2);
          pos += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) pos += 2;
        else fail('an escape such as \\n, \\" or \\u0041', pos + 1);
      } else pos++;
    }
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail(`at most ${MAX_DEPTH} levels of nesting`);
    ws();
    const c = text[pos];
    if (c === '{') {
      pos++;
      ws();
      if (text[pos] === '}') {
        pos++;
        return;
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail('a property name in double quotes');
        string();
        ws();
        if (text[pos] !== ':') fail("':' after the property name");
        pos++;
        value(depth + 1);
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return;
        }
        fail("',' or '}' after a property value");
      }
    }
    if (c === '[') {
      pos++;
      ws();
      if (text[pos] === ']') {
        pos++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return;
        }
        fail("',' or ']' after an array item");
      }
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      if (c === '-') pos++;
      if (text[pos] === '0') pos++;
      else digits();
      if (text[pos] === '.') {
        pos++;
        digits();
      }
      if (text[pos] === 'e' || text[pos] === 'E') {
        pos++;
        if (text[pos] === '+' || text[pos] === '-') pos++;
        digits();
      }
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (c === literal[0]) {
        for (let i = 0; i < literal.length; i++) if (text[pos + i] !== literal[i]) fail(`'${literal}'`, pos + i);
        pos += literal.length;
        return;
      }
    }
    fail('a JSON value');
  };

  try {
    value(0);
    ws();
    if (pos < text.length) fail('the end of the document');
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.offset);
    const lines = before.split('\n');
    return {
      expected: e.expected,
      got: e.offset >= text.length ? 'the end of the file' : JSON.stringify(text[e.offset]),
      line: lines.length,
      column: lines[lines.length - 1].length + 1,
    };
  }
}
