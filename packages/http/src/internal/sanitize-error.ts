import { redactText } from './redact-text';

const COPIED = ['code', 'errno', 'syscall', 'type', 'erroredSysCall', 'address', 'port'];
const SYSTEM_CODE = /^(?:E[A-Z0-9_]+|UND_ERR_[A-Z_]+|ERR_[A-Z0-9_]+)$/;

/**
 * A redacted copy of a transport error and its cause chain: message and stack redacted
 * (a node-fetch `FetchError` message holds the URL with its query), system fields copied.
 */
export function sanitizeError(error: unknown, depth = 0): unknown {
  if (typeof error === 'string') return redactText(error);
  if (!(error instanceof Error)) return undefined;
  const copy = new Error(redactText(error.message));
  Object.defineProperty(copy, 'name', { value: error.name, configurable: true, writable: true });
  copy.stack = redactText(error.stack ?? `${error.name}: ${error.message}`);
  const source = error as unknown as Record<string, unknown>;
  const target = copy as unknown as Record<string, unknown>;
  for (const key of COPIED) {
    const value = source[key];
    if (typeof value === 'string' || typeof value === 'number') target[key] = value;
  }
  if (error.cause !== undefined && depth < 4) {
    Object.defineProperty(copy, 'cause', {
      value: sanitizeError(error.cause, depth + 1),
      configurable: true,
      writable: true,
    });
  }
  return copy;
}

/** The first system error code (`ECONNREFUSED`...) found along an error's cause chain. */
export function systemCodeOf(error: unknown, depth = 0): string | undefined {
  if (error === null || typeof error !== 'object' || depth > 4) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string' && SYSTEM_CODE.test(code)) return code;
  return systemCodeOf(cause, depth + 1);
}
