/** Reads one field of an error-like value without trusting its type. */
export function field(error: unknown, name: string): unknown {
  if (typeof error !== 'object' || error === null) return undefined;
  return (error as Record<string, unknown>)[name];
}

/** The stable `code` string of an acct error, if any. */
export function errorCode(error: unknown): string | undefined {
  const code = field(error, 'code');
  return typeof code === 'string' ? code : undefined;
}

/** A string field, or undefined when absent or empty. */
export function text(error: unknown, name: string): string | undefined {
  const value = field(error, name);
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** True when the value looks like an acct HttpError (has a numeric status and an ACCT_HTTP code). */
export function isHttpErrorLike(error: unknown): boolean {
  const code = errorCode(error);
  return (
    typeof field(error, 'status') === 'number' && code !== undefined && code.startsWith('ACCT_HTTP')
  );
}
