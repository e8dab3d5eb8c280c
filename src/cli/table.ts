/**
 * Plain-text tables for CLI output: one header line, aligned columns, long cells cut.
 */

/** Renders rows as an aligned table of the given columns; cells longer than `maxWidth` are cut with "…". */
export function formatTable(rows: object[], columns: string[], maxWidth = 60): string {
  if (rows.length === 0) return '(no rows)';
  const cell = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  };
  const cells = rows.map((r) => {
    const values = new Map(Object.entries(r));
    return columns.map((c) => cell(values.get(c)));
  });
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (values: string[]): string =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
