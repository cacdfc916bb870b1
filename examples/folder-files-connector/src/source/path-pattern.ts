/**
 * Glob patterns over paths relative to the catalogued root folder, with `/` as the separator:
 * `*` matches within one path segment, `**` across segments, `?` one character, `[abc]` one of a
 * set. A pattern without a `/` matches the last segment (the file or folder name) at any depth, as
 * in `.gitignore`; a pattern with a `/` matches the whole relative path.
 */

/** A compiled glob pattern. */
export interface PathPattern {
  /** The pattern as written. */
  readonly source: string;
  /**
   * True when the pattern matches the relative path.
   * @param relativePath - the path below the root, `/`-separated, such as `raw/2024/sales.csv`
   */
  matches(relativePath: string): boolean;
}

function escape(character: string): string {
  return /[.+^${}()|\\]/.test(character) ? `\\${character}` : character;
}

function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          out += '(?:.*/)?';
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) {
        out += '\\[';
      } else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else {
      out += escape(c);
    }
  }
  return new RegExp(`^${out}$`);
}

/**
 * Compiles a glob pattern.
 * @param pattern - such as `*.csv`, `raw/**` or `**\/tmp/*.json`
 */
export function compilePathPattern(pattern: string): PathPattern {
  const trimmed = pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  const byName = !trimmed.includes('/');
  const expression = globToRegExp(trimmed.replace(/^\//, ''));
  return Object.freeze({
    source: pattern,
    matches(relativePath: string): boolean {
      const target = byName ? relativePath.slice(relativePath.lastIndexOf('/') + 1) : relativePath;
      return expression.test(target);
    },
  });
}
