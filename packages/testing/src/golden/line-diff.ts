/** A readable line diff (longest common subsequence), with a little context around each change. */

type Op = { readonly kind: ' ' | '-' | '+'; readonly line: string };

/** Beyond this many line pairs, only the first difference is shown (the table would be too large). */
const MAX_CELLS = 4_000_000;

function lcsOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] as number) + 1
          : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i] as string });
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) {
      ops.push({ kind: '-', line: a[i++] as string });
    } else {
      ops.push({ kind: '+', line: b[j++] as string });
    }
  }
  while (i < n) ops.push({ kind: '-', line: a[i++] as string });
  while (j < m) ops.push({ kind: '+', line: b[j++] as string });
  return ops;
}

function firstDifference(a: readonly string[], b: readonly string[]): Op[] {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ops: Op[] = [];
  for (let k = Math.max(0, i - 3); k < i; k++) ops.push({ kind: ' ', line: a[k] as string });
  if (i < a.length) ops.push({ kind: '-', line: a[i] as string });
  if (i < b.length) ops.push({ kind: '+', line: b[i] as string });
  return ops;
}

/**
 * The differences between two texts, line by line: `-` lines only in `expected`, `+` lines only in
 * `actual`, each change with up to `context` unchanged lines around it, and `@@ line N` headers. @internal
 * @param expected - the expected text
 * @param actual - the actual text
 * @param options - context lines, and the most lines to show
 */
export function lineDiff(
  expected: string,
  actual: string,
  options: { readonly context?: number; readonly maxLines?: number } = {},
): string {
  const context = options.context ?? 3;
  const maxLines = options.maxLines ?? 200;
  const a = expected.split('\n');
  const b = actual.split('\n');
  const ops = (a.length + 1) * (b.length + 1) > MAX_CELLS ? firstDifference(a, b) : lcsOps(a, b);
  const keep = new Array<boolean>(ops.length).fill(false);
  ops.forEach((op, index) => {
    if (op.kind === ' ') return;
    for (let k = Math.max(0, index - context); k <= Math.min(ops.length - 1, index + context); k++) keep[k] = true;
  });
  const out: string[] = [];
  let expectedLine = 1;
  let previousKept = false;
  let shown = 0;
  for (let index = 0; index < ops.length; index++) {
    const op = ops[index] as Op;
    if (keep[index]) {
      if (!previousKept) out.push(`@@ golden line ${expectedLine}`);
      if (shown >= maxLines) {
        out.push(`... (more differences not shown)`);
        break;
      }
      out.push(`${op.kind} ${op.line}`);
      shown++;
    }
    previousKept = keep[index] === true;
    if (op.kind !== '+') expectedLine++;
  }
  return out.join('\n');
}
