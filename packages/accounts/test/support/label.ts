/** A test title for an input: JSON for short values, the length for long strings (1 MB titles are unreadable). */
export const label = (value: unknown): string =>
  typeof value === 'string' && value.length > 60
    ? `a string of ${value.length} characters`
    : value instanceof Map
      ? 'a Map'
      : (JSON.stringify(value) ?? String(value));

/** Prepends the label of each row's first value, for `it.each(...)('%s ...')`. */
export const labelled = <T extends readonly unknown[]>(rows: readonly T[]): Array<[string, ...T]> =>
  rows.map((row) => [label(row[0]), ...row] as [string, ...T]);
