/**
 * Java regular expressions, as far as JavaScript can follow them. Egeria matches a search string
 * against a whole property value (`Matcher.matches()`), and its exact-match helper quotes values
 * with `\Q...\E`, which JavaScript lacks. Translated here: `\Q...\E` quoting, a leading `(?i)`
 * flag, possessive quantifiers (as greedy ones), `\A`, `\z` and `\Z` anchors, and the common POSIX
 * classes `\p{Alpha}` and friends. Anything else JavaScript cannot compile is reported as invalid.
 */

/** Longest search string accepted (a guard against pathological patterns). */
export const MAX_PATTERN_LENGTH = 4096;

const POSIX: Readonly<Record<string, string>> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Compiles a Java regular expression into a JavaScript one that must match a whole value.
 * @throws SyntaxError when the pattern cannot be compiled
 */
export function compileJavaRegex(pattern: string): RegExp {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new SyntaxError(`pattern longer than ${MAX_PATTERN_LENGTH} characters`);
  }
  let flags = '';
  let source = pattern;
  const inline = /^\(\?([imsux]+)\)/.exec(source);
  if (inline) {
    for (const f of inline[1]) {
      if (f === 'i' && !flags.includes('i')) flags += 'i';
      if (f === 's' && !flags.includes('s')) flags += 's';
      if (f === 'm' && !flags.includes('m')) flags += 'm';
    }
    source = source.slice(inline[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) throw new SyntaxError('trailing backslash');
      if (next === 'Q') {
        const end = source.indexOf('\\E', i + 2);
        const literal = end < 0 ? source.slice(i + 2) : source.slice(i + 2, end);
        out += inClass ? literal.replace(/[\]\\^-]/g, '\\$&') : escapeLiteral(literal);
        i = end < 0 ? source.length : end + 1;
        continue;
      }
      if (!inClass && next === 'A') {
        out += '^';
        i++;
        continue;
      }
      if (!inClass && (next === 'z' || next === 'Z')) {
        out += '$';
        i++;
        continue;
      }
      if (next === 'p' || next === 'P') {
        const m = /^\{(\w+)\}/.exec(source.slice(i + 2));
        const range = m ? POSIX[m[1]] : undefined;
        if (m && range !== undefined) {
          const negate = next === 'P';
          out += inClass ? range : `[${negate ? '^' : ''}${range}]`;
          i += 1 + m[0].length;
          continue;
        }
        throw new SyntaxError(`unsupported property class \\${next}${m ? m[0] : ''}`);
      }
      out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[') throw new SyntaxError('nested character classes are not supported');
      if (c === '&' && source[i + 1] === '&') throw new SyntaxError('character class intersection is not supported');
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (source[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && source.startsWith('(?>', i)) {
      out += '(?:';
      i += 2;
      continue;
    }
    if (c === '+' && i > 0 && /[*+?}]/.test(source[i - 1]) && source[i - 2] !== '\\') {
      // A possessive quantifier: matched as greedy.
      continue;
    }
    out += c;
  }
  if (inClass) throw new SyntaxError('unclosed character class');
  return new RegExp(`^(?:${out})$`, flags);
}

/** Java's `Pattern.quote`-style exact-match expression for a value. */
export function exactMatchRegex(value: string): string {
  return `\\Q${value}\\E`;
}
